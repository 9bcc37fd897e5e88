import type { Schemas } from '../api/client';

export type SlaState = 'on_time' | 'past_sla' | 'reminded' | 'escalated';

const SLA_LABELS: Record<SlaState, { text: string; tone: 'ok' | 'warn' | 'danger' }> = {
  on_time: { text: 'On time', tone: 'ok' },
  // The SLA ran out and the reminder is due: the workflow sends it within a minute.
  past_sla: { text: 'Past SLA', tone: 'warn' },
  reminded: { text: 'Reminded', tone: 'warn' },
  escalated: { text: 'Escalated', tone: 'danger' },
};

export function slaLabel(state: SlaState): { text: string; tone: 'ok' | 'warn' | 'danger' } {
  return SLA_LABELS[state];
}

const ISO_DURATION =
  /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?!$)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * An ISO 8601 duration in seconds, months as 30 days and years as 365: close enough to tell
 * whether a wait ran past its SLA (at most P90D), which the workflow decides exactly.
 */
export function durationSeconds(text: string | undefined): number | undefined {
  const match = text ? ISO_DURATION.exec(text) : null;
  if (!match) {
    return undefined;
  }
  const [y, mo, w, d, h, mi, s] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return ((y * 365 + mo * 30 + w * 7 + d) * 24 + h) * 3600 + mi * 60 + s;
}

/**
 * Where one wait stands against the approval SLA: the reminders and escalations the cycle
 * recorded for it (those since it began, for the same thing waiting), else its age.
 */
export function slaState(input: {
  notices: readonly Schemas['ApprovalNoticeView'][];
  waitingSince: string | undefined;
  changeId: string | undefined;
  waitingSeconds: number;
  approvalSla: string | undefined;
}): SlaState {
  const mine = input.notices.filter(
    (notice) =>
      notice.waitingSince === input.waitingSince &&
      (notice.changeId ?? undefined) === input.changeId,
  );
  if (mine.some((notice) => notice.kind === 'escalation')) {
    return 'escalated';
  }
  if (mine.some((notice) => notice.kind === 'reminder')) {
    return 'reminded';
  }
  const sla = durationSeconds(input.approvalSla);
  return sla !== undefined && input.waitingSeconds >= sla ? 'past_sla' : 'on_time';
}
