# x/bridge and dpn-relayer.
#   make geth          build geth from the pinned go-ethereum module into build/ (the local L2s)
#   make bench-bridge  the bridge figures (docs/PERFORMANCE.md, "bridge")

.PHONY: geth bench-bridge

geth: $(BUILDDIR)/geth

$(BUILDDIR)/geth: go.mod go.sum
	@mkdir -p $(BUILDDIR)
	$(GO) build -o $(BUILDDIR)/geth github.com/ethereum/go-ethereum/cmd/geth

bench-bridge:
	$(GO) test -run '^$$' -bench 'Benchmark(ExtendVote|ApplyVotes|CutBatches)' -benchtime 20x ./x/bridge/...

TEST_DEPS += geth
BENCH_TARGETS += bench-bridge
