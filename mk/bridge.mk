# x/bridge and dpn-relayer.
#   make geth          build geth from the pinned go-ethereum module into build/ (the local L2s)
#   make bench-bridge  the bridge figures (docs/PERFORMANCE.md, "bridge")
#   make bench-bundler the bundler's accept path and estimate on the simulated L2, with the
#                      gas of a purchase through it (docs/PERFORMANCE.md, "bridge")
#   make fuzz-bridge   the fuzz targets of every decoder of outside bytes in the bridge: the
#                      vote part and item ids, signatures, revert data, snarkjs files from
#                      the chain, valset files, UserOperations sent to the bundler
#                      (BRIDGE_FUZZTIME each, default 20s)

.PHONY: geth bench-bridge bench-bundler fuzz-bridge

geth: $(BUILDDIR)/geth

$(BUILDDIR)/geth: go.mod go.sum
	@mkdir -p $(BUILDDIR)
	$(GO) build -o $(BUILDDIR)/geth github.com/ethereum/go-ethereum/cmd/geth

# ExtendVote's signer with 100 open items, PreBlock's ApplyVotes at 4, 20 and 100 validators
# (peers: crypto.Sign and crypto.Ecrecover in the same run), and the blocks from a settled
# record to a ready batch. The gas per relayed record is in bench-contracts.
BRIDGE_BENCHTIME ?= 20x
BRIDGE_COUNT ?= 3

bench-bridge:
	$(GO) test -run '^$$' -bench 'Benchmark(ExtendVote|ApplyVotes|SettledToReady|ConfirmedToCredited|ApplyObservations)' -benchtime $(BRIDGE_BENCHTIME) -count $(BRIDGE_COUNT) -timeout 30m ./x/bridge/signer/ ./x/bridge/keeper/

# eth_sendUserOperation's checks and eth_simulateV1 of handleOps for one DPN purchase (an
# account created in the operation, and an existing one), then the purchase bundled: the
# handleOps gas, the EntryPoint's charge and what the buyer pays; peer: a plain eth_call of the
# same handleOps; and one gas estimate.
BUNDLER_BENCHTIME ?= 50x
BUNDLER_COUNT ?= 3

bench-bundler:
	$(GO) test -run '^$$' -bench 'BenchmarkBundle(Simulate|SimulatePeer|Estimate)$$' -benchtime $(BUNDLER_BENCHTIME) -count $(BUNDLER_COUNT) -timeout 30m ./bridge/bundler/

TEST_DEPS += geth
BENCH_TARGETS += bench-bridge bench-bundler

BRIDGE_FUZZTIME ?= 20s
BRIDGE_FUZZ := x/bridge/types:FuzzBridgeVote x/bridge/types:FuzzParseItemID x/bridge/watcher:FuzzDecodeLog contracts/eip712:FuzzRecover \
	bridge/quorum:FuzzVerify bridge/revert:FuzzDecode bridge/submitter:FuzzDecodeProofOrder cmd/dpn-relayer:FuzzParseValset \
	bridge/bundler:FuzzDecodeUserOperation
fuzz-bridge:
	@for t in $(BRIDGE_FUZZ); do pkg=$${t%%:*}; fn=$${t##*:}; \
	  echo "fuzz ./$$pkg $$fn"; \
	  $(GO) test -run '^$$' -fuzz "^$$fn\$$" -fuzztime $(BRIDGE_FUZZTIME) ./$$pkg/ || exit 1; \
	done
