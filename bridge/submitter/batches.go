package submitter

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/dpn-network/dpn/bridge/metrics"
	"github.com/dpn-network/dpn/bridge/quorum"
)

// relayBatches settles the chain's batches for the destination in nonce order, starting
// with lastBatchNonce + 1 (the contract accepts no other), for as long as they are ready.
func (s *Submitter) relayBatches(ctx context.Context, st state) error {
	for {
		batches, err := s.src.Batches(ctx, s.cfg.Destination, st.lastBatch)
		if err != nil {
			return fmt.Errorf("batches after %d: %w", st.lastBatch, err)
		}
		var lag uint64
		for _, b := range batches {
			s.markSeen(fmt.Sprintf("batch/%d", b.Nonce))
			lag = max(lag, b.Nonce-min(b.Nonce, st.lastBatch))
		}
		if s.metrics != nil {
			s.metrics.Lag.WithLabelValues(s.cfg.Destination).Set(float64(lag))
		}
		if len(batches) == 0 {
			return nil
		}
		b := batches[0]
		item := fmt.Sprintf("batch/%d", b.Nonce)
		if b.Nonce != st.lastBatch+1 {
			s.note(item, metrics.KindBatch, metrics.ResultNotSent, "not sent: the chain's next batch skips a nonce the contract still expects",
				"expected", st.lastBatch+1)
			return nil
		}
		if b.L2ChainID != s.chainID.Uint64() {
			s.note(item, metrics.KindBatch, metrics.ResultNotSent, "not sent: the batch is for another L2 chain", "batch_chain_id", b.L2ChainID, "chain_id", s.chainID)
			return nil
		}
		if b.Timeout <= st.time+uint64(s.cfg.ExpiryMargin/time.Second) {
			s.note(item, metrics.KindBatch, metrics.ResultNotSent, "not sent: the batch expires too soon; waiting for the chain to renew it",
				"timeout", b.Timeout, "l2_time", st.time)
			return nil
		}
		current, ok, err := s.storedValset(ctx, st)
		if !ok || err != nil {
			return err
		}
		batch := BatchBinding(b)
		digest, err := s.contract.BatchDigest(&bind.CallOpts{Context: ctx, BlockNumber: st.block}, batch)
		if err != nil {
			return fmt.Errorf("batchDigest: %w", err)
		}
		sigs, err := s.src.BatchSignatures(ctx, s.cfg.Destination, b.Nonce)
		if err != nil {
			return fmt.Errorf("batch %d signatures: %w", b.Nonce, err)
		}
		selected, tally, err := quorum.Select(current, digest, sigs)
		if err != nil {
			s.noteInsufficient(item, metrics.KindBatch, tally, err)
			return nil
		}
		data, err := calldata(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return s.calls.SubmitBatch(o, ValsetBinding(current), batch, selected)
		})
		if err != nil {
			return err
		}
		if err := s.submit(ctx, metrics.KindBatch, item, data); err != nil && !errors.Is(err, errLostRace) {
			return err
		}
		before := st.lastBatch
		if st, err = s.read(ctx); err != nil || st.lastBatch == before {
			return err
		}
	}
}
