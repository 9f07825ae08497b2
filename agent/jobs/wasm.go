// Package jobs runs marketplace jobs on a node: deterministic WASM programs in wazero under
// memory, time and output limits, and Groth16 proofs of Circom circuits with crypto/zk, and
// turns their outputs into what x/compute expects (result hashes, commitments, proofs).
package jobs

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"
	"github.com/tetratelabs/wazero/sys"

	"github.com/dpn-network/dpn/x/compute/types"
)

// Errors of a job run.
var (
	ErrTimeLimit    = errors.New("jobs: time limit reached")
	ErrMemoryLimit  = errors.New("jobs: memory limit exceeded")
	ErrOutputLimit  = errors.New("jobs: output limit exceeded")
	ErrExit         = errors.New("jobs: program exited with an error")
	ErrInvalidWASM  = errors.New("jobs: not a valid WASM program")
	ErrContentHash  = errors.New("jobs: content does not match its hash")
	ErrContentFetch = errors.New("jobs: content not available")
)

// Limits bound one run of untrusted code.
type Limits struct {
	// MemoryPages bounds linear memory in 64 KiB pages.
	MemoryPages uint32
	// Time bounds the run's wall time. wazero has no instruction metering (fuel); its
	// compiler inserts a check of the context at every loop and call instead, so a run is
	// stopped deterministically at the deadline rather than after a count of instructions.
	Time time.Duration
	// MaxOutput bounds what the program may write to stdout.
	MaxOutput int
}

// DefaultLimits suit a light node: 256 MiB, one minute, 16 MiB of output.
func DefaultLimits() Limits {
	return Limits{MemoryPages: 4096, Time: time.Minute, MaxOutput: 16 << 20}
}

// pageBytes is the size of a WASM memory page.
const pageBytes = 64 << 10

// ForJob narrows the node's limits to what the job paid for: its memory (rounded up to
// whole pages) and its duration. The node's limits stay the ceiling, so a job never gets more
// than the operator allows, and a job that declares more than it uses is not cut short.
func (l Limits) ForJob(r types.Resources, durationSeconds uint64) Limits {
	if r.MemoryBytes != 0 {
		pages := (r.MemoryBytes + pageBytes - 1) / pageBytes
		if pages < uint64(l.MemoryPages) {
			l.MemoryPages = uint32(pages)
		}
	}
	if durationSeconds != 0 && durationSeconds < uint64(l.Time/time.Second) {
		l.Time = time.Duration(durationSeconds) * time.Second
	}
	return l
}

// limitedBuffer fails writes past its limit (the program sees an I/O error on stdout).
type limitedBuffer struct {
	bytes.Buffer
	limit    int
	exceeded bool
}

func (b *limitedBuffer) Write(p []byte) (int, error) {
	if b.Len()+len(p) > b.limit {
		b.exceeded = true
		return 0, ErrOutputLimit
	}
	return b.Buffer.Write(p)
}

// RunWASM runs a WASI command module (entry point _start) with input on stdin and returns
// what it wrote to stdout. The run is deterministic: no files, environment, arguments or
// network; wazero's clocks and random source are fixed by default, so every honest node gets
// the same bytes.
func RunWASM(ctx context.Context, module, input []byte, lim Limits) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, lim.Time)
	defer cancel()
	rt := wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfig().
		WithMemoryLimitPages(lim.MemoryPages).
		WithCloseOnContextDone(true))
	defer rt.Close(context.Background())
	if _, err := wasi_snapshot_preview1.Instantiate(ctx, rt); err != nil {
		return nil, err
	}
	compiled, err := rt.CompileModule(ctx, module)
	if err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("%w: compiling took longer than %s", ErrTimeLimit, lim.Time)
		}
		if strings.Contains(err.Error(), "over limit of") {
			// wazero checks declared memory against the limit at compile time.
			return nil, fmt.Errorf("%w: %v", ErrMemoryLimit, err)
		}
		return nil, fmt.Errorf("%w: %v", ErrInvalidWASM, err)
	}
	for _, mem := range compiled.ExportedMemories() {
		if mem.Min() > lim.MemoryPages {
			return nil, fmt.Errorf("%w: the program needs %d pages, the limit is %d", ErrMemoryLimit, mem.Min(), lim.MemoryPages)
		}
	}
	stdout := &limitedBuffer{limit: lim.MaxOutput}
	cfg := wazero.NewModuleConfig().WithName("job").WithArgs("job").
		WithStdin(bytes.NewReader(input)).WithStdout(stdout).WithStderr(&limitedBuffer{limit: 64 << 10})
	_, err = rt.InstantiateModule(ctx, compiled, cfg)
	switch {
	case stdout.exceeded:
		return nil, fmt.Errorf("%w: %d bytes", ErrOutputLimit, lim.MaxOutput)
	case err == nil:
		return stdout.Bytes(), nil
	}
	var exit *sys.ExitError
	if errors.As(err, &exit) {
		switch exit.ExitCode() {
		case 0:
			return stdout.Bytes(), nil
		case sys.ExitCodeDeadlineExceeded, sys.ExitCodeContextCanceled:
			if ctx.Err() != nil && errors.Is(ctx.Err(), context.DeadlineExceeded) {
				return nil, fmt.Errorf("%w: %s", ErrTimeLimit, lim.Time)
			}
			return nil, ctx.Err()
		}
		return nil, fmt.Errorf("%w: exit code %d", ErrExit, exit.ExitCode())
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return nil, fmt.Errorf("%w: %s", ErrTimeLimit, lim.Time)
	}
	return nil, fmt.Errorf("%w: %v", ErrExit, err)
}
