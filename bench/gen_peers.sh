#!/usr/bin/env bash
# Regenerates the peer implementations' code for the codec benchmark into bench/gen/:
#   bench/gen/daemon_pbjs.js  protobufjs static code (pbjs -t static-module -w es6)
#   bench/gen/daemon_pb.ts    @bufbuild/protobuf v2 code (protoc-gen-es, run by `buf generate`)
# Both are third-party generated code, committed so that `deno task bench` works on a clean
# clone; they are excluded from deno fmt/lint/check via deno.json's top-level "exclude".
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="$PWD/node_modules/.bin"
OUT=bench/gen
mkdir -p "$OUT"

# protobufjs: only what encode/decode need (no JSON conversion, verify, delimited, services).
"$BIN/pbjs" -t static-module -w es6 --no-comments \
  --no-convert --no-verify --no-delimited --no-typeurl --no-service \
  -o "$OUT/daemon_pbjs.js" proto_gen/daemon.proto

# protoc-gen-es (target=ts) through buf's built-in compiler: no protoc needed.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/buf.gen.yaml" <<YAML
version: v2
plugins:
  - local: $BIN/protoc-gen-es
    out: $PWD/$OUT
    opt: target=ts
YAML
if ! "$BIN/buf" generate proto_gen --template "$tmp/buf.gen.yaml"; then
  # protoc-gen-es declares node >= 22; fall back to running the plugin under Bun.
  cat >"$tmp/protoc-gen-es" <<SH
#!/usr/bin/env bash
exec "$BIN/bun" "$PWD/node_modules/@bufbuild/protoc-gen-es/bin/protoc-gen-es" "\$@"
SH
  chmod +x "$tmp/protoc-gen-es"
  sed -i "s|local: .*|local: $tmp/protoc-gen-es|" "$tmp/buf.gen.yaml"
  "$BIN/buf" generate proto_gen --template "$tmp/buf.gen.yaml"
fi
echo "wrote $OUT/daemon_pbjs.js and $OUT/daemon_pb.ts"
