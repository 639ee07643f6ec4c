#!/usr/bin/env bash
# The one test command: static checks, then every test file under Deno and under Bun.
# Ends with one plain line "N passed, K failed" adding both runners up; exits non-zero on
# any failure in either runtime or any check.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure_deps.sh || exit 1
export PATH="$PWD/node_modules/.bin:$PATH" NO_COLOR=1
status=0
step() { echo "── $*"; "$@" || { echo "FAILED: $*"; status=1; }; }

ENTRY=(mod.ts src/wire.ts proto_gen/daemon_pb.ts)
step deno fmt --check
step deno lint
step deno check "${ENTRY[@]}" proto_gen/*.ts scripts/*.ts tests/ bench/*.ts
step bash scripts/check_loose.sh
step deno doc --lint "${ENTRY[@]}"
step deno run --allow-read proto_gen/generate.ts --check
step deno publish --dry-run --allow-dirty --quiet
# Node >= 20: build dist/ (JavaScript + .d.ts), then a real session under plain node.
step bash scripts/build.sh
step node scripts/node_smoke.mjs

files=$(ls tests/*_test.ts)
echo "── deno test"
deno test -A $files 2>&1 | tee .tmp-deno.log
deno_rc=${PIPESTATUS[0]}
echo "── bun test"
bun test --timeout 60000 $files 2>&1 | tee .tmp-bun.log
bun_rc=${PIPESTATUS[0]}

read -r dp df < <(node scripts/count_results.mjs deno .tmp-deno.log)
read -r bp bf < <(node scripts/count_results.mjs bun .tmp-bun.log)
rm -f .tmp-deno.log .tmp-bun.log
echo "deno: $dp passed, $df failed (exit $deno_rc); bun: $bp passed, $bf failed (exit $bun_rc)"
if [ "$deno_rc" -ne 0 ] || [ "$bun_rc" -ne 0 ] || [ "$status" -ne 0 ]; then
  [ "$status" -ne 0 ] && echo "static checks failed (see FAILED lines above)"
  [ "$df" -eq 0 ] && [ "$bf" -eq 0 ] && df=1
  echo "$((dp + bp)) passed, $((df + bf)) failed"
  exit 1
fi
echo "$((dp + bp)) passed, 0 failed"
