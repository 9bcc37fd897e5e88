#!/usr/bin/env bash
# Runs before `npm start` and `npm test`: installs what is missing, then builds.
set -euo pipefail
cd "$(dirname "$0")/.."
# npm writes node_modules/.package-lock.json on install: older than the lockfile means stale.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing npm dependencies..."
  # `npm install`, not `npm ci`: the lockfile is made against a registry that serves only Linux
  # builds of platform-specific packages, and `npm ci` refuses a lockfile without the others.
  npm install --no-audit --no-fund
fi
bash scripts/ensure-temporal-cli.sh
npm run --silent build
