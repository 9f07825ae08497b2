package bundler

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/dpn-network/dpn/bridge/metrics"
	"github.com/dpn-network/dpn/bridge/retry"
	"github.com/dpn-network/dpn/bridge/revert"
	"github.com/dpn-network/dpn/bridge/sender"
	"github.com/dpn-network/dpn/contracts/bindings"
)

// maxAttempts is how many bundles an operation may be in without landing (each one's
// transaction reverted or was cancelled) before it is dropped.
const maxAttempts = 3

// Run bundles the mempool every Interval, and as soon as an operation is accepted, until ctx
// ends. L2 failures are retried with backoff, each logged once.
func (b *Bundler) Run(ctx context.Context) error {
	t := time.NewTicker(b.cfg.Interval)
	defer t.Stop()
	backoff := retry.Backoff{First: b.cfg.Interval, Max: 30 * time.Second}
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		case <-b.wake:
		}
		err := b.bundleOnce(ctx)
		if ctx.Err() != nil {
			return nil
		}
		b.health.Report("l2", err)
		if err == nil {
			backoff.Reset()
			continue
		}
		wait := backoff.Next()
		b.log.Warn("bundling failed; retrying", "in", wait, "err", err)
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(wait):
		}
	}
}

// bundleOnce sends one bundle of the waiting operations and records what became of each.
func (b *Bundler) bundleOnce(ctx context.Context) error {
	if bal, err := b.l2.BalanceAt(ctx, b.from, nil); err == nil {
		b.metrics.Balance.Set(metrics.Wei(bal))
	} else {
		return err
	}
	entries := b.pool.take(b.cfg.MaxBundleOps, b.cfg.BundleGasLimit)
	if len(entries) == 0 {
		return nil
	}
	ops, err := b.revalidate(ctx, entries)
	if err != nil || len(ops) == 0 {
		return err
	}
	packed := make([]bindings.PackedUserOperation, len(ops))
	for i, e := range ops {
		packed[i] = e.op.Packed()
	}
	data, err := b.epABI.Pack("handleOps", packed, b.from)
	if err != nil {
		b.releaseAll(ops)
		return err
	}
	b.log.Info("sending bundle", "ops", len(ops))
	res, err := b.sender.Send(ctx, b.cfg.EntryPoint, data)
	var re *revert.Error
	switch {
	case err == nil:
		b.metrics.Bundles.WithLabelValues("mined").Inc()
		b.recordMined(ops, res)
		return nil
	case errors.As(err, &re) && res == nil:
		// handleOps stopped simulating between revalidate and the send's own estimate:
		// state moved in between; next round simulates each operation again.
		b.metrics.Bundles.WithLabelValues("not_sent").Inc()
		b.log.Info("bundle would revert; re-simulating its operations next round", "reason", re)
		b.retryOrDrop(ops, "bundle_reverted")
		return nil
	case res != nil && (errors.Is(err, sender.ErrReverted) || errors.Is(err, sender.ErrAbandoned)):
		b.metrics.Bundles.WithLabelValues("reverted").Inc()
		b.metrics.GasUsed.Add(float64(res.Receipt.GasUsed))
		b.metrics.FeePaid.Add(metrics.Wei(res.Fee))
		b.log.Warn("bundle did not land; re-simulating its operations next round", "tx", res.Tx.Hash(), "err", err)
		b.retryOrDrop(ops, "bundle_reverted")
		return nil
	}
	b.metrics.Bundles.WithLabelValues("error").Inc()
	b.releaseAll(ops)
	return err
}

// revalidate simulates each operation again, alone, then all of them as one handleOps,
// dropping those that now fail: state has moved since each was accepted (the account spent
// its ETH, another operation of the bundle changes what one reads).
func (b *Bundler) revalidate(ctx context.Context, entries []*entry) ([]*entry, error) {
	head, err := b.l2.HeaderByNumber(ctx, nil)
	if err != nil {
		b.releaseAll(entries)
		return nil, err
	}
	var ok []*entry
	for i, e := range entries {
		if rerr := b.checkFees(e.op, head.BaseFee); rerr != nil {
			// The base fee rose above what it pays: it waits rather than fails.
			b.pool.release(e)
			continue
		}
		sim, err := b.simulateOps(ctx, []bindings.PackedUserOperation{e.op.Packed()}, head.BaseFee, simSetup{})
		if err != nil {
			b.releaseAll(entries[i:])
			b.releaseAll(ok)
			return nil, err
		}
		if rerr := sim.opError(b, e.hash); rerr != nil {
			b.drop(e, rerr)
			continue
		}
		ok = append(ok, e)
	}
	for len(ok) > 0 {
		packed := make([]bindings.PackedUserOperation, len(ok))
		for i, e := range ok {
			packed[i] = e.op.Packed()
		}
		sim, err := b.simulateOps(ctx, packed, head.BaseFee, simSetup{})
		if err != nil {
			b.releaseAll(ok)
			return nil, err
		}
		if f := sim.Failed; f != nil {
			if f.Index < 0 || f.Index >= len(ok) {
				// Not one operation's fault: keep them all for the next round.
				b.log.Warn("bundle simulation reverted outside any operation", "reason", f.rpcError().Message)
				b.retryOrDrop(ok, "bundle_reverted")
				return nil, nil
			}
			b.drop(ok[f.Index], f.rpcError())
			ok = append(ok[:f.Index:f.Index], ok[f.Index+1:]...)
			continue
		}
		var kept []*entry
		for _, e := range ok {
			if rerr := sim.opError(b, e.hash); rerr != nil {
				b.drop(e, rerr)
				continue
			}
			kept = append(kept, e)
		}
		if len(kept) == len(ok) {
			break
		}
		ok = kept
	}
	return ok, nil
}

func (b *Bundler) drop(e *entry, why *Error) {
	b.pool.remove(e)
	b.metrics.Dropped.WithLabelValues(why.Reason).Inc()
	b.log.Info("operation dropped: it no longer validates", "hash", e.hash, "sender", e.op.Sender, "reason", why.Message)
}

func (b *Bundler) releaseAll(es []*entry) {
	for _, e := range es {
		b.pool.release(e)
	}
}

func (b *Bundler) retryOrDrop(es []*entry, reason string) {
	for _, e := range es {
		if e.attempts+1 >= maxAttempts {
			b.drop(e, &Error{Reason: reason, Message: fmt.Sprintf("its bundles did not land %d times", maxAttempts)})
			continue
		}
		b.pool.release(e)
	}
}

// recordMined files what the EntryPoint's events say about each operation of a mined bundle.
func (b *Bundler) recordMined(ops []*entry, res *sender.Result) {
	rcpt := res.Receipt
	b.metrics.GasUsed.Add(float64(rcpt.GasUsed))
	b.metrics.FeePaid.Add(metrics.Wei(res.Fee))
	found := b.parseOps(rcpt.Logs)
	collected := new(big.Int)
	for _, e := range ops {
		r, ok := found[e.hash]
		if !ok {
			// In a mined bundle that emitted no event for it: it was not executed.
			b.log.Warn("mined bundle has no event for an operation", "hash", e.hash, "tx", rcpt.TxHash)
			b.pool.release(e)
			continue
		}
		collected.Add(collected, r.ActualGasCost)
		result := "success"
		if !r.Success {
			result = "reverted"
		}
		b.metrics.Included.WithLabelValues(result).Inc()
		b.results.put(e.hash, &record{op: e.op, result: r, receipt: rcpt})
		b.pool.remove(e)
		b.log.Info("operation included", "hash", e.hash, "tx", rcpt.TxHash, "success", r.Success, "actual_gas_cost", r.ActualGasCost)
	}
	b.metrics.Collected.Add(metrics.Wei(collected))
	b.log.Info("bundle mined", "tx", rcpt.TxHash, "block", rcpt.BlockNumber, "gas_used", rcpt.GasUsed, "fee_wei", res.Fee, "collected_wei", collected)
}
