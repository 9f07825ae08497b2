#!/usr/bin/env bash
# L2 → DPN on the localnet: the validator observes the L2s. A wallet user with nothing but
# ETH buys compute on Optimism through DPN's bundler (a SimpleAccount's UserOperation,
# gas sponsored by DPNPaymaster) and bob's udpn balance rises on DPN once the purchase is
# observed; then the payee sends DPN it earned on Arbitrum home to bob (redeemed on the L2,
# released from the bridge escrow on DPN). `make localnet` runs it after the bridge demo;
# L2_DEMO=0 skips it.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DPND=${DPND:-$ROOT/build/dpnd}
RELAYER=${RELAYER:-$ROOT/build/dpn-relayer}
LOCALNET=${LOCALNET_DIR:-$ROOT/.localnet}
HOME_DIR=$LOCALNET/validator
BRIDGE=$LOCALNET/bridge
OP=http://127.0.0.1:${OP_PORT:-8545}
ARB=http://127.0.0.1:${ARB_PORT:-8547}
GRPC=127.0.0.1:${GRPC_PORT:-9090}
BUNDLER=http://127.0.0.1:${BUNDLER_PORT:-4337}
d() { "$DPND" --home "$HOME_DIR" "$@"; }
json() { node -e "let s='';process.stdin.on('data',c=>s+=c).on('end',()=>{const v=JSON.parse(s);console.log($1)})"; }
field() { node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1]))[process.argv[2]])' "$1" "$2"; }
balance() { d q bank balances "$1" -o json | json '((v.balances||[]).find(b => b.denom === "udpn") || {amount: "0"}).amount'; }

bob=$(d keys show bob -a --keyring-backend test)
settlement=$(field "$BRIDGE/optimism.json" dpn_settlement)
payee=$(d bridge show-key --key-file "$BRIDGE/payee.key")

# The treasury pays purchases in udpn; on a live chain governance funds it from the community
# pool. Here alice sends it 1,000 DPN, once.
treasury=$(d q auth module-account bridge_treasury -o json | json 'v.account.value ? v.account.value.address : v.account.base_account.address')
if [ "$(balance "$treasury")" -lt 100000000 ]; then
  d tx bank send alice "$treasury" 1000000000udpn --keyring-backend test --gas auto --gas-adjustment 1.5 \
    --gas-prices 0.0025udpn -y -o json 2> >(grep -v '^gas estimate' >&2) >/dev/null
  for _ in $(seq 1 20); do [ "$(balance "$treasury")" -ge 100000000 ] && break; sleep 1; done
  echo "l2-demo: alice funded the bridge treasury $treasury with 1000 DPN"
fi

before=$(balance "$bob")
echo "l2-demo: a wallet user buys 0.01 ETH of compute for bob ($bob) on optimism through the bundler"
"$RELAYER" buy --l2 "$OP" --bundler "$BUNDLER" --owner-key "$BRIDGE/wallet.key" --fund-from "$BRIDGE/team.key" \
  --paymaster "$(field "$BRIDGE/optimism-paymaster.json" dpn_paymaster)" \
  --factory "$(field "$BRIDGE/optimism-paymaster.json" simple_account_factory)" \
  --eth 0.01 --to "$bob" --chain-grpc "$GRPC" 2> >(grep -v '^time=' >&2) | sed 's/^/  /'
echo "l2-demo: bob on DPN: $before -> $(balance "$bob") udpn"

held=$("$RELAYER" balance --rpc "$ARB" --settlement "$settlement" "$payee" | sed -n 1p | awk '{print $2}')
if awk "BEGIN{exit !($held > 0)}"; then
  half=$(awk "BEGIN{printf \"%.6f\", $held / 2}")
  before=$(balance "$bob")
  echo "l2-demo: the payee sends $half of its $held DPN on arbitrum home to bob"
  "$RELAYER" redeem --rpc "$ARB" --settlement "$settlement" --key-file "$BRIDGE/payee.key" --amount "$half" --to "$bob" | sed 's/^/  /'
  for _ in $(seq 1 60); do [ "$(balance "$bob")" != "$before" ] && break; sleep 1; done
  now=$(balance "$bob")
  [ "$now" != "$before" ] || { echo "l2-demo: the redemption was not released on DPN; see 'dpnd q bridge events'" >&2; exit 1; }
  echo "l2-demo: bob on DPN: $before -> $now udpn (released from arbitrum's escrow)"
fi
d q bridge destinations -o json | json 'v.states.map(s => "  " + s.destination + ": escrow " + s.escrow + "udpn (issued " + s.issued + ", redeemed " + s.redeemed + "), purchases applied " + (s.applied_purchase_nonce || 0) + ", redemptions " + (s.applied_redemption_nonce || 0) + ", job events " + (s.applied_job_nonce || 0)).join("\n")'
