#!/usr/bin/env bash
# x/compute figures for docs/PERFORMANCE.md: jobs per second through submit → settle (1,000
# jobs), and the gas and time of an on-chain Groth16 verification next to snarkjs verifying
# the same proof in the same run (its groth16.verify call alone, node already started).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
go test -run '^$' -bench 'BenchmarkSubmitToSettle|BenchmarkGroth16Verify' -benchtime "${COMPUTE_BENCHTIME:-5x}" -count 1 ./x/compute/keeper/
ZK=$ROOT/crypto/zk/testdata
NODE_PATH=$ROOT/tools/zkpeers/node_modules node -e '
const snarkjs = require("snarkjs");
const fs = require("fs");
const read = (f) => JSON.parse(fs.readFileSync(process.argv[1] + "/" + f));
(async () => {
  const vk = read("multiplier_vkey.json"), proof = read("multiplier_proof.json"), pub = read("multiplier_public.json");
  const logger = { info() {}, debug() {}, warn() {}, error() {} };
  await snarkjs.groth16.verify(vk, pub, proof, logger); // warm up (curve setup)
  const n = 20, t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    if (!(await snarkjs.groth16.verify(vk, pub, proof, logger))) throw new Error("snarkjs rejects the proof");
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6 / n;
  console.log("peer: snarkjs groth16.verify, same proof: " + ms.toFixed(3) + " ms/proof");
  process.exit(0);
})();
' "$ZK"
