/** The Temporal workflow type a Schedule starts to sign the audit chains' changed heads. */
export const AUDIT_CHECKPOINTS_WORKFLOW = 'auditCheckpoints';

/** Activities of the audit checkpoint workflow; the worker implements them. */
export interface AuditActivities {
  /** Signs the head of every audit chain that changed since its last checkpoint; how many. */
  signChangedChainHeads(): Promise<number>;
}
