import type { AuditRecord } from './audit-hash';
import { auditHash, GENESIS_HASH } from './audit-hash';
import { ChainVerifier, recordHash } from './audit-verification';

const record = (overrides: Partial<AuditRecord>): Omit<AuditRecord, 'hash'> => ({
  seq: 1,
  occurredAt: '2026-11-22T09:00:00.000Z',
  cycleId: '6f1c2d4e-1111-4222-8333-444455556666',
  actor: { id: 'ana', roles: ['improver', 'manager'] },
  action: 'gap_recorded',
  stage: 'gap_identification',
  data: { statement: 'Slow', currentValue: 9 },
  requestId: 'req-1',
  prevHash: GENESIS_HASH,
  ...overrides,
});

/** Chains records as appendAuditEvent does. */
function chain(records: Omit<AuditRecord, 'hash' | 'seq' | 'prevHash'>[]): AuditRecord[] {
  const out: AuditRecord[] = [];
  for (const [index, fields] of records.entries()) {
    const unhashed = { ...fields, seq: index + 1, prevHash: out.at(-1)?.hash ?? GENESIS_HASH };
    out.push({ ...unhashed, hash: auditHash(unhashed) });
  }
  return out;
}

describe('verifying a chain', () => {
  it.each<[string, Partial<AuditRecord>]>([
    ['a plain event', {}],
    ['nulls', { cycleId: null, stage: null, requestId: null }],
    [
      'nested data with unsorted and integer-like keys',
      { data: { z: 1, b: [{ y: 2, a: 1 }], 10: 'x', 2: null } },
    ],
    ['escapes and non-ASCII text', { data: { note: 'a "quote", \\ \n\t\u0001 ção 😀 \u2028' } }],
    ['numbers', { seq: 12_345, data: { float: 1.5, big: 1e21, negative: -0.000001 } }],
    [
      'data that is not an object',
      { data: [3, 'x', { b: 1, a: 2 }] as unknown as Record<string, unknown> },
    ],
    [
      'roles that are not strings',
      { actor: { id: 'x"y', roles: [{ b: 1, a: 2 }] as unknown as string[] } },
    ],
    ['roles that are not a list', { actor: { id: 'x', roles: { b: 1 } as unknown as string[] } }],
  ])('computes the same hash as auditHash: %s', (_name, overrides) => {
    const event = record(overrides);
    expect(recordHash({ ...event, hash: '' })).toBe(auditHash(event));
  });

  it('accepts a chain as appended and names the first event that does not verify', () => {
    const events = chain([record({}), record({ action: 'submitted' }), record({ data: {} })]);
    const valid = new ChainVerifier();
    valid.add(events);
    expect(valid.result({ seq: 3, hash: events[2]?.hash ?? '' })).toEqual({
      valid: true,
      events: 3,
      headHash: events[2]?.hash,
    });

    const edited = new ChainVerifier();
    edited.add(events.map((event) => (event.seq === 2 ? { ...event, action: 'x' } : event)));
    expect(edited.result(null)).toMatchObject({
      valid: false,
      brokenAt: 2,
      reason: 'the event does not match its hash',
    });
  });
});
