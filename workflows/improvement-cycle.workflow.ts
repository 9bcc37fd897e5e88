import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  proxyActivities,
  setHandler,
} from '@temporalio/workflow';
import type { CycleActivities, CycleSnapshot, StartCycleInput } from '@app/domain';
import {
  CycleFailureType,
  CycleStage,
  CycleStatus,
  getCycleQuery,
  waitUntilRecordedUpdate,
} from '@app/domain';

const { recordCycleStarted } = proxyActivities<CycleActivities>({
  startToCloseTimeout: '30 seconds',
  // A database outage must not lose the cycle: keep retrying, backing off to one minute.
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

type Recording =
  { state: 'pending' } | { state: 'recorded' } | { state: 'refused'; reason: string };

/** One improvement cycle of one internal service, from gap identification to its close. */
export async function improvementCycle(input: StartCycleInput): Promise<CycleSnapshot> {
  const snapshot: CycleSnapshot = {
    cycleId: input.cycleId,
    serviceId: input.serviceId,
    stage: CycleStage.GapIdentification,
    status: CycleStatus.InProgress,
    policy: input.policy,
    previousCycleId: input.previousCycleId ?? null,
    startedAt: input.requestedAt,
  };
  let recording: Recording = { state: 'pending' };

  setHandler(getCycleQuery, () => snapshot);
  setHandler(waitUntilRecordedUpdate, async () => {
    await condition(() => recording.state !== 'pending');
    if (recording.state === 'refused') {
      throw ApplicationFailure.nonRetryable(recording.reason, CycleFailureType.ActiveCycleExists);
    }
    return snapshot;
  });

  const result = await recordCycleStarted(snapshot, input.startedBy);
  if (result.outcome === 'active_cycle_exists') {
    recording = {
      state: 'refused',
      reason: `service ${input.serviceId} already has an active cycle ${result.activeCycleId}`,
    };
    snapshot.stage = CycleStage.Cancelled;
    snapshot.status = CycleStatus.Cancelled;
    // Let the waiting caller receive the refusal before the run ends.
    await condition(allHandlersFinished);
    return snapshot;
  }
  recording = { state: 'recorded' };

  // Stage work, approval gates and re-evaluation come with the improvement-cycle issue; until
  // then a cycle rests in its first stage, durably, for as long as it takes.
  await condition(() => snapshot.status === CycleStatus.Cancelled);
  return snapshot;
}
