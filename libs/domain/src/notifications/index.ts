export * from './notification-type';
export * from './delivery-schedule';
export * from './cycle-notifications';
export * from './delivery-sweep.contract';
