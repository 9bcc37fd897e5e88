import type { Schemas } from '../api/client';

export type CycleStage = Schemas['CycleView']['stage'];
export type CycleStatus = Schemas['CycleView']['status'];

/** The five working stages, in the order a cycle runs them. */
export const WORKING_STAGES = [
  'gap_identification',
  'root_cause_analysis',
  'initiative_planning',
  'execution_monitoring',
  're_evaluation',
] as const satisfies readonly CycleStage[];

/** The stages in the order a cycle goes through them, then its two end states. */
export const STAGES: readonly CycleStage[] = [...WORKING_STAGES, 'closed', 'cancelled'];

export const STATUSES: readonly CycleStatus[] = [
  'in_progress',
  'awaiting_approval',
  'closed',
  'cancelled',
];

export const STAGE_LABELS: Record<CycleStage, string> = {
  gap_identification: 'Gap identification',
  root_cause_analysis: 'Root cause analysis',
  initiative_planning: 'Initiative planning',
  execution_monitoring: 'Execution monitoring',
  re_evaluation: 'Re-evaluation',
  closed: 'Closed',
  cancelled: 'Cancelled',
};

export const STATUS_LABELS: Record<CycleStatus, string> = {
  in_progress: 'In progress',
  awaiting_approval: 'Awaiting approval',
  closed: 'Closed',
  cancelled: 'Cancelled',
};

/** Badge class of a status, beside its words (never colour alone). */
export const STATUS_BADGES: Record<CycleStatus, string> = {
  in_progress: 'badge',
  awaiting_approval: 'badge warn',
  closed: 'badge ok',
  cancelled: 'badge danger',
};

export function isStage(value: string | null): value is CycleStage {
  return value !== null && (STAGES as readonly string[]).includes(value);
}

export function isStatus(value: string | null): value is CycleStatus {
  return value !== null && (STATUSES as readonly string[]).includes(value);
}

export function stageLabel(stage: string): string {
  return STAGE_LABELS[stage as CycleStage] ?? humanize(stage);
}

export function statusLabel(status: CycleStatus): string {
  return STATUS_LABELS[status];
}

/** `initiative_progress_reported` → "Initiative progress reported". */
export function humanize(code: string): string {
  const words = code.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** A wait as people say it: "3 days 4 h", "5 h 12 min", "2 min". */
export function formatWaited(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const hours = Math.floor(minutes / 60);
  const days = Math.floor(hours / 24);
  if (days > 0) {
    return hours % 24 > 0
      ? `${plural(days, 'day', 'days')} ${hours % 24} h`
      : plural(days, 'day', 'days');
  }
  if (hours > 0) {
    return minutes % 60 > 0 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  }
  return minutes > 0 ? `${minutes} min` : 'less than a minute';
}
