import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError, RESPONDENT_NOT_A_CONSUMER } from '@app/domain';
import type { ChangeContext } from '../audit/audit-trail';
import { CatalogChangeRecorder } from '../audit/catalog-change-recorder';
import { SurveyResponseEntity } from '../entities/survey-response.entity';
import { SurveyEntity } from '../entities/survey.entity';
import type { Page, PageRequest } from '../pagination';
import { inKeysetOrder, toPage } from '../pagination';
import { PgErrorCode, violatedConstraint } from '../postgres-errors';

export interface NewSurvey {
  name: string;
  periodStart: string;
  periodEnd: string;
  scaleMin: number;
  scaleMax: number;
}

export interface NewResponse {
  serviceId: string;
  respondentAreaId: string;
  score: number;
  comment: string | null;
}

export interface ServiceResult {
  serviceId: string;
  responses: number;
  meanScore: number;
  /** Count of responses per score, every score of the scale present. */
  distribution: Record<string, number>;
}

@Injectable()
export class SurveyRepository {
  private readonly catalog: CatalogChangeRecorder;

  constructor(private readonly dataSource: DataSource) {
    this.catalog = new CatalogChangeRecorder(dataSource);
  }

  create(survey: NewSurvey, context: ChangeContext): Promise<SurveyEntity> {
    return this.catalog.save(context, SurveyEntity, 'survey_created', survey);
  }

  findById(id: string): Promise<SurveyEntity | null> {
    return this.dataSource.getRepository(SurveyEntity).findOneBy({ id });
  }

  /** Surveys, oldest first. */
  async list(page: PageRequest): Promise<Page<SurveyEntity>> {
    const query = this.dataSource.getRepository(SurveyEntity).createQueryBuilder('survey');
    return toPage(await inKeysetOrder(query, 'survey', page).getMany(), page.limit);
  }

  /** A survey's responses, comments included, oldest first; of one service when given. */
  async responses(
    surveyId: string,
    filter: { serviceId?: string },
    page: PageRequest,
  ): Promise<Page<SurveyResponseEntity>> {
    const query = this.dataSource
      .getRepository(SurveyResponseEntity)
      .createQueryBuilder('response')
      .where('response.survey_id = :surveyId', { surveyId });
    if (filter.serviceId) {
      query.andWhere('response.service_id = :serviceId', { serviceId: filter.serviceId });
    }
    return toPage(await inKeysetOrder(query, 'response', page).getMany(), page.limit);
  }

  /** Stores a response; the database refuses a respondent area that does not consume the service. */
  async addResponse(
    surveyId: string,
    response: NewResponse,
    context: ChangeContext,
  ): Promise<SurveyResponseEntity> {
    try {
      return await this.catalog.record(context, 'survey_response_recorded', async (manager) => {
        // The key checks the pair; an area taken off the service's customers keeps its row.
        const removed = await manager.query<unknown[]>(
          `SELECT 1 FROM service_consumers WHERE service_id = $1 AND area_id = $2
           AND removed_at IS NOT NULL FOR KEY SHARE`,
          [response.serviceId, response.respondentAreaId],
        );
        if (removed.length > 0) {
          throw DomainError.invalid('respondentAreaId', RESPONDENT_NOT_A_CONSUMER);
        }
        const saved = await manager
          .getRepository(SurveyResponseEntity)
          .save({ surveyId, ...response });
        return { result: saved, event: { key: saved.id, data: { after: saved } } };
      });
    } catch (error) {
      if (
        violatedConstraint(error, PgErrorCode.ForeignKeyViolation) ===
        'fk_survey_responses_consumer'
      ) {
        throw DomainError.invalid('respondentAreaId', RESPONDENT_NOT_A_CONSUMER);
      }
      throw error;
    }
  }

  /** Per service: how many responded, the mean score and the distribution, in one query. */
  /** The survey a service was last rated in (by period, then creation), if any. */
  async latestSurveyOf(serviceId: string): Promise<SurveyEntity | null> {
    return this.dataSource
      .getRepository(SurveyEntity)
      .createQueryBuilder('survey')
      .where(
        'EXISTS (SELECT 1 FROM survey_responses r WHERE r.survey_id = survey.id AND r.service_id = :serviceId)',
        { serviceId },
      )
      .orderBy('survey.period_end', 'DESC')
      .addOrderBy('survey.created_at', 'DESC')
      .getOne();
  }

  /**
   * The service's mean score in the latest survey that rated it (by period, then creation), or in
   * the latest whose period ended before `endedBefore` (a period ends with its last day, UTC).
   * Null when no such survey rated it.
   */
  async latestMeanScore(serviceId: string, endedBefore?: Date): Promise<number | null> {
    const [row] = await this.dataSource.query<{ mean: number }[]>(
      `SELECT avg(r.score)::float8 AS mean FROM survey_responses r
       WHERE r.service_id = $1 AND r.survey_id = (
         SELECT s.id FROM surveys s
         WHERE EXISTS (SELECT 1 FROM survey_responses x WHERE x.survey_id = s.id AND x.service_id = $1)
           AND ($2::date IS NULL OR s.period_end < $2::date)
         ORDER BY s.period_end DESC, s.created_at DESC LIMIT 1)
       HAVING count(*) > 0`,
      [serviceId, endedBefore ? endedBefore.toISOString().slice(0, 10) : null],
    );
    return row ? round(row.mean) : null;
  }

  /**
   * A page of the comments a service got in a survey that ask for something: those given with the
   * top score of its scale or one in its bottom half, not blank, oldest first.
   */
  async feedbackPage(
    serviceId: string,
    survey: { id: string; scaleMin: number; scaleMax: number },
    page: PageRequest,
  ): Promise<Page<SurveyResponseEntity & { comment: string }>> {
    const query = this.dataSource
      .getRepository(SurveyResponseEntity)
      .createQueryBuilder('response')
      .where('response.service_id = :serviceId AND response.survey_id = :surveyId', {
        serviceId,
        surveyId: survey.id,
      })
      .andWhere("response.comment ~ '[^[:space:]]'")
      // Below the middle, in integers: score < (min + max) / 2.
      .andWhere('(response.score = :top OR 2 * response.score < :bounds)', {
        top: survey.scaleMax,
        bounds: survey.scaleMin + survey.scaleMax,
      });
    const rows = await inKeysetOrder(query, 'response', page).getMany();
    return toPage(
      rows.filter((row): row is SurveyResponseEntity & { comment: string } => row.comment !== null),
      page.limit,
    );
  }

  async results(survey: SurveyEntity): Promise<ServiceResult[]> {
    const rows = await this.dataSource.query<
      { service_id: string; mean: number; counts: Record<string, number> }[]
    >(
      `SELECT service_id, sum(score * n)::float8 / sum(n) AS mean, jsonb_object_agg(score, n) AS counts
       FROM (SELECT service_id, score, count(*) AS n FROM survey_responses WHERE survey_id = $1 GROUP BY service_id, score) per_score
       GROUP BY service_id
       ORDER BY service_id`,
      [survey.id],
    );
    return rows.map((row) => {
      const distribution: Record<string, number> = {};
      for (let score = survey.scaleMin; score <= survey.scaleMax; score += 1) {
        distribution[String(score)] = Number(row.counts[String(score)] ?? 0);
      }
      const responses = Object.values(distribution).reduce((sum, n) => sum + n, 0);
      return { serviceId: row.service_id, responses, meanScore: round(row.mean), distribution };
    });
  }
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
