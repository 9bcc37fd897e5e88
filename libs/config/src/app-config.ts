// The validation decorators below read design-time types as soon as this module loads.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateBy,
} from 'class-validator';
import {
  ABSOLUTE_POLICY_MINIMUM,
  DEFAULT_POLICY_MINIMUM,
  POLICY_MAXIMUM,
  policyDurationMs,
} from '@app/domain';
import { AuditVariables } from './audit-variables';
import { NotSampleSecret } from './sample-secret';

/** The least of the policy maximums: a larger minimum would leave that clock no valid value. */
const SHORTEST_POLICY_MAXIMUM = Object.values(POLICY_MAXIMUM).reduce((shortest, candidate) =>
  policyDurationMs(candidate) < policyDurationMs(shortest) ? candidate : shortest,
);

function isPolicyMinimum(value: string): boolean {
  const length = policyDurationMs(value);
  return (
    length >= policyDurationMs(ABSOLUTE_POLICY_MINIMUM) &&
    length <= policyDurationMs(SHORTEST_POLICY_MAXIMUM)
  );
}

/** CSV_IMPORT_MAX_BYTES unless set: 32 MiB. */
export const DEFAULT_CSV_IMPORT_MAX_BYTES = 32 * 1024 * 1024;

export const LOG_LEVELS = ['error', 'warn', 'info', 'debug'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * Every setting the processes read, parsed from the environment once at boot. Property names are
 * the environment variable names so a validation message names the variable to fix.
 */
export class EnvironmentVariables extends AuditVariables {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsOptional()
  @IsString()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  DATABASE_POOL_SIZE = 10;

  /**
   * The role DATABASE_URL logs in as (cycles_app: no right to rewrite the audit trail). Checked,
   * never assumed with SET ROLE, which a session can undo with RESET ROLE.
   */
  @IsOptional()
  @Matches(/^[a-z_][a-z0-9_]{0,62}$/, {
    message: 'DATABASE_APP_ROLE must be a lower-case role name',
  })
  DATABASE_APP_ROLE?: string;

  /** `npm run migrate` sets it on cycles_app; it goes into the apps' DATABASE_URL, so URL-safe. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9._~-]{16,}$/, {
    message: 'DATABASE_APP_PASSWORD must be 16+ URL-safe characters (letters, digits, . _ ~ -)',
  })
  @NotSampleSecret('DATABASE_APP_PASSWORD')
  DATABASE_APP_PASSWORD?: string;

  @IsOptional()
  @IsString()
  @Matches(/^[^\s:/]+:\d{1,5}$/, { message: 'TEMPORAL_ADDRESS must be host:port' })
  TEMPORAL_ADDRESS?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  TEMPORAL_NAMESPACE = 'default';

  @IsOptional()
  @IsString()
  @MinLength(1)
  TEMPORAL_TASK_QUEUE = 'improvement-cycles';

  /** CA of the Temporal server's certificate: a PEM file path or the PEM text. Turns TLS on. */
  @IsOptional()
  @IsString()
  TEMPORAL_TLS_CA?: string;

  /** Client certificate for mutual TLS (path or PEM), with TEMPORAL_TLS_KEY. Turns TLS on. */
  @IsOptional()
  @IsString()
  TEMPORAL_TLS_CERT?: string;

  @IsOptional()
  @IsString()
  TEMPORAL_TLS_KEY?: string;

  /** The name to verify the server's certificate against, when not the host of TEMPORAL_ADDRESS. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9.-]{1,253}$/, {
    message: 'TEMPORAL_TLS_SERVER_NAME must be a host name',
  })
  TEMPORAL_TLS_SERVER_NAME?: string;

  /** Sent as `authorization: Bearer …` (Temporal Cloud API keys); implies TLS. */
  @IsOptional()
  @IsString()
  @MinLength(1)
  TEMPORAL_API_KEY?: string;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'AUTH_JWT_SECRET must be at least 32 characters' })
  @NotSampleSecret('AUTH_JWT_SECRET')
  AUTH_JWT_SECRET?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  DATA_DIR = './data';

  @IsOptional()
  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'info';

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1024)
  @Max(100 * 1024 * 1024)
  HTTP_BODY_LIMIT = 1024 * 1024;

  /**
   * Largest body of a CSV import (`text/csv` on the `…/import` routes), in bytes; larger: 413.
   * Streamed, never held whole: the default takes about 400,000 survey responses without comments.
   */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1024)
  @Max(1024 * 1024 * 1024)
  CSV_IMPORT_MAX_BYTES = DEFAULT_CSV_IMPORT_MAX_BYTES;

  /** Comma-separated origins allowed to call the API from a browser; none when unset. */
  @IsOptional()
  @IsString()
  @Matches(/^(https?:\/\/[^,\s]+)(,https?:\/\/[^,\s]+)*$/, {
    message: 'CORS_ORIGINS must be comma-separated http(s) origins',
  })
  CORS_ORIGINS?: string;

  /** Requests a client address may make per minute before 429. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_MINUTE = 600;

  /**
   * The shortest approval SLA, check-in period and re-evaluation delay a new cycle accepts. Only
   * demos and tests lower it; the workflow refuses anything under ABSOLUTE_POLICY_MINIMUM anyway.
   */
  @IsOptional()
  @ValidateBy({
    name: 'cyclePolicyMin',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isPolicyMinimum(value),
      defaultMessage: () =>
        `CYCLE_POLICY_MIN must be an ISO 8601 duration from ${ABSOLUTE_POLICY_MINIMUM} to ${SHORTEST_POLICY_MAXIMUM}, e.g. ${DEFAULT_POLICY_MINIMUM}`,
    },
  })
  CYCLE_POLICY_MIN = DEFAULT_POLICY_MINIMUM;

  /** Where people reach the service: links in messages start with it. */
  publicUrl(): string {
    return this.PUBLIC_URL ?? `http://localhost:${this.PORT}`;
  }

  corsOrigins(): string[] {
    return this.CORS_ORIGINS ? this.CORS_ORIGINS.split(',') : [];
  }

  /**
   * Open cycles the worker keeps in memory (about 0.36 MiB each, measured). The SDK's own default
   * grows with the heap limit (2,310 on a 4 GiB heap: 1.2-1.7 GiB RSS at 10,000 open cycles); this
   * one held a worker at about 720 MiB with 20,000 open cycles (npm run bench, figure 5). An
   * evicted cycle replays its history when its timer fires: about 20 ms more (figure 5b).
   */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2)
  WORKER_MAX_CACHED_WORKFLOWS = 1000;

  /** A prebuilt workflow bundle; unset, the worker bundles `workflows/` when it starts. */
  @IsOptional()
  @IsString()
  WORKFLOW_BUNDLE_PATH?: string;

  /** Port of the embedded PostgreSQL that `npm start` runs when DATABASE_URL is unset. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  EMBEDDED_PG_PORT = 5433;

  /** gRPC port of the Temporal dev server that `npm start` runs when TEMPORAL_ADDRESS is unset. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  TEMPORAL_DEV_PORT = 7233;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  TEMPORAL_UI_PORT = 8233;

  /**
   * SQLite pragmas of the local Temporal dev server, comma-separated. WAL measured 1.8x the
   * default journal's start throughput (npm run bench) and, with SQLite's default synchronous=FULL,
   * still syncs every commit.
   */
  @IsOptional()
  @Matches(/^([a-z_]+=[A-Za-z0-9_]+)(,[a-z_]+=[A-Za-z0-9_]+)*$/, {
    message: 'TEMPORAL_SQLITE_PRAGMAS must be comma-separated name=value pairs',
  })
  TEMPORAL_SQLITE_PRAGMAS = 'journal_mode=wal';

  /** The `temporal` CLI; unset, the project's `.tools/bin/temporal` or one on PATH. */
  @IsOptional()
  @IsString()
  TEMPORAL_CLI_PATH?: string;
}
