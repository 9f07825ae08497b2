#!/usr/bin/env bash
# Runs an N-validator DPN network on 127.0.0.1 from `dpnd testnet init-files`.
#   scripts/testnet.sh start [N]   write .testnet/ on first use (N validators, default 4) and start them
#   scripts/testnet.sh stop        stop every validator
#   scripts/testnet.sh reset       stop and delete .testnet/
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DPND=${DPND:-$ROOT/build/dpnd}
DIR=${TESTNET_DIR:-$ROOT/.testnet}
BASE_PORT=${BASE_PORT:-26600}
CHAIN_ID=${CHAIN_ID:-dpn-testnet-1}

stop() {
  for pid in "$DIR"/node*.pid; do
    [ -f "$pid" ] || continue
    kill "$(cat "$pid")" 2>/dev/null || true
    rm -f "$pid"
  done
  echo "testnet: stopped"
}

start() {
  local n=${1:-4}
  if [ ! -d "$DIR/node0" ]; then
    "$DPND" testnet init-files --validators "$n" --output-dir "$DIR" --base-port "$BASE_PORT" --chain-id "$CHAIN_ID"
  fi
  for home in "$DIR"/node*/; do
    name=$(basename "$home")
    pidf=$DIR/$name.pid
    if [ -f "$pidf" ] && kill -0 "$(cat "$pidf")" 2>/dev/null; then continue; fi
    nohup "$DPND" start --home "$home" >"$DIR/$name.log" 2>&1 &
    echo $! >"$pidf"
  done
  echo -n "testnet: waiting for blocks "
  rpc=$((BASE_PORT + 1))
  for _ in $(seq 1 90); do
    h=$( (curl -s "http://127.0.0.1:$rpc/status" || true) | sed -n 's/.*"latest_block_height":"\([0-9]*\)".*/\1/p')
    if [ -n "$h" ] && [ "$h" -ge 2 ]; then echo " height $h"; return 0; fi
    echo -n "."; sleep 1
  done
  echo; echo "testnet: no blocks after 90 s; see $DIR/node*.log" >&2
  exit 1
}

case "${1:-start}" in
  start) start "${2:-4}" ;;
  stop) stop ;;
  reset) stop; rm -rf "$DIR"; echo "testnet: removed $DIR" ;;
  *) echo "usage: $0 [start [N]|stop|reset]" >&2; exit 2 ;;
esac
