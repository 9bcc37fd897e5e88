import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { DataSource } from 'typeorm';
import { loadConfig, resolveAuditSigningKey } from '@app/config';
import { Role } from '@app/domain';
import { waitUntil } from '@app/local-stack';
import {
  AuditCheckpointRepository,
  AuditRepository,
  AuditSigner,
  CATALOG_CHAIN,
  CatalogChangeRecorder,
} from '@app/persistence';
import type { RunningCycleWorker } from '../../apps/worker/src/cycle-worker.factory';
import { createCycleWorker } from '../../apps/worker/src/cycle-worker.factory';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { cycleWorkerSettings } from '../../apps/worker/src/worker-settings';
import {
  APP_ROLE,
  appDatabaseUrl,
  auditKeysDatabaseUrl,
  testAuditSigning,
  testEnvironment,
} from '../support/test-environment';

describe('AUDIT_SIGNING_KEY and AUDIT_CHECKPOINT_EVERY: the scheduled checkpoints', () => {
  const env = testEnvironment();
  const pem = generateKeyPairSync('ed25519')
    .privateKey.export({ format: 'pem', type: 'pkcs8' })
    .toString();
  const config = loadConfig({
    DATABASE_URL: appDatabaseUrl(),
    DATABASE_APP_ROLE: APP_ROLE,
    AUDIT_KEYS_DATABASE_URL: auditKeysDatabaseUrl(),
    TEMPORAL_ADDRESS: env.temporalAddress,
    TEMPORAL_TASK_QUEUE: `checkpoints-${randomUUID()}`,
    WORKFLOW_BUNDLE_PATH: env.workflowBundlePath,
    AUDIT_SIGNING_KEY: pem,
    AUDIT_CHECKPOINT_EVERY: 'PT1S',
  });
  let context: INestApplicationContext;
  let running: RunningCycleWorker;
  let done: Promise<void>;
  let connection: Connection;

  beforeAll(async () => {
    Runtime.install({ logger: new DefaultLogger('ERROR') });
    connection = await Connection.connect({ address: env.temporalAddress });
    // As main.ts builds the worker: its key from the config, its settings from the config.
    const auditSigningKey = resolveAuditSigningKey(config.AUDIT_SIGNING_KEY, config.DATA_DIR);
    context = await NestFactory.createApplicationContext(
      WorkerModule.register({
        databaseUrl: appDatabaseUrl(),
        databasePoolSize: 2,
        databaseRole: APP_ROLE,
        auditSigning: {
          key: auditSigningKey.privateKey,
          signer: config.TEMPORAL_TASK_QUEUE,
          publisherUrl: config.AUDIT_KEYS_DATABASE_URL,
        },
      }),
      { logger: false },
    );
    running = await createCycleWorker(context, cycleWorkerSettings(config));
    done = running.worker.run();
  });
  afterAll(async () => {
    await new Client({ connection }).schedule
      .getHandle(`audit-checkpoints-${config.TEMPORAL_TASK_QUEUE}`)
      .delete()
      .catch(() => null);
    running?.worker.shutdown();
    await done;
    await running?.connection.close();
    await context?.close();
    await connection?.close();
  });

  it('keeps a generated key under DATA_DIR when none is configured, the same across starts', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'audit-key-'));
    const first = new AuditSigner(resolveAuditSigningKey(undefined, dataDir).privateKey);
    const again = new AuditSigner(resolveAuditSigningKey(undefined, dataDir).privateKey);
    expect(again.kid).toBe(first.kid);
  });

  it('publishes a worker’s public key as it starts, before it signs anything', async () => {
    const key = generateKeyPairSync('ed25519').privateKey;
    const quiet = await NestFactory.createApplicationContext(
      WorkerModule.register({
        databaseUrl: appDatabaseUrl(),
        databasePoolSize: 1,
        databaseRole: APP_ROLE,
        auditSigning: { ...testAuditSigning(`publish-${randomUUID()}`), key },
      }),
      { logger: false },
    );
    try {
      const settings = { ...cycleWorkerSettings(config), auditCheckpointEvery: undefined };
      const created = await createCycleWorker(quiet, settings);
      const keys = await quiet.get(AuditCheckpointRepository).keys();
      const polling = created.worker.run();
      created.worker.shutdown();
      await polling;
      await created.connection.close();
      expect(keys.map((jwk) => jwk.kid)).toContain(new AuditSigner(key).kid);
    } finally {
      await quiet.close();
    }
  });

  it('signs the catalog chain’s new head on the configured interval, with the configured key', async () => {
    const schedule = await new Client({ connection }).schedule
      .getHandle(`audit-checkpoints-${config.TEMPORAL_TASK_QUEUE}`)
      .describe();
    const dataSource = context.get(DataSource);
    const recorder = new CatalogChangeRecorder(dataSource);
    await recorder.record(
      { actor: { id: 'ada', roles: [Role.Admin] }, requestId: null },
      'area_created',
      async () => ({ result: null, event: { key: randomUUID(), data: { probe: true } } }),
    );
    const [head] = await dataSource.query<{ head_seq: number }[]>(
      'SELECT head_seq FROM audit_chains WHERE chain = $1',
      [CATALOG_CHAIN],
    );
    const checkpoints = context.get(AuditCheckpointRepository);

    const signed = await waitUntil(
      'a catalog checkpoint at or past the new head',
      async () => {
        const latest = await checkpoints.latest(CATALOG_CHAIN);
        return latest && latest.seq >= (head?.head_seq ?? Infinity) ? latest : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 250 },
    );

    expect(schedule.spec.intervals).toEqual([expect.objectContaining({ every: 1000 })]);
    expect(signed.kid).toBe(new AuditSigner(resolveAuditSigningKey(pem, '').privateKey).kid);
    expect((await checkpoints.keys()).map((key) => key.kid)).toContain(signed.kid);
    const verification = await context.get(AuditRepository).verify(CATALOG_CHAIN);
    expect(verification).toMatchObject({ valid: true, checkpoint: { kid: signed.kid } });
  });
});
