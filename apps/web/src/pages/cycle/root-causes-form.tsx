import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import type { Schemas } from '../../api/client';
import { api, unwrap } from '../../api/client';
import { humanize } from '../../components/cycle-labels';
import { ProblemMessage } from '../../components/problem-message';
import { FieldErrors, invalidProps } from './field-errors';
import { useRefreshCycle } from './cycle-queries';
import { LIMITS } from '../../api/limits';
import { SaveActions } from './save-actions';

// The API's limits (RecordRootCausesDto, RootCauseDto in the OpenAPI document).
const MAX_CAUSES = LIMITS.RecordRootCausesDto.causes.maxItems;
const MAX_WHYS = LIMITS.RootCauseDto.whys.maxItems;
const CAUSE_TEXT_MAX = LIMITS.RootCauseDto.description.maxLength;
const CATEGORIES: Schemas['RootCauseView']['category'][] = [
  'people',
  'process',
  'technology',
  'policy',
  'suppliers',
  'measurement',
];

interface CauseDraft {
  key: string;
  category: Schemas['RootCauseView']['category'];
  description: string;
  whys: string;
  evidence: string;
}

const emptyCause = (key: string): CauseDraft => ({
  key,
  category: 'process',
  description: '',
  whys: '',
  evidence: '',
});

/** The whys, one per line; blank lines are nobody's answer. */
const whysOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

function CauseFields(props: {
  draft: CauseDraft;
  index: number;
  error: unknown;
  onChange: (draft: CauseDraft) => void;
  onRemove: (() => void) | undefined;
}) {
  const id = useId();
  const { draft, index, error } = props;
  const field = (name: string) => `causes.${index}.${name}`;
  const set = <K extends keyof CauseDraft>(name: K, value: CauseDraft[K]) =>
    props.onChange({ ...draft, [name]: value });
  return (
    <fieldset className="cycle-item">
      <legend>Cause {index + 1}</legend>
      <label htmlFor={`${id}-category`}>Category</label>
      <select
        id={`${id}-category`}
        value={draft.category}
        onChange={(event) =>
          set('category', event.target.value as Schemas['RootCauseView']['category'])
        }
        {...invalidProps(error, field('category'), `${id}-category`)}
      >
        {CATEGORIES.map((category) => (
          <option key={category} value={category}>
            {humanize(category)}
          </option>
        ))}
      </select>
      <FieldErrors error={error} field={field('category')} inputId={`${id}-category`} />
      <label htmlFor={`${id}-description`}>Description</label>
      <textarea
        id={`${id}-description`}
        required
        rows={2}
        maxLength={CAUSE_TEXT_MAX}
        value={draft.description}
        onChange={(event) => set('description', event.target.value)}
        {...invalidProps(error, field('description'), `${id}-description`)}
      />
      <FieldErrors error={error} field={field('description')} inputId={`${id}-description`} />
      <label htmlFor={`${id}-whys`}>Whys, one per line (up to {MAX_WHYS})</label>
      <textarea
        id={`${id}-whys`}
        rows={MAX_WHYS}
        value={draft.whys}
        onChange={(event) => set('whys', event.target.value)}
        {...invalidProps(error, field('whys'), `${id}-whys`)}
      />
      <FieldErrors error={error} field={field('whys')} inputId={`${id}-whys`} />
      <label htmlFor={`${id}-evidence`}>Evidence</label>
      <textarea
        id={`${id}-evidence`}
        required
        rows={2}
        maxLength={CAUSE_TEXT_MAX}
        value={draft.evidence}
        onChange={(event) => set('evidence', event.target.value)}
        {...invalidProps(error, field('evidence'), `${id}-evidence`)}
      />
      <FieldErrors error={error} field={field('evidence')} inputId={`${id}-evidence`} />
      {props.onRemove && (
        <div className="actions">
          <button type="button" className="secondary" onClick={props.onRemove}>
            Remove cause {index + 1}
          </button>
        </div>
      )}
    </fieldset>
  );
}

/** Records the root causes (PUT /v1/cycles/:id/root-causes), pre-filled with what is recorded. */
export function RootCausesForm(props: { cycleId: string; causes: Schemas['RootCauseView'][] }) {
  const id = useId();
  const [drafts, setDrafts] = useState<CauseDraft[]>(() =>
    props.causes.length > 0
      ? props.causes.map((cause, index) => ({
          key: cause.id ?? `recorded-${index}`,
          category: cause.category,
          description: cause.description,
          whys: cause.whys.join('\n'),
          evidence: cause.evidence,
        }))
      : [emptyCause('first')],
  );
  const [tooManyWhys, setTooManyWhys] = useState<number>();
  const refresh = useRefreshCycle(props.cycleId);
  const save = useMutation({
    mutationFn: async (body: Schemas['RecordRootCausesDto']) =>
      unwrap(
        await api.PUT('/v1/cycles/{id}/root-causes', {
          params: { path: { id: props.cycleId } },
          body,
        }),
      ),
    onSuccess: refresh,
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const over = drafts.findIndex((draft) => whysOf(draft.whys).length > MAX_WHYS);
    setTooManyWhys(over >= 0 ? over : undefined);
    if (over >= 0) {
      return;
    }
    save.mutate({
      causes: drafts.map((draft) => ({
        category: draft.category,
        description: draft.description,
        whys: whysOf(draft.whys),
        evidence: draft.evidence,
      })),
    });
  };
  return (
    <form onSubmit={onSubmit} className="cycle-form" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Record the root causes</h3>
      {drafts.map((draft, index) => (
        <CauseFields
          key={draft.key}
          draft={draft}
          index={index}
          error={save.error}
          onChange={(next) =>
            setDrafts((current) => current.map((item) => (item.key === draft.key ? next : item)))
          }
          onRemove={
            drafts.length > 1
              ? () => setDrafts((current) => current.filter((item) => item.key !== draft.key))
              : undefined
          }
        />
      ))}
      {tooManyWhys !== undefined && (
        <p role="alert" className="problem">
          Cause {tooManyWhys + 1} has more than {MAX_WHYS} whys; keep the {MAX_WHYS} that go
          deepest.
        </p>
      )}
      <ProblemMessage error={save.error} />
      <SaveActions label="Save the root causes" saving={save.isPending} saved={save.isSuccess}>
        <button
          type="button"
          className="secondary"
          disabled={drafts.length >= MAX_CAUSES}
          onClick={() => setDrafts((current) => [...current, emptyCause(crypto.randomUUID())])}
        >
          Add a cause
        </button>
      </SaveActions>
    </form>
  );
}
