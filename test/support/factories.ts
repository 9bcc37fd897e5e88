import { randomUUID } from 'node:crypto';
import type { HttpClient } from './http-client';
import { users } from './users';

const unique = (label: string) => `${label} ${randomUUID().slice(0, 8)}`;

export async function createArea(
  http: HttpClient,
  kind: 'front' | 'back',
): Promise<{ id: string; name: string }> {
  const response = await http.post(
    '/v1/areas',
    { name: unique(`${kind} area`), kind },
    { as: users.improver },
  );
  if (response.status !== 201) {
    throw new Error(
      `creating an area answered ${response.status}: ${JSON.stringify(response.body)}`,
    );
  }
  return response.body;
}

/** A service from a new back area to a new front area. */
export async function createService(http: HttpClient): Promise<{ id: string; name: string }> {
  const provider = await createArea(http, 'back');
  const consumer = await createArea(http, 'front');
  const response = await http.post(
    '/v1/services',
    { name: unique('service'), providerAreaId: provider.id, consumerAreaIds: [consumer.id] },
    { as: users.improver },
  );
  if (response.status !== 201) {
    throw new Error(
      `creating a service answered ${response.status}: ${JSON.stringify(response.body)}`,
    );
  }
  return response.body;
}
