# DPN: build, test and run everything from here.
#   make localnet   build dpnd and start (or resume) a local single-validator chain
#   make test       every test: generated-code checks, go test ./..., capability checks
#   make bench      every benchmark, figures recorded in docs/PERFORMANCE.md
# Each capability adds its own targets in mk/<name>.mk and appends them to TEST_DEPS (run
# before `go test`, e.g. `npm ci`), GEN_CHECKS (generated code must be current),
# TEST_EXTRA (run after `go test`) and BENCH_TARGETS.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
GO ?= go
BUILDDIR ?= $(CURDIR)/build
TOOLS := $(BUILDDIR)/tools
GO_TEST_TIMEOUT ?= 40m

# Pinned code generators, installed with `go install` into build/tools.
BUF_VERSION := v1.50.0
GOGOPROTO_VERSION := v1.7.2
GRPC_GATEWAY_VERSION := v1.16.0

VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
COMMIT ?= $(shell git rev-parse HEAD 2>/dev/null)
SDK_VERSION_PKG := github.com/cosmos/cosmos-sdk/version
LDFLAGS := -X $(SDK_VERSION_PKG).Name=dpn -X $(SDK_VERSION_PKG).AppName=dpnd \
	-X $(SDK_VERSION_PKG).Version=$(VERSION) -X $(SDK_VERSION_PKG).Commit=$(COMMIT)

TEST_DEPS :=
GEN_CHECKS := proto-check
TEST_EXTRA :=
BENCH_TARGETS := bench-chain

-include mk/*.mk

.PHONY: all build install test bench bench-chain lint proto proto-check proto-tools localnet localnet-stop localnet-reset testnet testnet-stop clean
all: build

build:
	@mkdir -p $(BUILDDIR)
	$(GO) build -ldflags '$(LDFLAGS)' -o $(BUILDDIR)/ ./cmd/...

install:
	$(GO) install -ldflags '$(LDFLAGS)' ./cmd/...

localnet: build geth
	scripts/localnet.sh start

localnet-stop:
	scripts/localnet.sh stop

localnet-reset: build geth
	scripts/localnet.sh reset
	scripts/localnet.sh start

# An N-validator network on loopback (TESTNET_VALIDATORS, default 4) from `dpnd testnet`.
testnet: build
	scripts/testnet.sh start $(or $(TESTNET_VALIDATORS),4)

testnet-stop:
	scripts/testnet.sh stop

test: $(TEST_DEPS) $(GEN_CHECKS)
	$(GO) test -count=1 -timeout $(GO_TEST_TIMEOUT) ./...
	@for t in $(TEST_EXTRA); do $(MAKE) --no-print-directory $$t; done

bench: $(BENCH_TARGETS)

bench-chain:
	$(GO) test -run '^$$' -bench 'BenchmarkFinalizeBlockBankSends' -benchtime 10x -timeout 30m ./app/

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go' | grep -v '\.pb\.go$$\|\.pb\.gw\.go$$')); \
	  if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

proto-tools: $(TOOLS)/buf $(TOOLS)/protoc-gen-gocosmos $(TOOLS)/protoc-gen-grpc-gateway

$(TOOLS)/buf:
	GOBIN=$(TOOLS) $(GO) install github.com/bufbuild/buf/cmd/buf@$(BUF_VERSION)
$(TOOLS)/protoc-gen-gocosmos:
	GOBIN=$(TOOLS) $(GO) install github.com/cosmos/gogoproto/protoc-gen-gocosmos@$(GOGOPROTO_VERSION)
$(TOOLS)/protoc-gen-grpc-gateway:
	GOBIN=$(TOOLS) $(GO) install github.com/grpc-ecosystem/grpc-gateway/protoc-gen-grpc-gateway@$(GRPC_GATEWAY_VERSION)

proto: proto-tools
	scripts/protocgen.sh

proto-check: proto-tools
	scripts/protocgen.sh --check

clean:
	rm -rf $(BUILDDIR)
