import { useId } from 'react';
import type { Schemas } from '../../api/client';
import { FieldErrors, invalidProps } from './field-errors';
import { LIMITS } from '../../api/limits';

// The API's limits (InitiativeDto in the OpenAPI document).
const { title, ownerId, expectedEffect } = LIMITS.InitiativeDto;
const TITLE_MAX = title.maxLength;
const OWNER_MAX = ownerId.maxLength;
const EFFECT_MAX = expectedEffect.maxLength;

export interface InitiativeDraft {
  key: string;
  title: string;
  ownerId: string;
  dueDate: string;
  kpiId: string;
  expectedEffect: string;
  addressesCauseIds: string[];
}

/** One initiative of the plan: its fields, and the recorded causes it may address. */
export function InitiativeFields(props: {
  draft: InitiativeDraft;
  index: number;
  causes: Schemas['RootCauseView'][];
  kpis: Schemas['KpiSummaryView'][];
  error: unknown;
  onChange: (draft: InitiativeDraft) => void;
  onRemove: (() => void) | undefined;
}) {
  const id = useId();
  const { draft, index, error } = props;
  const field = (name: string) => `initiatives.${index}.${name}`;
  const set = <K extends keyof InitiativeDraft>(name: K, value: InitiativeDraft[K]) =>
    props.onChange({ ...draft, [name]: value });
  const toggleCause = (causeId: string, checked: boolean) =>
    set(
      'addressesCauseIds',
      checked
        ? [...draft.addressesCauseIds, causeId]
        : draft.addressesCauseIds.filter((item) => item !== causeId),
    );
  const namedCauses = props.causes.filter(
    (cause): cause is Schemas['RootCauseView'] & { id: string } => Boolean(cause.id),
  );
  return (
    <fieldset className="cycle-item">
      <legend>Initiative {index + 1}</legend>
      <label htmlFor={`${id}-title`}>Title</label>
      <input
        id={`${id}-title`}
        required
        maxLength={TITLE_MAX}
        className="cycle-wide-input"
        value={draft.title}
        onChange={(event) => set('title', event.target.value)}
        {...invalidProps(error, field('title'), `${id}-title`)}
      />
      <FieldErrors error={error} field={field('title')} inputId={`${id}-title`} />
      <div className="form-row">
        <div>
          <label htmlFor={`${id}-owner`}>Owner (person id)</label>
          <input
            id={`${id}-owner`}
            required
            maxLength={OWNER_MAX}
            value={draft.ownerId}
            onChange={(event) => set('ownerId', event.target.value)}
            {...invalidProps(error, field('ownerId'), `${id}-owner`)}
          />
          <FieldErrors error={error} field={field('ownerId')} inputId={`${id}-owner`} />
        </div>
        <div>
          <label htmlFor={`${id}-due`}>Due date</label>
          <input
            id={`${id}-due`}
            type="date"
            required
            value={draft.dueDate}
            onChange={(event) => set('dueDate', event.target.value)}
            {...invalidProps(error, field('dueDate'), `${id}-due`)}
          />
          <FieldErrors error={error} field={field('dueDate')} inputId={`${id}-due`} />
        </div>
        <div>
          <label htmlFor={`${id}-kpi`}>KPI it moves (optional)</label>
          <select
            id={`${id}-kpi`}
            value={draft.kpiId}
            onChange={(event) => set('kpiId', event.target.value)}
            {...invalidProps(error, field('kpiId'), `${id}-kpi`)}
          >
            <option value="">No KPI</option>
            {props.kpis.map((kpi) => (
              <option key={kpi.id} value={kpi.id}>
                {kpi.name} ({kpi.unit})
              </option>
            ))}
          </select>
          <FieldErrors error={error} field={field('kpiId')} inputId={`${id}-kpi`} />
        </div>
      </div>
      <label htmlFor={`${id}-effect`}>Expected effect</label>
      <textarea
        id={`${id}-effect`}
        required
        rows={2}
        maxLength={EFFECT_MAX}
        value={draft.expectedEffect}
        onChange={(event) => set('expectedEffect', event.target.value)}
        {...invalidProps(error, field('expectedEffect'), `${id}-effect`)}
      />
      <FieldErrors error={error} field={field('expectedEffect')} inputId={`${id}-effect`} />
      {namedCauses.length > 0 && (
        <fieldset className="cycle-checkboxes">
          <legend>Root causes it addresses</legend>
          {namedCauses.map((cause) => (
            <div key={cause.id} className="cycle-checkbox">
              <input
                id={`${id}-cause-${cause.id}`}
                type="checkbox"
                checked={draft.addressesCauseIds.includes(cause.id)}
                onChange={(event) => toggleCause(cause.id, event.target.checked)}
              />
              <label htmlFor={`${id}-cause-${cause.id}`}>{cause.description}</label>
            </div>
          ))}
          <FieldErrors error={error} field={field('addressesCauseIds')} inputId={`${id}-causes`} />
        </fieldset>
      )}
      {props.onRemove && (
        <div className="actions">
          <button type="button" className="secondary" onClick={props.onRemove}>
            Remove initiative {index + 1}
          </button>
        </div>
      )}
    </fieldset>
  );
}
