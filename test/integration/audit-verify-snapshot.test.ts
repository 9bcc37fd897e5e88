import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Role } from '@app/domain';
import type { ChainVerification } from '@app/persistence';
import { appendAuditEvent, AuditRepository } from '@app/persistence';
import { openTestDataSource } from '../support/catalog-rows';

const APPENDS = 150;
const MAX_VERIFIES = 400;

describe('verifying an audit chain while appends land', () => {
  let dataSource: DataSource;
  let audit: AuditRepository;

  beforeAll(async () => {
    dataSource = await openTestDataSource(4);
    audit = new AuditRepository(dataSource);
  });
  afterAll(async () => {
    await dataSource.destroy();
  });

  it('always finds the chain valid: events and head are read in one snapshot', async () => {
    const chain = `test:${randomUUID()}`;
    const append = (n: number) =>
      dataSource.transaction((manager) =>
        appendAuditEvent(manager, chain, {
          eventKey: `${chain}#${n}`,
          cycleId: null,
          occurredAt: new Date().toISOString(),
          actor: { id: 'loader', roles: [Role.Admin] },
          action: 'test_event',
          stage: null,
          data: { n },
          requestId: null,
        }),
      );
    await append(0);

    let appending = true;
    const appends = (async () => {
      try {
        for (let n = 1; n < APPENDS; n += 1) {
          await append(n);
        }
      } finally {
        appending = false;
      }
    })();
    const results: ChainVerification[] = [];
    while (appending && results.length < MAX_VERIFIES) {
      results.push(await audit.verify(chain));
    }
    await appends;

    expect(results.filter((result) => !result.valid)).toEqual([]);
    // The verifications did overlap the appends: they saw the chain part-way.
    expect(results.some((result) => result.events > 1 && result.events < APPENDS)).toBe(true);
    expect(await audit.verify(chain)).toMatchObject({ valid: true, events: APPENDS });
  });
});
