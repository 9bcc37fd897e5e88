import 'reflect-metadata';
import { loadConfig, requireSettings, resolveJwtSecret } from '@app/config';
import { JsonLogger } from '@app/logging';
import { createApiApp } from './create-api-app';
import { ApiSettings } from './platform/api-settings';

async function main(): Promise<void> {
  const config = loadConfig();
  requireSettings(config, ['DATABASE_URL', 'TEMPORAL_ADDRESS'], 'npm start provides both');
  const logger = new JsonLogger('api', config.LOG_LEVEL);
  const jwt = resolveJwtSecret(config.AUTH_JWT_SECRET, config.DATA_DIR);
  const settings = new ApiSettings(
    config.DATABASE_URL,
    config.DATABASE_POOL_SIZE,
    config.TEMPORAL_ADDRESS,
    config.TEMPORAL_NAMESPACE,
    config.TEMPORAL_TASK_QUEUE,
    jwt.secret,
    config.HTTP_BODY_LIMIT,
  );
  const app = await createApiApp(settings, logger);
  await app.listen(config.PORT, '0.0.0.0');
  logger.log(
    {
      msg: 'api listening',
      url: `http://localhost:${config.PORT}`,
      docs: `http://localhost:${config.PORT}/docs`,
      ...(jwt.path ? { jwtSecretFile: jwt.path } : {}),
    },
    'Api',
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `api failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
