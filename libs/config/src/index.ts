export * from './app-config';
export * from './jwt-secret';
export * from './load-config';
export * from './temporal-connection-options';
export * from './project-root';
export * from './identity-variables';
export * from './audit-signing-key';
export * from './notification-variables';
export { isSampleSecret } from './sample-secret';
