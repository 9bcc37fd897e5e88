// The console's typed API client comes from the committed OpenAPI document:
//   node scripts/api-client.mjs          writes apps/web/src/api/schema.d.ts and limits.ts
//   node scripts/api-client.mjs --check  fails when they no longer match the document
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const root = new URL('../', import.meta.url);
const documentUrl = new URL('apps/api/openapi.json', root);
const clientPath = fileURLToPath(new URL('apps/web/src/api/schema.d.ts', root));
const limitsPath = fileURLToPath(new URL('apps/web/src/api/limits.ts', root));
const header =
  '// Generated from apps/api/openapi.json by `npm run client:generate`. Do not edit.\n';

const LIMIT_KEYWORDS = ['minLength', 'maxLength', 'minItems', 'maxItems', 'minimum', 'maximum'];

/**
 * The limits the API validates, per request schema and field, for the console's inputs: the
 * document is their one source (openapi-typescript's types do not carry them).
 */
function limitsOf(document) {
  const limits = {};
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
    if (!name.endsWith('Dto')) {
      continue;
    }
    for (const [field, property] of Object.entries(schema.properties ?? {})) {
      const found = LIMIT_KEYWORDS.filter((keyword) => keyword in property);
      if (found.length > 0) {
        limits[name] ??= {};
        limits[name][field] = Object.fromEntries(
          found.map((keyword) => [keyword, property[keyword]]),
        );
      }
    }
  }
  // Query parameters, under "GET /v1/priorities" and the like.
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      for (const parameter of operation.parameters ?? []) {
        const found = LIMIT_KEYWORDS.filter((keyword) => keyword in (parameter.schema ?? {}));
        if (parameter.in === 'query' && found.length > 0) {
          const key = `${method.toUpperCase()} ${path}`;
          limits[key] ??= {};
          limits[key][parameter.name] = Object.fromEntries(
            found.map((keyword) => [keyword, parameter.schema[keyword]]),
          );
        }
      }
    }
  }
  return (
    `${header}\n/** The limits the API validates, per request schema and field, and per query. */\n` +
    // One line per schema or query: a short file, still easy to read in a diff.
    `export const LIMITS = {\n${Object.entries(limits)
      .map(([name, fields]) => `  ${JSON.stringify(name)}: ${JSON.stringify(fields)},`)
      .join('\n')}\n} as const;\n`
  );
}

const document = JSON.parse(readFileSync(documentUrl, 'utf8'));
const files = [
  [clientPath, header + astToString(await openapiTS(documentUrl))],
  [limitsPath, limitsOf(document)],
];
if (process.argv.includes('--check')) {
  for (const [path, generated] of files) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      // missing: stale too
    }
    if (current !== generated) {
      console.error(`${path} is stale against apps/api/openapi.json: run npm run client:generate`);
      process.exit(1);
    }
  }
} else {
  for (const [path, generated] of files) {
    writeFileSync(path, generated);
  }
}
