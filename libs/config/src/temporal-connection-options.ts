import { readFileSync } from 'node:fs';
import type { EnvironmentVariables } from './app-config';
import { ConfigError } from './config-error';

/** The variables that shape a connection to Temporal. */
export type TemporalConnectionConfig = Pick<
  EnvironmentVariables,
  | 'TEMPORAL_ADDRESS'
  | 'TEMPORAL_TLS_CA'
  | 'TEMPORAL_TLS_CERT'
  | 'TEMPORAL_TLS_KEY'
  | 'TEMPORAL_TLS_SERVER_NAME'
  | 'TEMPORAL_API_KEY'
>;

/**
 * The shape both `Connection.connect` (@temporalio/client, the API) and `NativeConnection.connect`
 * (@temporalio/worker) take, so the two processes always reach Temporal the same way.
 */
export interface TemporalConnectionOptions {
  address: string;
  tls?: {
    serverNameOverride?: string;
    serverRootCACertificate?: Buffer;
    clientCertPair?: { crt: Buffer; key: Buffer };
  };
  apiKey?: string;
}

const PEM_BLOCK = /-----BEGIN [A-Z0-9 ]+-----/;
const PEM_VARIABLES = ['TEMPORAL_TLS_CA', 'TEMPORAL_TLS_CERT', 'TEMPORAL_TLS_KEY'] as const;
const TLS_VARIABLES = [...PEM_VARIABLES, 'TEMPORAL_TLS_SERVER_NAME'] as const;

/** PEM text as given, or the content of the file it names. The value is never echoed: it may be a key. */
function readPem(name: string, value: string): Buffer {
  if (PEM_BLOCK.test(value)) {
    return Buffer.from(value);
  }
  let text: string;
  try {
    text = readFileSync(value, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new ConfigError([
      `${name} must be PEM text or the path of a readable PEM file (${reason})`,
    ]);
  }
  if (!PEM_BLOCK.test(text)) {
    throw new ConfigError([`${name} names a file that holds no PEM block`]);
  }
  return Buffer.from(text);
}

function wantsTls(config: Partial<TemporalConnectionConfig>): boolean {
  return TLS_VARIABLES.some((name) => config[name] !== undefined);
}

/** What is wrong across the Temporal variables; empty when a connection can be built. */
export function temporalConnectionProblems(config: Partial<TemporalConnectionConfig>): string[] {
  const problems: string[] = [];
  if ((config.TEMPORAL_TLS_CERT === undefined) !== (config.TEMPORAL_TLS_KEY === undefined)) {
    problems.push(
      'TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY go together: mutual TLS needs the client certificate and its key',
    );
  }
  for (const name of PEM_VARIABLES) {
    const value = config[name];
    if (typeof value === 'string') {
      try {
        readPem(name, value);
      } catch (error) {
        problems.push(...(error instanceof ConfigError ? error.problems : [String(error)]));
      }
    }
  }
  if (!config.TEMPORAL_ADDRESS && (wantsTls(config) || config.TEMPORAL_API_KEY !== undefined)) {
    problems.push(
      'TEMPORAL_TLS_* and TEMPORAL_API_KEY need TEMPORAL_ADDRESS: the local dev server speaks plain gRPC',
    );
  }
  return problems;
}

/**
 * Connection options for Temporal from the config: TLS when any TLS variable is set (or an API
 * key, which must never travel in clear text), mutual TLS with a client certificate and key.
 */
export function temporalConnectionOptions(
  config: TemporalConnectionConfig,
): TemporalConnectionOptions {
  const problems = temporalConnectionProblems(config);
  const address = config.TEMPORAL_ADDRESS;
  if (!address) {
    problems.push('TEMPORAL_ADDRESS is required to connect to Temporal');
  }
  if (problems.length > 0 || !address) {
    throw new ConfigError(problems);
  }
  const { TEMPORAL_TLS_CA: ca, TEMPORAL_TLS_CERT: cert, TEMPORAL_TLS_KEY: key } = config;
  const serverName = config.TEMPORAL_TLS_SERVER_NAME;
  const apiKey = config.TEMPORAL_API_KEY;
  if (!wantsTls(config) && !apiKey) {
    return { address };
  }
  return {
    address,
    tls: {
      ...(serverName ? { serverNameOverride: serverName } : {}),
      ...(ca ? { serverRootCACertificate: readPem('TEMPORAL_TLS_CA', ca) } : {}),
      ...(cert && key
        ? {
            clientCertPair: {
              crt: readPem('TEMPORAL_TLS_CERT', cert),
              key: readPem('TEMPORAL_TLS_KEY', key),
            },
          }
        : {}),
    },
    ...(apiKey ? { apiKey } : {}),
  };
}
