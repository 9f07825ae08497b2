#!/usr/bin/env bash
# Regenerates Go code from proto/ with buf and the gogoproto plugins (installed by the Makefile
# into build/tools). Third-party imports come from the Go modules pinned in go.mod.
#   scripts/protocgen.sh            write generated files into the tree
#   scripts/protocgen.sh --check    fail if the committed files differ from a fresh generation
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
TOOLS=$ROOT/build/tools
export PATH=$TOOLS:$PATH
MODULE=github.com/dpn-network/dpn
WS=$(mktemp -d)
trap 'rm -rf "$WS"' EXIT

# moddir prints where a module of the build list is on disk, downloading it first if needed.
moddir() {
  local dir
  dir=$(cd "$ROOT" && go mod download -json "$1" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
  [ -n "$dir" ] && [ -d "$dir" ] || { echo "protocgen: cannot locate module $1" >&2; exit 1; }
  echo "$dir"
}
mkdir -p "$WS/deps"
sdk=$(moddir github.com/cosmos/cosmos-sdk)
cp -r "$sdk/proto/cosmos" "$sdk/proto/amino" "$WS/deps/"
cp -r "$(moddir github.com/cosmos/gogoproto)/gogoproto" "$WS/deps/"
mkdir -p "$WS/deps/cosmos_proto"
cp "$(moddir github.com/cosmos/cosmos-proto)/proto/cosmos_proto/cosmos.proto" "$WS/deps/cosmos_proto/"
cp -r "$(moddir github.com/grpc-ecosystem/grpc-gateway)/third_party/googleapis/google" "$WS/deps/"
find "$WS/deps" -type f ! -name '*.proto' -delete
chmod -R u+w "$WS/deps"
cp -r "$ROOT/proto" "$WS/dpn"
cat >"$WS/buf.yaml" <<YAML
version: v2
modules:
  - path: dpn
  - path: deps
YAML

(cd "$WS" && buf generate --template "$ROOT/proto/buf.gen.gogo.yaml" --path dpn/dpn -o "$WS/out")
GEN=$WS/out/gen/$MODULE
[ -d "$GEN" ] || { echo "protocgen: nothing generated" >&2; exit 1; }

if [ "${1:-}" = "--check" ]; then
  stale=0
  while IFS= read -r f; do
    rel=${f#"$GEN/"}
    if ! cmp -s "$f" "$ROOT/$rel"; then echo "stale or missing: $rel" >&2; stale=1; fi
  done < <(find "$GEN" -type f)
  while IFS= read -r f; do
    rel=${f#"$ROOT/"}
    [ -f "$GEN/$rel" ] || { echo "generated file without a proto: $rel" >&2; stale=1; }
  done < <(cd "$ROOT" && git ls-files -z '*.pb.go' '*.pb.gw.go' | xargs -0 -r -I{} echo "$ROOT/{}")
  [ $stale -eq 0 ] || { echo "generated protobuf code is stale: run 'make proto' and commit" >&2; exit 1; }
  echo "protobuf code is up to date"
else
  cp -r "$GEN"/. "$ROOT"/
  echo "protobuf code regenerated"
fi
