import { useMutation } from '@tanstack/react-query';
import type { FormEvent, ReactNode } from 'react';
import { useId, useState } from 'react';
import { ProblemMessage } from '../../components/problem-message';
import { FieldErrors, invalidProps } from './field-errors';
import { useRefreshCycle } from './cycle-queries';
import { LIMITS } from '../../api/limits';

const REASON_MAX = LIMITS.DecisionDto.reason.maxLength;

export interface DecisionChoice<D extends string> {
  decision: D;
  label: string;
  className?: string;
}

/**
 * A required Reason and one button per possible decision; the button pressed is the decision.
 * `decide` posts it; the cycle, its history and the inbox are fetched again after it.
 */
export function DecisionForm<D extends string>(props: {
  cycleId: string;
  title: string;
  children: ReactNode;
  choices: DecisionChoice<D>[];
  decide: (decision: D, reason: string) => Promise<unknown>;
}) {
  const id = useId();
  const [reason, setReason] = useState('');
  const refresh = useRefreshCycle(props.cycleId);
  const { decide, choices } = props;
  const mutation = useMutation({
    mutationFn: (input: { decision: D; reason: string }) => decide(input.decision, input.reason),
    onSuccess: async () => {
      setReason('');
      await refresh();
    },
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = event.nativeEvent instanceof SubmitEvent ? event.nativeEvent.submitter : null;
    const choice = choices.find(
      (item) => submitter instanceof HTMLButtonElement && item.decision === submitter.value,
    );
    if (choice) {
      mutation.mutate({ decision: choice.decision, reason });
    }
  };
  const error = mutation.error;
  return (
    <form onSubmit={onSubmit} className="cycle-decision" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{props.title}</h3>
      {props.children}
      <label htmlFor={`${id}-reason`}>Reason</label>
      <textarea
        id={`${id}-reason`}
        required
        rows={3}
        maxLength={REASON_MAX}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        {...invalidProps(error, 'reason', `${id}-reason`)}
      />
      <FieldErrors error={error} field="reason" inputId={`${id}-reason`} />
      <ProblemMessage error={error} />
      <div className="actions">
        {choices.map((choice) => (
          <button
            key={choice.decision}
            type="submit"
            name="decision"
            value={choice.decision}
            className={choice.className}
            disabled={mutation.isPending}
          >
            {choice.label}
          </button>
        ))}
        <span role="status" className="muted">
          {mutation.isPending ? 'Recording your decision…' : ''}
          {mutation.isSuccess ? 'Your decision is recorded.' : ''}
        </span>
      </div>
    </form>
  );
}
