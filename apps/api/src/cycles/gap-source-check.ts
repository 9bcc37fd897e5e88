import { Injectable } from '@nestjs/common';
import type { GapSource } from '@app/domain';
import { DomainError } from '@app/domain';
import {
  KpiRepository,
  MaturityRepository,
  ServiceRepository,
  SurveyRepository,
} from '@app/persistence';

/** A gap's source must name a record that exists: a KPI, survey, assessment or service. */
@Injectable()
export class GapSourceCheck {
  constructor(
    private readonly kpis: KpiRepository,
    private readonly surveys: SurveyRepository,
    private readonly assessments: MaturityRepository,
    private readonly services: ServiceRepository,
  ) {}

  /** 400 naming `source.id` when nothing of its kind has that id. */
  async requireExists(source: GapSource): Promise<void> {
    const found =
      source.kind === 'kpi'
        ? await this.kpis.findById(source.id)
        : source.kind === 'survey'
          ? await this.surveys.findById(source.id)
          : source.kind === 'maturity'
            ? await this.assessments.findById(source.id)
            : await this.services.findById(source.id);
    if (!found) {
      const what = source.kind === 'standard' ? 'service (whose standard)' : source.kind;
      throw DomainError.invalid('source.id', `no ${what} ${source.id} exists`);
    }
  }
}
