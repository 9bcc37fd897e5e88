import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The folder holding the project's package.json, found from a file inside the project: where the
 * workflow sources, the prebuilt bundle and the tools are, from sources and from `dist` alike.
 */
export function projectRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) {
      throw new Error(`no package.json above ${from}`);
    }
    dir = parent;
  }
  return dir;
}
