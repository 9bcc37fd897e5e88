import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '@app/local-stack';

/**
 * The project's command-line verifier, as an auditor runs it: no server, no database, the bundle
 * and keys as files. Its exit status and everything it printed.
 */
export function verifyOffline(
  bundle: unknown,
  keys: unknown,
  ...flags: string[]
): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
  writeFileSync(join(dir, 'bundle.json'), JSON.stringify(bundle));
  writeFileSync(join(dir, 'keys.json'), JSON.stringify(keys));
  // Run where the project is, as its README says: npx finds the package's own command.
  const run = spawnSync(
    'npx',
    [
      '--no-install',
      'improvement-cycles',
      'verify',
      join(dir, 'bundle.json'),
      '--keys',
      join(dir, 'keys.json'),
      ...flags,
    ],
    { cwd: projectRoot(), encoding: 'utf8' },
  );
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}
