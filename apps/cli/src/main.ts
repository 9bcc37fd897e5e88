#!/usr/bin/env node
// The verifier lives with the persistence code the server verifies with; its decorators need this.
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { verifyBundle } from './verify-bundle';

const USAGE =
  'usage: improvement-cycles verify <bundle.json> --keys <keys.json> [--allow-unsigned]';

/**
 * `improvement-cycles verify bundle.json --keys keys.json`: exit 0 valid and signed, 1 broken,
 * 2 unusable input, 3 intact but unsigned (0 with a warning under --allow-unsigned).
 */
function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { keys: { type: 'string' }, 'allow-unsigned': { type: 'boolean' } },
    });
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const [command, bundlePath] = parsed.positionals;
  const keysPath = parsed.values.keys;
  if (command !== 'verify' || !bundlePath || !keysPath) {
    return fail(USAGE);
  }
  let bundle: unknown;
  let keys: unknown;
  try {
    bundle = JSON.parse(readFileSync(bundlePath, 'utf8'));
    keys = JSON.parse(readFileSync(keysPath, 'utf8'));
  } catch (error) {
    return fail(`unusable input: ${error instanceof Error ? error.message : String(error)}`);
  }
  const verdict = verifyBundle(bundle, keys, {
    allowUnsigned: parsed.values['allow-unsigned'] === true,
  });
  (verdict.exit === 0 && !verdict.warning ? process.stdout : process.stderr).write(
    `${verdict.message}\n`,
  );
  return verdict.exit;
}

function fail(message: string): 2 {
  process.stderr.write(`${message}\n`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
