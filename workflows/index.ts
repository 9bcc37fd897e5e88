// The bundle entry: every workflow the worker runs is exported from here.
export { improvementCycle } from './improvement-cycle.workflow';
