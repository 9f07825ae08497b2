# crypto/zk: Circom-compatible Groth16 prover.
# zk-peers installs the pinned reference tools (circom2, snarkjs, circomlib)
# the crypto/zk tests cross-check against.

ZK_PEERS := tools/zkpeers

.PHONY: zk-peers bench-zk
zk-peers:
	npm ci --prefix $(ZK_PEERS) --no-audit --no-fund

bench-zk: zk-peers
	scripts/zk-bench.sh

TEST_DEPS += zk-peers
BENCH_TARGETS += bench-zk
