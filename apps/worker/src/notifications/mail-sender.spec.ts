import { mailOf, waitedFor } from './mail-sender';

describe('the mail a message becomes', () => {
  const now = new Date('2026-03-02T12:00:00.000Z');

  it('names the service in the subject, and the gate, the wait and the link in the text', () => {
    const mail = mailOf(
      {
        type: 'approval.reminder',
        timestamp: now.toISOString(),
        data: {
          serviceName: 'Card replacement',
          stage: 'root_cause_analysis',
          gate: 'root_cause_analysis',
          kind: 'gate',
          waitingSince: '2026-03-01T09:00:00.000Z',
          links: { cycle: 'https://cycles.example.test/v1/cycles/c-1' },
        },
      },
      now,
    );
    expect(mail.subject).toBe('Card replacement: reminder: approval waiting');
    expect(mail.text).toContain('Waiting for a decision: the root cause analysis gate');
    expect(mail.text).toContain('Waiting for: 1 day');
    expect(mail.text).toContain('https://cycles.example.test/v1/cycles/c-1');
  });

  it('says how long in the largest whole unit', () => {
    expect(waitedFor('2026-03-02T11:59:58.000Z', now)).toBe('2 seconds');
    expect(waitedFor('2026-03-02T11:59:00.000Z', now)).toBe('1 minute');
    expect(waitedFor('2026-03-02T07:00:00.000Z', now)).toBe('5 hours');
    expect(waitedFor('2026-02-27T12:00:00.000Z', now)).toBe('3 days');
  });
});
