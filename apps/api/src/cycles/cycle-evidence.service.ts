import { Injectable } from '@nestjs/common';
import type { CycleState, CycleTraceability, KpiStatus, RoadmapChangeRecord } from '@app/domain';
import { foldRoadmapChanges, kpiStatus, ROADMAP_CHANGE_ACTIONS, traceabilityOf } from '@app/domain';
import type {
  ChainVerification,
  KpiEntity,
  KpiMeasurementEntity,
  ServiceRecord,
} from '@app/persistence';
import { AuditRepository, cycleChain, KpiRepository, ServiceRepository } from '@app/persistence';
import { Clock } from '../platform/clock';
import { CyclesService } from './cycles.service';

export interface CycleEvidence {
  generatedAt: string;
  cycle: Pick<
    CycleState,
    | 'cycleId'
    | 'serviceId'
    | 'stage'
    | 'status'
    | 'policy'
    | 'previousCycleId'
    | 'startedAt'
    | 'startedBy'
    | 'outcome'
  >;
  service: ServiceRecord | null;
  /** The ranking and its inputs that chose the service when the cycle started. */
  selection: CycleState['selection'];
  gap: CycleState['gap'];
  rootCauses: CycleState['rootCauses'];
  initiatives: CycleState['initiatives'];
  /** Gap -> root causes -> initiatives -> KPI -> outcome, as links between their ids. */
  traceability: CycleTraceability;
  /** The KPI with its latest measurements (at most 100, newest first) and how many it has. */
  kpi:
    | (KpiEntity & KpiStatus & { measurements: KpiMeasurementEntity[]; measurementCount: number })
    | null;
  approvals: CycleState['decisions'];
  /** Reminders and escalations of waiting approvals, as in the cycle's view. */
  escalations: CycleState['escalations'];
  checkIns: CycleState['checkIns'];
  reEvaluations: CycleState['reEvaluations'];
  /** Each change proposed to the approved roadmap, with its decisions. */
  roadmapChanges: RoadmapChangeRecord[];
  /** The audit chain, recomputed now: its head hash seals this document. */
  history: ChainVerification;
}

/** The evidence carries the KPI's latest measurements, not all of them: a KPI may have years'. */
export const EVIDENCE_MEASUREMENTS = 100;

/** One document with everything an auditor needs for one improvement. */
@Injectable()
export class CycleEvidenceService {
  constructor(
    private readonly cycles: CyclesService,
    private readonly services: ServiceRepository,
    private readonly kpis: KpiRepository,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  async evidence(cycleId: string): Promise<CycleEvidence> {
    const state = (await this.cycles.get(cycleId)).detail;
    const kpiId = state.gap?.kpiId ?? null;
    const [service, kpi, measurements, history, changeEvents] = await Promise.all([
      this.services.findById(state.serviceId),
      kpiId ? this.kpis.findById(kpiId) : null,
      kpiId ? this.kpis.measurementPage(kpiId, { limit: EVIDENCE_MEASUREMENTS }) : null,
      this.audit.verify(cycleChain(cycleId)),
      this.audit.withActions(cycleChain(cycleId), ROADMAP_CHANGE_ACTIONS),
    ]);
    const { serviceId, stage, status, policy, previousCycleId, startedAt, startedBy, outcome } =
      state;
    return {
      generatedAt: this.clock.now().toISOString(),
      cycle: {
        cycleId,
        serviceId,
        stage,
        status,
        policy,
        previousCycleId,
        startedAt,
        startedBy,
        outcome,
      },
      service,
      selection: state.selection,
      gap: state.gap,
      rootCauses: state.rootCauses,
      initiatives: state.initiatives,
      traceability: traceabilityOf(state),
      kpi:
        kpi && measurements
          ? {
              ...kpi,
              ...kpiStatus(kpi.direction, kpi.target, measurements.latestValues),
              measurements: measurements.items,
              measurementCount: measurements.total,
            }
          : null,
      approvals: state.decisions,
      escalations: state.escalations,
      checkIns: state.checkIns,
      reEvaluations: state.reEvaluations,
      roadmapChanges: foldRoadmapChanges(changeEvents),
      history,
    };
  }
}
