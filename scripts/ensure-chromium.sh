#!/usr/bin/env bash
# Runs before `npm test`: the console's browser tests drive Debian's Chromium through Playwright
# (Playwright's own browser download cannot work offline). Installs it when missing and root.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get > /dev/null; then
  echo "Installing Chromium for the console's browser tests (apt-get install chromium)..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium > /dev/null
  exit 0
fi
echo "The console's browser tests need Chromium at $CHROMIUM." >&2
echo "Install it as root (sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary." >&2
exit 1
