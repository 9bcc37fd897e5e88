/** What a cycle's stages produce: the gap, its root causes and the initiatives that close it. */

/** Where a gap was found: a KPI, a survey, a maturity assessment, or a service's standard. */
export const GAP_SOURCE_KINDS = ['kpi', 'survey', 'maturity', 'standard'] as const;
export type GapSourceKind = (typeof GAP_SOURCE_KINDS)[number];

/** The record a gap comes from; `id` of the KPI, survey, assessment, or (standard) service. */
export interface GapSource {
  kind: GapSourceKind;
  id: string;
}

export interface GapStatement {
  statement: string;
  kpiId: string | null;
  currentValue: number;
  targetValue: number;
  evidence: string;
  /** Absent on gaps recorded before sources existed, or stated without one. */
  source?: GapSource;
}

export enum CauseCategory {
  People = 'people',
  Process = 'process',
  Technology = 'technology',
  Policy = 'policy',
  Suppliers = 'suppliers',
  Measurement = 'measurement',
}

export interface RootCause {
  /** Given when recorded, so initiatives can name it; absent on causes from before ids. */
  id?: string;
  category: CauseCategory;
  description: string;
  whys: string[];
  evidence: string;
  /** A draft carried over by a restart: the cause of the previous cycle it was copied from. */
  origin?: { cycleId: string; causeId: string | null };
}

export enum InitiativeStatus {
  NotStarted = 'not_started',
  OnTrack = 'on_track',
  AtRisk = 'at_risk',
  OffTrack = 'off_track',
  Done = 'done',
  /** Taken out of the roadmap by an approved change; it stays, with why. */
  Dropped = 'dropped',
}

export interface InitiativePlan {
  title: string;
  ownerId: string;
  /** ISO date (YYYY-MM-DD) or instant by which it should be done. */
  dueDate: string;
  kpiId: string | null;
  expectedEffect: string;
  /** The root causes (ids) it addresses. */
  addressesCauseIds?: string[];
}

export interface Initiative extends InitiativePlan {
  id: string;
  /** A draft carried over by a restart: the initiative of the previous cycle it was copied from. */
  origin?: { cycleId: string; initiativeId: string };
  percentComplete: number;
  status: InitiativeStatus;
  lastProgressAt: string | null;
  lastNote: string | null;
  /** Why an approved change dropped it. */
  dropReason?: string;
  /** The due date its `initiative_overdue` was recorded for: once per initiative and due date. */
  overdueNotedFor?: string;
}

/** The statuses a progress report may set: not "not started", and only a change drops one. */
export const REPORTABLE_INITIATIVE_STATUSES: readonly InitiativeStatus[] = Object.freeze(
  Object.values(InitiativeStatus).filter(
    (status) => status !== InitiativeStatus.NotStarted && status !== InitiativeStatus.Dropped,
  ),
);

/** Done or dropped: never late again, nothing more to report. */
export function isClosedInitiative(initiative: { status: InitiativeStatus }): boolean {
  return (
    initiative.status === InitiativeStatus.Done || initiative.status === InitiativeStatus.Dropped
  );
}

export interface ProgressReport {
  initiativeId: string;
  percentComplete: number;
  status: Exclude<InitiativeStatus, InitiativeStatus.NotStarted | InitiativeStatus.Dropped>;
  note: string | null;
}

export enum KpiDirection {
  HigherIsBetter = 'higher_is_better',
  LowerIsBetter = 'lower_is_better',
}

/** A KPI as monitoring and re-evaluation read it. */
export interface KpiReading {
  kpiId: string;
  name: string;
  unit: string;
  direction: KpiDirection;
  baseline: number;
  target: number;
  latestValue: number | null;
  latestAt: string | null;
  /**
   * The trend projected to the re-evaluation's due date; null with too few measurements. Absent
   * on readings taken without a due date, and on those recorded before forecasts existed.
   */
  forecast?: { projected: number; at: string; onTrack: boolean } | null;
}
