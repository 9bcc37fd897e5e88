import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from '@app/local-stack';

type Port = string | number | { target?: number; published?: string | number; host_ip?: string };

export interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition?: string }>;
  ports?: Port[];
  volumes?: string[];
}

export interface ComposeFile {
  services: Record<string, ComposeService>;
}

export type Variables = Record<string, string | undefined>;

/** docker-compose.yml as compose reads it before interpolation (no Docker engine runs here). */
export function readComposeFile(): { text: string; file: ComposeFile } {
  const text = readFileSync(join(projectRoot(), 'docker-compose.yml'), 'utf8');
  return { text, file: parse(text, { merge: true }) as ComposeFile };
}

/** Compose's interpolation: `${NAME}`, `${NAME:?error}`, `${NAME:-default}` and `$$`. */
function interpolate(text: string, variables: Variables): string {
  return text.replace(
    /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[?-])([^}]*))?\}/g,
    (match, name: string | undefined, operator: string | undefined, argument: string) => {
      if (match === '$$' || name === undefined) {
        return '$';
      }
      const value = variables[name];
      const unset = operator?.startsWith(':') ? !value : value === undefined;
      if (unset && operator?.endsWith('?')) {
        throw new Error(`required variable ${name} is missing a value: ${argument}`);
      }
      return unset && operator?.endsWith('-') ? argument : (value ?? '');
    },
  );
}

/** The file with the operator's `variables` put in, as `docker compose up` would. */
export function interpolateAll<T>(node: T, variables: Variables): T {
  if (typeof node === 'string') {
    return interpolate(node, variables) as T;
  }
  if (Array.isArray(node)) {
    return node.map((item: unknown) => interpolateAll(item, variables)) as T;
  }
  if (node && typeof node === 'object') {
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => [key, interpolateAll(value, variables)]),
    ) as T;
  }
  return node;
}

/** Host address and port of a published port, in short or long syntax. */
export function published(port: Port): { hostIp?: string; hostPort?: string; target: string } {
  if (typeof port === 'object') {
    return {
      hostIp: port.host_ip,
      hostPort: port.published === undefined ? undefined : String(port.published),
      target: String(port.target),
    };
  }
  const parts = String(port).split(':');
  const target = parts.pop() ?? '';
  const hostPort = parts.pop();
  return { hostIp: parts.pop(), hostPort, target };
}

/** The service `name` of `file`; throws when there is none. */
export function composeService(file: ComposeFile, name: string): ComposeService {
  const found = file.services[name];
  if (!found) {
    throw new Error(`docker-compose.yml has no ${name} service`);
  }
  return found;
}
