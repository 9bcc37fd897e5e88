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

type ReportableStatus = Schemas['ProgressDto']['status'];
const STATUSES: ReportableStatus[] = ['on_track', 'at_risk', 'off_track', 'done'];
const NOTE_MAX = LIMITS.ProgressDto.note.maxLength;

/** Reports one initiative's progress (POST …/initiatives/:initiativeId/progress). */
export function ProgressForm(props: {
  cycleId: string;
  initiative: Pick<Schemas['InitiativeView'], 'id' | 'title' | 'percentComplete' | 'status'>;
}) {
  const id = useId();
  const { initiative } = props;
  const [percent, setPercent] = useState(String(initiative.percentComplete));
  const [status, setStatus] = useState<ReportableStatus>(
    STATUSES.find((item) => item === initiative.status) ?? 'on_track',
  );
  const [note, setNote] = useState('');
  const refresh = useRefreshCycle(props.cycleId);
  const report = useMutation({
    mutationFn: async (body: Schemas['ProgressDto']) =>
      unwrap(
        await api.POST('/v1/cycles/{id}/initiatives/{initiativeId}/progress', {
          params: { path: { id: props.cycleId, initiativeId: initiative.id } },
          body,
        }),
      ),
    onSuccess: async () => {
      setNote('');
      await refresh();
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    report.mutate({
      percentComplete: Number(percent),
      status,
      ...(note.trim() ? { note } : {}),
    });
  };
  const error = report.error;
  return (
    <form onSubmit={onSubmit} className="cycle-form" aria-label={`Progress of ${initiative.title}`}>
      <div className="form-row">
        <div>
          <label htmlFor={`${id}-percent`}>Percent complete</label>
          <input
            id={`${id}-percent`}
            type="number"
            min={LIMITS.ProgressDto.percentComplete.minimum}
            max={LIMITS.ProgressDto.percentComplete.maximum}
            step={1}
            required
            value={percent}
            onChange={(event) => setPercent(event.target.value)}
            {...invalidProps(error, 'percentComplete', `${id}-percent`)}
          />
          <FieldErrors error={error} field="percentComplete" inputId={`${id}-percent`} />
        </div>
        <div>
          <label htmlFor={`${id}-status`}>Status</label>
          <select
            id={`${id}-status`}
            value={status}
            onChange={(event) => setStatus(event.target.value as ReportableStatus)}
            {...invalidProps(error, 'status', `${id}-status`)}
          >
            {STATUSES.map((item) => (
              <option key={item} value={item}>
                {humanize(item)}
              </option>
            ))}
          </select>
          <FieldErrors error={error} field="status" inputId={`${id}-status`} />
        </div>
      </div>
      <label htmlFor={`${id}-note`}>Note (optional)</label>
      <textarea
        id={`${id}-note`}
        rows={2}
        maxLength={NOTE_MAX}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        {...invalidProps(error, 'note', `${id}-note`)}
      />
      <FieldErrors error={error} field="note" inputId={`${id}-note`} />
      <ProblemMessage error={error} />
      <div className="actions">
        <button type="submit" disabled={report.isPending}>
          {report.isPending ? 'Reporting…' : 'Report progress'}
        </button>
        <span role="status" className="muted">
          {report.isSuccess ? 'Reported.' : ''}
        </span>
      </div>
    </form>
  );
}
