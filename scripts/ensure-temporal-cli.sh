#!/usr/bin/env bash
# Makes sure the Temporal CLI (its dev server) exists: on PATH, or built once into .tools/bin.
set -euo pipefail
cd "$(dirname "$0")/.."
TEMPORAL_CLI_VERSION=v1.5.1 # later tags carry go.mod replace directives that `go install` refuses
if [ -n "${TEMPORAL_CLI_PATH:-}" ] && [ -x "$TEMPORAL_CLI_PATH" ]; then exit 0; fi
if [ -x .tools/bin/temporal ] || command -v temporal >/dev/null 2>&1; then exit 0; fi
GO=$(command -v go || echo /usr/local/go/bin/go)
if [ ! -x "$GO" ]; then
  echo "The temporal CLI is missing and Go is not installed to build it." >&2
  echo "Install Go, or put a temporal CLI on PATH, or set TEMPORAL_CLI_PATH." >&2
  exit 1
fi
echo "Building the Temporal CLI $TEMPORAL_CLI_VERSION into .tools/bin (once; a few minutes)..."
mkdir -p .tools/bin
GOBIN="$PWD/.tools/bin" GOFLAGS=-mod=mod "$GO" install "github.com/temporalio/cli/cmd/temporal@$TEMPORAL_CLI_VERSION"
.tools/bin/temporal --version
