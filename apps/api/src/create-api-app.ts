import { randomUUID } from 'node:crypto';
import type { TemporalConnectionOptions } from '@app/config';
import type { Logger } from '@app/logging';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { withProblemResponses } from './platform/openapi-problems';
import helmet from '@fastify/helmet';
import { Logger as NestPinoLogger } from 'nestjs-pino';
import { ApiModule } from './api.module';
import { MetricsService } from './metrics/metrics.service';
import type { ApiSettings } from './platform/api-settings';
import { registerConsole } from './console/console-routes';
import { registerCsvBodyParser } from './imports/csv-body.parser';
import { answerFrameworkError } from './platform/framework-errors';
import { registerJsonBodyParser } from './platform/json-body.parser';
import { createValidationPipe } from './validation/validation.pipe';

// A caller's X-Request-ID is kept only as a short token of safe characters: it reaches logs,
// audit events and response headers; anything else gets a generated id.
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * Builds the HTTP application (not yet listening): used by `main.ts`, the tests and the bench.
 * `temporal` carries TLS and API key settings; plain gRPC to `settings.temporalAddress` without.
 * `logger` (`createLogger` of @app/logging) gets the app's and the requests' lines; none if false.
 */
export async function createApiApp(
  settings: ApiSettings,
  logger: Logger | false,
  temporal?: TemporalConnectionOptions,
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: settings.bodyLimit,
    // Honour a caller's request id so one id follows a request across services.
    genReqId: (request: { headers: Record<string, string | string[] | undefined> }) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    // A path that does not decode never reaches a route: answer it as a problem too.
    frameworkErrors: answerFrameworkError,
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    ApiModule.register(settings, temporal, logger || undefined),
    adapter,
    {
      // Buffered until the pino logger is in place, so boot lines go through it too.
      ...(logger ? { bufferLogs: true } : { logger: false }),
      // JSON bodies go through our parser, which refuses deep ones (registerJsonBodyParser).
      bodyParser: false,
    },
  );
  if (logger) {
    app.useLogger(app.get(NestPinoLogger));
  }
  app.useGlobalPipes(createValidationPipe());
  await app.register(helmet, {
    // Swagger UI at /docs needs its inline styles and initializer script.
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
      },
    },
  });
  app.enableCors({
    origin: settings.corsOrigins.length > 0 ? settings.corsOrigins : false,
    methods: ['GET', 'POST', 'PUT'],
    allowedHeaders: ['authorization', 'content-type', 'idempotency-key', 'x-request-id'],
    exposedHeaders: ['location', 'x-request-id', 'retry-after'],
  });
  app.enableShutdownHooks();

  const metrics = app.get(MetricsService);
  const fastify = app.getHttpAdapter().getInstance();
  // Before the routes are registered (at init): the import routes stream text/csv bodies.
  registerJsonBodyParser(fastify, settings.bodyLimit);
  registerCsvBodyParser(fastify, settings.csvImportMaxBytes);
  await registerConsole(fastify, settings.console);
  fastify.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  fastify.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.observeRequest(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
  });

  const document = withProblemResponses(
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('Improvement cycles API')
        .setDescription(
          'Internal services, their measurement and prioritization, and the durable improvement cycles that close their gaps.',
        )
        .setVersion('1')
        .addServer('/', 'This service')
        .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
        // Every operation needs a token unless it says otherwise (health and metrics).
        .addSecurityRequirements('bearer')
        .build(),
    ),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  return app;
}
