export * from './errors/domain-error';
export * from './catalog/area-kind';
export * from './cycle/actor';
export * from './cycle/cycle-policy';
export * from './cycle/cycle-stage';
export * from './cycle/cycle.activities.contract';
export * from './cycle/improvement-cycle.contract';
export * from './time/iso-duration';
