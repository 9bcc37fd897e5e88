import { canonicalJson } from '@app/domain';
import { auditHash, GENESIS_HASH } from './audit-hash';
import { hashWithCanonicalData } from './audit-verification';

/** An imported row's event, as `StagedAuditEvents` stages and chains it. */
const event = {
  seq: 41,
  occurredAt: '2026-11-30T06:00:00.000Z',
  cycleId: null,
  actor: { id: 'iris-improver', roles: ['improver'] },
  action: 'survey_response_recorded',
  stage: null,
  requestId: 'csv-1',
  prevHash: GENESIS_HASH,
};

describe('staged audit events', () => {
  it.each<[string, Record<string, unknown>]>([
    [
      'a survey response',
      {
        after: {
          id: '0b6f3c2e-5d1a-4f7e-9c3b-2a1d4e5f6a7b',
          surveyId: '7c9e2f1a-3b4d-4e5f-8a6b-1c2d3e4f5a6b',
          serviceId: '1c9e2f1a-3b4d-4e5f-8a6b-1c2d3e4f5a6b',
          respondentAreaId: '2c9e2f1a-3b4d-4e5f-8a6b-1c2d3e4f5a6b',
          score: 4,
          comment: 'said "slow"\r\nand rude, ção 😀 \u2028',
          createdAt: new Date('2026-11-30T06:00:00.123Z'),
        },
        import: { row: 2 },
      },
    ],
    [
      'a KPI measurement',
      {
        after: {
          id: '0b6f3c2e-5d1a-4f7e-9c3b-2a1d4e5f6a7b',
          kpiId: '7c9e2f1a-3b4d-4e5f-8a6b-1c2d3e4f5a6b',
          value: -1.5e-7,
          measuredAt: new Date('2026-07-31T08:00:00Z'),
          source: null,
          createdAt: new Date('2026-11-30T06:00:00.123Z'),
        },
        import: { row: 100_000 },
      },
    ],
  ])(
    'hash %s from its staged canonical JSON as appendAuditEvent hashes the stored data',
    (_what, data) => {
      const staged = canonicalJson(data);
      // appendAuditEvent hashes the data as it will be read back: plain JSON.
      const stored = JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
      expect(hashWithCanonicalData(event, staged)).toBe(auditHash({ ...event, data: stored }));
      // And reading the stored JSON back gives the staged text again.
      expect(canonicalJson(JSON.parse(staged))).toBe(staged);
    },
  );
});
