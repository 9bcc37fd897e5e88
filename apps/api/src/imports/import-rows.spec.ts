import type { FieldProblem } from '@app/domain';
import { CATALOG_LIMITS } from '@app/domain';
import { RecordMeasurementDto } from '../kpis/kpi.dto';
import { SurveyResponseDto } from '../surveys/survey.dto';
import { RequestValidationError } from '../validation/request-validation.error';
import { createValidationPipe } from '../validation/validation.pipe';
import { kpiMeasurementReader, surveyResponseReader } from './import-rows';

const SERVICE = '0b6f3c2e-5d1a-4f7e-9c3b-2a1d4e5f6a7b';
const AREA = '7c9e2f1a-3b4d-4e5f-8a6b-1c2d3e4f5a6b';
const responses = surveyResponseReader({ scaleMin: 1, scaleMax: 5 });

/** What the single-row endpoint's validation pipe says about the same values as a JSON body. */
async function bodyProblems(
  dto: new () => object,
  body: Record<string, unknown>,
): Promise<FieldProblem[]> {
  try {
    await createValidationPipe().transform(body, { type: 'body', metatype: dto });
    return [];
  } catch (error) {
    if (error instanceof RequestValidationError) {
      return error.fields;
    }
    throw error;
  }
}

describe('survey response rows', () => {
  it('reads a good row: ids lower-cased as the endpoint does, the score a number, no comment as null', () => {
    expect(
      responses.check({
        serviceId: SERVICE.toUpperCase(),
        respondentAreaId: AREA,
        score: '4',
        comment: '',
      }),
    ).toEqual({ value: { serviceId: SERVICE, respondentAreaId: AREA, score: 4, comment: null } });
    expect(
      responses.check({ serviceId: SERVICE, respondentAreaId: AREA, score: '5', comment: 'Quick' }),
    ).toEqual({
      value: { serviceId: SERVICE, respondentAreaId: AREA, score: 5, comment: 'Quick' },
    });
  });

  it.each([
    ['a score that is no whole number', { score: '4.5' }, { score: 4.5 }],
    ['a score that is no number', { score: 'four' }, { score: 'four' }],
    ['an empty score', { score: '' }, { score: '' }],
    ['a service id that is no UUID', { serviceId: 'cards' }, { serviceId: 'cards' }],
    ['an empty area id', { respondentAreaId: '' }, { respondentAreaId: '' }],
    [
      'a comment over its limit',
      { comment: 'x'.repeat(CATALOG_LIMITS.longText + 1) },
      { comment: 'x'.repeat(CATALOG_LIMITS.longText + 1) },
    ],
    ['a NUL in a comment', { comment: 'bad\u0000' }, { comment: 'bad\u0000' }],
  ])('refuses %s exactly as POST …/responses refuses it', async (_what, cells, body) => {
    const good = { serviceId: SERVICE, respondentAreaId: AREA, score: '3', comment: '' };
    const checked = responses.check({ ...good, ...cells });
    const expected = await bodyProblems(SurveyResponseDto, {
      serviceId: SERVICE,
      respondentAreaId: AREA,
      score: 3,
      ...body,
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(checked).toEqual({ problems: expected });
  });

  it('refuses a score outside the survey’s scale with the endpoint’s message', () => {
    for (const score of ['0', '6', '-1']) {
      expect(responses.check({ serviceId: SERVICE, respondentAreaId: AREA, score })).toEqual({
        problems: [{ field: 'score', message: 'must be between 1 and 5' }],
      });
    }
    const wide = surveyResponseReader({ scaleMin: 0, scaleMax: 10 });
    expect(wide.check({ serviceId: SERVICE, respondentAreaId: AREA, score: '0' })).toMatchObject({
      value: { score: 0 },
    });
  });

  it('names every bad field of a row', () => {
    const checked = responses.check({ serviceId: 'x', respondentAreaId: 'y', score: 'z' });
    expect(checked.problems?.map((problem) => problem.field)).toEqual([
      'serviceId',
      'respondentAreaId',
      'score',
    ]);
  });
});

describe('KPI measurement rows', () => {
  it('reads a good row: the value a number, the time a date, no source as null', () => {
    expect(
      kpiMeasurementReader.check({ value: '-1.5e3', measuredAt: '2026-07-31T10:00:00+02:00' }),
    ).toEqual({
      value: { value: -1500, measuredAt: new Date('2026-07-31T08:00:00Z'), source: null },
    });
    expect(
      kpiMeasurementReader.check({ value: '.5', measuredAt: '2026-08-31', source: 'export' }),
    ).toEqual({
      value: { value: 0.5, measuredAt: new Date('2026-08-31T00:00:00Z'), source: 'export' },
    });
  });

  it.each([
    ['a value that is no number', { value: '12 hours' }, { value: '12 hours' }],
    ['a value past a double', { value: '1e400' }, { value: Infinity }],
    ['a comma decimal', { value: '1,5' }, { value: '1,5' }],
    ['a time that is no ISO 8601', { measuredAt: '31/07/2026' }, { measuredAt: '31/07/2026' }],
    ['an impossible date', { measuredAt: '2026-02-30' }, { measuredAt: '2026-02-30' }],
    [
      'a source over its limit',
      { source: 's'.repeat(CATALOG_LIMITS.measurementSource + 1) },
      { source: 's'.repeat(CATALOG_LIMITS.measurementSource + 1) },
    ],
  ])('refuses %s exactly as POST …/measurements refuses it', async (_what, cells, body) => {
    const checked = kpiMeasurementReader.check({
      value: '1',
      measuredAt: '2026-07-31T00:00:00Z',
      ...cells,
    });
    const expected = await bodyProblems(RecordMeasurementDto, {
      value: 1,
      measuredAt: '2026-07-31T00:00:00Z',
      ...body,
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(checked).toEqual({ problems: expected });
  });
});
