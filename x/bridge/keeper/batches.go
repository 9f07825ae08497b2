package keeper

import (
	"context"
	"errors"
	"fmt"

	"cosmossdk.io/collections"
	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/dpn-network/dpn/x/bridge/types"
	computetypes "github.com/dpn-network/dpn/x/compute/types"
)

// takeLimit bounds the settlement records taken from x/compute per block; the rest wait
// for the next block.
const takeLimit = 1000

// takeRecords moves x/compute's new settlement records into the bridge: a PAYOUT record
// joins its destination's queue (its fee is now in the bridge escrow), a groth16 job's
// RESULT record becomes a proof order. Other RESULT records carry nothing an L2 contract
// takes yet and are dropped.
func (k Keeper) takeRecords(ctx context.Context) error {
	recs, err := k.compute.TakeSettlements(ctx, types.ModuleName, takeLimit)
	if err != nil {
		return err
	}
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	em := sdkCtx.EventManager()
	for _, r := range recs {
		switch r.Kind {
		case computetypes.SETTLEMENT_KIND_PAYOUT:
			if r.Amount.Denom != k.denom {
				return fmt.Errorf("%w: record %d in %s, the escrow holds %s", types.ErrInvalidRecord, r.Id, r.Amount.Denom, k.denom)
			}
			p := types.PendingRecord{Destination: r.Chain, Height: sdkCtx.BlockHeight(), Record: types.BatchRecord{
				RecordId: r.Id, JobId: r.JobId, Recipient: r.Recipient, Amount: r.Amount.Amount}}
			if err := k.Pending.Set(ctx, collections.Join(r.Chain, r.Id), p); err != nil {
				return err
			}
			if err := em.EmitTypedEvent(&types.EventRecordQueued{Destination: r.Chain, RecordId: r.Id, Recipient: r.Recipient, Amount: r.Amount.Amount}); err != nil {
				return err
			}
		case computetypes.SETTLEMENT_KIND_RESULT:
			job, err := k.compute.GetJob(ctx, r.JobId)
			if err != nil {
				return err
			}
			if job.Kind != computetypes.JOB_KIND_GROTH16 {
				continue
			}
			o := types.ProofOrder{Destination: r.Chain, JobId: r.JobId, Team: r.Recipient, Height: sdkCtx.BlockHeight()}
			if err := k.ProofOrders.Set(ctx, collections.Join(r.Chain, r.JobId), o); err != nil {
				return err
			}
			if err := em.EmitTypedEvent(&types.EventProofOrdered{Destination: r.Chain, JobId: r.JobId, Team: r.Recipient}); err != nil {
				return err
			}
		}
	}
	return nil
}

// destState returns a destination's state, fresh (next nonce 1) if it has none yet.
func (k Keeper) destState(ctx context.Context, name string) (types.DestinationState, error) {
	st, err := k.Destinations.Get(ctx, name)
	if errors.Is(err, collections.ErrNotFound) {
		return types.DestinationState{Destination: name, NextBatchNonce: 1, Escrow: sdkmath.ZeroInt(), Issued: sdkmath.ZeroInt(), Redeemed: sdkmath.ZeroInt()}, nil
	}
	if err == nil {
		st.Normalize()
	}
	return st, err
}

// cutBatches packs each unfrozen destination's queue into batches: one as soon as
// batch_max_records wait or the oldest has waited batch_max_age_blocks, while fewer than
// max_open_batches are unconfirmed. Cutting moves the records' udpn into the destination's
// escrow: from then on it backs DPN issued (or about to be) on that L2 only.
func (k Keeper) cutBatches(ctx context.Context, params types.Params) error {
	if _, ok, err := k.LatestValset(ctx); err != nil || !ok {
		return err
	}
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	now := sdkCtx.BlockHeight()
	for _, d := range params.Destinations {
		if d.Frozen {
			continue
		}
		st, err := k.destState(ctx, d.Name)
		if err != nil {
			return err
		}
		for st.NextBatchNonce-1-st.ConfirmedBatchNonce < uint64(params.MaxOpenBatches) {
			// Records and refunds share a batch's bound: both are entries the contract loops over.
			var recs []types.PendingRecord
			var refunds []types.PendingRefund
			limit := int(params.BatchMaxRecords)
			rng := collections.NewPrefixedPairRange[string, uint64](d.Name)
			if err := k.Pending.Walk(ctx, rng, func(_ collections.Pair[string, uint64], p types.PendingRecord) (bool, error) {
				recs = append(recs, p)
				return len(recs) >= limit, nil
			}); err != nil {
				return err
			}
			if len(recs) < limit {
				if err := k.Refunds.Walk(ctx, rng, func(_ collections.Pair[string, uint64], r types.PendingRefund) (bool, error) {
					refunds = append(refunds, r)
					return len(recs)+len(refunds) >= limit, nil
				}); err != nil {
					return err
				}
			}
			n := len(recs) + len(refunds)
			if n == 0 {
				break
			}
			oldest := now
			for _, p := range recs {
				oldest = min(oldest, p.Height)
			}
			for _, r := range refunds {
				oldest = min(oldest, r.Height)
			}
			if n < limit && uint64(now-oldest) < params.BatchMaxAgeBlocks {
				break
			}
			b := types.Batch{Destination: d.Name, Nonce: st.NextBatchNonce, Height: now, Total: sdkmath.ZeroInt(),
				Timeout: uint64(sdkCtx.BlockTime().Unix()) + params.BatchTimeoutSeconds}
			for _, p := range recs {
				b.Records = append(b.Records, p.Record)
				b.Total = b.Total.Add(p.Record.Amount)
				if err := k.Pending.Remove(ctx, collections.Join(d.Name, p.Record.RecordId)); err != nil {
					return err
				}
			}
			for _, r := range refunds {
				b.Refunds = append(b.Refunds, r.Refund)
				if err := k.Refunds.Remove(ctx, collections.Join(d.Name, r.Refund.PurchaseNonce)); err != nil {
					return err
				}
			}
			if err := k.Batches.Set(ctx, collections.Join(d.Name, b.Nonce), b); err != nil {
				return err
			}
			if err := k.openItem(ctx, params, types.Item{Kind: types.ITEM_KIND_BATCH, Destination: d.Name, Nonce: b.Nonce}, b.Digest(d, chainID(ctx))); err != nil {
				return err
			}
			st.NextBatchNonce++
			st.Escrow = st.Escrow.Add(b.Total)
			st.Issued = st.Issued.Add(b.Total)
			if err := sdkCtx.EventManager().EmitTypedEvent(&types.EventBatchCut{Destination: d.Name, Nonce: b.Nonce,
				Records: uint32(len(b.Records)), Total: b.Total, Timeout: b.Timeout}); err != nil {
				return err
			}
		}
		if err := k.Destinations.Set(ctx, d.Name, st); err != nil {
			return err
		}
	}
	return nil
}

// renewExpired gives an unconfirmed batch whose timeout the L2's confirmed clock has
// reached a later timeout under the same nonce. DPNSettlement takes each nonce once, so
// whichever signed copy lands, the records are issued exactly once; they never move to
// another nonce.
func (k Keeper) renewExpired(ctx context.Context, params types.Params) error {
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	for _, d := range params.Destinations {
		st, err := k.destState(ctx, d.Name)
		if err != nil {
			return err
		}
		if st.ConfirmedL2Time == 0 {
			continue
		}
		var expired []types.Batch
		rng := collections.NewPrefixedPairRange[string, uint64](d.Name)
		if err := k.Batches.Walk(ctx, rng, func(_ collections.Pair[string, uint64], b types.Batch) (bool, error) {
			if b.Timeout <= st.ConfirmedL2Time {
				expired = append(expired, b)
			}
			return false, nil
		}); err != nil {
			return err
		}
		for _, b := range expired {
			it := types.Item{Kind: types.ITEM_KIND_BATCH, Destination: d.Name, Nonce: b.Nonce}
			if err := k.clearSignatures(ctx, it); err != nil {
				return err
			}
			base := max(uint64(sdkCtx.BlockTime().Unix()), st.ConfirmedL2Time)
			b.Timeout, b.Renewals = base+params.BatchTimeoutSeconds, b.Renewals+1
			if err := k.Batches.Set(ctx, collections.Join(d.Name, b.Nonce), b); err != nil {
				return err
			}
			if err := k.openItem(ctx, params, it, b.Digest(d, chainID(ctx))); err != nil {
				return err
			}
			if err := sdkCtx.EventManager().EmitTypedEvent(&types.EventBatchRenewed{Destination: d.Name, Nonce: b.Nonce, Timeout: b.Timeout}); err != nil {
				return err
			}
		}
	}
	return nil
}

// confirm records what more than 2/3 of the power saw on a destination's contract: batches
// up to its last nonce were issued there and leave the store (their udpn stays in the
// escrow, backing that DPN), and valsets older than every destination's confirmed one are
// no longer needed.
func (k Keeper) confirm(ctx context.Context, st types.DestinationState, batchNonce, valsetNonce, l2Height, l2Time uint64) error {
	changed := false
	if batchNonce > st.ConfirmedBatchNonce && batchNonce < st.NextBatchNonce {
		for n := st.ConfirmedBatchNonce + 1; n <= batchNonce; n++ {
			if err := k.Batches.Remove(ctx, collections.Join(st.Destination, n)); err != nil && !errors.Is(err, collections.ErrNotFound) {
				return err
			}
			if err := k.closeItem(ctx, types.Item{Kind: types.ITEM_KIND_BATCH, Destination: st.Destination, Nonce: n}); err != nil {
				return err
			}
		}
		st.ConfirmedBatchNonce, changed = batchNonce, true
	}
	latest, err := k.ValsetNonce.Peek(ctx)
	if err != nil {
		return err
	}
	if valsetNonce > st.ConfirmedValsetNonce && valsetNonce <= latest {
		st.ConfirmedValsetNonce, changed = valsetNonce, true
	}
	if l2Height > st.ConfirmedL2Height {
		st.ConfirmedL2Height, changed = l2Height, true
	}
	if l2Time > st.ConfirmedL2Time {
		st.ConfirmedL2Time, changed = l2Time, true
	}
	if !changed {
		return nil
	}
	if err := k.Destinations.Set(ctx, st.Destination, st); err != nil {
		return err
	}
	return sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventL2Confirmed{Destination: st.Destination,
		BatchNonce: st.ConfirmedBatchNonce, ValsetNonce: st.ConfirmedValsetNonce, L2Height: st.ConfirmedL2Height})
}

// pruneValsets drops valsets below the oldest one any destination still needs: the one
// its contract holds, as confirmed. The newest valset always stays.
func (k Keeper) pruneValsets(ctx context.Context, params types.Params) error {
	if len(params.Destinations) == 0 {
		return nil
	}
	keep := ^uint64(0)
	for _, d := range params.Destinations {
		st, err := k.destState(ctx, d.Name)
		if err != nil {
			return err
		}
		keep = min(keep, st.ConfirmedValsetNonce)
	}
	latest, err := k.ValsetNonce.Peek(ctx)
	if err != nil {
		return err
	}
	keep = min(keep, latest)
	var old []uint64
	if err := k.Valsets.Walk(ctx, new(collections.Range[uint64]).EndExclusive(keep), func(n uint64, _ types.Valset) (bool, error) {
		old = append(old, n)
		return false, nil
	}); err != nil {
		return err
	}
	for _, n := range old {
		if err := k.Valsets.Remove(ctx, n); err != nil {
			return err
		}
		for _, d := range params.Destinations {
			if err := k.closeItem(ctx, types.Item{Kind: types.ITEM_KIND_VALSET, Destination: d.Name, Nonce: n}); err != nil {
				return err
			}
		}
	}
	return nil
}
