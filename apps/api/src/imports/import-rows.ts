import type { ClassConstructor } from 'class-transformer';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { FieldProblem, SurveyScale } from '@app/domain';
import { findUnstorableText, scoreOutsideScale } from '@app/domain';
import type { ImportedMeasurement, ImportedResponse } from '@app/persistence';
import { RecordMeasurementDto } from '../kpis/kpi.dto';
import { SurveyResponseDto } from '../surveys/survey.dto';
import { RequestValidationError } from '../validation/request-validation.error';
import { REQUEST_VALIDATOR_OPTIONS } from '../validation/validation.pipe';
import type { CsvColumns } from './csv-records';

/** A row's value, or the problems that refuse it (each naming a column). */
export type RowCheck<Row> = { value: Row; problems?: undefined } | { problems: FieldProblem[] };

/** How one kind of import reads a row: its columns, and the checks that need no database. */
export interface RowReader<Row> {
  columns: CsvColumns;
  check(cells: Record<string, string>): RowCheck<Row>;
}

export const SURVEY_RESPONSE_COLUMNS: CsvColumns = {
  required: ['serviceId', 'respondentAreaId', 'score'],
  optional: ['comment'],
};

export const KPI_MEASUREMENT_COLUMNS: CsvColumns = {
  required: ['value', 'measuredAt'],
  optional: ['source'],
};

/** Decimal notation, as JSON writes numbers; anything else stays text for the rules to refuse. */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A cell holding a number becomes one, as it would be in a JSON body. */
function numberCell(text: string | undefined): unknown {
  return text !== undefined && NUMBER.test(text) ? Number(text) : text;
}

/** An empty cell of an optional column is the field left out. */
function optionalCell(text: string | undefined): string | undefined {
  return text === undefined || text === '' ? undefined : text;
}

/**
 * The single-row endpoint's rules for its body, applied to one row: the same DTO, the same
 * validator options and the same refusal of unstorable text, so an import accepts exactly what
 * one POST at a time would (limits included) and names fields the same way.
 */
export function checkLikeBody<T extends object>(
  dto: ClassConstructor<T>,
  plain: Record<string, unknown>,
): RowCheck<T> {
  const problems: FieldProblem[] = [];
  for (const [field, text] of Object.entries(plain)) {
    const unstorable = findUnstorableText(text, field);
    if (unstorable) {
      problems.push(unstorable);
    }
  }
  if (problems.length > 0) {
    return { problems };
  }
  const defined = Object.fromEntries(
    Object.entries(plain).filter(([, text]) => text !== undefined),
  );
  const instance = plainToInstance(dto, defined, { enableImplicitConversion: false });
  const errors = validateSync(instance, REQUEST_VALIDATOR_OPTIONS);
  return errors.length > 0
    ? { problems: RequestValidationError.fromValidationErrors(errors).fields }
    : { value: instance };
}

/** Rows of `POST /v1/surveys/:id/responses/import`, within `survey`'s scale. */
export function surveyResponseReader(survey: SurveyScale): RowReader<ImportedResponse> {
  return {
    columns: SURVEY_RESPONSE_COLUMNS,
    check(cells) {
      const checked = checkLikeBody(SurveyResponseDto, {
        serviceId: cells.serviceId,
        respondentAreaId: cells.respondentAreaId,
        score: numberCell(cells.score),
        comment: optionalCell(cells.comment),
      });
      if (checked.problems) {
        return checked;
      }
      const { serviceId, respondentAreaId, score, comment } = checked.value;
      const outside = scoreOutsideScale(survey, score);
      return outside
        ? { problems: [{ field: 'score', message: outside }] }
        : { value: { serviceId, respondentAreaId, score, comment: comment ?? null } };
    },
  };
}

/** Rows of `POST /v1/kpis/:id/measurements/import`. */
export const kpiMeasurementReader: RowReader<ImportedMeasurement> = {
  columns: KPI_MEASUREMENT_COLUMNS,
  check(cells) {
    const checked = checkLikeBody(RecordMeasurementDto, {
      value: numberCell(cells.value),
      measuredAt: cells.measuredAt,
      source: optionalCell(cells.source),
    });
    if (checked.problems) {
      return checked;
    }
    const { value, measuredAt, source } = checked.value;
    return { value: { value, measuredAt: new Date(measuredAt), source: source ?? null } };
  },
};
