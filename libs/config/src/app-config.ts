import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength } from 'class-validator';

export const LOG_LEVELS = ['error', 'warn', 'info', 'debug'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * Every setting the processes read, parsed from the environment once at boot. Property names are
 * the environment variable names so a validation message names the variable to fix.
 */
export class EnvironmentVariables {
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

  /** A role the apps assume on every connection (cycles_app: no right to rewrite the audit trail). */
  @IsOptional()
  @Matches(/^[a-z_][a-z0-9_]{0,62}$/, {
    message: 'DATABASE_APP_ROLE must be a lower-case role name',
  })
  DATABASE_APP_ROLE?: string;

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

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'AUTH_JWT_SECRET must be at least 32 characters' })
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

  corsOrigins(): string[] {
    return this.CORS_ORIGINS ? this.CORS_ORIGINS.split(',') : [];
  }

  /**
   * Open cycles the worker keeps in memory (about 0.4 MiB each, measured); unset, the SDK derives
   * it from the heap limit. Evicted cycles replay when they next wake.
   */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2)
  WORKER_MAX_CACHED_WORKFLOWS?: number;

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
