#!/usr/bin/env bash
# Builds the Node package: JavaScript bundles (Bun's bundler, Node target, shared chunks) and
# .d.ts files (tsc), into dist/. Then proves Node can parse every emitted file
# (`await using` and other syntax Node 20 lacks must have been lowered).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure_deps.sh >/dev/null
BIN="$PWD/node_modules/.bin"
ENTRIES=(mod.ts src/daemon/mod.ts src/wire.ts proto_gen/daemon_pb.ts)
rm -rf dist
"$BIN/bun" build "${ENTRIES[@]}" --target=node --splitting --outdir dist >/dev/null
"$BIN/tsc" -p tsconfig.build.json
for f in $(find dist -name '*.js'); do
  node --check "$f"
  if grep -qE '(^|[^.])\bawait using\b' "$f"; then
    echo "build: $f still contains 'await using' (Node 20 cannot parse it)" >&2
    exit 1
  fi
done
echo "built dist/: $(find dist -name '*.js' | wc -l) JavaScript files, $(find dist -name '*.d.ts' | wc -l) declaration files"
