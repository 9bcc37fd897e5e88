/**
 * The matrix's heat-map scale: a rating's colour is a pure function of the rating as shown (one
 * decimal) on its survey's scale, so equal ratings always get exactly the same colour. The steps
 * are CSS classes (`heat-0` worst … `heat-7` best), each with a text colour of at least 4.5:1.
 */
export const HEAT_STEPS = 8;

export interface RatingScale {
  min: number;
  max: number;
}

/** The rating as the cell shows it: the same rounding decides its colour. */
export function shownRating(meanScore: number): number {
  return Math.round(meanScore * 10) / 10;
}

/** Which step of the scale a rating falls in: 0 for the bottom of the scale, HEAT_STEPS - 1 for the top. */
export function heatStep(meanScore: number, scale: RatingScale): number {
  const span = scale.max - scale.min;
  if (span <= 0) {
    return HEAT_STEPS - 1;
  }
  const position = (shownRating(meanScore) - scale.min) / span;
  // The epsilon keeps a value on a step's lower edge (e.g. 1.5 of 1-5) in that step despite floats.
  const step = Math.floor(position * HEAT_STEPS + 1e-9);
  return Math.min(HEAT_STEPS - 1, Math.max(0, step));
}

export function heatClass(meanScore: number, scale: RatingScale): string {
  return `heat-${heatStep(meanScore, scale)}`;
}

export interface HeatLegendStep {
  step: number;
  className: string;
  /** The shown ratings (one decimal) the step covers, e.g. "1.0–1.4". */
  range: string;
}

const roundUpToTenth = (value: number) => Math.ceil(value * 10 - 1e-9) / 10;

/** The steps of a scale, each with the range of ratings it colours. */
export function heatLegend(scale: RatingScale): HeatLegendStep[] {
  const width = (scale.max - scale.min) / HEAT_STEPS;
  return Array.from({ length: HEAT_STEPS }, (_, step) => {
    const from = roundUpToTenth(scale.min + step * width);
    const to =
      step === HEAT_STEPS - 1 ? scale.max : roundUpToTenth(scale.min + (step + 1) * width) - 0.1;
    return { step, className: `heat-${step}`, range: `${from.toFixed(1)}–${to.toFixed(1)}` };
  });
}
