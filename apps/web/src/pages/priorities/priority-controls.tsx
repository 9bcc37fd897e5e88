import type { FormEvent } from 'react';
import { useState } from 'react';
import type { Schemas } from '../../api/client';
import { formatDate } from '../../components/format';
import type { PriorityChoices, PriorityRule, WeightKey, Weights } from './priority-choices';
import { EQUAL_WEIGHTS, WEIGHT_FIELDS } from './priority-choices';
import { LIMITS } from '../../api/limits';

const WEIGHT_LIMITS = LIMITS['GET /v1/priorities'];

/**
 * The ranking's survey, volumes quarter, rule and weights; applied (and written to the URL) on
 * submit. The parent remounts it when the URL changes, so it always starts from the URL.
 */
export function PriorityControls(props: {
  choices: PriorityChoices;
  surveys: Schemas['SurveyView'][];
  onApply: (choices: PriorityChoices) => void;
}) {
  const { surveys, onApply } = props;
  const [draft, setDraft] = useState(props.choices);
  // Weights as typed, so a field can be cleared while editing; numbers again on submit.
  const [weights, setWeights] = useState(() => textWeights(props.choices.weights));
  const setWeight = (key: WeightKey, raw: string) =>
    setWeights((current) => ({ ...current, [key]: raw }));
  const [refused, setRefused] = useState<string>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const numeric = numericWeights(weights);
    // The API refuses a weighted ranking with nothing weighed; say so before asking it.
    if (draft.rule === 'weighted' && Object.values(numeric).every((weight) => weight <= 0)) {
      setRefused('Give at least one weight above 0.');
      return;
    }
    setRefused(undefined);
    onApply({ ...draft, weights: numeric });
  };
  return (
    <form className="card priority-controls" onSubmit={submit} aria-label="Ranking choices">
      <div className="form-row">
        <div>
          <label htmlFor="priority-survey">Survey</label>
          <select
            id="priority-survey"
            value={draft.surveyId ?? ''}
            onChange={(e) => setDraft({ ...draft, surveyId: e.target.value || undefined })}
          >
            <option value="">Latest survey with responses</option>
            {surveys.map((survey) => (
              <option key={survey.id} value={survey.id}>
                {survey.name} ({formatDate(survey.periodStart)} – {formatDate(survey.periodEnd)})
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="priority-period">Volumes quarter</label>
          <input
            id="priority-period"
            placeholder="2026-Q3"
            pattern="\d{4}-Q[1-4]"
            title="A quarter such as 2026-Q3"
            aria-describedby="priority-period-hint"
            size={9}
            value={draft.period ?? ''}
            onChange={(e) => setDraft({ ...draft, period: e.target.value.trim() || undefined })}
          />
        </div>
        <div>
          <label htmlFor="priority-rule">Rule</label>
          <select
            id="priority-rule"
            value={draft.rule}
            onChange={(e) => setDraft({ ...draft, rule: e.target.value as PriorityRule })}
          >
            <option value="default">Default: worst rated first</option>
            <option value="weighted">Weighted criteria</option>
          </select>
        </div>
      </div>
      <p id="priority-period-hint" className="hint">
        Empty: the latest quarter with volumes. Surveys are listed latest period first.
      </p>
      {draft.rule === 'weighted' && (
        <fieldset className="priority-weights">
          <legend>Weights, 0 to 100 each (empty counts as 0; at least one above 0)</legend>
          <div className="form-row">
            {WEIGHT_FIELDS.map(({ key, label }) => (
              <div key={key}>
                <label htmlFor={`priority-weight-${key}`}>{label}</label>
                <input
                  id={`priority-weight-${key}`}
                  type="number"
                  min={WEIGHT_LIMITS[key].minimum}
                  max={WEIGHT_LIMITS[key].maximum}
                  step="any"
                  value={weights[key]}
                  onChange={(e) => setWeight(key, e.target.value)}
                />
              </div>
            ))}
          </div>
        </fieldset>
      )}
      {refused && (
        <p role="alert" className="problem">
          {refused}
        </p>
      )}
      <div className="actions">
        <button type="submit">Apply</button>
        <button
          type="button"
          className="secondary"
          onClick={() => onApply({ rule: 'default', weights: EQUAL_WEIGHTS })}
        >
          Reset to the default
        </button>
      </div>
    </form>
  );
}

function textWeights(weights: Weights): Record<WeightKey, string> {
  const text = {} as Record<WeightKey, string>;
  for (const { key } of WEIGHT_FIELDS) {
    text[key] = String(weights[key]);
  }
  return text;
}

function numericWeights(text: Record<WeightKey, string>): Weights {
  const weights = { ...EQUAL_WEIGHTS };
  for (const { key } of WEIGHT_FIELDS) {
    const value = Number(text[key]);
    weights[key] = text[key].trim() === '' || !Number.isFinite(value) ? 0 : value;
  }
  return weights;
}
