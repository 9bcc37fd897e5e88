import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import type { Schemas } from '../../api/client';
import { api, unwrap } from '../../api/client';
import { ProblemMessage } from '../../components/problem-message';
import { FieldErrors, invalidProps } from './field-errors';
import { useRefreshCycle, useServiceKpis } from './cycle-queries';
import { LIMITS } from '../../api/limits';
import { SaveActions } from './save-actions';

// The API's limits (RecordGapDto in the OpenAPI document).
const GAP_TEXT_MAX = LIMITS.RecordGapDto.statement.maxLength;

interface GapDraft {
  statement: string;
  currentValue: string;
  targetValue: string;
  evidence: string;
  kpiId: string;
}

function draftOf(gap: Schemas['GapView'] | null): GapDraft {
  return {
    statement: gap?.statement ?? '',
    currentValue: gap ? String(gap.currentValue) : '',
    targetValue: gap ? String(gap.targetValue) : '',
    evidence: gap?.evidence ?? '',
    kpiId: gap?.kpiId ?? '',
  };
}

/** States the gap (PUT /v1/cycles/:id/gap), pre-filled with what is recorded. */
export function GapForm(props: {
  cycleId: string;
  serviceId: string;
  gap: Schemas['GapView'] | null;
}) {
  const id = useId();
  const [draft, setDraft] = useState(() => draftOf(props.gap));
  const kpis = useServiceKpis(props.serviceId, true);
  const refresh = useRefreshCycle(props.cycleId);
  const save = useMutation({
    mutationFn: async (body: Schemas['RecordGapDto']) =>
      unwrap(
        await api.PUT('/v1/cycles/{id}/gap', { params: { path: { id: props.cycleId } }, body }),
      ),
    onSuccess: refresh,
  });
  const set = (field: keyof GapDraft) => (value: string) =>
    setDraft((current) => ({ ...current, [field]: value }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({
      statement: draft.statement,
      currentValue: Number(draft.currentValue),
      targetValue: Number(draft.targetValue),
      evidence: draft.evidence,
      ...(draft.kpiId ? { kpiId: draft.kpiId } : {}),
      // A source recorded before (from an API client) is kept, not dropped by the console.
      ...(props.gap?.source ? { source: props.gap.source } : {}),
    });
  };
  const error = save.error;
  return (
    <form onSubmit={onSubmit} className="cycle-form" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{props.gap ? 'Change the gap' : 'State the gap'}</h3>
      <label htmlFor={`${id}-statement`}>Gap statement</label>
      <textarea
        id={`${id}-statement`}
        required
        maxLength={GAP_TEXT_MAX}
        rows={3}
        value={draft.statement}
        onChange={(event) => set('statement')(event.target.value)}
        {...invalidProps(error, 'statement', `${id}-statement`)}
      />
      <FieldErrors error={error} field="statement" inputId={`${id}-statement`} />
      <div className="form-row">
        <div>
          <label htmlFor={`${id}-current`}>Current value</label>
          <input
            id={`${id}-current`}
            type="number"
            step="any"
            required
            value={draft.currentValue}
            onChange={(event) => set('currentValue')(event.target.value)}
            {...invalidProps(error, 'currentValue', `${id}-current`)}
          />
          <FieldErrors error={error} field="currentValue" inputId={`${id}-current`} />
        </div>
        <div>
          <label htmlFor={`${id}-target`}>Target value</label>
          <input
            id={`${id}-target`}
            type="number"
            step="any"
            required
            value={draft.targetValue}
            onChange={(event) => set('targetValue')(event.target.value)}
            {...invalidProps(error, 'targetValue', `${id}-target`)}
          />
          <FieldErrors error={error} field="targetValue" inputId={`${id}-target`} />
        </div>
        <div>
          <label htmlFor={`${id}-kpi`}>KPI that measures it (optional)</label>
          <select
            id={`${id}-kpi`}
            value={draft.kpiId}
            onChange={(event) => set('kpiId')(event.target.value)}
            {...invalidProps(error, 'kpiId', `${id}-kpi`)}
          >
            <option value="">No KPI</option>
            {kpis.data?.map((kpi) => (
              <option key={kpi.id} value={kpi.id}>
                {kpi.name} ({kpi.unit})
              </option>
            ))}
          </select>
          <FieldErrors error={error} field="kpiId" inputId={`${id}-kpi`} />
        </div>
      </div>
      <label htmlFor={`${id}-evidence`}>Evidence</label>
      <textarea
        id={`${id}-evidence`}
        required
        maxLength={GAP_TEXT_MAX}
        rows={3}
        value={draft.evidence}
        onChange={(event) => set('evidence')(event.target.value)}
        {...invalidProps(error, 'evidence', `${id}-evidence`)}
      />
      <FieldErrors error={error} field="evidence" inputId={`${id}-evidence`} />
      <ProblemMessage error={error ?? kpis.error} />
      <SaveActions label="Save the gap" saving={save.isPending} saved={save.isSuccess} />
    </form>
  );
}
