import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];

/** A problem+json answer of the API, with the `detail` people should read. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly errors: { field: string; message: string }[] = [],
    /** The problem type, e.g. `/problems/uncovered-causes`; `about:blank`-like when generic. */
    readonly type = '',
  ) {
    super(detail || title);
  }
}

let currentToken: string | undefined;
let onUnauthorized: () => void = () => undefined;

/** The bearer token every call carries, and what to do when the API no longer accepts it. */
export function setApiToken(token: string | undefined, whenRefused: () => void): void {
  currentToken = token;
  onUnauthorized = whenRefused;
}

/** The API, typed from its OpenAPI document: a drifted shape fails `npm run typecheck`. */
export const api = createClient<paths>({ baseUrl: window.location.origin });

api.use({
  onRequest({ request }) {
    if (currentToken) {
      request.headers.set('authorization', `Bearer ${currentToken}`);
    }
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401 && currentToken) {
      onUnauthorized();
    }
    return response;
  },
});

interface Problem {
  type?: string;
  title?: string;
  detail?: string;
  errors?: { field: string; message: string }[];
}

/** The data of a 2xx answer; anything else thrown as an ApiProblem carrying its detail. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok) {
    return result.data as T;
  }
  const problem = (result.error ?? {}) as Problem;
  throw new ApiProblem(
    result.response.status,
    problem.title ?? result.response.statusText,
    problem.detail ?? `The API answered ${result.response.status}.`,
    problem.errors,
    problem.type,
  );
}
