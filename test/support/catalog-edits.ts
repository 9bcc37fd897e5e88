import { expectOk } from './cycle-steps';
import type { HttpClient } from './http-client';
import { users } from './users';

/** Edits of the catalog as the improver makes them, and the catalog chain as an auditor reads it. */
export function catalogEditor(http: () => HttpClient) {
  const edit = (method: 'PATCH' | 'PUT', path: string, body: unknown, ifMatch?: string) =>
    http().request(method, path, {
      as: users.improver,
      body,
      ...(ifMatch === undefined ? {} : { headers: { 'if-match': ifMatch } }),
    });
  const patch = (path: string, body: unknown, ifMatch?: string) =>
    edit('PATCH', path, body, ifMatch);
  /** The catalog's events of `action` about an entity, oldest first. */
  const eventsAbout = async (id: string, action: string) =>
    (
      expectOk(await http().get(`/v1/catalog/history?entityId=${id}`, { as: users.auditor })).body
        .items as { action: string; actor: unknown; data: unknown }[]
    ).filter((event) => event.action === action);
  return { edit, patch, eventsAbout };
}
