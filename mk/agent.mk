# agent/ and cmd/dpn-node: the node owner's agent.
#   make fuzz-agent   runs the fuzz targets of the agent's decoders of outside bytes (nvidia-smi
#                     output, the key file, the aggregator's HTTP body) for AGENT_FUZZTIME each;
#                     their seed corpora also run in plain `go test`.

AGENT_FUZZTIME ?= 30s

.PHONY: fuzz-agent
fuzz-agent:
	@for spec in hardware:FuzzParseNvidiaSMI nodekey:FuzzParse aggregator:FuzzHeartbeatHandler; do \
	  pkg=$${spec%%:*}; fn=$${spec##*:}; \
	  echo "fuzz ./agent/$$pkg $$fn"; \
	  $(GO) test -run '^$$' -fuzz "^$$fn\$$" -fuzztime $(AGENT_FUZZTIME) ./agent/$$pkg/ || exit 1; \
	done
