import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PriorityInput } from '@app/domain';

export interface PriorityInputs {
  surveyId: string | null;
  period: string | null;
  services: PriorityInput[];
}

interface Row {
  survey_id: string | null;
  period: string | null;
  id: string | null;
  name: string;
  responses: number;
  mean_score: number | null;
  end_customers: number | null;
  rework_rate: number | null;
  strategy_impact: number | null;
  margins_involved: number | null;
  ease_of_transformation: number | null;
  touchpoints: number;
  standard_compliance: number | null;
}

/** Exported so the benchmark can run the very same SQL through bare `pg`. */
export const PRIORITY_INPUTS_SQL = `WITH chosen_survey AS (
         SELECT coalesce($1::uuid, (
           SELECT s.id FROM surveys s WHERE EXISTS (SELECT 1 FROM survey_responses r WHERE r.survey_id = s.id)
           ORDER BY s.period_end DESC, s.created_at DESC, s.id LIMIT 1)) AS id
       ), chosen_period AS (
         SELECT coalesce($2::varchar, (SELECT max(period) FROM service_volumes)) AS period
       ), touchpoints AS (
         SELECT backed.service_id::uuid AS service_id, count(*)::int AS touchpoints
         FROM journeys j
         CROSS JOIN LATERAL jsonb_array_elements(j.stages) AS stage
         CROSS JOIN LATERAL jsonb_array_elements(stage->'touchpoints') AS touchpoint
         CROSS JOIN LATERAL jsonb_array_elements_text(touchpoint->'serviceIds') AS backed(service_id)
         GROUP BY backed.service_id
       ), compliance AS (
         SELECT DISTINCT ON (service_id) service_id,
                within_standard::float8 / NULLIF(requests, 0) AS standard_compliance
         FROM service_standard_results ORDER BY service_id, period DESC
       ), scores AS (
         SELECT r.service_id, count(*)::int AS responses, avg(r.score)::float8 AS mean_score
         FROM survey_responses r JOIN chosen_survey cs ON r.survey_id = cs.id
         GROUP BY r.service_id
       )
       SELECT cs.id AS survey_id, cp.period, s.id, s.name, coalesce(sc.responses, 0) AS responses, sc.mean_score,
              v.end_customers, v.rework_rate, s.strategy_impact, s.margins_involved, s.ease_of_transformation,
              coalesce(t.touchpoints, 0) AS touchpoints, c.standard_compliance
       FROM chosen_survey cs CROSS JOIN chosen_period cp
       LEFT JOIN services s ON ($3::boolean OR s.retired_at IS NULL)
       LEFT JOIN scores sc ON sc.service_id = s.id
       LEFT JOIN touchpoints t ON t.service_id = s.id
       LEFT JOIN compliance c ON c.service_id = s.id
       LEFT JOIN service_volumes v ON v.service_id = s.id AND v.period = cp.period`;

/** What the prioritization reads, for every service, in a single SQL query. */
@Injectable()
export class PrioritizationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * `surveyId` defaults to the survey with the latest period that has responses, `period` to the
   * latest quarter with volumes. Retired services only with `includeRetired`.
   */
  async inputs(
    surveyId: string | null,
    period: string | null,
    includeRetired = false,
  ): Promise<PriorityInputs> {
    const rows = await this.dataSource.query<Row[]>(PRIORITY_INPUTS_SQL, [
      surveyId,
      period,
      includeRetired,
    ]);
    const first = rows[0];
    return {
      surveyId: first?.survey_id ?? null,
      period: first?.period ?? null,
      services: rows
        .filter((row): row is Row & { id: string } => row.id !== null)
        .map((row) => ({
          serviceId: row.id,
          serviceName: row.name,
          responses: row.responses,
          meanScore: row.mean_score === null ? null : Math.round(row.mean_score * 1000) / 1000,
          endCustomers: row.end_customers,
          reworkRate: row.rework_rate,
          strategyImpact: row.strategy_impact,
          marginsInvolved: row.margins_involved,
          easeOfTransformation: row.ease_of_transformation,
          touchpoints: row.touchpoints,
          standardCompliance:
            row.standard_compliance === null
              ? null
              : Math.round(row.standard_compliance * 10_000) / 10_000,
        })),
    };
  }
}
