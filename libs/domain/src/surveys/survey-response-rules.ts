/**
 * The rules a survey response meets beyond its fields' types, one source for
 * `POST /v1/surveys/:id/responses` and every row of a CSV import.
 */

/** A survey's scale: the lowest and highest score a response may give. */
export interface SurveyScale {
  scaleMin: number;
  scaleMax: number;
}

/** Why `score` is refused by the survey's scale, or undefined when it is within it. */
export function scoreOutsideScale(scale: SurveyScale, score: number): string | undefined {
  return score < scale.scaleMin || score > scale.scaleMax
    ? `must be between ${scale.scaleMin} and ${scale.scaleMax}`
    : undefined;
}

/** Only an area that consumes a service rates it (the database checks the pair too). */
export const RESPONDENT_NOT_A_CONSUMER = 'the respondent area does not consume this service';
