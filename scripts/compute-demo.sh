#!/usr/bin/env bash
# The marketplace on the localnet: alice buys a WASM job (agent/jobs/testdata/reverse.wasm,
# which reverses its input) and a Groth16 proof of the multiplier circuit; the local node
# agent runs both, the chain verifies and settles them, and the balances are printed.
# `make localnet` runs it; COMPUTE_DEMO=0 skips it.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DPND=${DPND:-$ROOT/build/dpnd}
HOME_DIR=${LOCALNET_DIR:-$ROOT/.localnet}/validator
ZK=$ROOT/crypto/zk/testdata
d() { "$DPND" --home "$HOME_DIR" "$@"; }
json() { node -e "let s='';process.stdin.on('data',c=>s+=c).on('end',()=>{const v=JSON.parse(s);console.log($1)})"; }

alice=$(d keys show alice -a --keyring-backend test)
node1=$(d keys show node1 -a --keyring-backend test)
balance() { d q bank balance "$1" udpn -o json | json 'v.balance.amount'; }
before_alice=$(balance "$alice"); before_node1=$(balance "$node1")

input=$(mktemp); errf=$(mktemp); trap 'rm -f "$input" "$errf"' EXIT
printf 'hello from the DPN localnet' >"$input"

# submit KIND ARGS... sends a job, retrying while the validator has not voted prices yet,
# and prints the new job's id.
submit() {
  local out code
  for _ in $(seq 1 60); do
    out=$(d tx compute submit-job "$@" --from alice --keyring-backend test --gas auto --gas-adjustment 1.5 \
      --gas-prices 0.0025udpn -y -o json 2>"$errf") || out="$out $(cat "$errf")"
    code=$(printf '%s' "$out" | json 'v.code' 2>/dev/null || echo x)
    if [ "$code" = 0 ]; then
      local hash; hash=$(printf '%s' "$out" | json 'v.txhash')
      for _ in $(seq 1 30); do
        if d q tx "$hash" -o json >/dev/null 2>&1; then break; fi
        sleep 1
      done
      d q compute jobs -o json | json 'v.jobs[v.jobs.length-1].id || "0"'
      return 0
    fi
    case "$out" in *quote*|*price*) sleep 2 ;; *) echo "compute-demo: submit failed: $out" >&2; return 1 ;; esac
  done
  echo "compute-demo: no price quote after two minutes" >&2; return 1
}

wait_settled() {
  local status
  for _ in $(seq 1 120); do
    status=$(d q compute job "$1" -o json | json 'v.job.status')
    case "$status" in
      JOB_STATUS_SETTLED) return 0 ;;
      JOB_STATUS_EXPIRED|JOB_STATUS_CANCELLED) echo "compute-demo: job $1 ended $status" >&2; return 1 ;;
    esac
    sleep 1
  done
  echo "compute-demo: job $1 not settled after two minutes (status $status)" >&2; return 1
}

echo "compute-demo: alice submits a WASM job (reverse the input, 1 replica)"
wasm=$(submit --kind wasm --module "$ROOT/agent/jobs/testdata/reverse.wasm" --input "$input" \
  --replicas 1 --quorum 1 --cpu-millicores 500 --memory-bytes 268435456 --duration 10m --max-price 10000000udpn)
echo "compute-demo: alice submits a Groth16 job (multiplier circuit, a=3, b=11)"
proof=$(submit --kind groth16 --module "$ZK/multiplier.wasm" --input "$ZK/multiplier_input.json" \
  --zkey "$ZK/multiplier.zkey" --vkey "$ZK/multiplier_vkey.json" --public-input 33 \
  --cpu-millicores 500 --memory-bytes 268435456 --duration 10m --max-price 10000000udpn)
wait_settled "$wasm"
wait_settled "$proof"

d q compute result "$wasm" -o json | json '"job " + (v.result.job_id || 0) + " (wasm): result " + Buffer.from(v.result.result_hash, "base64").toString("hex") + ", paid " + v.result.paid.amount + "udpn, burned " + v.result.burned.amount + "udpn"'
d q compute result "$proof" -o json | json '"job " + (v.result.job_id || 0) + " (groth16): proof verified on chain, public signals " + Buffer.from(v.result.public_signals, "base64").toString().replace(/\s+/g, "") + ", paid " + v.result.paid.amount + "udpn, burned " + v.result.burned.amount + "udpn"'
after_alice=$(balance "$alice"); after_node1=$(balance "$node1")
echo "compute-demo: alice  $before_alice -> $after_alice udpn (fees, escrow paid)"
echo "compute-demo: node1  $before_node1 -> $after_node1 udpn (provider fees, less its transaction fees)"
