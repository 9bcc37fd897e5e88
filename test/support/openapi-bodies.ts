import { randomUUID } from 'node:crypto';

/** The part of an OpenAPI schema object the tests read. */
export interface Schema {
  $ref?: string;
  allOf?: Schema[];
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  minimum?: number;
  minItems?: number;
  maxLength?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, any>>;
  components: { schemas: Record<string, Schema> };
}

/** A text field of a request body: where it sits, how a refusal names it, its documented limit. */
export interface TextField {
  /** Keys down to the string, array indexes included: `causes.0.whys.0`. */
  path: string[];
  /** What a DTO rule names: an array of strings is refused as a whole (`causes.0.whys`). */
  ruleField: string;
  maxLength?: number;
}

export interface WriteOperation {
  method: string;
  /** With `{id}`-style parameters. */
  path: string;
  body?: Schema;
}

export function writeOperations(document: OpenApiDocument): WriteOperation[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations)
      .filter(([method]) => method === 'post' || method === 'put')
      .map(([method, operation]) => ({
        method: method.toUpperCase(),
        path,
        body: operation.requestBody?.content?.['application/json']?.schema as Schema | undefined,
      })),
  );
}

function resolve(document: OpenApiDocument, schema: Schema): Schema {
  const inner = schema.allOf?.[0] ?? schema;
  const ref = inner.$ref?.replace('#/components/schemas/', '');
  return ref ? resolve(document, document.components.schemas[ref] ?? {}) : inner;
}

/** Every string a body may carry, nested objects and arrays included. */
export function textFields(
  document: OpenApiDocument,
  schema: Schema,
  at: string[] = [],
): TextField[] {
  const resolved = resolve(document, schema);
  if (resolved.type === 'string') {
    return [{ path: at, ruleField: at.join('.'), maxLength: resolved.maxLength }];
  }
  if (resolved.type === 'array' && resolved.items) {
    const items = resolve(document, resolved.items);
    return items.type === 'string'
      ? [{ path: [...at, '0'], ruleField: at.join('.'), maxLength: items.maxLength }]
      : textFields(document, items, [...at, '0']);
  }
  return Object.entries(resolved.properties ?? {}).flatMap(([name, property]) =>
    textFields(document, property, [...at, name]),
  );
}

/** A body with every required field present and plausible; ids are random, so nothing exists. */
export function sampleBody(document: OpenApiDocument, schema: Schema): unknown {
  const resolved = resolve(document, schema);
  if (resolved.enum) {
    return resolved.enum[0];
  }
  switch (resolved.type) {
    case 'string':
      if (resolved.format === 'uuid') {
        return randomUUID();
      }
      if (resolved.format === 'date-time') {
        return '2026-01-01T00:00:00Z';
      }
      return typeof resolved.example === 'string' ? resolved.example : 'text';
    case 'number':
    case 'integer':
      return resolved.minimum ?? 1;
    case 'boolean':
      return false;
    case 'array':
      return Array.from({ length: Math.max(resolved.minItems ?? 1, 1) }, () =>
        sampleBody(document, resolved.items ?? {}),
      );
    default:
      return Object.fromEntries(
        (resolved.required ?? []).map((name) => [
          name,
          sampleBody(document, resolved.properties?.[name] ?? {}),
        ]),
      );
  }
}

/** `body` with `value` at `path`, creating the objects and arrays on the way. */
export function withValueAt(body: unknown, path: string[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) {
    return value;
  }
  const index = /^\d+$/.test(head) ? Number(head) : undefined;
  if (index !== undefined) {
    const list = Array.isArray(body) ? [...(body as unknown[])] : [];
    list[index] = withValueAt(list[index], rest, value);
    return list;
  }
  const object: Record<string, unknown> =
    body !== null && typeof body === 'object' ? { ...(body as Record<string, unknown>) } : {};
  return { ...object, [head]: withValueAt(object[head], rest, value) };
}
