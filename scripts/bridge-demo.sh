#!/usr/bin/env bash
# The bridge on the localnet: the local node's fees are paid on Optimism, then on Arbitrum,
# as DPNToken (each fee a PAYOUT record, batched, signed by the validator in its vote
# extension and carried by dpn-relayer), and a Groth16 proof alice buys for an L2 team is
# delivered on Optimism after the team ordered it there. Balances are read from the L2s.
# `make localnet` runs it after the compute demo; BRIDGE_DEMO=0 skips it.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DPND=${DPND:-$ROOT/build/dpnd}
RELAYER=${RELAYER:-$ROOT/build/dpn-relayer}
LOCALNET=${LOCALNET_DIR:-$ROOT/.localnet}
HOME_DIR=$LOCALNET/validator
BRIDGE=$LOCALNET/bridge
OP=http://127.0.0.1:${OP_PORT:-8545}
ARB=http://127.0.0.1:${ARB_PORT:-8547}
ZK=$ROOT/crypto/zk/testdata
d() { "$DPND" --home "$HOME_DIR" "$@"; }
json() { node -e "let s='';process.stdin.on('data',c=>s+=c).on('end',()=>{const v=JSON.parse(s);console.log($1)})"; }
tx() { d tx "$@" --keyring-backend test --gas auto --gas-adjustment 1.5 --gas-prices 0.0025udpn -y -o json 2> >(grep -v '^gas estimate' >&2) >/dev/null; sleep 2; }

settlement=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).dpn_settlement)' "$BRIDGE/optimism.json")
payee=$(d bridge show-key --key-file "$BRIDGE/payee.key")
team=$(d bridge show-key --key-file "$BRIDGE/team.key")
input=$(mktemp); trap 'rm -f "$input"' EXIT
printf 'paid on an L2' >"$input"

# l2balance URL prints the payee's DPNToken balance there (in DPN).
l2balance() { "$RELAYER" balance --rpc "$1" --settlement "$settlement" "$payee" | sed -n 1p | awk '{print $2}'; }

# wasm_job submits a 1-replica WASM job from alice and waits for it to settle; prints its id.
wasm_job() {
  local out hash id
  out=$(d tx compute submit-job --kind wasm --module "$ROOT/agent/jobs/testdata/reverse.wasm" --input "$input" \
    --replicas 1 --quorum 1 --cpu-millicores 500 --memory-bytes 268435456 --duration 10m --max-price 10000000udpn \
    "$@" --from alice --keyring-backend test --gas auto --gas-adjustment 1.5 --gas-prices 0.0025udpn -y -o json 2> >(grep -v "^gas estimate" >&2))
  hash=$(printf '%s' "$out" | json 'v.txhash')
  for _ in $(seq 1 30); do d q tx "$hash" -o json >/dev/null 2>&1 && break; sleep 1; done
  id=$(d q compute jobs -o json | json 'v.jobs[v.jobs.length-1].id')
  for _ in $(seq 1 120); do
    [ "$(d q compute job "$id" -o json | json 'v.job.status')" = JOB_STATUS_SETTLED ] && { echo "$id"; return 0; }
    sleep 1
  done
  echo "bridge-demo: job $id not settled" >&2; return 1
}

# wait_l2 URL NAME BEFORE waits for the payee's balance on an L2 to rise above BEFORE.
wait_l2() {
  local t0=$SECONDS now
  for _ in $(seq 1 90); do
    now=$(l2balance "$1")
    if [ "$now" != "$3" ]; then echo "bridge-demo: $2: payee $payee $3 -> $now DPN ($((SECONDS - t0)) s after settlement)"; return 0; fi
    sleep 1
  done
  echo "bridge-demo: the fee never arrived on $2; see $LOCALNET/relayer.log" >&2; return 1
}

for l2 in "optimism $OP" "arbitrum $ARB"; do
  read -r name url <<<"$l2"
  echo "bridge-demo: node 0 is paid on $name from now on"
  tx compute set-payout 0 --payout "{\"chain\":\"$name\",\"recipient\":\"$payee\"}" --from node1
  before=$(l2balance "$url")
  id=$(wasm_job)
  echo "bridge-demo: job $id settled; its fee is batched for $name"
  wait_l2 "$url" "$name" "$before"
done
tx compute set-payout 0 --from node1 # back to DPN

echo "bridge-demo: alice buys a Groth16 proof (a·b = 33) for the L2 team $team on optimism"
out=$(d tx compute submit-job --kind groth16 --module "$ZK/multiplier.wasm" --input "$ZK/multiplier_input.json" \
  --zkey "$ZK/multiplier.zkey" --vkey "$ZK/multiplier_vkey.json" --public-input 33 \
  --cpu-millicores 500 --memory-bytes 268435456 --duration 10m --max-price 10000000udpn \
  --payout-chain optimism --payout-recipient "$team" --from alice --keyring-backend test --gas auto --gas-adjustment 1.5 \
  --gas-prices 0.0025udpn -y -o json 2> >(grep -v "^gas estimate" >&2))
hash=$(printf '%s' "$out" | json 'v.txhash')
for _ in $(seq 1 30); do d q tx "$hash" -o json >/dev/null 2>&1 && break; sleep 1; done
job=$(d q compute jobs -o json | json 'v.jobs[v.jobs.length-1].id')
"$RELAYER" order-job "$job" --rpc "$OP" --settlement "$settlement" --key-file "$BRIDGE/team.key" \
  --verifying-key "$ZK/multiplier_vkey.json" --input 33
for _ in $(seq 1 120); do
  if "$RELAYER" proof-status "$job" --rpc "$OP" --settlement "$settlement" --team "$team" >/dev/null 2>&1; then break; fi
  sleep 1
done
"$RELAYER" proof-status "$job" --rpc "$OP" --settlement "$settlement" --team "$team"

echo "bridge-demo: DPNToken on the L2s"
echo "  optimism: $("$RELAYER" balance --rpc "$OP" --settlement "$settlement" "$payee" | tr '\n' ';' )"
echo "  arbitrum: $("$RELAYER" balance --rpc "$ARB" --settlement "$settlement" "$payee" | tr '\n' ';' )"
d q bridge destinations -o json | json 'v.states.map(s => "  " + s.destination + ": escrow " + s.escrow + "udpn, batches confirmed " + (s.confirmed_batch_nonce || 0) + " of " + ((s.next_batch_nonce || 1) - 1)).join("\n")'
