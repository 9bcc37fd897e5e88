import type { DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream, Logger } from 'pino';
import pino from 'pino';
import type { Options as HttpLogOptions } from 'pino-http';
import type { LogLevel } from '@app/config';

export type { Logger } from 'pino';

/** Fields never written as they are, at any depth a log line carries them (pino has no `**`). */
const SECRET_FIELDS = ['authorization', 'cookie', 'password', 'secret', 'key', 'token'];
const MAX_DEPTH = 4;

/** Redaction paths: each secret field at the top level and under up to MAX_DEPTH objects. */
export const REDACTED_PATHS: readonly string[] = [
  ...SECRET_FIELDS.flatMap((field) =>
    Array.from({ length: MAX_DEPTH + 1 }, (_, depth) => `${'*.'.repeat(depth)}${field}`),
  ),
  '*.headers["set-cookie"]',
];

export interface LoggerOptions {
  /** Names the process in every line (`api`, `worker`). */
  service: string;
  level: LogLevel;
  /** Where lines go; stdout when unset. Tests pass a stream to read them. */
  destination?: DestinationStream;
}

/**
 * A pino logger writing one JSON object per line: ISO time, the level as a word, the service,
 * and secrets (authorization, cookies, password/secret/key/token fields) replaced by `[redacted]`.
 */
export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level,
      base: { service: options.service },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: [...REDACTED_PATHS], censor: '[redacted]' },
    },
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

/**
 * nestjs-pino on `logger`: Nest's logger (`app.useLogger(app.get(Logger))`) and, in an HTTP
 * app, one line per request with `http`'s options, its other lines bound to the request.
 */
export function loggerModule(
  logger: Logger,
  http: Omit<HttpLogOptions, 'logger'> = {},
): DynamicModule {
  return LoggerModule.forRoot({ pinoHttp: { ...http, logger } });
}
