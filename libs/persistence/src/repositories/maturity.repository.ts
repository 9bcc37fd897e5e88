import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CapabilityGap, CapabilityRating } from '@app/domain';
import type { ChangeContext } from '../audit/audit-trail';
import { CatalogChangeRecorder } from '../audit/catalog-change-recorder';
import { MaturityAssessmentEntity } from '../entities/maturity-assessment.entity';
import type { Page, PageRequest } from '../pagination';
import { inKeysetOrder, toPage } from '../pagination';

@Injectable()
export class MaturityRepository {
  private readonly catalog: CatalogChangeRecorder;

  constructor(private readonly dataSource: DataSource) {
    this.catalog = new CatalogChangeRecorder(dataSource);
  }

  /** Assessments, oldest first. */
  async list(page: PageRequest): Promise<Page<MaturityAssessmentEntity>> {
    const query = this.dataSource
      .getRepository(MaturityAssessmentEntity)
      .createQueryBuilder('assessment');
    return toPage(await inKeysetOrder(query, 'assessment', page).getMany(), page.limit);
  }

  findById(id: string): Promise<MaturityAssessmentEntity | null> {
    return this.dataSource.getRepository(MaturityAssessmentEntity).findOneBy({ id });
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
