import { randomUUID } from 'node:crypto';
import { Role } from '@app/domain';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';

const ALL = [Role.Improver, Role.Manager, Role.Auditor, Role.Admin];
const CATALOG_WRITERS = [Role.Improver, Role.Admin];

/**
 * Who may call what, as api-contract.md says. Every /v1 route in the OpenAPI document must be
 * here: a route added without a rule fails this suite.
 */
const CONTRACT: Record<string, Role[]> = {
  'GET /v1/areas': ALL,
  'POST /v1/areas': CATALOG_WRITERS,
  'GET /v1/services': ALL,
  'POST /v1/services': CATALOG_WRITERS,
  'GET /v1/services/{id}': ALL,
  'POST /v1/services/{id}/kpis': CATALOG_WRITERS,
  'POST /v1/kpis/{id}/measurements': CATALOG_WRITERS,
  'POST /v1/kpis/{id}/measurements/import': CATALOG_WRITERS,
  'GET /v1/kpis/{id}': ALL,
  'POST /v1/services/{id}/volumes': CATALOG_WRITERS,
  'PUT /v1/services/{id}/criteria': CATALOG_WRITERS,
  'POST /v1/surveys': CATALOG_WRITERS,
  'GET /v1/surveys/{id}': ALL,
  'POST /v1/surveys/{id}/responses': CATALOG_WRITERS,
  'POST /v1/surveys/{id}/responses/import': CATALOG_WRITERS,
  'GET /v1/surveys/{id}/results': ALL,
  'GET /v1/service-matrix': ALL,
  'GET /v1/priorities': ALL,
  'GET /v1/maturity/capabilities': ALL,
  'POST /v1/maturity/assessments': CATALOG_WRITERS,
  // A computation that stores nothing: open to every role.
  'POST /v1/maturity/self-test': ALL,
  'POST /v1/cycles': [Role.Improver],
  'GET /v1/cycles': ALL,
  'GET /v1/cycles/counts': ALL,
  'GET /v1/cycles/{id}': ALL,
  'PUT /v1/cycles/{id}/gap': [Role.Improver],
  'PUT /v1/cycles/{id}/root-causes': [Role.Improver],
  'PUT /v1/cycles/{id}/initiatives': [Role.Improver],
  'POST /v1/cycles/{id}/submit': [Role.Improver],
  'POST /v1/cycles/{id}/decisions': [Role.Manager],
  'POST /v1/cycles/{id}/initiatives/{initiativeId}/progress': [Role.Improver],
  'POST /v1/cycles/{id}/re-evaluate-now': [Role.Manager],
  'POST /v1/cycles/{id}/cancel': [Role.Manager],
  'GET /v1/cycles/{id}/history': ALL,
  'GET /v1/cycles/{id}/history/verify': [Role.Auditor, Role.Admin],
  'GET /v1/cycles/{id}/evidence': ALL,
  'GET /v1/approvals/pending': [Role.Manager, Role.Admin],
  'PUT /v1/services/{id}/approval-policy': [Role.Admin],
  'GET /v1/services/{id}/approval-policy': ALL,
  'POST /v1/delegations': [Role.Manager],
  'GET /v1/delegations': [Role.Manager, Role.Admin],
  'DELETE /v1/delegations/{id}': [Role.Manager, Role.Admin],
  'POST /v1/cycles/{id}/roadmap-changes': [Role.Improver],
  'GET /v1/cycles/{id}/roadmap-changes': ALL,
  'POST /v1/cycles/{id}/roadmap-changes/{changeId}/decisions': [Role.Manager],
  'GET /v1/audit/keys': ALL,
  'POST /v1/journeys': CATALOG_WRITERS,
  'GET /v1/journeys': ALL,
  'GET /v1/journeys/{id}': ALL,
  'PUT /v1/journeys/{id}': CATALOG_WRITERS,
  'GET /v1/areas/{id}': ALL,
  'PATCH /v1/areas/{id}': CATALOG_WRITERS,
  'PATCH /v1/services/{id}': CATALOG_WRITERS,
  'PATCH /v1/kpis/{id}': CATALOG_WRITERS,
  'POST /v1/services/{id}/retire': CATALOG_WRITERS,
  'POST /v1/services/{id}/reinstate': CATALOG_WRITERS,
  'POST /v1/webhooks': [Role.Admin],
  'GET /v1/webhooks': [Role.Admin],
  'GET /v1/webhooks/{id}': [Role.Admin],
  'DELETE /v1/webhooks/{id}': [Role.Admin],
  'POST /v1/webhooks/{id}/rotate-secret': [Role.Admin],
  'GET /v1/webhooks/{id}/deliveries': [Role.Admin],
  'POST /v1/webhooks/{id}/deliveries/{deliveryId}/redeliver': [Role.Admin],
  'GET /v1/audit/checkpoints': [Role.Auditor, Role.Admin],
  'GET /v1/cycles/{id}/history/bundle': [Role.Auditor, Role.Admin],
  'GET /v1/people/me': ALL,
  'GET /v1/people/me/initiatives': ALL,
  'PUT /v1/people/{id}': [Role.Admin],
  'POST /v1/service-accounts': [Role.Admin],
  'GET /v1/service-accounts': [Role.Admin],
  'DELETE /v1/service-accounts/{id}': [Role.Admin],
  'GET /v1/surveys': ALL,
  'GET /v1/surveys/{id}/responses': ALL,
  'GET /v1/services/{id}/kpis': ALL,
  'GET /v1/maturity/assessments': ALL,
  'GET /v1/maturity/assessments/{id}': ALL,
  'GET /v1/catalog/history': [Role.Auditor, Role.Admin],
  'GET /v1/catalog/history/verify': [Role.Auditor, Role.Admin],
  'GET /v1/services/{id}/feedback': ALL,
  'POST /v1/services/{id}/standard-results': CATALOG_WRITERS,
  'GET /v1/services/{id}/standard-compliance': ALL,
  'POST /v1/audit/keys/{kid}/revoke': [Role.Admin],
  'GET /v1/catalog/history/bundle': [Role.Auditor, Role.Admin],
  'GET /v1/services/{id}/volumes': ALL,
  'GET /v1/services/{id}/criteria': ALL,
  'GET /v1/people': [Role.Manager, Role.Admin],
};

const OPEN = ['GET /health', 'GET /health/ready', 'GET /metrics'];

/** What a valid token granting no product role may still reach: its holder's own profile and work. */
const SIGNED_IN_PERSONS = ['GET /v1/people/me', 'GET /v1/people/me/initiatives'];

describe('access control on every route of the OpenAPI document', () => {
  let stack: TestStack;
  let routes: { method: string; path: string }[];

  beforeAll(async () => {
    stack = await startTestStack();
    const document = (await stack.http.get('/docs-json')).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    routes = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => ({ method: method.toUpperCase(), path })),
    );
  });
  afterAll(async () => {
    await stack.close();
  });

  const call = (method: string, path: string, roles?: Role[]) =>
    stack.http.request(
      method,
      path.replace(/\{[^}]+\}/g, () => randomUUID()),
      {
        ...(roles ? { as: { sub: `walker-${roles.join('-') || 'without-role'}`, roles } } : {}),
        ...(['POST', 'PUT', 'PATCH'].includes(method) ? { body: {} } : {}),
      },
    );

  it('has a rule for every v1 route, and every rule names a route that exists', () => {
    const documented = routes.map(({ method, path }) => `${method} ${path}`);
    expect(documented.filter((route) => route.includes(' /v1/')).sort()).toEqual(
      Object.keys(CONTRACT).sort(),
    );
    expect(documented.filter((route) => !route.includes(' /v1/')).sort()).toEqual([...OPEN].sort());
  });

  it('answers 401 without a token on every v1 route, and lets anyone reach operations', async () => {
    for (const { method, path } of routes) {
      const answer = await call(method, path);
      const route = `${method} ${path}`;
      expect({ route, status: answer.status }).toEqual({
        route,
        status: OPEN.includes(route) ? 200 : 401,
      });
    }
  });

  it('lets a signed-in person without a product role see only their own profile and work', async () => {
    for (const { method, path } of routes.filter((route) => route.path.startsWith('/v1/'))) {
      const route = `${method} ${path}`;
      const answer = await call(method, path, []);
      expect({ route, status: answer.status }).toEqual({
        route,
        status: SIGNED_IN_PERSONS.includes(route) ? 200 : 403,
      });
    }
  });

  it.each(ALL)(
    'lets %s through exactly where the contract does, and answers 403 elsewhere',
    async (role) => {
      for (const { method, path } of routes.filter((route) => route.path.startsWith('/v1/'))) {
        const route = `${method} ${path}`;
        const allowed = CONTRACT[route]?.includes(role) ?? false;
        const answer = await call(method, path, [role]);
        const outcome =
          answer.status === 403
            ? 'forbidden'
            : answer.status === 401
              ? 'unauthenticated'
              : 'through';
        expect({ route, outcome }).toEqual({ route, outcome: allowed ? 'through' : 'forbidden' });
      }
    },
  );
});
