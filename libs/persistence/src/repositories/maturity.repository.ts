import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CapabilityGap, CapabilityRating } from '@app/domain';
import type { ChangeContext } from '../audit/audit-trail';
import { CatalogChangeRecorder } from '../audit/catalog-change-recorder';
import { MaturityAssessmentEntity } from '../entities/maturity-assessment.entity';

@Injectable()
export class MaturityRepository {
  private readonly catalog: CatalogChangeRecorder;

  constructor(dataSource: DataSource) {
    this.catalog = new CatalogChangeRecorder(dataSource);
  }

  save(
    name: string,
    ratings: CapabilityRating[],
    gaps: CapabilityGap[],
    context: ChangeContext,
  ): Promise<MaturityAssessmentEntity> {
    return this.catalog.save(context, MaturityAssessmentEntity, 'maturity_assessed', {
      name,
      ratings,
      gaps,
    });
  }
}
