#!/usr/bin/env bash
# Type-checks the public entry points as a user's project does when it keeps a plain
# tsconfig.json (no "strict") beside its deno.json, as the README's Deno + Bun setup does:
# Deno then type-checks with that tsconfig's (loose) options.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cat > "$dir/deno.json" <<JSON
{ "imports": {
  "@rp/running-process": "$root/mod.ts",
  "@rp/running-process/daemon": "$root/src/daemon/mod.ts",
  "@rp/running-process/wire": "$root/src/wire.ts",
  "@rp/running-process/proto": "$root/proto_gen/daemon_pb.ts" } }
JSON
cat > "$dir/tsconfig.json" <<JSON
{ "compilerOptions": { "target": "ES2022", "module": "ESNext", "moduleResolution": "bundler",
  "paths": { "@rp/running-process": ["$root/mod.ts"] } } }
JSON
cat > "$dir/user.ts" <<'TS'
import * as client from "@rp/running-process";
import * as daemon from "@rp/running-process/daemon";
import * as wire from "@rp/running-process/wire";
import * as proto from "@rp/running-process/proto";
console.log(client, daemon, wire, proto);
TS
cd "$dir" && "$root/node_modules/.bin/deno" check --quiet user.ts
