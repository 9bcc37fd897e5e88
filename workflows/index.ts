// The bundle entry: every workflow the worker runs is exported from here.
export { improvementCycle } from './improvement-cycle.workflow';
export { auditCheckpoints } from './audit-checkpoints.workflow';
export { messageDeliveries } from './message-deliveries.workflow';
export { sweepDeliveries } from './delivery-sweep.workflow';
export { pruneExpiredRecords } from './record-pruning.workflow';
