export * from './embedded-postgres';
export * from './free-port';
export * from './project-root';
export * from './scratch-database';
export * from './temporal-cli';
export * from './temporal-dev-server';
export * from './wait-until';
