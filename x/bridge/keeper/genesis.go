package keeper

import (
	"context"

	"cosmossdk.io/collections"

	"github.com/dpn-network/dpn/x/bridge/types"
)

// InitGenesis imports the state.
func (k Keeper) InitGenesis(ctx context.Context, gs types.GenesisState) error {
	if err := gs.Validate(); err != nil {
		return err
	}
	if err := k.Params.Set(ctx, gs.Params); err != nil {
		return err
	}
	// The treasury must be a module account before anyone sends to it: a plain send to an
	// address without an account would make it an ordinary one, which no module can spend.
	k.accounts.GetModuleAccount(ctx, types.TreasuryName)
	for _, e := range gs.EthKeys {
		if err := k.EthKeys.Set(ctx, e.Validator, e); err != nil {
			return err
		}
	}
	var latest uint64
	for _, v := range gs.Valsets {
		if err := k.Valsets.Set(ctx, v.Nonce, v); err != nil {
			return err
		}
		latest = max(latest, v.Nonce)
	}
	if err := k.ValsetNonce.Set(ctx, latest); err != nil {
		return err
	}
	for _, b := range gs.Batches {
		if err := k.Batches.Set(ctx, collections.Join(b.Destination, b.Nonce), b); err != nil {
			return err
		}
	}
	for _, s := range gs.Signatures {
		it := types.Item{Kind: s.Kind, Destination: s.Destination, Nonce: s.Nonce}
		if err := k.Signatures.Set(ctx, collections.Join(it.ID(), s.Signature.Validator), s.Signature); err != nil {
			return err
		}
	}
	for _, p := range gs.Pending {
		if err := k.Pending.Set(ctx, collections.Join(p.Destination, p.Record.RecordId), p); err != nil {
			return err
		}
	}
	for _, d := range gs.Destinations {
		d.Normalize()
		if err := k.Destinations.Set(ctx, d.Destination, d); err != nil {
			return err
		}
	}
	for _, o := range gs.Observations {
		if err := k.Observations.Set(ctx, collections.Join3(o.Event.Destination, int32(o.Event.Source), o.Event.Nonce), o); err != nil {
			return err
		}
		if o.Event.Source == types.EVENT_SOURCE_PURCHASES {
			if err := k.CreditsByAccount.Set(ctx, collections.Join(o.Event.Purchase.DpnAccount, types.PurchaseID(o.Event.Destination, o.Event.Nonce))); err != nil {
				return err
			}
		}
	}
	for _, c := range gs.Conflicts {
		if err := k.Conflicts.Set(ctx, collections.Join3(c.Destination, int32(c.Source), c.Nonce), c); err != nil {
			return err
		}
	}
	for _, r := range gs.PendingRefunds {
		if err := k.Refunds.Set(ctx, collections.Join(r.Destination, r.Refund.PurchaseNonce), r); err != nil {
			return err
		}
	}
	if !gs.TreasuryOutflow.IsNil() {
		if err := k.Outflow.Set(ctx, gs.TreasuryOutflow); err != nil {
			return err
		}
	}
	if err := k.ReissueSeq.Set(ctx, gs.NextReissueId); err != nil {
		return err
	}
	for _, o := range gs.ProofOrders {
		if err := k.ProofOrders.Set(ctx, collections.Join(o.Destination, o.JobId), o); err != nil {
			return err
		}
	}
	for _, s := range gs.SigningInfos {
		if err := k.SigningInfos.Set(ctx, s.Validator, s); err != nil {
			return err
		}
	}
	for _, m := range gs.Missed {
		if err := k.Missed.Set(ctx, collections.Join(m.Validator, m.Slot)); err != nil {
			return err
		}
	}
	for _, d := range gs.Deadlines {
		it := types.Item{Kind: d.Kind, Destination: d.Destination, Nonce: d.Nonce}
		if err := k.Deadlines.Set(ctx, collections.Join(d.Height, it.ID())); err != nil {
			return err
		}
	}
	for _, d := range gs.KnownDigests {
		if err := k.KnownDigests.Set(ctx, d); err != nil {
			return err
		}
	}
	for _, p := range gs.Punished {
		if err := k.Punished.Set(ctx, p); err != nil {
			return err
		}
	}
	return k.rebuildDigests(ctx, gs.Params)
}

// ExportGenesis exports the state.
func (k Keeper) ExportGenesis(ctx context.Context) (*types.GenesisState, error) {
	p, err := k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	gs := &types.GenesisState{Params: p}
	err = k.EthKeys.Walk(ctx, nil, func(_ string, e types.EthKey) (bool, error) {
		gs.EthKeys = append(gs.EthKeys, e)
		return false, nil
	})
	if err != nil {
		return nil, err
	}
	if err := k.Valsets.Walk(ctx, nil, func(_ uint64, v types.Valset) (bool, error) {
		gs.Valsets = append(gs.Valsets, v)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.Batches.Walk(ctx, nil, func(_ collections.Pair[string, uint64], b types.Batch) (bool, error) {
		gs.Batches = append(gs.Batches, b)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.Signatures.Walk(ctx, nil, func(key collections.Pair[string, string], s types.StoredSignature) (bool, error) {
		it, err := types.ParseItemID(key.K1())
		if err != nil {
			return true, err
		}
		gs.Signatures = append(gs.Signatures, types.GenesisSignature{Kind: it.Kind, Destination: it.Destination, Nonce: it.Nonce, Signature: s})
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.Pending.Walk(ctx, nil, func(_ collections.Pair[string, uint64], r types.PendingRecord) (bool, error) {
		gs.Pending = append(gs.Pending, r)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.Destinations.Walk(ctx, nil, func(_ string, d types.DestinationState) (bool, error) {
		gs.Destinations = append(gs.Destinations, d)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.ProofOrders.Walk(ctx, nil, func(_ collections.Pair[string, uint64], o types.ProofOrder) (bool, error) {
		gs.ProofOrders = append(gs.ProofOrders, o)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.SigningInfos.Walk(ctx, nil, func(_ string, s types.SigningInfo) (bool, error) {
		gs.SigningInfos = append(gs.SigningInfos, s)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.Missed.Walk(ctx, nil, func(key collections.Pair[string, uint64]) (bool, error) {
		gs.Missed = append(gs.Missed, types.MissedItem{Validator: key.K1(), Slot: key.K2()})
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.Deadlines.Walk(ctx, nil, func(key collections.Pair[int64, string]) (bool, error) {
		it, err := types.ParseItemID(key.K2())
		if err != nil {
			return true, err
		}
		gs.Deadlines = append(gs.Deadlines, types.SignDeadline{Height: key.K1(), Kind: it.Kind, Destination: it.Destination, Nonce: it.Nonce})
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.KnownDigests.Walk(ctx, nil, func(d []byte) (bool, error) {
		gs.KnownDigests = append(gs.KnownDigests, d)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.Punished.Walk(ctx, nil, func(p []byte) (bool, error) {
		gs.Punished = append(gs.Punished, p)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if gs.Observations, err = values(ctx, k.Observations); err != nil {
		return nil, err
	}
	if gs.Conflicts, err = values(ctx, k.Conflicts); err != nil {
		return nil, err
	}
	if gs.PendingRefunds, err = values(ctx, k.Refunds); err != nil {
		return nil, err
	}
	if gs.TreasuryOutflow, err = k.outflow(ctx); err != nil {
		return nil, err
	}
	if gs.NextReissueId, err = k.ReissueSeq.Peek(ctx); err != nil {
		return nil, err
	}
	return gs, nil
}

// values returns every value of m in key order.
func values[K, V any](ctx context.Context, m collections.Map[K, V]) ([]V, error) {
	var out []V
	err := m.Walk(ctx, nil, func(_ K, v V) (bool, error) {
		out = append(out, v)
		return false, nil
	})
	return out, err
}
