#!/usr/bin/env bash
# Regenerates the Groth16 test vectors (verification_key.json, proof.json, public.json) from
# circuit/job8.circom with the pinned circom2 and snarkjs (tools/zkpeers). Run from the
# repository root after `npm ci --prefix tools/zkpeers`. Proofs are randomized, so a rerun
# gives different (equally valid) files.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bin="$(cd "$here/../../tools/zkpeers/node_modules/.bin" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$bin/circom2" "$here/circuit/job8.circom" --r1cs --wasm -o "$work"
"$bin/snarkjs" powersoftau new bn128 8 "$work/pot_0.ptau"
"$bin/snarkjs" powersoftau contribute "$work/pot_0.ptau" "$work/pot_1.ptau" --name=dpn-test -e="dpn contracts test vectors"
"$bin/snarkjs" powersoftau prepare phase2 "$work/pot_1.ptau" "$work/pot.ptau"
"$bin/snarkjs" groth16 setup "$work/job8.r1cs" "$work/pot.ptau" "$work/job8_0.zkey"
"$bin/snarkjs" zkey contribute "$work/job8_0.zkey" "$work/job8.zkey" --name=dpn-test -e="dpn contracts test zkey"
"$bin/snarkjs" zkey export verificationkey "$work/job8.zkey" "$here/verification_key.json"
"$bin/snarkjs" wtns calculate "$work/job8_js/job8.wasm" "$here/circuit/input.json" "$work/witness.wtns"
"$bin/snarkjs" groth16 prove "$work/job8.zkey" "$work/witness.wtns" "$here/proof.json" "$here/public.json"
"$bin/snarkjs" groth16 verify "$here/verification_key.json" "$here/public.json" "$here/proof.json"
