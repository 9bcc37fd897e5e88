import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import type { Schemas } from '../../api/client';
import { api, ApiProblem, unwrap } from '../../api/client';
import { ProblemMessage } from '../../components/problem-message';
import { FieldErrors, invalidProps } from './field-errors';
import { useRefreshCycle } from './cycle-queries';
import { LIMITS } from '../../api/limits';

const TEXT_MAX = LIMITS.SubmitStageDto.note.maxLength;

/** The API's 409 for initiatives that leave a root cause unaddressed has a problem type of its own. */
const isUncoveredCauses = (error: unknown): error is ApiProblem =>
  error instanceof ApiProblem && error.type === '/problems/uncovered-causes';

/** Sends the stage's work to the managers (POST /v1/cycles/:id/submit). */
export function SubmitStage(props: { cycleId: string }) {
  const id = useId();
  const [note, setNote] = useState('');
  const [acceptReason, setAcceptReason] = useState('');
  const [accepting, setAccepting] = useState(false);
  const refresh = useRefreshCycle(props.cycleId);
  const submit = useMutation({
    mutationFn: async (body: Schemas['SubmitStageDto']) =>
      unwrap(
        await api.POST('/v1/cycles/{id}/submit', { params: { path: { id: props.cycleId } }, body }),
      ),
    onSuccess: refresh,
    onError: (error) => {
      if (isUncoveredCauses(error)) {
        setAccepting(true);
      }
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit.mutate({
      ...(note.trim() ? { note } : {}),
      ...(accepting ? { uncoveredCauses: 'accepted' as const, reason: acceptReason } : {}),
    });
  };
  const error = submit.error;
  return (
    <section className="card cycle-submit" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Submit for approval</h2>
      <p className="hint">
        When the stage&rsquo;s work is saved, a manager approves it or sends it back with a reason.
      </p>
      <form onSubmit={onSubmit}>
        <label htmlFor={`${id}-note`}>Note for the approvers (optional)</label>
        <textarea
          id={`${id}-note`}
          rows={2}
          maxLength={TEXT_MAX}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          {...invalidProps(error, 'note', `${id}-note`)}
        />
        <FieldErrors error={error} field="note" inputId={`${id}-note`} />
        {accepting && (
          <>
            <label htmlFor={`${id}-accept`}>Why the uncovered root causes are accepted</label>
            <textarea
              id={`${id}-accept`}
              rows={2}
              required
              maxLength={TEXT_MAX}
              value={acceptReason}
              onChange={(event) => setAcceptReason(event.target.value)}
              {...invalidProps(error, 'reason', `${id}-accept`)}
            />
            <FieldErrors error={error} field="reason" inputId={`${id}-accept`} />
          </>
        )}
        {isUncoveredCauses(error) ? (
          <div role="alert" className="problem">
            <strong>Some root causes are addressed by no initiative. </strong>
            {error.detail}. Link them to an initiative above, or say why they are accepted.
          </div>
        ) : (
          <ProblemMessage error={error} />
        )}
        <div className="actions">
          <button type="submit" disabled={submit.isPending}>
            {accepting ? 'Submit, accepting uncovered causes' : 'Submit for approval'}
          </button>
          {accepting && (
            <button type="button" className="secondary" onClick={() => setAccepting(false)}>
              Cover them instead
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
