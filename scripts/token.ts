/**
 * Prints a bearer token signed with the configured secret (AUTH_JWT_SECRET, or the one kept under
 * DATA_DIR). Usage: npm run token -- --sub ana --roles manager[,auditor] [--name "Ana"] [--ttl 8h]
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { sign } from 'jsonwebtoken';
import { loadConfig, resolveJwtSecret } from '@app/config';
import type { Role } from '@app/domain';
import { ALL_ROLES } from '@app/domain';

function main(): void {
  const { values } = parseArgs({
    options: {
      sub: { type: 'string', default: 'dev-user' },
      name: { type: 'string' },
      roles: { type: 'string', default: 'improver' },
      ttl: { type: 'string', default: '8h' },
    },
  });
  const roles = (values.roles ?? '')
    .split(',')
    .map((role) => role.trim())
    .filter(Boolean);
  const unknown = roles.filter((role) => !ALL_ROLES.includes(role as Role));
  if (roles.length === 0 || unknown.length > 0) {
    throw new Error(`--roles takes a comma-separated list of: ${ALL_ROLES.join(', ')}`);
  }
  const config = loadConfig();
  const { secret } = resolveJwtSecret(config.AUTH_JWT_SECRET, config.DATA_DIR);
  const token = sign({ sub: values.sub, name: values.name ?? values.sub, roles }, secret, {
    algorithm: 'HS256',
    expiresIn: values.ttl as `${number}h`,
  });
  process.stdout.write(`${token}\n`);
}

try {
  main();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
