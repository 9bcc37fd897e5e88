import type { RatingScale } from './rating-scale';
import { heatLegend } from './rating-scale';

/** The colour scale, one swatch per step with the ratings it covers, per scale in use. */
export function RatingLegend(props: { scales: RatingScale[] }) {
  return (
    <div className="matrix-legend">
      {props.scales.map((scale) => (
        <figure key={`${scale.min}-${scale.max}`} className="matrix-legend-scale">
          <figcaption>
            Colour of a mean rating on the {scale.min}–{scale.max} scale (worst to best)
          </figcaption>
          <ol>
            {heatLegend(scale).map((step) => (
              <li key={step.step} className={`matrix-legend-step ${step.className}`}>
                {step.range}
              </li>
            ))}
          </ol>
        </figure>
      ))}
      <p className="hint">
        <span className="matrix-legend-swatch heat-none">not rated</span> served but without a
        survey rating yet; <span aria-hidden="true">—</span> the service does not serve that area.
        Hover a cell for its mean, responses and survey.
      </p>
    </div>
  );
}
