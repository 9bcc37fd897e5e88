import { join } from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { projectRoot } from '@app/config';

/**
 * Bundles `workflows/` for Temporal's sandbox from the TypeScript sources, resolving the
 * `@app/domain` alias the way tsconfig does.
 */
export async function bundleWorkflows(): Promise<string> {
  const root = projectRoot();
  const { code } = await bundleWorkflowCode({
    workflowsPath: join(root, 'workflows', 'index.ts'),
    webpackConfigHook: (config) => ({
      ...config,
      resolve: {
        ...config.resolve,
        alias: {
          ...(config.resolve?.alias as Record<string, string> | undefined),
          '@app/domain': join(root, 'libs', 'domain', 'src'),
        },
      },
    }),
    logger: {
      log: () => undefined,
      info: () => undefined,
      debug: () => undefined,
      trace: () => undefined,
      warn: (m) => process.stderr.write(`${m}\n`),
      error: (m) => process.stderr.write(`${m}\n`),
    },
  });
  return code;
}
