import type { DynamicModule } from '@nestjs/common';
import type { Logger } from '@app/logging';
import { loggerModule } from '@app/logging';

/**
 * One line per request ("request completed", its `req`, `res` status and `responseTime`), and every
 * line logged while handling a request bound to its id as `reqId`: the id Fastify assigned
 * (`genReqId` in create-api-app), which middie hands to the middleware as `req.id`. Secrets in
 * headers are redacted by the logger itself.
 */
export function requestLogging(logger: Logger): DynamicModule {
  return loggerModule(logger, {
    quietReqLogger: true,
    // The response's status is what a reader needs; its headers are the same on every line.
    serializers: {
      res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
    },
    // A server fault is an error; a refused request (401, 404, 429…) is worth a look.
    customLogLevel: (_request, response, error) => {
      if (error || response.statusCode >= 500) {
        return 'error';
      }
      return response.statusCode >= 400 ? 'warn' : 'info';
    },
  });
}
