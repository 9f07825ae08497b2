package retry_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/rpc"

	"github.com/dpn-network/dpn/bridge/retry"
)

func TestTransient(t *testing.T) {
	for _, err := range []error{
		syscall.ECONNREFUSED, fmt.Errorf("dial: %w", syscall.ECONNREFUSED), io.EOF,
		rpc.HTTPError{StatusCode: 503}, rpc.HTTPError{StatusCode: 429},
		errors.New(`Post "http://127.0.0.1:8545": dial tcp 127.0.0.1:8545: connect: connection refused`),
	} {
		if !retry.Transient(err) {
			t.Errorf("%v: not transient", err)
		}
	}
	for _, err := range []error{nil, errors.New("nonce too low"), rpc.HTTPError{StatusCode: 400}, context.Canceled} {
		if retry.Transient(err) {
			t.Errorf("%v: transient", err)
		}
	}
}

func TestBackoffDoubles(t *testing.T) {
	b := retry.Backoff{First: time.Second, Max: 3 * time.Second}
	for i, want := range []time.Duration{time.Second, 2 * time.Second, 3 * time.Second, 3 * time.Second} {
		if got := b.Next(); got != want {
			t.Fatalf("delay %d: %v, want %v", i, got, want)
		}
	}
	b.Reset()
	if got := b.Next(); got != time.Second {
		t.Fatalf("after reset: %v", got)
	}
}

func TestDoRetriesOnlyTransient(t *testing.T) {
	log := slog.New(slog.DiscardHandler)
	calls := 0
	err := retry.Do(context.Background(), log, "x", func() error {
		calls++
		if calls < 3 {
			return syscall.ECONNREFUSED
		}
		return nil
	})
	if err != nil || calls != 3 {
		t.Fatalf("err %v after %d calls", err, calls)
	}
	answer := errors.New("execution reverted")
	calls = 0
	if err := retry.Do(context.Background(), log, "x", func() error { calls++; return answer }); !errors.Is(err, answer) || calls != 1 {
		t.Fatalf("an answer was retried: %v, %d calls", err, calls)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := retry.Do(ctx, log, "x", func() error { return io.EOF }); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled: %v", err)
	}
}
