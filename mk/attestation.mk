# x/attestation: bonds, jailing, aggregated heartbeats at scale.
# `make bench-attestation` prints the figures recorded in docs/PERFORMANCE.md (## attestation)
# and used by docs/SCALE.md: one MsgSubmitHeartbeats of 10,000 and of 100,000 signers
# verified and applied on an in-memory IAVL store, against the same signatures verified one
# by one; the uptime evaluation at an epoch end per active node; the size of a typical node
# record.

ATTESTATION_BENCHTIME ?= 3x
ATTESTATION_COUNT ?= 3

BENCH_TARGETS += bench-attestation

.PHONY: bench-attestation
bench-attestation:
	$(GO) test -run '^$$' -bench 'BenchmarkSubmitHeartbeats' -benchtime $(ATTESTATION_BENCHTIME) -count $(ATTESTATION_COUNT) -timeout 30m ./x/attestation/keeper/
	$(GO) test -run '^$$' -bench 'BenchmarkEndEpoch' -benchtime 2x -timeout 30m ./x/attestation/keeper/
	$(GO) test -run 'TestNodeRecordSize' -v -count 1 ./x/attestation/keeper/ | grep -E 'typical Node|^ok'
	$(GO) test -run '^$$' -bench 'RestoreVerifiedPublicKey|ParsePublicKey' -benchtime 1s ./crypto/bls/
