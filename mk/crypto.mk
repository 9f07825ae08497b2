# crypto/: Wesolowski VDF, BLS12-381 signatures, Lattice-BLS hybrid signatures, ML-DSA-65
# account keys.
# `make bench-crypto` prints the figures recorded in docs/PERFORMANCE.md (## crypto).

CRYPTO_PKGS := ./crypto/vdf/ ./crypto/bls/ ./crypto/hybrid/ ./crypto/pqc/
# Signature and VDF-verify benchmarks run for a fixed time; VDF evaluation runs a
# fixed number of times because one evaluation at T = 2^22 takes several seconds.
CRYPTO_BENCHTIME ?= 2s
CRYPTO_VDF_BENCHTIME ?= 3x
# The ML-DSA-65 / secp256k1 verify ratio sets the ante gas (crypto/pqc SigVerifyCost); five
# runs give a median that the shared machine's load moves less.
CRYPTO_PQC_COUNT ?= 5

BENCH_TARGETS += bench-crypto

.PHONY: bench-crypto fuzz-crypto
bench-crypto:
	$(GO) test -run '^$$' -bench . -benchtime $(CRYPTO_BENCHTIME) -timeout 30m ./crypto/bls/ ./crypto/hybrid/
	$(GO) test -run '^$$' -bench 'EvalVsExp' -benchtime $(CRYPTO_VDF_BENCHTIME) -timeout 30m ./crypto/vdf/
	$(GO) test -run '^$$' -bench 'Verify|HashToPrime' -benchtime $(CRYPTO_BENCHTIME) -timeout 30m ./crypto/vdf/
	$(GO) test -run '^$$' -bench . -benchtime $(CRYPTO_BENCHTIME) -count $(CRYPTO_PQC_COUNT) -timeout 30m ./crypto/pqc/

# Runs every decoder fuzz target for CRYPTO_FUZZTIME each (their seed corpora
# also run in plain `go test`).
CRYPTO_FUZZTIME ?= 30s
fuzz-crypto:
	@for spec in \
	  vdf:FuzzParseElement vdf:FuzzParseOutput \
	  bls:FuzzParsePublicKey bls:FuzzParseSignature bls:FuzzParseSecretKey \
	  hybrid:FuzzParsePublicKey hybrid:FuzzParseSignature hybrid:FuzzParseBatch \
	  pqc:FuzzPubKeyDecode pqc:FuzzPrivKeyDecode pqc:FuzzVerifySignature; do \
	  pkg=$${spec%%:*}; fn=$${spec##*:}; \
	  echo "fuzz ./crypto/$$pkg $$fn"; \
	  $(GO) test -run '^$$' -fuzz "^$$fn\$$" -fuzztime $(CRYPTO_FUZZTIME) ./crypto/$$pkg/ || exit 1; \
	done
