import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import type { FieldProblem } from '@app/domain';
import { DomainError, RESPONDENT_NOT_A_CONSUMER } from '@app/domain';
import type {
  BulkImport,
  ChangeContext,
  ConsumerPairCheck,
  ImportedResponse,
} from '@app/persistence';
import { BulkImportRepository, KpiRepository, SurveyRepository } from '@app/persistence';
import { kpiMeasurementReader, surveyResponseReader } from './import-rows';
import type { BatchCheck } from './import-run';
import { runImport } from './import-run';

/** Pairs remembered between batches: files rate a few services from a few areas, many times. */
const REMEMBERED_PAIRS = 10_000;

/** CSV imports of catalog measurements: a whole file in one transaction, or nothing. */
@Injectable()
export class ImportsService {
  constructor(
    private readonly surveys: SurveyRepository,
    private readonly kpis: KpiRepository,
    private readonly bulk: BulkImportRepository,
  ) {}

  /** Imports a survey's responses; how many. 404 for a survey that does not exist. */
  async importResponses(surveyId: string, csv: Readable, change: ChangeContext): Promise<number> {
    const survey = await this.surveys.findById(surveyId);
    if (!survey) {
      throw DomainError.notFound('survey', surveyId);
    }
    const session = await this.bulk.surveyResponses(surveyId, change);
    return runImport(csv, surveyResponseReader(survey), session, consumerCheck(session));
  }

  /** Imports a KPI's measurements; how many. 404 for a KPI that does not exist. */
  async importMeasurements(kpiId: string, csv: Readable, change: ChangeContext): Promise<number> {
    if (!(await this.kpis.findById(kpiId))) {
      throw DomainError.notFound('kpi', kpiId);
    }
    const session = await this.bulk.kpiMeasurements(kpiId, change);
    return runImport(csv, kpiMeasurementReader, session);
  }
}

/**
 * What `POST /v1/surveys/:id/responses` checks in the database, per row of a batch in one query:
 * the service and the area exist (404s there, row problems here, with the same messages) and
 * the area consumes the service.
 */
export function consumerCheck(session: BulkImport<ImportedResponse>): BatchCheck<ImportedResponse> {
  const known = new Map<string, ConsumerPairCheck>();
  const keyOf = (serviceId: string, areaId: string) => `${serviceId}/${areaId}`;
  return async (batch) => {
    if (known.size > REMEMBERED_PAIRS) {
      known.clear();
    }
    const unknown = new Map<string, { serviceId: string; areaId: string }>();
    for (const { value } of batch) {
      const key = keyOf(value.serviceId, value.respondentAreaId);
      if (!known.has(key)) {
        unknown.set(key, { serviceId: value.serviceId, areaId: value.respondentAreaId });
      }
    }
    if (unknown.size > 0) {
      for (const check of await session.consumerPairs([...unknown.values()])) {
        known.set(keyOf(check.serviceId, check.areaId), check);
      }
    }
    return batch.flatMap(({ row, value }) => {
      const check = known.get(keyOf(value.serviceId, value.respondentAreaId));
      if (!check) {
        throw new Error(`no answer for ${value.serviceId} and ${value.respondentAreaId}`);
      }
      const problems = pairProblems(check);
      return problems.length > 0 ? [{ row, problems }] : [];
    });
  };
}

function pairProblems(check: ConsumerPairCheck): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!check.serviceExists) {
    problems.push({
      field: 'serviceId',
      message: DomainError.notFound('service', check.serviceId).message,
    });
  }
  if (!check.areaExists) {
    problems.push({
      field: 'respondentAreaId',
      message: DomainError.notFound('area', check.areaId).message,
    });
  }
  if (check.serviceExists && check.areaExists && !check.consumes) {
    problems.push({ field: 'respondentAreaId', message: RESPONDENT_NOT_A_CONSUMER });
  }
  return problems;
}
