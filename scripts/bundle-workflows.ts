/** Build step: bundles the workflows for the worker; the build fails when the bundle does. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '@app/local-stack';
import { bundleWorkflows } from '../apps/worker/src/workflow-bundle';

bundleWorkflows()
  .then((code) => {
    const out = join(projectRoot(), 'dist', 'workflow-bundle.js');
    writeFileSync(out, code);
    process.stdout.write(`workflow bundle: ${out} (${Math.round(code.length / 1024)} KiB)\n`);
  })
  .catch((error: unknown) => {
    process.stderr.write(
      `workflow bundle failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  });
