import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CapabilityGap, CapabilityRating } from '@app/domain';
import type { ChangeContext } from '../audit/audit-trail';
import { appendCatalogEvent } from '../audit/audit-trail';
import { MaturityAssessmentEntity } from '../entities/maturity-assessment.entity';

@Injectable()
export class MaturityRepository {
  constructor(private readonly dataSource: DataSource) {}

  save(
    name: string,
    ratings: CapabilityRating[],
    gaps: CapabilityGap[],
    context: ChangeContext,
  ): Promise<MaturityAssessmentEntity> {
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager
        .getRepository(MaturityAssessmentEntity)
        .save({ name, ratings, gaps });
      await appendCatalogEvent(manager, context, 'maturity_assessed', saved.id, { after: saved });
      return saved;
    });
  }
}
