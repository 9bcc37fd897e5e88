import { useState } from 'react';
import type { Schemas } from '../../api/client';
import { api, unwrap } from '../../api/client';
import { formatWaited, stageLabel } from '../../components/cycle-labels';
import { formatDateTime } from '../../components/format';
import { slaLabel, slaState } from '../../components/cycle-sla';
import type { DecisionChoice } from './decision-form';
import { DecisionForm } from './decision-form';

type GateDecision = Schemas['DecisionDto']['decision'];
type ChangeDecision = Schemas['RoadmapChangeDecisionDto']['decision'];

const GATE_CHOICES: DecisionChoice<GateDecision>[] = [
  { decision: 'approve', label: 'Approve' },
  { decision: 'reject', label: 'Send back', className: 'danger' },
];
const RE_EVALUATION_CHOICES: DecisionChoice<GateDecision>[] = [
  { decision: 'close', label: 'Close' },
  { decision: 'continue', label: 'Continue', className: 'secondary' },
  { decision: 'restart', label: 'Restart', className: 'secondary' },
];
const CHANGE_CHOICES: DecisionChoice<ChangeDecision>[] = [
  { decision: 'approve', label: 'Approve' },
  { decision: 'reject', label: 'Send back', className: 'danger' },
];

/** Where one wait stands: since when, its SLA, approvals towards the quorum. */
function WaitFacts(props: {
  since: string;
  by: string;
  waitingSeconds: number;
  sla: ReturnType<typeof slaLabel>;
  approvals: Schemas['GateApprovalView'][];
  quorum: number;
}) {
  return (
    <>
      <dl className="cycle-facts">
        <div>
          <dt>Submitted</dt>
          <dd>
            {formatDateTime(props.since)} by {props.by}
          </dd>
        </div>
        <div>
          <dt>Waited</dt>
          <dd>
            {formatWaited(props.waitingSeconds)}{' '}
            <span className={`badge ${props.sla.tone}`}>{props.sla.text}</span>
          </dd>
        </div>
        <div>
          <dt>Approvals so far</dt>
          <dd>
            {props.approvals.length} of {props.quorum}
            {props.approvals.length > 0 && ` (${props.approvals.map((a) => a.by).join(', ')})`}
          </dd>
        </div>
      </dl>
    </>
  );
}

/** Which of the cycle's waits the signed-in person may decide now (their inbox says). */
export interface Decidable {
  gate: boolean;
  change: boolean;
}

/** What waits for a manager on this cycle: its gate, the re-evaluation, or a roadmap change. */
export function DecisionPanel(props: { cycle: Schemas['CycleView']; decidable: Decidable }) {
  const { cycle, decidable } = props;
  // The page's opening time: how long a roadmap change has waited (the API says it for gates).
  const [openedAt] = useState(Date.now);
  // Only what the caller may decide gets the form; the API would refuse anyone else.
  const gate =
    cycle.status === 'awaiting_approval' && decidable.gate ? cycle.pendingApproval : null;
  // A change is decided in execution monitoring; during a re-evaluation it waits for its end.
  const change =
    cycle.stage === 'execution_monitoring' && decidable.change ? cycle.pendingRoadmapChange : null;
  const changeWaited = change
    ? Math.max(0, Math.floor((openedAt - Date.parse(change.proposedAt)) / 1000))
    : 0;
  const sla = (since: string | undefined, waitingSeconds: number, changeId?: string) =>
    slaLabel(
      slaState({
        notices: cycle.escalations,
        waitingSince: since,
        changeId,
        waitingSeconds,
        approvalSla: cycle.policy.approvalSla,
      }),
    );
  return (
    <section className="card cycle-decision-panel" aria-labelledby="decision-heading">
      <h2 id="decision-heading">Your decision</h2>
      {gate && (
        <DecisionForm
          cycleId={cycle.id}
          title={
            gate.stage === 're_evaluation'
              ? 'Re-evaluation: close, continue or restart'
              : `Gate: ${stageLabel(gate.stage)}`
          }
          choices={gate.stage === 're_evaluation' ? RE_EVALUATION_CHOICES : GATE_CHOICES}
          decide={async (decision, reason) =>
            unwrap(
              await api.POST('/v1/cycles/{id}/decisions', {
                params: { path: { id: cycle.id } },
                body: { decision, reason },
              }),
            )
          }
        >
          {gate.note && (
            <p>
              Note from {gate.submittedBy.id}: {gate.note}
            </p>
          )}
          <WaitFacts
            since={gate.submittedAt}
            by={gate.submittedBy.id}
            waitingSeconds={gate.waitingSeconds}
            sla={sla(gate.submittedAt, gate.waitingSeconds)}
            approvals={gate.approvals ?? []}
            quorum={gate.approvalPolicy?.quorum ?? 1}
          />
        </DecisionForm>
      )}
      {change && (
        <DecisionForm
          cycleId={cycle.id}
          title="Roadmap change"
          choices={CHANGE_CHOICES}
          decide={async (decision, reason) =>
            unwrap(
              await api.POST('/v1/cycles/{id}/roadmap-changes/{changeId}/decisions', {
                params: { path: { id: cycle.id, changeId: change.id } },
                body: { decision, reason },
              }),
            )
          }
        >
          <p>
            {change.reason} ({change.add.length} added, {change.change.length} changed,{' '}
            {change.drop.length} dropped)
          </p>
          <WaitFacts
            since={change.proposedAt}
            by={change.proposedBy.id}
            waitingSeconds={changeWaited}
            sla={sla(change.proposedAt, changeWaited, change.id)}
            approvals={change.approvals}
            quorum={change.approvalPolicy?.quorum ?? 1}
          />
        </DecisionForm>
      )}
    </section>
  );
}
