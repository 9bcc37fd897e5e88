import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { projectRoot } from '@app/config';

/** Where `scripts/ensure-temporal-cli.sh` installs the CLI when it is not on PATH. */
export function projectTemporalCliPath(): string {
  return join(projectRoot(), '.tools', 'bin', 'temporal');
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The `temporal` CLI to run: an explicit path, the project's own build, or one on PATH. */
export function findTemporalCli(
  explicitPath?: string,
  pathVariable = process.env.PATH ?? '',
): string {
  const candidates = [
    ...(explicitPath ? [explicitPath] : []),
    projectTemporalCliPath(),
    ...pathVariable
      .split(delimiter)
      .filter(Boolean)
      .map((dir) => join(dir, 'temporal')),
  ];
  const found = candidates.find(isExecutable);
  if (!found) {
    throw new Error(
      'The temporal CLI was not found. Run `npm run temporal:install` (it builds it into .tools/bin).',
    );
  }
  return found;
}
