/** Why a command on a cycle was refused; the API maps each to one HTTP status. */
export enum CycleFailureType {
  ActiveCycleExists = 'ActiveCycleExists',
  WrongStage = 'WrongStage',
  NothingToDecide = 'NothingToDecide',
  InvalidCommand = 'InvalidCommand',
  SelfApproval = 'SelfApproval',
  NotPermitted = 'NotPermitted',
  UnknownInitiative = 'UnknownInitiative',
  /** The person, or the approver they act for, already decided on this wait. */
  AlreadyDecided = 'AlreadyDecided',
  UnknownRoadmapChange = 'UnknownRoadmapChange',
  /** The approval policy's quorum cannot be reached by the approvers who may decide. */
  QuorumUnreachable = 'QuorumUnreachable',
  /** Initiatives leave a root cause unaddressed, and the submitter did not accept that. */
  UncoveredCauses = 'UncoveredCauses',
  /** A service account's key tried to decide or to end a stage: only people do. */
  ServiceAccountCannotDecide = 'ServiceAccountCannotDecide',
  /** The change could not be recorded in time (database unreachable); it was not applied. */
  NotRecorded = 'NotRecorded',
}

/** A command the cycle's rules refuse; thrown by the state machine, never retried. */
export class CycleRuleViolation extends Error {
  constructor(
    readonly type: CycleFailureType,
    message: string,
  ) {
    super(message);
    this.name = 'CycleRuleViolation';
  }
}
