# contracts/: DPN's L2 contracts, their artifacts and Go bindings.
#   make contracts        recompile src/*.sol into contracts/artifacts and regenerate contracts/bindings
#   make contracts-check  fail if the committed artifacts or bindings differ from a fresh build
#   make bench-contracts  print the gas report (docs/PERFORMANCE.md, "contracts (gas)")

.PHONY: contracts contracts-npm contracts-check bench-contracts

contracts-npm:
	npm ci --prefix contracts

contracts: contracts-npm
	contracts/scripts/generate.sh

contracts-check: contracts-npm
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	  contracts/scripts/generate.sh "$$tmp" >/dev/null; \
	  if ! diff -r contracts/artifacts "$$tmp/artifacts" >/dev/null || \
	     ! diff contracts/bindings/bindings.go "$$tmp/bindings/bindings.go" >/dev/null; then \
	    echo "contracts: artifacts or bindings are stale; run 'make contracts' and commit" >&2; exit 1; \
	  fi; echo "contracts: artifacts and bindings are up to date"

bench-contracts:
	$(GO) run ./contracts/cmd/gasreport -testdata contracts/testdata

TEST_DEPS += contracts-npm
GEN_CHECKS += contracts-check
BENCH_TARGETS += bench-contracts
