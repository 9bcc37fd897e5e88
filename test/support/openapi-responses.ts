import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { projectRoot } from '@app/local-stack';

/*
 * Checks that an answer of the API is one its committed OpenAPI document describes: the operation
 * (method and path template), the status, the content type and, for JSON, the body's schema.
 */
type Validate = ValidateFunction;
type AjvError = ErrorObject;

type Schema = Record<string, unknown>;
interface MediaType {
  schema?: Schema;
}
interface DocumentedResponse {
  content?: Record<string, MediaType>;
}
type Operation = { responses?: Record<string, DocumentedResponse> };
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

/** An answer as the HTTP client received it. */
export interface ObservedResponse {
  method: string;
  /** As requested: may carry a query string. */
  path: string;
  status: number;
  contentType: string;
  /** The raw body text; `body` is its parsed JSON when the content type is JSON. */
  text: string;
  body: unknown;
}

/** Routes the document leaves out on purpose, each with why. */
const UNDOCUMENTED_PATHS: readonly { pattern: RegExp; reason: string }[] = [
  { pattern: /^\/docs(-json|\/.*)?$/, reason: 'the OpenAPI document and Swagger UI themselves' },
  { pattern: /^\/app(\/.*)?$/, reason: 'the web console’s pages and assets, not the API' },
  { pattern: /^\/$/, reason: 'a redirect to the console' },
];
const UNDOCUMENTED_METHODS: Readonly<Record<string, string>> = {
  OPTIONS: 'CORS preflight, answered by the CORS plugin before any route',
  HEAD: 'answered by the server from the GET route',
};

/** OpenAPI-only keywords JSON Schema does not know; they say nothing about validity. */
const ANNOTATIONS_ONLY = new Set(['example', 'xml', 'externalDocs', 'discriminator']);
const DEFINITIONS = 'openapi.json';

/**
 * An OpenAPI 3.0 schema as JSON Schema (draft-07): `nullable` becomes a union with null, refs
 * point into the definitions, and an object that lists its properties admits no others, so a
 * field the API returns but the document does not name is a mismatch too.
 */
export function toJsonSchema(schema: Schema): Schema {
  const converted: Schema = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword === 'nullable' || ANNOTATIONS_ONLY.has(keyword) || keyword.startsWith('x-')) {
      continue;
    }
    converted[keyword] = convertKeyword(keyword, value);
  }
  if (schema.properties && schema.additionalProperties === undefined) {
    converted.additionalProperties = false;
  }
  return schema.nullable === true ? { anyOf: [converted, { type: 'null' }] } : converted;
}

function convertKeyword(keyword: string, value: unknown): unknown {
  switch (keyword) {
    case '$ref':
      return String(value).replace('#/components/schemas/', `${DEFINITIONS}#/definitions/`);
    case 'items':
    case 'not':
      return toJsonSchema(value as Schema);
    case 'additionalProperties':
      return typeof value === 'object' ? toJsonSchema(value as Schema) : value;
    case 'allOf':
    case 'anyOf':
    case 'oneOf':
      return (value as Schema[]).map(toJsonSchema);
    case 'properties':
      return Object.fromEntries(
        Object.entries(value as Record<string, Schema>).map(([name, property]) => [
          name,
          toJsonSchema(property),
        ]),
      );
    default:
      return value;
  }
}

interface Route {
  template: string;
  pattern: RegExp;
  literalSegments: number;
}

/** Checks answers against one document; validators are compiled on first use and kept. */
export class OpenApiResponseChecker {
  private readonly routes: Route[];
  private readonly validators = new Map<string, Validate>();
  private ajvInstance?: Ajv;

  constructor(private readonly document: OpenApiDocument) {
    this.routes = Object.keys(document.paths).map((template) => ({
      template,
      pattern: new RegExp(
        `^${template
          .split(/\{[^}]+\}/)
          .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
          .join('[^/]+')}$`,
      ),
      literalSegments: template.split('/').filter((segment) => !segment.startsWith('{')).length,
    }));
  }

  /** Why `observed` is not what the document describes; null when it is, or is skipped. */
  problem(observed: ObservedResponse): string | null {
    const method = observed.method.toUpperCase();
    const path = observed.path.split('?')[0] ?? '';
    const what = `${method} ${observed.path} answered ${observed.status}`;
    if (UNDOCUMENTED_METHODS[method] || UNDOCUMENTED_PATHS.some((p) => p.pattern.test(path))) {
      return null;
    }
    const route = this.routes
      .filter((candidate) => candidate.pattern.test(path))
      .sort((a, b) => b.literalSegments - a.literalSegments)[0];
    if (!route) {
      return `${what}: no path of apps/api/openapi.json matches ${path}`;
    }
    const operation = this.document.paths[route.template]?.[method.toLowerCase()];
    if (!operation) {
      return `${what}: the document has no ${method} ${route.template}`;
    }
    const responses = operation.responses ?? {};
    const statusKey = [String(observed.status), `${String(observed.status)[0]}XX`, 'default'].find(
      (key) => responses[key],
    );
    const documented = statusKey ? responses[statusKey] : undefined;
    if (!statusKey || !documented) {
      const known = Object.keys(responses).join(', ');
      return `${what}: ${method} ${route.template} documents no ${observed.status} (only ${known})`;
    }
    const content = documented.content ?? {};
    if (observed.text === '') {
      return Object.keys(content).length === 0
        ? null
        : `${what} with no body: the document gives ${statusKey} a ${Object.keys(content).join(', ')} body`;
    }
    const mediaType = observed.contentType.split(';')[0]?.trim().toLowerCase() ?? '';
    const media = content[mediaType];
    if (!media) {
      const known = Object.keys(content).join(', ') || 'no body';
      return `${what} as ${mediaType || 'no content type'}: the document gives ${statusKey} ${known}`;
    }
    if (!/[/+]json$/.test(mediaType) || !media.schema) {
      return null;
    }
    const validate = this.validator(`${method} ${route.template} ${statusKey} ${mediaType}`, media);
    if (validate(observed.body)) {
      return null;
    }
    return [
      `${what}: the body does not match the schema of ${method} ${route.template} ${statusKey} (${mediaType}):`,
      ...describeErrors(validate.errors ?? []),
      `body: ${truncated(observed.text)}`,
    ].join('\n  ');
  }

  private validator(key: string, media: MediaType): Validate {
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv().compile(toJsonSchema(media.schema ?? {}));
      this.validators.set(key, validate);
    }
    return validate;
  }

  private ajv(): Ajv {
    if (!this.ajvInstance) {
      // strictTypes off: `type: object` beside `allOf` is how OpenAPI 3.0 writes a nullable ref.
      const ajv = new Ajv({ allErrors: true, strictTypes: false, strictTuples: false });
      addFormats(ajv);
      const schemas = this.document.components?.schemas ?? {};
      ajv.addSchema({
        $id: DEFINITIONS,
        definitions: Object.fromEntries(
          Object.entries(schemas).map(([name, schema]) => [name, toJsonSchema(schema)]),
        ),
      });
      this.ajvInstance = ajv;
    }
    return this.ajvInstance;
  }
}

/** The nearest errors first, at most ten: a union's every branch would bury the one that counts. */
function describeErrors(errors: readonly AjvError[]): string[] {
  const lines = errors
    .filter((error) => error.keyword !== 'anyOf')
    .map((error) => {
      const extra =
        error.keyword === 'additionalProperties' ? ` (${JSON.stringify(error.params)})` : '';
      return `${error.instancePath || '(body)'} ${error.message ?? error.keyword}${extra} [${error.schemaPath}]`;
    });
  return lines.length > 10 ? [...lines.slice(0, 10), `…and ${lines.length - 10} more`] : lines;
}

function truncated(text: string): string {
  return text.length > 2_000 ? `${text.slice(0, 2_000)}…` : text;
}

let committed: OpenApiResponseChecker | undefined;

/** Throws when the answer is not one `apps/api/openapi.json` (the committed document) describes. */
export function assertDocumentedResponse(observed: ObservedResponse): void {
  committed ??= new OpenApiResponseChecker(
    JSON.parse(
      readFileSync(join(projectRoot(), 'apps', 'api', 'openapi.json'), 'utf8'),
    ) as OpenApiDocument,
  );
  const problem = committed.problem(observed);
  if (problem) {
    throw new Error(`Answer not described by apps/api/openapi.json: ${problem}`);
  }
}
