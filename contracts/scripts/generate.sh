#!/usr/bin/env bash
# Compiles the contracts and generates the Go bindings into OUT (default: this directory,
# i.e. artifacts/ and bindings/bindings.go). Run from anywhere; needs `npm ci` in contracts/.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$here}"
mkdir -p "$out/artifacts" "$out/bindings"
node "$here/scripts/build.js" "$out/artifacts"
cd "$here/.."
go tool abigen --combined-json "$out/artifacts/combined.json" --pkg bindings --out "$out/bindings/bindings.go"
