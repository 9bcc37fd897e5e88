/**
 * Prints a bearer token signed with the configured secret (AUTH_JWT_SECRET, or the one kept under
 * DATA_DIR). Usage: npm run token -- --sub ana --roles manager[,auditor] [--name "Ana"] [--ttl 8h]
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { createSecretKey } from 'node:crypto';
import { SignJWT } from 'jose';
import { hs256Secret, loadConfig } from '@app/config';
import type { Role } from '@app/domain';
import { ALL_ROLES } from '@app/domain';

async function main(): Promise<void> {
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
  const jwt = hs256Secret(config);
  if (!jwt) {
    throw new Error(
      'no HS256 secret: with an identity provider configured, set AUTH_JWT_SECRET to mint tokens',
    );
  }
  const token = await new SignJWT({ name: values.name ?? values.sub, roles })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(values.sub ?? 'dev-user')
    .setIssuedAt()
    .setExpirationTime(values.ttl ?? '8h')
    .sign(createSecretKey(Buffer.from(jwt.secret, 'utf8')));
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
