import type { IdentityProviderSettings } from '../auth/identity-provider-keys';
import { join } from 'node:path';
import { DEFAULT_CSV_IMPORT_MAX_BYTES, projectRoot } from '@app/config';
import type { ConsoleSettings, ConsoleSignIn } from '../console/console-settings';
import { ABSOLUTE_POLICY_MINIMUM, DEFAULT_POLICY_MINIMUM, policyDurationMs } from '@app/domain';

export interface ApiSettingsInput {
  databaseUrl: string;
  databasePoolSize: number;
  /** The role connections assume, e.g. cycles_app. */
  databaseRole?: string;
  temporalAddress: string;
  temporalNamespace: string;
  taskQueue: string;
  /** HS256 secret; unset, HS256 tokens are refused (an identity provider is configured). */
  jwtSecret?: string;
  /** The organization's identity provider, whose tokens are accepted too. */
  identityProvider?: IdentityProviderSettings;
  bodyLimit: number;
  /** Largest body of a CSV import, in bytes (CSV_IMPORT_MAX_BYTES); 32 MiB unless given. */
  csvImportMaxBytes?: number;
  /** Origins allowed to call the API from a browser; none when empty. */
  corsOrigins?: string[];
  /** Requests per minute and client address. */
  rateLimitPerMinute?: number;
  /** How long starting a cycle waits for the worker to record it before answering anyway. */
  cycleStartWaitMs?: number;
  /** How long a cycle command waits for the workflow to record it before answering 503. */
  commandWaitMs?: number;
  /** The shortest policy clock a new cycle accepts (CYCLE_POLICY_MIN); PT1M unless given. */
  cyclePolicyMin?: string;
  /** Hosts webhook endpoints may use although internal or not https (WEBHOOK_ALLOWED_HOSTS). */
  webhookAllowedHosts?: string[];
  /** The built console; dist/web unless given. */
  consoleDirectory?: string;
  /** How the console signs in; a pasted access token unless given. */
  consoleSignIn?: ConsoleSignIn;
}

/** What the API process was configured with, resolved once at boot. */
export class ApiSettings {
  readonly databaseUrl: string;
  readonly databasePoolSize: number;
  readonly databaseRole?: string;
  readonly temporalAddress: string;
  readonly temporalNamespace: string;
  readonly taskQueue: string;
  readonly jwtSecret?: string;
  readonly identityProvider?: IdentityProviderSettings;
  readonly bodyLimit: number;
  readonly csvImportMaxBytes: number;
  readonly corsOrigins: string[];
  readonly rateLimitPerMinute: number;
  readonly cycleStartWaitMs: number;
  readonly commandWaitMs: number;
  readonly cyclePolicyMin: string;
  readonly webhookAllowedHosts: string[];
  readonly console: ConsoleSettings;

  constructor(input: ApiSettingsInput) {
    this.databaseUrl = input.databaseUrl;
    this.databasePoolSize = input.databasePoolSize;
    this.databaseRole = input.databaseRole;
    this.temporalAddress = input.temporalAddress;
    this.temporalNamespace = input.temporalNamespace;
    this.taskQueue = input.taskQueue;
    this.jwtSecret = input.jwtSecret;
    this.identityProvider = input.identityProvider;
    if (!this.jwtSecret && !this.identityProvider) {
      throw new RangeError('tokens need a jwtSecret, an identity provider, or both');
    }
    this.bodyLimit = input.bodyLimit;
    this.csvImportMaxBytes = input.csvImportMaxBytes ?? DEFAULT_CSV_IMPORT_MAX_BYTES;
    this.corsOrigins = input.corsOrigins ?? [];
    this.rateLimitPerMinute = input.rateLimitPerMinute ?? 600;
    this.cycleStartWaitMs = input.cycleStartWaitMs ?? 5_000;
    this.commandWaitMs = input.commandWaitMs ?? 15_000;
    this.cyclePolicyMin = input.cyclePolicyMin ?? DEFAULT_POLICY_MINIMUM;
    this.webhookAllowedHosts = input.webhookAllowedHosts ?? [];
    this.console = {
      directory: input.consoleDirectory ?? join(projectRoot(), 'dist', 'web'),
      signIn: input.consoleSignIn ?? { kind: 'token' },
    };
    // NaN (not a duration) fails this comparison too.
    if (!(policyDurationMs(this.cyclePolicyMin) >= policyDurationMs(ABSOLUTE_POLICY_MINIMUM))) {
      throw new RangeError(
        `cyclePolicyMin must be a duration of at least ${ABSOLUTE_POLICY_MINIMUM}, not ${this.cyclePolicyMin}`,
      );
    }
  }
}
