import { Link, useParams } from 'react-router';
import type { Schemas } from '../api/client';
import { useSession } from '../auth/session';
import { stageLabel, statusLabel } from '../components/cycle-labels';
import { formatDateTime } from '../components/format';
import { ProblemMessage } from '../components/problem-message';
import { useCycle, useKpi, useService } from './cycle/cycle-queries';
import type { Decidable } from './cycle/decision-panel';
import { DecisionPanel } from './cycle/decision-panel';
import { DownloadsSection } from './cycle/downloads-section';
import { GapSection } from './cycle/gap-section';
import { HistorySection } from './cycle/history-section';
import { InitiativesSection } from './cycle/initiatives-section';
import { KpiSection } from './cycle/kpi-section';
import { RootCausesSection } from './cycle/root-causes-section';
import { StageStepper } from './cycle/stage-stepper';
import { useInbox } from './inbox/inbox-queries';
import { SubmitStage } from './cycle/submit-stage';

/** The stages whose work an improver records, then submits to a gate. */
const SUBMITTED_STAGES: readonly string[] = [
  'gap_identification',
  'root_cause_analysis',
  'initiative_planning',
];

/**
 * The waits of this cycle in the caller's inbox (which lists only what they may decide: their
 * service's approvers, not the submitter) that they have not approved already.
 */
function useDecidable(cycleId: string, manager: boolean, meId: string): Decidable {
  const inbox = useInbox(manager);
  const mine = (inbox.data ?? []).filter(
    (wait) => wait.id === cycleId && !wait.approvals.some((approval) => approval.by === meId),
  );
  return {
    gate: manager && mine.some((wait) => wait.kind === 'gate'),
    change: manager && mine.some((wait) => wait.kind === 'roadmap_change'),
  };
}

const ENDINGS = { close: 'Closed', restart: 'Restarted', cancel: 'Cancelled' } as const;

function CycleDetails(props: {
  cycle: Schemas['CycleView'];
  serviceName: string | undefined;
  refetchError: unknown;
}) {
  const { cycle } = props;
  const session = useSession();
  const working = cycle.status === 'in_progress';
  const improver = session.can('improver');
  const editable = (stage: Schemas['CycleView']['stage']) =>
    improver && working && cycle.stage === stage;
  // The same query as the chart's when the gap names the KPI it charts: one request.
  const gapKpi = useKpi(cycle.gap?.kpiId ?? undefined);
  const kpiId = cycle.gap?.kpiId ?? cycle.initiatives.find((initiative) => initiative.kpiId)?.kpiId;
  const mayReport = (initiative: Schemas['InitiativeView']) =>
    working &&
    cycle.stage === 'execution_monitoring' &&
    initiative.status !== 'done' &&
    initiative.status !== 'dropped' &&
    (improver || initiative.ownerId === session.me.id);
  const decidable = useDecidable(cycle.id, session.can('manager'), session.me.id);
  return (
    <div className="cycle-page">
      <h1>{props.serviceName ?? 'Improvement cycle'}</h1>
      <p className="cycle-subtitle">
        {stageLabel(cycle.stage)}
        {cycle.status === cycle.stage ? '' : ` · ${statusLabel(cycle.status)}`} · started{' '}
        {formatDateTime(cycle.startedAt)} by {cycle.startedBy}
        {cycle.previousCycleId && (
          <>
            {' · '}
            <Link to={`/cycles/${cycle.previousCycleId}`}>previous cycle</Link>
          </>
        )}
        {cycle.nextCycleId && (
          <>
            {' · '}
            <Link to={`/cycles/${cycle.nextCycleId}`}>next cycle</Link>
          </>
        )}
      </p>
      <ProblemMessage error={props.refetchError} />
      {cycle.outcome?.decision && (
        <p className="cycle-ended" role="note">
          <strong>{ENDINGS[cycle.outcome.decision]}</strong>
          {cycle.outcome.by && ` by ${cycle.outcome.by.id}`}
          {cycle.outcome.at && ` on ${formatDateTime(cycle.outcome.at)}`}
          {cycle.outcome.reason ? `: ${cycle.outcome.reason}` : ''}
        </p>
      )}
      <StageStepper stage={cycle.stage} status={cycle.status} />
      {cycle.lastRejection && working && (
        <p className="cycle-sent-back" role="note">
          <strong>Sent back</strong> by {cycle.lastRejection.by.id} on{' '}
          {formatDateTime(cycle.lastRejection.at)}: {cycle.lastRejection.reason ?? 'no reason'}
        </p>
      )}
      {decidable.gate || decidable.change ? (
        <DecisionPanel cycle={cycle} decidable={decidable} />
      ) : (
        session.can('manager') &&
        cycle.status === 'awaiting_approval' && (
          <p className="hint" role="note">
            This gate waits for its approvers. It is not in your inbox: you took part in what waits,
            you approved it already, or the service’s approval policy names other approvers.
          </p>
        )
      )}
      <GapSection
        cycleId={cycle.id}
        serviceId={cycle.serviceId}
        gap={cycle.gap}
        kpiName={gapKpi.data?.name}
        editable={editable('gap_identification')}
      />
      <RootCausesSection
        cycleId={cycle.id}
        causes={cycle.rootCauses}
        editable={editable('root_cause_analysis')}
      />
      <InitiativesSection
        cycleId={cycle.id}
        serviceId={cycle.serviceId}
        initiatives={cycle.initiatives}
        causes={cycle.rootCauses}
        editable={editable('initiative_planning')}
        mayReport={mayReport}
      />
      {improver && working && SUBMITTED_STAGES.includes(cycle.stage) && (
        <SubmitStage cycleId={cycle.id} />
      )}
      <KpiSection kpiId={kpiId ?? undefined} outcome={cycle.outcome} />
      <HistorySection cycleId={cycle.id} mayVerify={session.can('auditor', 'admin')} />
      <DownloadsSection cycleId={cycle.id} />
    </div>
  );
}

/** One improvement cycle at `/app/cycles/:id`: where it stands, its work, and its history. */
export default function CyclePage() {
  const { id = '' } = useParams();
  const cycle = useCycle(id);
  const service = useService(cycle.data?.serviceId);
  // A failed refetch keeps the cycle already shown: say what failed above it, keep the page.
  if (!cycle.data) {
    return cycle.isError ? (
      <>
        <h1>Improvement cycle</h1>
        <ProblemMessage error={cycle.error} />
        <p>
          <Link to="/cycles">All cycles</Link>
        </p>
      </>
    ) : (
      <p role="status">Loading the cycle…</p>
    );
  }
  if (service.isPending) {
    return <p role="status">Loading the cycle…</p>;
  }
  return (
    <CycleDetails cycle={cycle.data} serviceName={service.data?.name} refetchError={cycle.error} />
  );
}
