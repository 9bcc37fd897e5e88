import { sign } from 'jsonwebtoken';
import type { Role } from '@app/domain';
import { assertDocumentedResponse } from './openapi-responses';

export interface HttpResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export interface RequestOptions {
  /** Who calls: a token is signed for them. Omit for an anonymous call. */
  as?: { sub: string; roles: Role[] };
  /** A raw token, e.g. a forged or expired one. */
  token?: string;
  body?: unknown;
  /** Sent as is, for malformed bodies. */
  rawBody?: string;
  headers?: Record<string, string>;
}

/** Real HTTP calls to a running API, the way a client would make them. */
export class HttpClient {
  constructor(
    readonly baseUrl: string,
    private readonly jwtSecret: string,
  ) {}

  tokenFor(sub: string, roles: Role[]): string {
    return sign({ sub, name: sub, roles }, this.jwtSecret, { algorithm: 'HS256', expiresIn: '1h' });
  }

  async request<T = any>(
    method: string,
    path: string,
    options: RequestOptions = {},
  ): Promise<HttpResponse<T>> {
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    const token =
      options.token ?? (options.as ? this.tokenFor(options.as.sub, options.as.roles) : undefined);
    if (token) {
      headers.authorization = `Bearer ${token}`;
    }
    let body: string | undefined;
    if (options.rawBody !== undefined) {
      body = options.rawBody;
      headers['content-type'] ??= 'application/json';
    } else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] = 'application/json';
    }
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body });
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    const parsed: unknown = type.includes('json') && text ? JSON.parse(text) : text;
    // Every answer a test sees is one the committed OpenAPI document describes.
    assertDocumentedResponse({
      method,
      path,
      status: response.status,
      contentType: type,
      text,
      body: parsed,
    });
    return { status: response.status, headers: response.headers, body: parsed as T };
  }

  get<T = any>(path: string, options?: RequestOptions): Promise<HttpResponse<T>> {
    return this.request<T>('GET', path, options);
  }

  post<T = any>(path: string, body: unknown, options?: RequestOptions): Promise<HttpResponse<T>> {
    return this.request<T>('POST', path, { ...options, body });
  }
}
