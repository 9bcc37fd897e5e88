import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '@app/local-stack';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';

/** The document `npm run lint` checks with Redocly; the API serves it at /docs-json. */
const COMMITTED = join(projectRoot(), 'apps', 'api', 'openapi.json');

describe('the OpenAPI document', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ worker: false });
  });
  afterAll(async () => {
    await stack.close();
  });

  it('is the one committed in apps/api/openapi.json (UPDATE_OPENAPI=1 writes it and the console client anew)', async () => {
    const served: unknown = (await stack.http.get('/docs-json')).body;
    if (process.env.UPDATE_OPENAPI === '1') {
      writeFileSync(COMMITTED, `${JSON.stringify(served, null, 2)}\n`);
      execFileSync(join(projectRoot(), 'node_modules', '.bin', 'prettier'), ['--write', COMMITTED]);
      // The console's typed client follows the document.
      execFileSync(process.execPath, [join(projectRoot(), 'scripts', 'api-client.mjs')]);
    }
    expect(served).toEqual(JSON.parse(readFileSync(COMMITTED, 'utf8')));
  });
});
