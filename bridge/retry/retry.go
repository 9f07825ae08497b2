// Package retry tells a passing RPC failure (a node still starting, a dropped connection)
// from an answer, and retries the former with exponential backoff, logging each retry once.
package retry

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
)

// Backoff is an exponential delay: First, doubled after each failure up to Max.
type Backoff struct {
	First, Max time.Duration
	next       time.Duration
}

// Next is the delay before the next attempt.
func (b *Backoff) Next() time.Duration {
	if b.First <= 0 {
		b.First = 250 * time.Millisecond
	}
	if b.Max < b.First {
		b.Max = 30 * time.Second
	}
	if b.next == 0 {
		b.next = b.First
	}
	d := b.next
	b.next = min(2*b.next, b.Max)
	return d
}

// Reset starts the delays over after a success.
func (b *Backoff) Reset() { b.next = 0 }

// Transient reports whether err is a failure to reach the node, or the node saying it is
// overloaded or unavailable, rather than an answer; such calls are worth repeating as they
// are.
func Transient(err error) bool {
	if err == nil || errors.Is(err, context.Canceled) {
		return false
	}
	var httpErr rpc.HTTPError
	if errors.As(err, &httpErr) {
		return httpErr.StatusCode == 429 || httpErr.StatusCode >= 500
	}
	var netErr net.Error
	if errors.As(err, &netErr) || errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET) ||
		errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	// The RPC client flattens some of these into strings.
	msg := err.Error()
	for _, s := range []string{"connection refused", "connection reset", "broken pipe", "no such host", "i/o timeout", "EOF", "server closed", "transport is closing", "Unavailable"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// Do calls fn until it returns nil or an error that is not Transient, waiting b's delays in
// between and logging each retry once; it gives up when ctx ends.
func Do(ctx context.Context, log *slog.Logger, what string, fn func() error) error {
	b := Backoff{}
	for attempt := 1; ; attempt++ {
		err := fn()
		if err == nil || !Transient(err) || ctx.Err() != nil {
			if err != nil && ctx.Err() != nil {
				return errors.Join(ctx.Err(), err)
			}
			return err
		}
		d := b.Next()
		log.Warn("retrying", "what", what, "attempt", attempt, "in", d, "err", err)
		select {
		case <-ctx.Done():
			return errors.Join(ctx.Err(), err)
		case <-time.After(d):
		}
	}
}
