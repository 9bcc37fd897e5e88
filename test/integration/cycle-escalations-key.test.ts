import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { CycleState, StoredCycleState } from '@app/domain';
import { CycleStateMachine, DEFAULT_CYCLE_POLICY, Role } from '@app/domain';
import { CycleRepository, NotificationOutbox } from '@app/persistence';
import { createServiceRow, openTestDataSource } from '../support/catalog-rows';

/** The projection rows of cycles recorded before `notices` was renamed `escalations`. */
describe('the escalations list of cycles recorded as `notices`', () => {
  let dataSource: DataSource;
  let cycles: CycleRepository;
  const iris = { id: 'iris', roles: [Role.Improver] };

  beforeAll(async () => {
    dataSource = await openTestDataSource(2);
    cycles = new CycleRepository(dataSource, new NotificationOutbox());
  });
  afterAll(async () => {
    await dataSource.destroy();
  });

  /** A cycle waiting for approval with a reminder sent, recorded as an earlier version would. */
  async function recordedByAnEarlierVersion() {
    const service = await createServiceRow(dataSource);
    const at = '2026-11-22T09:00:00.000Z';
    const machine = CycleStateMachine.begin({
      cycleId: randomUUID(),
      serviceId: service.id,
      policy: DEFAULT_CYCLE_POLICY,
      startedBy: iris,
      requestedAt: at,
    });
    const started = machine.started();
    const gap = { statement: 'Slow', kpiId: null, currentValue: 9, targetValue: 2, evidence: 'S' };
    machine.recordGap(gap, iris, at);
    machine.submit(null, iris, at);
    machine.recordApprovalOverdue('2026-11-27T09:00:00.000Z');
    const { escalations, ...rest } = structuredClone(machine.state);
    const old: StoredCycleState = { ...rest, notices: escalations };
    await cycles.recordStarted(old as unknown as CycleState, started);
    return { cycleId: machine.state.cycleId, escalations };
  }

  const storedDetail = async (cycleId: string) =>
    (
      await dataSource.query<{ detail: Record<string, unknown> }[]>(
        'SELECT detail FROM cycles WHERE id = $1',
        [cycleId],
      )
    )[0]?.detail;

  it('reads them as `escalations` before and after the migration renames the key', async () => {
    const { cycleId, escalations } = await recordedByAnEarlierVersion();
    expect(await storedDetail(cycleId)).toHaveProperty('notices', escalations);

    const read = (await cycles.findById(cycleId))?.detail;
    expect(read?.escalations).toEqual(escalations);
    expect(read).not.toHaveProperty('notices');

    const migration = dataSource.migrations.find(
      (candidate) => candidate.name === 'CycleEscalationsKey1795991300000',
    );
    const runner = dataSource.createQueryRunner();
    try {
      // Only rows that still have `notices` change: running it again is harmless.
      await migration?.up(runner);
    } finally {
      await runner.release();
    }
    const migrated = await storedDetail(cycleId);
    expect(migrated).toHaveProperty('escalations', escalations);
    expect(migrated).not.toHaveProperty('notices');
    expect((await cycles.findById(cycleId))?.detail.escalations).toEqual(escalations);
  });
});
