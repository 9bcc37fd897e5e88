import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface MatrixCell {
  serviceId: string;
  serviceName: string;
  critical: boolean;
  consumerAreaId: string;
  consumerAreaName: string;
  /** Front or back: any area that depends on a service is its internal customer. */
  consumerAreaKind: string;
  providerAreaId: string;
  providerAreaName: string;
  latestRating: {
    surveyId: string;
    meanScore: number;
    responses: number;
    scaleMin: number;
    scaleMax: number;
  } | null;
}

interface Row {
  service_id: string;
  service_name: string;
  critical: boolean;
  consumer_area_id: string;
  consumer_area_name: string;
  consumer_area_kind: string;
  provider_area_id: string;
  provider_area_name: string;
  survey_id: string | null;
  mean_score: number | null;
  responses: number | null;
  scale_min: number | null;
  scale_max: number | null;
}

/** Exported so the benchmark can run the very same SQL through bare `pg`. */
export const SERVICE_MATRIX_SQL = `WITH latest AS (
         SELECT DISTINCT ON (r.service_id, r.respondent_area_id) r.service_id, r.respondent_area_id, r.survey_id
         FROM survey_responses r JOIN surveys sv ON sv.id = r.survey_id
         ORDER BY r.service_id, r.respondent_area_id, sv.period_end DESC, sv.created_at DESC, sv.id
       ), rated AS (
         SELECT l.service_id, l.respondent_area_id, l.survey_id, avg(r.score)::float8 AS mean_score, count(*)::int AS responses
         FROM latest l
         JOIN survey_responses r ON r.service_id = l.service_id AND r.respondent_area_id = l.respondent_area_id AND r.survey_id = l.survey_id
         GROUP BY l.service_id, l.respondent_area_id, l.survey_id
       )
       SELECT s.id AS service_id, s.name AS service_name, s.critical, c.id AS consumer_area_id, c.name AS consumer_area_name, c.kind AS consumer_area_kind,
              p.id AS provider_area_id, p.name AS provider_area_name,
              rated.survey_id, rated.mean_score, rated.responses, sv.scale_min, sv.scale_max
       FROM service_consumers sc
       JOIN services s ON s.id = sc.service_id
       JOIN areas c ON c.id = sc.area_id
       JOIN areas p ON p.id = s.provider_area_id
       LEFT JOIN rated ON rated.service_id = sc.service_id AND rated.respondent_area_id = sc.area_id
       LEFT JOIN surveys sv ON sv.id = rated.survey_id
       WHERE sc.removed_at IS NULL AND ($1::boolean OR s.retired_at IS NULL)
       ORDER BY c.name, s.name, c.id, s.id`;

/** Consumer areas x services x provider areas, each cell with its latest rating: one query. */
@Injectable()
export class ServiceMatrixRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Retired services only with `includeRetired`; areas no longer customers never. */
  async cells(includeRetired = false): Promise<MatrixCell[]> {
    const rows = await this.dataSource.query<Row[]>(SERVICE_MATRIX_SQL, [includeRetired]);
    return rows.map((row) => ({
      serviceId: row.service_id,
      serviceName: row.service_name,
      critical: row.critical,
      consumerAreaId: row.consumer_area_id,
      consumerAreaName: row.consumer_area_name,
      consumerAreaKind: row.consumer_area_kind,
      providerAreaId: row.provider_area_id,
      providerAreaName: row.provider_area_name,
      latestRating:
        row.survey_id === null || row.mean_score === null
          ? null
          : {
              surveyId: row.survey_id,
              meanScore: Math.round(row.mean_score * 1000) / 1000,
              responses: row.responses ?? 0,
              scaleMin: row.scale_min ?? 0,
              scaleMax: row.scale_max ?? 0,
            },
    }));
  }
}
