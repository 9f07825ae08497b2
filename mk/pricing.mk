# x/pricing: the PRICING.md table from the chain's own quote, the anchor simulation, and the
# fuzz targets of the decoders of outside bytes (price-feed documents, vote extensions, the
# injected extended commit, price votes). Their seed corpora run in plain `go test`, which
# also fails when docs/PRICING.md or docs/data/reference-prices.json is stale.

BENCH_TARGETS += pricing-sim

.PHONY: pricing-table pricing-sim fuzz-pricing
pricing-table:
	$(GO) test -count=1 -run '^TestPricingTable$$' ./x/pricing/report/ -args -write-docs

pricing-sim:
	$(GO) test -count=1 -run '^TestAnchorSimulation$$' -v ./x/pricing/sim/ -args -write-docs

PRICING_FUZZTIME ?= 30s
fuzz-pricing:
	@for spec in \
	  x/pricing/feed:FuzzParseDocument x/pricing/types:FuzzPriceVote \
	  app/voteext:FuzzDecode app/voteext:FuzzDecodeInjected; do \
	  pkg=$${spec%%:*}; fn=$${spec##*:}; \
	  echo "fuzz ./$$pkg $$fn"; \
	  $(GO) test -run '^$$' -fuzz "^$$fn\$$" -fuzztime $(PRICING_FUZZTIME) ./$$pkg/ || exit 1; \
	done
