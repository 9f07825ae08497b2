#!/usr/bin/env bash
# Starts (or resumes) a single-validator DPN chain in .localnet/ of the repository, funds the
# test keys validator, alice, bob, node1 and relayer, waits for blocks, then starts a node
# agent (this machine, registered by node1) and a heartbeat aggregator (paid by relayer), and
# prints the endpoints.
#   scripts/localnet.sh          start or resume
#   scripts/localnet.sh stop     stop the running node
#   scripts/localnet.sh reset    stop and delete all local chain data
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DPND=${DPND:-$ROOT/build/dpnd}
DPN_NODE=${DPN_NODE:-$ROOT/build/dpn-node}
LOCALNET=${LOCALNET_DIR:-$ROOT/.localnet}
HOME_DIR=$LOCALNET/validator
CHAIN_ID=${CHAIN_ID:-dpn-local-1}
RPC_PORT=${RPC_PORT:-26657}
P2P_PORT=${P2P_PORT:-26656}
GRPC_PORT=${GRPC_PORT:-9090}
API_PORT=${API_PORT:-1317}
AGG_PORT=${AGG_PORT:-26680}
BLOB_PORT=${BLOB_PORT:-26690}
KEYS=(validator alice bob node1 relayer)
DENOM=udpn
PIDFILE=$LOCALNET/dpnd.pid
LOG=$LOCALNET/dpnd.log
AGENT_HOME=$LOCALNET/agent
AGENT_PID=$LOCALNET/agent.pid
AGG_PID=$LOCALNET/aggregator.pid

dpnd() { "$DPND" --home "$HOME_DIR" "$@"; }

running() { [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; }

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

stop_helper() { # pidfile name
  if alive "$1"; then kill "$(cat "$1")"; echo "localnet: stopped $2"; fi
  rm -f "$1"
}

stop() {
  stop_helper "$AGENT_PID" "node agent"
  stop_helper "$AGG_PID" "aggregator"
  if running; then
    kill "$(cat "$PIDFILE")"
    for _ in $(seq 1 50); do running || break; sleep 0.2; done
    echo "localnet: stopped"
  fi
  rm -f "$PIDFILE"
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

init_chain() {
  echo "localnet: creating chain $CHAIN_ID in $HOME_DIR"
  dpnd init localnet --chain-id "$CHAIN_ID" >/dev/null 2>&1
  dpnd config chain-id "$CHAIN_ID"
  dpnd config keyring-backend test
  dpnd config node "tcp://127.0.0.1:$RPC_PORT"
  for k in "${KEYS[@]}"; do
    dpnd keys add "$k" --keyring-backend test --output json >"$LOCALNET/$k.key.json" 2>&1
    dpnd genesis add-genesis-account "$k" "1000000000000$DENOM" --keyring-backend test
  done
  dpnd genesis gentx validator "100000000000$DENOM" --chain-id "$CHAIN_ID" --keyring-backend test >/dev/null 2>&1
  dpnd genesis collect-gentxs >/dev/null 2>&1
  dpnd genesis validate >/dev/null
  local cfg=$HOME_DIR/config/config.toml app=$HOME_DIR/config/app.toml
  sed -i "s#^laddr = \"tcp://127.0.0.1:26657\"#laddr = \"tcp://127.0.0.1:$RPC_PORT\"#" "$cfg"
  sed -i "s#^laddr = \"tcp://0.0.0.0:26656\"#laddr = \"tcp://127.0.0.1:$P2P_PORT\"#" "$cfg"
  sed -i 's#^timeout_commit = .*#timeout_commit = "1s"#' "$cfg"
  # The validator votes the recorded reference prices (docs/data), so that quotes work.
  sed -i "s#^sources = \[\]#sources = [\"file://$ROOT/docs/data/reference-prices.json\"]#" "$app"
  sed -i "s#^address = \"tcp://localhost:1317\"#address = \"tcp://127.0.0.1:$API_PORT\"#" "$app"
  sed -i "s#^address = \"localhost:9090\"#address = \"127.0.0.1:$GRPC_PORT\"#" "$app"
}

start() {
  mkdir -p "$LOCALNET"
  if running; then
    echo "localnet: already running (pid $(cat "$PIDFILE"))"
  else
    for p in "$RPC_PORT" "$P2P_PORT" "$GRPC_PORT" "$API_PORT"; do
      port_free "$p" || { echo "localnet: port $p is in use; set RPC_PORT/P2P_PORT/GRPC_PORT/API_PORT" >&2; exit 1; }
    done
    [ -f "$HOME_DIR/config/genesis.json" ] || init_chain
    nohup "$DPND" start --home "$HOME_DIR" >"$LOG" 2>&1 &
    echo $! >"$PIDFILE"
    echo "localnet: started dpnd (pid $!), log in $LOG"
  fi
  echo -n "localnet: waiting for blocks "
  for _ in $(seq 1 120); do
    h=$( (curl -s "http://127.0.0.1:$RPC_PORT/status" || true) | sed -n 's/.*"latest_block_height":"\([0-9]*\)".*/\1/p')
    if [ -n "$h" ] && [ "$h" -ge 2 ]; then echo " height $h"; break; fi
    running || { echo; echo "localnet: dpnd exited; last log lines:" >&2; tail -20 "$LOG" >&2; exit 1; }
    echo -n "."; sleep 1
  done
  [ -n "${h:-}" ] && [ "$h" -ge 2 ] || { echo; echo "localnet: no blocks after 120 s; see $LOG" >&2; exit 1; }
  start_agents
  [ "${COMPUTE_DEMO:-1}" = 0 ] || "$ROOT/scripts/compute-demo.sh"
  alice=$(dpnd keys show alice -a --keyring-backend test)
  bob=$(dpnd keys show bob -a --keyring-backend test)
  cat <<INFO

DPN localnet is running (chain $CHAIN_ID)
  RPC    http://127.0.0.1:$RPC_PORT
  gRPC   127.0.0.1:$GRPC_PORT
  REST   http://127.0.0.1:$API_PORT
  home   $HOME_DIR   (keys: ${KEYS[*]}, keyring-backend test)

Try:
  $DPND --home $HOME_DIR q bank balances $alice
  $DPND --home $HOME_DIR tx bank send alice $bob 1000$DENOM --fees 500$DENOM -y
  curl -s http://127.0.0.1:$API_PORT/cosmos/bank/v1beta1/balances/$bob
  $DPND --home $HOME_DIR q attestation nodes --status active
  $DPND --home $HOME_DIR q attestation beacon
  $DPND --home $HOME_DIR q attestation uptime 0
  curl -s http://127.0.0.1:$AGG_PORT/v1/status
  $DPND --home $HOME_DIR q compute jobs
Node agent: $AGENT_HOME (log $LOCALNET/agent.log, blob endpoint http://127.0.0.1:$BLOB_PORT);
aggregator http://127.0.0.1:$AGG_PORT
(log $LOCALNET/aggregator.log). Heartbeats go out once per epoch (a minute on a localnet).
Stop with 'make localnet-stop'; start from scratch with 'make localnet-reset'.
INFO
}

# start_agents registers this machine as a node (once) and starts its agent and an aggregator.
start_agents() {
  [ -x "$DPN_NODE" ] || { echo "localnet: $DPN_NODE missing; run 'make build'" >&2; exit 1; }
  if ! alive "$AGG_PID"; then
    port_free "$AGG_PORT" || { echo "localnet: port $AGG_PORT is in use; set AGG_PORT" >&2; exit 1; }
    nohup "$DPN_NODE" aggregate --grpc "127.0.0.1:$GRPC_PORT" --from relayer --keyring-dir "$HOME_DIR" \
      --listen "127.0.0.1:$AGG_PORT" >"$LOCALNET/aggregator.log" 2>&1 &
    echo $! >"$AGG_PID"
    echo "localnet: started the heartbeat aggregator (pid $!) on 127.0.0.1:$AGG_PORT"
  fi
  if [ ! -f "$AGENT_HOME/config.json" ]; then
    "$DPN_NODE" init --home "$AGENT_HOME" --grpc "127.0.0.1:$GRPC_PORT" --aggregator "http://127.0.0.1:$AGG_PORT" \
      --from node1 --keyring-dir "$HOME_DIR" --region local --tier light --blob-listen "127.0.0.1:$BLOB_PORT" \
      >"$LOCALNET/agent-init.json"
    echo "localnet: read this machine's hardware into $AGENT_HOME (descriptor in $LOCALNET/agent-init.json)"
  fi
  if [ ! -f "$AGENT_HOME/registration.json" ]; then
    "$DPN_NODE" register --home "$AGENT_HOME"
  fi
  if ! alive "$AGENT_PID"; then
    port_free "$BLOB_PORT" || { echo "localnet: port $BLOB_PORT is in use; set BLOB_PORT" >&2; exit 1; }
    nohup "$DPN_NODE" run --home "$AGENT_HOME" >"$LOCALNET/agent.log" 2>&1 &
    echo $! >"$AGENT_PID"
    echo "localnet: started the node agent (pid $!)"
  fi
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  reset) stop; rm -rf "$LOCALNET"; echo "localnet: removed $LOCALNET" ;;
  *) echo "usage: $0 [start|stop|reset]" >&2; exit 2 ;;
esac
