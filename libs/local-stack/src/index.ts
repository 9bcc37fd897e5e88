export * from './free-port';
export * from './scratch-database';
export * from './temporal-cli';
export * from './temporal-dev-server';
export * from './wait-until';
export { projectRoot } from '@app/config';
