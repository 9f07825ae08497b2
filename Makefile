# DPN — build, test and run everything from here.
# Each capability adds its own targets in mk/<name>.mk and appends them to
# TEST_DEPS (run before `go test`), TEST_EXTRA (run after it), BENCH_TARGETS and GEN_CHECKS.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
GO ?= go
BUILDDIR ?= $(CURDIR)/build
TEST_DEPS :=
TEST_EXTRA :=
BENCH_TARGETS :=
GEN_CHECKS :=

-include mk/*.mk

.PHONY: all build test bench lint
all: build

build:
	@mkdir -p $(BUILDDIR)
	$(GO) build -o $(BUILDDIR)/ ./cmd/...

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go' | grep -v '\.pb\.go$$\|\.pb\.gw\.go$$')); \
	  if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

test: $(TEST_DEPS) $(GEN_CHECKS)
	$(GO) test -count=1 -timeout 40m ./...
	@for t in $(TEST_EXTRA); do $(MAKE) --no-print-directory $$t; done

bench: $(BENCH_TARGETS)
