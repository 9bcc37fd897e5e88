import type { CycleStage, CycleStatus } from '../../components/cycle-labels';
import { stageLabel, WORKING_STAGES } from '../../components/cycle-labels';

type StepState = 'done' | 'current' | 'next';

const STEP_TEXT: Record<StepState, string> = {
  done: 'done',
  current: 'current',
  next: 'to come',
};

/** The five stages and the end, each saying in words whether it is done, current or to come. */
export function StageStepper(props: { stage: CycleStage; status: CycleStatus }) {
  const { stage } = props;
  const ended = stage === 'closed' || stage === 'cancelled';
  const position = WORKING_STAGES.indexOf(stage as (typeof WORKING_STAGES)[number]);
  const stateOf = (index: number): StepState => {
    if (stage === 'closed' || index < position) {
      return 'done';
    }
    return index === position ? 'current' : 'next';
  };
  const steps = [
    ...WORKING_STAGES.map((working, index) => ({
      key: working,
      label: stageLabel(working),
      // A cancelled cycle's stages are neither done nor to come.
      state: stage === 'cancelled' ? undefined : stateOf(index),
    })),
    {
      key: 'end',
      label: stage === 'cancelled' ? 'Cancelled' : 'Closed',
      state: ended ? ('current' as const) : ('next' as const),
    },
  ];
  return (
    <ol className="cycle-stepper" aria-label="Stages of the cycle">
      {steps.map((step, index) => (
        <li
          key={step.key}
          className={step.state ? `cycle-step ${step.state}` : 'cycle-step'}
          aria-current={step.state === 'current' ? 'step' : undefined}
        >
          <span className="cycle-step-number" aria-hidden="true">
            {index + 1}
          </span>
          <span className="cycle-step-label">{step.label}</span>
          {step.state && (
            <span className="cycle-step-state">
              {STEP_TEXT[step.state]}
              {step.state === 'current' && props.status === 'awaiting_approval'
                ? ', awaiting approval'
                : ''}
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}
