import { Injectable } from '@nestjs/common';
import type { Feedback, FeedbackKind } from '@app/domain';
import { DomainError, feedbackKind, scoreOutsideScale, splitFeedback } from '@app/domain';
import type { ChangeContext, Page, PageRequest, ServiceResult } from '@app/persistence';
import {
  AreaRepository,
  ServiceRepository,
  SurveyEntity,
  SurveyRepository,
  SurveyResponseEntity,
} from '@app/persistence';

export interface SurveyInput {
  name: string;
  /** ISO dates (YYYY-MM-DD). */
  periodStart: string;
  periodEnd: string;
  scaleMin: number;
  scaleMax: number;
}

export interface SurveyResponseInput {
  serviceId: string;
  /** The consumer area that rates the service. */
  respondentAreaId: string;
  score: number;
  comment?: string | null;
}

/** A comment that asks for something, and what it asks. */
export interface FeedbackComment {
  id: string;
  kind: FeedbackKind;
  score: number;
  comment: string;
  recordedAt: Date;
}

/** A page of feedback, and its comments sorted into what to repeat and what to correct. */
export interface FeedbackPage extends Feedback {
  surveyId: string | null;
  items: FeedbackComment[];
  nextCursor: string | null;
}

@Injectable()
export class SurveysService {
  constructor(
    private readonly surveys: SurveyRepository,
    private readonly services: ServiceRepository,
    private readonly areas: AreaRepository,
  ) {}

  create(input: SurveyInput, change: ChangeContext): Promise<SurveyEntity> {
    if (input.periodEnd < input.periodStart) {
      throw DomainError.invalid('periodEnd', 'must not be before periodStart');
    }
    if (input.scaleMax <= input.scaleMin) {
      throw DomainError.invalid('scaleMax', 'must be greater than scaleMin');
    }
    const { name, periodStart, periodEnd, scaleMin, scaleMax } = input;
    return this.surveys.create({ name, periodStart, periodEnd, scaleMin, scaleMax }, change);
  }

  /** A consumer area's rating of a service, within the survey's scale. */
  async respond(
    surveyId: string,
    input: SurveyResponseInput,
    change: ChangeContext,
  ): Promise<SurveyResponseEntity> {
    const survey = await this.get(surveyId);
    const outside = scoreOutsideScale(survey, input.score);
    if (outside) {
      throw DomainError.invalid('score', outside);
    }
    await this.services.requireExists(input.serviceId);
    if ((await this.areas.findByIds([input.respondentAreaId])).length === 0) {
      throw DomainError.notFound('area', input.respondentAreaId);
    }
    return this.surveys.addResponse(
      surveyId,
      {
        serviceId: input.serviceId,
        respondentAreaId: input.respondentAreaId,
        score: input.score,
        comment: input.comment ?? null,
      },
      change,
    );
  }

  async results(surveyId: string): Promise<ServiceResult[]> {
    return this.surveys.results(await this.get(surveyId));
  }

  async get(surveyId: string): Promise<SurveyEntity> {
    const survey = await this.surveys.findById(surveyId);
    if (!survey) {
      throw DomainError.notFound('survey', surveyId);
    }
    return survey;
  }

  list(page: PageRequest): Promise<Page<SurveyEntity>> {
    return this.surveys.list(page);
  }

  /** A survey's responses with their comments; 404 for a survey that does not exist. */
  async responses(
    surveyId: string,
    filter: { serviceId?: string },
    page: PageRequest,
  ): Promise<Page<SurveyResponseEntity>> {
    await this.get(surveyId);
    return this.surveys.responses(surveyId, filter, page);
  }

  /**
   * What a service's internal customers said in a survey (by default the latest that rated it),
   * a page at a time: top-score comments to repeat, bottom-half ones to correct.
   */
  async feedback(
    serviceId: string,
    surveyId: string | undefined,
    page: PageRequest,
  ): Promise<FeedbackPage> {
    await this.services.requireExists(serviceId);
    const survey = surveyId
      ? await this.get(surveyId)
      : await this.surveys.latestSurveyOf(serviceId);
    if (!survey) {
      return { surveyId: null, items: [], nextCursor: null, repeat: [], correct: [] };
    }
    const found = await this.surveys.feedbackPage(serviceId, survey, page);
    const items = found.items.flatMap(({ id, score, comment, createdAt }) => {
      const kind = feedbackKind({ score, comment }, survey);
      return kind ? [{ id, kind, score, comment, recordedAt: createdAt }] : [];
    });
    return {
      surveyId: survey.id,
      items,
      nextCursor: found.nextCursor,
      ...splitFeedback(items, survey),
    };
  }
}
