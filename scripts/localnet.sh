#!/usr/bin/env bash
# Starts (or resumes) a single-validator DPN chain in .localnet/ of the repository, funds the
# test keys validator, alice, bob, node1 and relayer, starts two local L2s (geth --dev as
# Optimism, chain id 10, and Arbitrum, 42161), waits for blocks, then starts a node agent
# (this machine, registered by node1), a heartbeat aggregator (paid by relayer) and the
# bridge (the validator's bridge key registered, the contracts deployed on both L2s from the
# chain's first valset, a dpn-relayer, DPN's ERC-4337 bundler on Optimism), runs the demos and
# prints the endpoints.
#   scripts/localnet.sh          start or resume
#   scripts/localnet.sh stop     stop the running node
#   scripts/localnet.sh reset    stop and delete all local chain data
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DPND=${DPND:-$ROOT/build/dpnd}
DPN_NODE=${DPN_NODE:-$ROOT/build/dpn-node}
RELAYER=${RELAYER:-$ROOT/build/dpn-relayer}
L2DEV=${L2DEV:-$ROOT/build/l2dev}
GETH=${GETH:-$ROOT/build/geth}
LOCALNET=${LOCALNET_DIR:-$ROOT/.localnet}
HOME_DIR=$LOCALNET/validator
CHAIN_ID=${CHAIN_ID:-dpn-local-1}
RPC_PORT=${RPC_PORT:-26657}
P2P_PORT=${P2P_PORT:-26656}
GRPC_PORT=${GRPC_PORT:-9090}
API_PORT=${API_PORT:-1317}
AGG_PORT=${AGG_PORT:-26680}
BLOB_PORT=${BLOB_PORT:-26690}
OP_PORT=${OP_PORT:-8545}
ARB_PORT=${ARB_PORT:-8547}
RELAYER_PORT=${RELAYER_PORT:-9464}
BUNDLER_PORT=${BUNDLER_PORT:-4337}
KEYS=(validator alice bob node1 relayer)
DENOM=udpn
PIDFILE=$LOCALNET/dpnd.pid
LOG=$LOCALNET/dpnd.log
AGENT_HOME=$LOCALNET/agent
AGENT_PID=$LOCALNET/agent.pid
AGG_PID=$LOCALNET/aggregator.pid
BRIDGE=$LOCALNET/bridge
RELAYER_PID=$LOCALNET/relayer.pid
BUNDLER_PID=$LOCALNET/bundler.pid
# The local L2s: name, chain id, port.
L2S=("optimism 10 $OP_PORT" "arbitrum 42161 $ARB_PORT")

dpnd() { "$DPND" --home "$HOME_DIR" "$@"; }

running() { [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; }

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

stop_helper() { # pidfile name
  if alive "$1"; then kill "$(cat "$1")"; echo "localnet: stopped $2"; fi
  rm -f "$1"
}

stop() {
  stop_helper "$BUNDLER_PID" "bundler"
  stop_helper "$RELAYER_PID" "relayer"
  stop_helper "$AGENT_PID" "node agent"
  stop_helper "$AGG_PID" "aggregator"
  if running; then
    kill "$(cat "$PIDFILE")"
    for _ in $(seq 1 50); do running || break; sleep 0.2; done
    echo "localnet: stopped"
  fi
  rm -f "$PIDFILE"
  for l2 in "${L2S[@]}"; do
    read -r name _ _ <<<"$l2"
    stop_helper "$LOCALNET/l2-$name.pid" "L2 $name"
  done
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
  init_bridge
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

# init_bridge makes the validator's bridge key and the L2-side keys (deployer, relayer, team,
# payee, the bundler's, a wallet user's smart-account owner), names both L2s in genesis as x/bridge destinations (the settlement's address is
# predicted from the deployer's key: the contracts need the chain's first valset, so they are
# deployed once the chain runs), and points the validator's watcher at the L2s.
init_bridge() {
  mkdir -p "$BRIDGE"
  dpnd bridge init-key >/dev/null
  for k in deployer relayer team payee bundler wallet; do
    [ -f "$BRIDGE/$k.key" ] || dpnd bridge init-key --key-file "$BRIDGE/$k.key" >/dev/null
  done
  local settlement; settlement=$("$RELAYER" predict --key-file "$BRIDGE/deployer.key")
  node -e '
    const fs = require("fs"), [file, addr] = process.argv.slice(1);
    const g = JSON.parse(fs.readFileSync(file));
    const partition = Buffer.concat([Buffer.from("earnings"), Buffer.alloc(24)]).toString("base64");
    g.app_state.bridge.params.destinations = [
      {name: "arbitrum", l2_chain_id: "42161", settlement: addr, partition, frozen: false},
      {name: "optimism", l2_chain_id: "10", settlement: addr, partition, frozen: false}];
    fs.writeFileSync(file, JSON.stringify(g, null, 1));' "$HOME_DIR/config/genesis.json" "$settlement"
  local app=$HOME_DIR/config/app.toml
  sed -i "s#^l2_rpc = \[\]#l2_rpc = [\"optimism=http://127.0.0.1:$OP_PORT\", \"arbitrum=http://127.0.0.1:$ARB_PORT\"]#" "$app"
  # geth --dev seals a block a second and never reorgs: two blocks deep is confirmed here.
  sed -i 's#^confirmations = .*#confirmations = 2#' "$app"
}

addr_of() { dpnd bridge show-key --key-file "$BRIDGE/$1.key"; }

# start_l2s starts (or resumes) the two local L2s with the L2-side keys funded.
start_l2s() {
  [ -x "$GETH" ] || { echo "localnet: $GETH missing; run 'make geth'" >&2; exit 1; }
  local fund; fund="$(addr_of deployer),$(addr_of relayer),$(addr_of team),$(addr_of payee),$(addr_of bundler)"
  for l2 in "${L2S[@]}"; do
    read -r name id port <<<"$l2"
    alive "$LOCALNET/l2-$name.pid" && continue
    port_free "$port" || { echo "localnet: port $port is in use; set OP_PORT/ARB_PORT" >&2; exit 1; }
    nohup "$L2DEV" --geth "$GETH" --datadir "$LOCALNET/l2/$name" --chain-id "$id" --port "$port" --fund "$fund" \
      >"$LOCALNET/l2-$name.log" 2>&1 &
    echo $! >"$LOCALNET/l2-$name.pid"
    echo "localnet: started L2 $name (chain id $id, pid $!) on http://127.0.0.1:$port"
  done
  for l2 in "${L2S[@]}"; do
    read -r name id port <<<"$l2"
    for _ in $(seq 1 60); do
      curl -s -X POST -H 'content-type: application/json' --data '{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}' \
        "http://127.0.0.1:$port" | grep -q result && continue 2
      alive "$LOCALNET/l2-$name.pid" || { echo "localnet: L2 $name exited:" >&2; tail -20 "$LOCALNET/l2-$name.log" >&2; exit 1; }
      sleep 1
    done
    echo "localnet: L2 $name does not answer; see $LOCALNET/l2-$name.log" >&2; exit 1
  done
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
    start_l2s
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
  start_l2s
  start_agents
  start_bridge
  [ "${COMPUTE_DEMO:-1}" = 0 ] || "$ROOT/scripts/compute-demo.sh"
  [ "${COMPUTE_DEMO:-1}" = 0 ] || [ "${BRIDGE_DEMO:-1}" = 0 ] || "$ROOT/scripts/bridge-demo.sh"
  [ "${COMPUTE_DEMO:-1}" = 0 ] || [ "${BRIDGE_DEMO:-1}" = 0 ] || [ "${L2_DEMO:-1}" = 0 ] || "$ROOT/scripts/l2-demo.sh"
  check_alive
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
  $DPND --home $HOME_DIR q bridge destinations
  $DPND --home $HOME_DIR q bridge batches optimism
  $RELAYER balance --rpc http://127.0.0.1:$OP_PORT --settlement $(settlement_of optimism) $(addr_of payee)
  curl -s http://127.0.0.1:$RELAYER_PORT/metrics | grep ^dpn_relayer
  $DPND --home $HOME_DIR q bridge observations optimism purchases
  $DPND --home $HOME_DIR q bridge credits $bob
  $RELAYER buy --l2 http://127.0.0.1:$OP_PORT --bundler http://127.0.0.1:$BUNDLER_PORT --owner-key $BRIDGE/wallet.key --fund-from $BRIDGE/team.key --paymaster $(paymaster_field dpn_paymaster) --factory $(paymaster_field simple_account_factory) --eth 0.01 --to $bob --chain-grpc 127.0.0.1:$GRPC_PORT
Node agent: $AGENT_HOME (log $LOCALNET/agent.log, blob endpoint http://127.0.0.1:$BLOB_PORT);
aggregator http://127.0.0.1:$AGG_PORT
(log $LOCALNET/aggregator.log). Heartbeats go out once per epoch (a minute on a localnet).
L2s: optimism http://127.0.0.1:$OP_PORT (chain id 10), arbitrum http://127.0.0.1:$ARB_PORT (42161);
contracts in $BRIDGE/<l2>.json; relayer log $LOCALNET/relayer.log, metrics http://127.0.0.1:$RELAYER_PORT/metrics;
bundler (ERC-4337, optimism) http://127.0.0.1:$BUNDLER_PORT, log $LOCALNET/bundler.log, contracts in $BRIDGE/optimism-paymaster.json.
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

paymaster_field() { node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1]))[process.argv[2]])' "$BRIDGE/optimism-paymaster.json" "$1"; }

settlement_of() { node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).dpn_settlement)' "$BRIDGE/$1.json"; }

# start_bridge registers the validator's bridge key (once), deploys the contracts on each L2
# from the chain's first valset (once), and starts the relayer.
start_bridge() {
  [ -x "$RELAYER" ] || { echo "localnet: $RELAYER missing; run 'make build'" >&2; exit 1; }
  local valoper; valoper=$(dpnd keys show validator --bech val -a --keyring-backend test)
  if ! dpnd q bridge eth-key "$valoper" >/dev/null 2>&1; then
    dpnd tx bridge register-eth-key --from validator --keyring-backend test --chain-id "$CHAIN_ID" \
      --fees 1000udpn -y -o json >"$LOCALNET/register-eth-key.json"
    echo "localnet: registered the validator's bridge key $(dpnd bridge show-key)"
  fi
  for _ in $(seq 1 30); do dpnd q bridge valset 1 -o json >"$BRIDGE/valset.json" 2>/dev/null && break; sleep 1; done
  [ -s "$BRIDGE/valset.json" ] || { echo "localnet: no valset after 30 s; see $LOG" >&2; exit 1; }
  local predicted; predicted=$(dpnd q bridge destinations -o json | node -e 'let s="";process.stdin.on("data",c=>s+=c).on("end",()=>console.log(JSON.parse(s).destinations[0].settlement))')
  for l2 in "${L2S[@]}"; do
    read -r name _ port <<<"$l2"
    [ -f "$BRIDGE/$name.json" ] && continue
    "$RELAYER" deploy --rpc "http://127.0.0.1:$port" --key-file "$BRIDGE/deployer.key" --dpn-chain-id "$CHAIN_ID" \
      --valset "$BRIDGE/valset.json" --verifying-key "$ROOT/crypto/zk/testdata/multiplier_vkey.json" \
      >"$BRIDGE/$name.json.tmp" 2>"$LOCALNET/deploy-$name.log"
    mv "$BRIDGE/$name.json.tmp" "$BRIDGE/$name.json"
    s=$(settlement_of "$name"); [ "${s,,}" = "${predicted,,}" ] || { echo "localnet: $name settlement is not at the address genesis names ($predicted)" >&2; exit 1; }
    echo "localnet: deployed the contracts on $name (DPNSettlement $predicted)"
  done
  # The sponsored-purchase contracts (EntryPoint v0.8, SimpleAccountFactory, DPNPaymaster)
  # next to Optimism's ComputeCredits, and DPN's bundler for them.
  if [ ! -f "$BRIDGE/optimism-paymaster.json" ]; then
    local credits; credits=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).compute_credits)' "$BRIDGE/optimism.json")
    "$RELAYER" deploy-paymaster --rpc "http://127.0.0.1:$OP_PORT" --key-file "$BRIDGE/deployer.key" --credits "$credits" \
      >"$BRIDGE/optimism-paymaster.json.tmp" 2>"$LOCALNET/deploy-paymaster.log"
    mv "$BRIDGE/optimism-paymaster.json.tmp" "$BRIDGE/optimism-paymaster.json"
    echo "localnet: deployed the paymaster on optimism ($(paymaster_field dpn_paymaster))"
  fi
  if ! alive "$BUNDLER_PID"; then
    port_free "$BUNDLER_PORT" || { echo "localnet: port $BUNDLER_PORT is in use; set BUNDLER_PORT" >&2; exit 1; }
    nohup "$RELAYER" bundle --rpc "http://127.0.0.1:$OP_PORT" --chain-id 10 --key-file "$BRIDGE/bundler.key" \
      --entry-point "$(paymaster_field entry_point)" --paymaster "$(paymaster_field dpn_paymaster)" \
      --listen "127.0.0.1:$BUNDLER_PORT" >"$LOCALNET/bundler.log" 2>&1 &
    echo $! >"$BUNDLER_PID"
    echo "localnet: started the bundler (pid $!) on http://127.0.0.1:$BUNDLER_PORT"
  fi
  if ! alive "$RELAYER_PID"; then
    port_free "$RELAYER_PORT" || { echo "localnet: port $RELAYER_PORT is in use; set RELAYER_PORT" >&2; exit 1; }
    nohup "$RELAYER" run --chain-grpc "127.0.0.1:$GRPC_PORT" --key-file "$BRIDGE/relayer.key" \
      --dest "optimism=http://127.0.0.1:$OP_PORT,$predicted" --dest "arbitrum=http://127.0.0.1:$ARB_PORT,$predicted" \
      --metrics-addr "127.0.0.1:$RELAYER_PORT" --poll 500ms >"$LOCALNET/relayer.log" 2>&1 &
    echo $! >"$RELAYER_PID"
    echo "localnet: started the relayer (pid $!), metrics on http://127.0.0.1:$RELAYER_PORT/metrics"
  fi
}

# check_alive fails unless every process localnet started is still running.
check_alive() {
  local dead=0
  for p in "$PIDFILE:dpnd:$LOG" "$AGENT_PID:node agent:$LOCALNET/agent.log" "$AGG_PID:aggregator:$LOCALNET/aggregator.log" \
    "$RELAYER_PID:relayer:$LOCALNET/relayer.log" "$BUNDLER_PID:bundler:$LOCALNET/bundler.log" "$LOCALNET/l2-optimism.pid:L2 optimism:$LOCALNET/l2-optimism.log" \
    "$LOCALNET/l2-arbitrum.pid:L2 arbitrum:$LOCALNET/l2-arbitrum.log"; do
    IFS=: read -r pidf what logf <<<"$p"
    if ! alive "$pidf"; then echo "localnet: the $what is not running; last log lines:" >&2; tail -15 "$logf" >&2; dead=1; fi
  done
  [ $dead = 0 ] || exit 1
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  reset) stop; rm -rf "$LOCALNET"; echo "localnet: removed $LOCALNET" ;;
  *) echo "usage: $0 [start|stop|reset]" >&2; exit 2 ;;
esac
