import { Link } from 'react-router';
import type { Schemas } from '../../api/client';
import { formatWaited, stageLabel } from '../../components/cycle-labels';
import { slaLabel, slaState } from '../../components/cycle-sla';

type Wait = Schemas['PendingDecisionView'];

/** What a wait asks the manager to decide. */
function whatWaits(wait: Wait): string {
  if (wait.kind === 'roadmap_change') {
    return 'Roadmap change';
  }
  return wait.stage === 're_evaluation'
    ? 'Re-evaluation decision'
    : `Gate: ${stageLabel(wait.stage)}`;
}

function WaitRow(props: { wait: Wait; serviceName: string | undefined }) {
  const { wait } = props;
  const sla = slaLabel(
    slaState({
      notices: wait.escalations,
      waitingSince: wait.roadmapChange?.proposedAt ?? wait.pendingApproval?.submittedAt,
      changeId: wait.roadmapChange?.id,
      waitingSeconds: wait.waitingSeconds,
      approvalSla: wait.policy.approvalSla,
    }),
  );
  return (
    <tr>
      <th scope="row">
        <Link to={`/cycles/${wait.id}`}>{props.serviceName ?? 'Unnamed service'}</Link>
      </th>
      <td>
        {whatWaits(wait)}
        {wait.roadmapChange && (
          <div className="muted inbox-reason">{wait.roadmapChange.reason}</div>
        )}
      </td>
      <td>{formatWaited(wait.waitingSeconds)}</td>
      <td>
        <span className={`badge ${sla.tone}`}>{sla.text}</span>
      </td>
      <td className="number">
        {wait.approvals.length} of {wait.quorum}
      </td>
    </tr>
  );
}

/** The waits, oldest first, each linking to its cycle's page through the service's name. */
export function InboxTable(props: {
  waits: Wait[];
  serviceNames: Map<string, string> | undefined;
}) {
  return (
    <table className="inbox-table">
      <caption>Decisions waiting, oldest first</caption>
      <thead>
        <tr>
          <th scope="col">Service</th>
          <th scope="col">What waits</th>
          <th scope="col">Waited</th>
          <th scope="col">SLA</th>
          <th scope="col" className="number">
            Approvals so far
          </th>
        </tr>
      </thead>
      <tbody>
        {props.waits.map((wait) => (
          <WaitRow
            key={`${wait.id}:${wait.kind}`}
            wait={wait}
            serviceName={props.serviceNames?.get(wait.serviceId)}
          />
        ))}
      </tbody>
    </table>
  );
}
