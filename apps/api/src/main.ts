import 'reflect-metadata';
import { loadConfig, requireSettings, hs256Secret, temporalConnectionOptions } from '@app/config';
import { createLogger } from '@app/logging';
import { consoleSignIn, identityProviderSettings } from './auth/identity-settings';
import { createApiApp } from './create-api-app';
import { ApiSettings } from './platform/api-settings';

async function main(): Promise<void> {
  const config = loadConfig();
  requireSettings(config, ['DATABASE_URL', 'TEMPORAL_ADDRESS'], 'npm start provides both');
  const logger = createLogger({ service: 'api', level: config.LOG_LEVEL });
  const jwt = hs256Secret(config);
  const temporal = temporalConnectionOptions(config);
  const settings = new ApiSettings({
    databaseUrl: config.DATABASE_URL,
    databasePoolSize: config.DATABASE_POOL_SIZE,
    databaseRole: config.DATABASE_APP_ROLE,
    temporalAddress: temporal.address,
    temporalNamespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    jwtSecret: jwt?.secret,
    identityProvider: identityProviderSettings(config),
    bodyLimit: config.HTTP_BODY_LIMIT,
    csvImportMaxBytes: config.CSV_IMPORT_MAX_BYTES,
    corsOrigins: config.corsOrigins(),
    rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
    cyclePolicyMin: config.CYCLE_POLICY_MIN,
    webhookAllowedHosts: config.webhookAllowedHosts(),
    consoleSignIn: consoleSignIn(config),
  });
  const app = await createApiApp(settings, logger, temporal);
  await app.listen(config.PORT, '0.0.0.0');
  logger.info(
    {
      context: 'Api',
      url: `http://localhost:${config.PORT}`,
      docs: `http://localhost:${config.PORT}/docs`,
      ...(jwt?.path ? { jwtSecretFile: jwt.path } : {}),
    },
    'api listening',
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `api failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
