# x/compute: the marketplace.
#   make bench-compute   jobs/s through submit → settle and the on-chain Groth16 verification
#                        against snarkjs (docs/PERFORMANCE.md, "compute")

.PHONY: bench-compute
bench-compute: zk-peers
	scripts/compute-bench.sh

BENCH_TARGETS += bench-compute
