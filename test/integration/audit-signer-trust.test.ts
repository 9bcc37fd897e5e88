import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { Role } from '@app/domain';
import type { AuditRecord } from '@app/persistence';
import {
  appendAuditEvent,
  auditHash,
  AuditCheckpointRepository,
  AuditKeyPublisher,
  AuditRepository,
  AuditSigner,
  AuditSigningKeyRepository,
  checkpointDigest,
  dataSourceOptions,
} from '@app/persistence';
import { MetricsService } from '../../apps/api/src/metrics/metrics.service';
import {
  APP_ROLE,
  appDatabaseUrl,
  auditKeysDatabaseUrl,
  testEnvironment,
} from '../support/test-environment';

const admin = { actor: { id: 'ada', roles: [Role.Admin] }, requestId: null };
const newSigner = () => new AuditSigner(generateKeyPairSync('ed25519').privateKey);

/** The events of `chain`, oldest first, as stored. */
function chainEvents(audit: AuditRepository, chain: string): Promise<AuditRecord[]> {
  return (async () => {
    const events: AuditRecord[] = [];
    for await (const batch of audit.batches(chain)) {
      events.push(...batch);
    }
    return events;
  })();
}

/**
 * What someone holding the owner's login can do: switch the append-only triggers off and rewrite
 * events from `fromSeq` on, hashes, links and head recomputed so the chain hangs together again.
 */
async function rewriteAsOwner(chain: string, events: AuditRecord[], fromSeq: number) {
  await asOwnerWithoutTriggers(async (owner) => {
    let prevHash = events[fromSeq - 2]?.hash ?? '0'.repeat(64);
    for (const { hash: recorded, ...event } of events.slice(fromSeq - 1)) {
      const data = event.seq === fromSeq ? { ...event.data, note: 'rewritten' } : event.data;
      const hash = auditHash({ ...event, data, prevHash });
      expect(hash).not.toBe(recorded);
      await owner.query(
        'UPDATE audit_events SET data = $1, prev_hash = $2, hash = $3 WHERE chain = $4 AND seq = $5',
        [JSON.stringify(data), prevHash, hash, chain, event.seq],
      );
      prevHash = hash;
    }
    await owner.query('UPDATE audit_chains SET head_hash = $1 WHERE chain = $2', [prevHash, chain]);
  });
}

/** Runs `change` in one transaction on the owner's login, the append-only triggers off. */
async function asOwnerWithoutTriggers(change: (owner: Client) => Promise<void>) {
  const owner = new Client({ connectionString: testEnvironment().databaseUrl });
  await owner.connect();
  try {
    await owner.query('BEGIN');
    await owner.query("SET LOCAL session_replication_role = 'replica'");
    await change(owner);
    await owner.query('COMMIT');
  } finally {
    await owner.end();
  }
}

describe('the signer signs a head only when the events since the last checkpoint lead to it', () => {
  let dataSource: DataSource;
  let audit: AuditRepository;
  let checkpoints: AuditCheckpointRepository;
  const signer = newSigner();

  beforeAll(async () => {
    // As the worker signs: logged in as the apps' role.
    dataSource = await new DataSource(
      dataSourceOptions({ url: appDatabaseUrl(), poolSize: 3, role: APP_ROLE }),
    ).initialize();
    audit = new AuditRepository(dataSource);
    checkpoints = new AuditCheckpointRepository(dataSource, audit);
    await new AuditKeyPublisher(auditKeysDatabaseUrl()).publish(signer.publicJwk, randomUUID());
  });
  afterAll(async () => {
    await dataSource?.destroy();
  });

  /** A chain of its own with `count` events appended the ordinary way. */
  async function append(chain: string, count: number) {
    for (let i = 0; i < count; i += 1) {
      await dataSource.transaction((manager) =>
        appendAuditEvent(manager, chain, {
          eventKey: `${chain}#${randomUUID()}`,
          cycleId: null,
          occurredAt: new Date().toISOString(),
          actor: admin.actor,
          action: 'area_created',
          stage: null,
          data: { name: `area ${i}` },
          requestId: null,
        }),
      );
    }
  }

  it('links each checkpoint to the one before it', async () => {
    const chain = `probe:${randomUUID()}`;
    await append(chain, 3);
    // Another test's scheduled signer may sign a head first: each head is signed once either way.
    expect((await checkpoints.signChangedHeads(signer, chain)).refused).toEqual([]);
    await append(chain, 2);
    await checkpoints.signChangedHeads(signer, chain);

    const [first, second] = await checkpoints.ofChain(chain);
    expect(first).toMatchObject({ seq: 3, prev: null });
    expect(second).toMatchObject({ seq: 5, prev: checkpointDigest(first!) });
    expect(await audit.verify(chain)).toMatchObject({ valid: true, checkpoint: { seq: 5 } });
  });

  it('refuses a chain rewritten between checkpoints, counts the refusal in /metrics and signs nothing', async () => {
    const metrics = new MetricsService(checkpoints);
    const refusalsBefore = await checkpoints.refusals();
    const chain = `probe:${randomUUID()}`;
    await append(chain, 4);
    await checkpoints.signChangedHeads(signer, chain);
    await append(chain, 3);
    await rewriteAsOwner(chain, await chainEvents(audit, chain), 2);

    const round = await checkpoints.signChangedHeads(signer, chain);

    expect(round).toEqual({
      signed: 0,
      refused: [{ chain, seq: 7, reason: 'event 4 is not the one the last checkpoint signed' }],
    });
    expect((await checkpoints.ofChain(chain)).map((checkpoint) => checkpoint.seq)).toEqual([4]);
    // At least this one: another test's scheduled signer may have refused the same head too.
    expect(await checkpoints.refusals()).toBeGreaterThanOrEqual(refusalsBefore + 1);
    const scraped = await metrics.render();
    expect(scraped).toMatch(/^# TYPE audit_checkpoint_refusals_total counter$/m);
    const counted = /^audit_checkpoint_refusals_total (\d+)$/m.exec(scraped)?.[1];
    expect(Number(counted)).toBeGreaterThanOrEqual(refusalsBefore + 1);
  });

  it('refuses an event changed after the last checkpoint without its hash', async () => {
    const chain = `probe:${randomUUID()}`;
    await append(chain, 2);
    await checkpoints.signChangedHeads(signer, chain);
    await append(chain, 3);
    await asOwnerWithoutTriggers(async (owner) => {
      await owner.query(
        `UPDATE audit_events SET data = '{"name":"forged"}' WHERE chain = $1 AND seq = 4`,
        [chain],
      );
    });

    const round = await checkpoints.signChangedHeads(signer, chain);

    expect(round.refused).toEqual([{ chain, seq: 5, reason: 'event 4 does not match its hash' }]);
  });
});

describe('signing keys: who may add one, and their windows', () => {
  let dataSource: DataSource;
  let keys: AuditSigningKeyRepository;
  let checkpoints: AuditCheckpointRepository;

  beforeAll(async () => {
    dataSource = await new DataSource(
      dataSourceOptions({ url: appDatabaseUrl(), poolSize: 2, role: APP_ROLE }),
    ).initialize();
    keys = new AuditSigningKeyRepository(dataSource);
    checkpoints = new AuditCheckpointRepository(dataSource, new AuditRepository(dataSource));
  });
  afterAll(async () => {
    await dataSource?.destroy();
  });

  it('lets only cycles_audit_keys add a key: the apps’ login is refused', async () => {
    const stranger = newSigner();
    await expect(
      new AuditKeyPublisher(appDatabaseUrl()).publish(stranger.publicJwk, randomUUID()),
    ).rejects.toThrow(/permission denied for table audit_signing_keys/);
    expect(await keys.status(stranger.kid)).toBe('unpublished');
  });

  it('ends a key’s window when a newer key of its signer replaces it, not another signer’s', async () => {
    const signer = randomUUID();
    const [first, second, elsewhere] = [newSigner(), newSigner(), newSigner()];
    const publisher = new AuditKeyPublisher(auditKeysDatabaseUrl());
    await publisher.publish(first.publicJwk, signer);
    await publisher.publish(elsewhere.publicJwk, randomUUID());
    await publisher.publish(second.publicJwk, signer);
    expect(await publisher.publish(second.publicJwk, signer)).toBe(false);

    const listed = new Map((await checkpoints.keys()).map((key) => [key.kid, key]));
    const [old, current] = [listed.get(first.kid), listed.get(second.kid)];
    expect(old?.validUntil).toBe(current?.validFrom);
    expect(current).toMatchObject({ validUntil: null });
    expect(listed.get(elsewhere.kid)).toMatchObject({ validUntil: null });
    expect(await keys.status(first.kid)).toBe('replaced');
    expect(await keys.status(second.kid)).toBe('current');
  });

  it('revokes a key once: its window closes now and its signatures are void from compromisedSince', async () => {
    const signer = newSigner();
    await new AuditKeyPublisher(auditKeysDatabaseUrl()).publish(signer.publicJwk, randomUUID());
    const compromisedSince = new Date(Date.now() - 60_000);

    const revoked = await keys.revoke(
      signer.kid,
      { reason: 'laptop stolen', compromisedSince },
      admin,
    );

    expect(revoked).toMatchObject({
      kid: signer.kid,
      revokedAt: revoked.validUntil,
      compromisedSince: compromisedSince.toISOString(),
    });
    expect(await keys.status(signer.kid)).toBe('revoked');
    await expect(
      keys.revoke(signer.kid, { reason: 'again', compromisedSince }, admin),
    ).rejects.toMatchObject({ code: 'conflict' });
    await expect(
      keys.revoke('unknown-key-id', { reason: 'typo', compromisedSince }, admin),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});
