#!/usr/bin/env bash
# Installs the pinned dev toolchain (deno, bun, test peers) from the npm registry when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x node_modules/.bin/deno ] || [ ! -x node_modules/.bin/bun ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "installing dev toolchain (npm ci)…" >&2
  npm ci --no-audit --no-fund --loglevel=error >&2
fi
