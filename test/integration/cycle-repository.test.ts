import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { CycleChange, CycleEvent, CycleState } from '@app/domain';
import { CycleStateMachine, DEFAULT_CYCLE_POLICY, Role } from '@app/domain';
import {
  appendAuditEvent,
  AuditEventEntity,
  AuditRepository,
  auditHash,
  CycleRepository,
  cycleChain,
  NotificationOutbox,
  GENESIS_HASH,
} from '@app/persistence';
import { createServiceRow, openTestDataSource } from '../support/catalog-rows';

describe('CycleRepository on PostgreSQL', () => {
  let dataSource: DataSource;
  let cycles: CycleRepository;
  let audit: AuditRepository;
  let serviceId: string;
  const iris = { id: 'iris', roles: [Role.Improver] };

  beforeAll(async () => {
    dataSource = await openTestDataSource(4);
    cycles = new CycleRepository(dataSource, new NotificationOutbox());
    audit = new AuditRepository(dataSource);
  });
  afterAll(async () => {
    await dataSource.destroy();
  });
  beforeEach(async () => {
    const service = await createServiceRow(dataSource);
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

    // Webhook endpoints of other test files may get its messages; a retry writes none again.
    expect(await cycles.recordStarted(state, started)).toMatchObject({ outcome: 'recorded' });
    expect(await cycles.recordStarted(state, started)).toEqual({
      outcome: 'recorded',
      channels: [],
    });

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

  /** The projection row as a reader sees it. */
  const projection = async (cycleId: string) =>
    (
      await dataSource.query('SELECT version, stage, status, detail FROM cycles WHERE id = $1', [
        cycleId,
      ])
    )[0];

  /** What the workflow sends for an event: the top-level fields it changed. */
  const changeOf = (before: CycleState, after: CycleState, event: CycleEvent): CycleChange => ({
    cycleId: after.cycleId,
    event,
    changes: Object.fromEntries(
      Object.entries(after).filter(
        ([key, value]) => JSON.stringify(value) !== JSON.stringify(before[key as keyof CycleState]),
      ),
    ),
  });

  const gap = {
    statement: 'Cards take 9 days',
    kpiId: null,
    currentValue: 9,
    targetValue: 2,
    evidence: 'Survey Q3',
  };

  it('chains every event to the one before, and ignores a repeated write', async () => {
    const machine = begin();
    await cycles.recordStarted(machine.state, machine.started());
    const gapEvent = machine.recordGap(gap, iris, '2026-11-22T09:05:00.000Z');
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

    const started = await projection(machine.state.cycleId);
    expect(started.version).toBe(2);
    expect(started.detail.gap.statement).toBe('Cards take 9 days');
  });

  it('keeps the newer projection when an older change arrives after it (a retried recording)', async () => {
    const machine = begin();
    await cycles.recordStarted(machine.state, machine.started());
    const started = structuredClone(machine.state);
    const gapEvent = machine.recordGap(gap, iris, '2026-11-22T09:05:00.000Z');
    const afterGap = structuredClone(machine.state);
    const submitEvent = machine.submit(null, iris, '2026-11-22T09:10:00.000Z');
    const afterSubmit = structuredClone(machine.state);
    const olderChange = changeOf(started, afterGap, gapEvent);
    const newerChange = changeOf(afterGap, afterSubmit, submitEvent);

    await cycles.recordChange(olderChange);
    await cycles.recordChange(newerChange);
    // The first attempt of the older recording, retried after the newer one landed.
    await cycles.recordChange(olderChange);

    const row = await projection(afterSubmit.cycleId);
    expect(row).toEqual({
      version: submitEvent.number,
      stage: afterSubmit.stage,
      status: afterSubmit.status,
      detail: JSON.parse(JSON.stringify(afterSubmit)),
    });
    expect(row.detail).not.toEqual(JSON.parse(JSON.stringify(afterGap)));
    const history = await cycleHistory(afterSubmit.cycleId);
    expect(history.map((event) => [event.seq, event.action])).toEqual([
      [1, 'cycle_started'],
      [2, gapEvent.action],
      [3, submitEvent.action],
    ]);
    expect(await audit.verify(cycleChain(afterSubmit.cycleId))).toMatchObject({
      valid: true,
      events: 3,
    });
  });

  it('keeps the newer projection when an older whole state is written after it', async () => {
    const machine = begin();
    await cycles.recordStarted(machine.state, machine.started());
    const gapEvent = machine.recordGap(gap, iris, '2026-11-22T09:05:00.000Z');
    const afterGap = structuredClone(machine.state);
    const submitEvent = machine.submit(null, iris, '2026-11-22T09:10:00.000Z');
    const afterSubmit = structuredClone(machine.state);

    await cycles.recordEvent(afterGap, gapEvent);
    await cycles.recordEvent(afterSubmit, submitEvent);
    await cycles.recordEvent(afterGap, gapEvent);

    expect(await projection(afterSubmit.cycleId)).toEqual({
      version: submitEvent.number,
      stage: afterSubmit.stage,
      status: afterSubmit.status,
      detail: JSON.parse(JSON.stringify(afterSubmit)),
    });
    expect((await cycleHistory(afterSubmit.cycleId)).map((event) => event.seq)).toEqual([1, 2, 3]);
  });

  it('reads events back exactly as the entity read them, without hydrating entities', async () => {
    const cycleId = randomUUID();
    const chain = cycleChain(cycleId);
    const odd = {
      10: [],
      b: 1.5,
      a: 'quote " back\\ \u0001 ção 😀',
      nested: { z: null, y: [2, 1] },
    };
    await dataSource.transaction((manager) =>
      appendAuditEvent(manager, chain, {
        eventKey: `${chain}#1`,
        cycleId,
        occurredAt: '2026-11-22T09:00:00.123Z',
        actor: { id: 'o"neil', roles: [Role.Improver, Role.Manager] },
        action: 'gap_recorded',
        stage: 'gap_identification',
        data: odd,
        requestId: 'req-1',
      }),
    );
    // Written behind the application's back: microseconds, no cycle, stage or request.
    await dataSource.query(
      `INSERT INTO audit_events (chain, seq, event_key, cycle_id, occurred_at, actor_id, actor_roles, action, data, prev_hash, hash)
       VALUES ($1, 2, $2, NULL, '2026-11-22 10:00:00.999999+02', 'system', '[]', 'x', '{"n": 1.50, "2": {"b": 1, "a": 2}}', repeat('a', 64), repeat('b', 64))`,
      [chain, `${chain}#2`],
    );

    const entities = await dataSource
      .getRepository(AuditEventEntity)
      .find({ where: { chain }, order: { seq: 'ASC' } });
    const expected = entities.map((row) => ({
      seq: row.seq,
      occurredAt: row.occurredAt.toISOString(),
      cycleId: row.cycleId,
      actor: { id: row.actorId, roles: row.actorRoles },
      action: row.action,
      stage: row.stage,
      data: row.data,
      requestId: row.requestId,
      prevHash: row.prevHash,
      hash: row.hash,
    }));
    const read = [];
    for await (const batch of audit.batches(chain, { size: 1 })) {
      read.push(...batch);
    }
    // Byte for byte: the history endpoint serializes what it reads as it is.
    expect(JSON.stringify(read)).toBe(JSON.stringify(expected));
    expect(read[1]?.occurredAt).toBe('2026-11-22T08:00:00.999Z');
    expect(await audit.verify(chain)).toMatchObject({ valid: false, events: 1, brokenAt: 2 });
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
