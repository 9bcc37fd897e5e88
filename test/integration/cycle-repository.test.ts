import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { CycleState } from '@app/domain';
import { AreaKind, CycleStateMachine, DEFAULT_CYCLE_POLICY, Role } from '@app/domain';
import {
  AreaRepository,
  AuditRepository,
  auditHash,
  CycleRepository,
  cycleChain,
  dataSourceOptions,
  GENESIS_HASH,
  ServiceRepository,
} from '@app/persistence';
import { testEnvironment } from '../support/test-environment';

describe('CycleRepository on PostgreSQL', () => {
  let dataSource: DataSource;
  let cycles: CycleRepository;
  let audit: AuditRepository;
  let serviceId: string;
  const iris = { id: 'iris', roles: [Role.Improver] };
  const loader = { actor: { id: 'loader', roles: [Role.Admin] }, requestId: null };

  beforeAll(async () => {
    dataSource = await new DataSource(
      dataSourceOptions({ url: testEnvironment().databaseUrl, poolSize: 4 }),
    ).initialize();
    cycles = new CycleRepository(dataSource);
    audit = new AuditRepository(dataSource);
  });
  afterAll(async () => {
    await dataSource.destroy();
  });
  beforeEach(async () => {
    const areas = new AreaRepository(dataSource);
    const back = await areas.create(`Back ${randomUUID()}`, AreaKind.Back, loader);
    const front = await areas.create(`Front ${randomUUID()}`, AreaKind.Front, loader);
    const service = await new ServiceRepository(dataSource).create(
      {
        name: `Service ${randomUUID()}`,
        description: null,
        providerAreaId: back.id,
        consumerAreaIds: [front.id],
        standardDescription: null,
        standardResponseTimeHours: null,
        critical: false,
      },
      loader,
    );
    serviceId = service.id;
  });

  /** A cycle's audit events, oldest first, as the history endpoint streams them. */
  const cycleHistory = async (cycleId: string) => {
    const events = [];
    for await (const batch of audit.batches(cycleChain(cycleId))) {
      events.push(...batch);
    }
    return events;
  };

  const begin = () =>
    CycleStateMachine.begin({
      cycleId: randomUUID(),
      serviceId,
      policy: DEFAULT_CYCLE_POLICY,
      startedBy: iris,
      requestedAt: '2026-11-22T09:00:00.000Z',
    });

  it('records a started cycle and its first audit event once, however often the activity retries', async () => {
    const machine = begin();
    const started = machine.started();
    const state: CycleState = machine.state;

    expect(await cycles.recordStarted(state, started)).toEqual({ outcome: 'recorded' });
    expect(await cycles.recordStarted(state, started)).toEqual({ outcome: 'recorded' });

    const rows = await dataSource.query(
      'SELECT id, started_at, version FROM cycles WHERE service_id = $1',
      [serviceId],
    );
    expect(rows).toEqual([
      { id: state.cycleId, started_at: new Date('2026-11-22T09:00:00.000Z'), version: 1 },
    ]);
    const history = await cycleHistory(state.cycleId);
    expect(history.map((event) => [event.seq, event.action])).toEqual([[1, 'cycle_started']]);
  });

  it('chains every event to the one before, and ignores a repeated or stale write', async () => {
    const machine = begin();
    await cycles.recordStarted(machine.state, machine.started());
    const gapEvent = machine.recordGap(
      {
        statement: 'Cards take 9 days',
        kpiId: null,
        currentValue: 9,
        targetValue: 2,
        evidence: 'Survey Q3',
      },
      iris,
      '2026-11-22T09:05:00.000Z',
    );
    const afterGap = structuredClone(machine.state);
    await cycles.recordEvent(afterGap, gapEvent);
    await cycles.recordEvent(afterGap, gapEvent);

    const history = await cycleHistory(machine.state.cycleId);
    expect(history.map((event) => event.seq)).toEqual([1, 2]);
    expect(history[0]?.prevHash).toBe(GENESIS_HASH);
    expect(history[1]?.prevHash).toBe(history[0]?.hash);
    for (const event of history) {
      const { hash, ...unhashed } = event;
      expect(auditHash(unhashed)).toBe(hash);
    }
    expect(history[1]).toMatchObject({
      action: 'gap_recorded',
      stage: 'gap_identification',
      actor: iris,
    });

    const started = await dataSource.query('SELECT version, detail FROM cycles WHERE id = $1', [
      machine.state.cycleId,
    ]);
    expect(started[0].version).toBe(2);
    expect(started[0].detail.gap.statement).toBe('Cards take 9 days');
  });

  it('refuses a second active cycle of the service, naming the active one', async () => {
    const active = begin();
    await cycles.recordStarted(active.state, active.started());
    const other = begin();

    expect(await cycles.recordStarted(other.state, other.started())).toEqual({
      outcome: 'active_cycle_exists',
      activeCycleId: active.state.cycleId,
    });
    expect(await cycles.findById(other.state.cycleId)).toBeNull();
    expect(await cycleHistory(other.state.cycleId)).toEqual([]);
  });

  it('keeps the audit trail append-only in the database itself', async () => {
    const machine = begin();
    await cycles.recordStarted(machine.state, machine.started());
    await expect(
      dataSource.query(`UPDATE audit_events SET action = 'x' WHERE cycle_id = $1`, [
        machine.state.cycleId,
      ]),
    ).rejects.toThrow(/append-only/);
    await expect(
      dataSource.query(`DELETE FROM audit_events WHERE cycle_id = $1`, [machine.state.cycleId]),
    ).rejects.toThrow(/append-only/);
    await expect(dataSource.query(`TRUNCATE audit_events`)).rejects.toThrow(/append-only/);
  });

  it('refuses a stage the methodology does not have', async () => {
    const id = randomUUID();
    await expect(
      dataSource.query(
        `INSERT INTO cycles (id, workflow_id, service_id, stage, status, policy, detail, started_by, started_at)
         VALUES ($1, $2, $3, 'brainstorming', 'closed', '{}', '{}', 'x', now())`,
        [id, `cycle-${id}`, serviceId],
      ),
    ).rejects.toThrow(/ck_cycles_stage/);
  });
});
