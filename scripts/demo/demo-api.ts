import { createSecretKey } from 'node:crypto';
import { SignJWT } from 'jose';
import { hs256Secret, loadConfig } from '@app/config';
import { Role } from '@app/domain';

export interface DemoPerson {
  id: string;
  name: string;
  email: string;
  roles: Role[];
}

/** The people of the demo organization: whose tokens the data is recorded with. */
export const people = {
  ana: { id: 'ana', name: 'Ana Ruiz', email: 'ana@example.org', roles: [Role.Improver] },
  marta: { id: 'marta', name: 'Marta Gómez', email: 'marta@example.org', roles: [Role.Manager] },
  luis: { id: 'luis', name: 'Luis Pérez', email: 'luis@example.org', roles: [Role.Manager] },
  ines: { id: 'ines', name: 'Inés Castro', email: 'ines@example.org', roles: [Role.Auditor] },
  admin: { id: 'admin', name: 'Alex Admin', email: 'admin@example.org', roles: [Role.Admin] },
  olga: { id: 'olga', name: 'Olga Torres', email: 'olga@example.org', roles: [] },
  omar: { id: 'omar', name: 'Omar Díaz', email: 'omar@example.org', roles: [] },
} satisfies Record<string, DemoPerson>;

/** What the demo reads back of a cycle. */
export interface DemoCycle {
  stage: string;
  status: string;
  rootCauses: { id: string }[];
  initiatives: { id: string }[];
}

/** Calls a running API as the demo's people, failing loudly on any unexpected answer. */
export class DemoApi {
  constructor(
    readonly baseUrl: string,
    private readonly secret: string,
  ) {}

  token(person: DemoPerson, ttl = '8h'): Promise<string> {
    return new SignJWT({ name: person.name, email: person.email, roles: person.roles })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(person.id)
      .setIssuedAt()
      .setExpirationTime(ttl)
      .sign(createSecretKey(Buffer.from(this.secret, 'utf8')));
  }

  async call<T = { id: string }>(
    as: DemoPerson,
    method: string,
    path: string,
    body?: unknown,
    expected: number[] = [200, 201, 202, 204],
  ): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${await this.token(as)}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!expected.includes(response.status)) {
      throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
    }
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /** Polls a cycle until `done` holds: commands reach the workflow asynchronously. */
  async waitForCycle(id: string, done: (cycle: DemoCycle) => boolean): Promise<DemoCycle> {
    const until = Date.now() + 30_000;
    for (;;) {
      const cycle = await this.call<DemoCycle>(
        people.ines,
        'GET',
        `/v1/cycles/${id}`,
        undefined,
        [200, 404],
      );
      if (cycle && 'stage' in cycle && done(cycle)) {
        return cycle;
      }
      if (Date.now() > until) {
        throw new Error(`cycle ${id} did not get there in 30 s`);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** The service at `baseUrl` (argv[2] or :3000), signing with the secret it has (env, DATA_DIR). */
export function demoApiFromEnvironment(baseUrl = process.argv[2] ?? 'http://localhost:3000') {
  const jwt = hs256Secret(loadConfig());
  if (!jwt) {
    throw new Error('no HS256 secret: set AUTH_JWT_SECRET (or DATA_DIR) as the service has it');
  }
  return new DemoApi(baseUrl, jwt.secret);
}
