import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { CycleSnapshot } from '@app/domain';
import { AreaKind, CycleStage, CycleStatus, DEFAULT_CYCLE_POLICY } from '@app/domain';
import {
  AreaRepository,
  CycleRepository,
  dataSourceOptions,
  ServiceRepository,
} from '@app/persistence';
import { testEnvironment } from '../support/test-environment';

describe('CycleRepository on PostgreSQL', () => {
  let dataSource: DataSource;
  let cycles: CycleRepository;
  let serviceId: string;

  beforeAll(async () => {
    dataSource = await new DataSource(
      dataSourceOptions({ url: testEnvironment().databaseUrl, poolSize: 4 }),
    ).initialize();
    cycles = new CycleRepository(dataSource);
  });
  afterAll(async () => {
    await dataSource.destroy();
  });
  beforeEach(async () => {
    const areas = new AreaRepository(dataSource);
    const back = await areas.create(`Back ${randomUUID()}`, AreaKind.Back);
    const front = await areas.create(`Front ${randomUUID()}`, AreaKind.Front);
    const service = await new ServiceRepository(dataSource).create({
      name: `Service ${randomUUID()}`,
      description: null,
      providerAreaId: back.id,
      consumerAreaIds: [front.id],
      standardDescription: null,
      standardResponseTimeHours: null,
      critical: false,
    });
    serviceId = service.id;
  });

  const snapshot = (cycleId = randomUUID()): CycleSnapshot => ({
    cycleId,
    serviceId,
    stage: CycleStage.GapIdentification,
    status: CycleStatus.InProgress,
    policy: DEFAULT_CYCLE_POLICY,
    previousCycleId: null,
    startedAt: '2026-11-22T09:00:00.000Z',
  });

  it('records a started cycle once, however often the activity retries', async () => {
    const started = snapshot();
    const first = await cycles.recordStarted(started, `cycle-${started.cycleId}`, 'iris');
    const again = await cycles.recordStarted(started, `cycle-${started.cycleId}`, 'iris');

    expect(first.outcome).toBe('recorded');
    expect(again.outcome).toBe('recorded');
    const rows = await dataSource.query('SELECT id, started_at FROM cycles WHERE service_id = $1', [
      serviceId,
    ]);
    expect(rows).toEqual([
      { id: started.cycleId, started_at: new Date('2026-11-22T09:00:00.000Z') },
    ]);
  });

  it('refuses a second active cycle of the service, naming the active one', async () => {
    const active = snapshot();
    await cycles.recordStarted(active, `cycle-${active.cycleId}`, 'iris');
    const other = snapshot();

    expect(await cycles.recordStarted(other, `cycle-${other.cycleId}`, 'iris')).toEqual({
      outcome: 'active_cycle_exists',
      activeCycleId: active.cycleId,
    });
    expect(await cycles.findById(other.cycleId)).toBeNull();
  });

  it('lets the database itself refuse a second active cycle, whoever writes it', async () => {
    await cycles.recordStarted(snapshot(), `cycle-a-${randomUUID()}`, 'iris');
    const id = randomUUID();
    await expect(
      dataSource.query(
        `INSERT INTO cycles (id, workflow_id, service_id, stage, status, policy, started_by, started_at)
         VALUES ($1, $2, $3, 'gap_identification', 'in_progress', '{}', 'x', now())`,
        [id, `cycle-${id}`, serviceId],
      ),
    ).rejects.toThrow(/uq_cycles_active_service/);
  });

  it('refuses a stage the methodology does not have', async () => {
    const id = randomUUID();
    await expect(
      dataSource.query(
        `INSERT INTO cycles (id, workflow_id, service_id, stage, status, policy, started_by, started_at)
         VALUES ($1, $2, $3, 'brainstorming', 'closed', '{}', 'x', now())`,
        [id, `cycle-${id}`, serviceId],
      ),
    ).rejects.toThrow(/ck_cycles_stage/);
  });
});
