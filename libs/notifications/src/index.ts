export * from './destination-guard';
export * from './webhook-signature';
export * from './delivery-waker';
