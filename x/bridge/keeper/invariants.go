package keeper

import (
	"context"
	"fmt"

	"cosmossdk.io/collections"
	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/dpn-network/dpn/x/bridge/types"
)

// RegisterInvariants registers the escrow and batch invariants.
func RegisterInvariants(ir sdk.InvariantRegistry, k Keeper) {
	ir.RegisterRoute(types.ModuleName, "escrow", func(ctx sdk.Context) (string, bool) { return k.CheckEscrow(ctx) })
	ir.RegisterRoute(types.ModuleName, "batches", func(ctx sdk.Context) (string, bool) { return k.CheckBatches(ctx) })
	ir.RegisterRoute(types.ModuleName, "observations", func(ctx sdk.Context) (string, bool) { return k.CheckObservations(ctx) })
}

// CheckObservations holds when each destination's escrow is what was issued there minus
// what was redeemed, and the treasury's outflow is the sum of the credits it paid.
func (k Keeper) CheckObservations(ctx context.Context) (string, bool) {
	broken := func(msg string) (string, bool) {
		return sdk.FormatInvariant(types.ModuleName, "observations", msg), true
	}
	var bad string
	if err := k.Destinations.Walk(ctx, nil, func(name string, d types.DestinationState) (bool, error) {
		d.Normalize()
		if !d.Escrow.Equal(d.Issued.Sub(d.Redeemed)) {
			bad = fmt.Sprintf("destination %s: escrow %s, issued %s − redeemed %s", name, d.Escrow, d.Issued, d.Redeemed)
			return true, nil
		}
		return false, nil
	}); err != nil {
		return broken(err.Error())
	}
	if bad != "" {
		return broken(bad)
	}
	credited := sdkmath.ZeroInt()
	if err := k.Observations.Walk(ctx, nil, func(_ collections.Triple[string, int32, uint64], o types.Observation) (bool, error) {
		if o.Outcome == types.OUTCOME_CREDITED {
			credited = credited.Add(o.Udpn)
		}
		return false, nil
	}); err != nil {
		return broken(err.Error())
	}
	out, err := k.outflow(ctx)
	if err != nil {
		return broken(err.Error())
	}
	if !out.Equal(credited) {
		return broken(fmt.Sprintf("treasury outflow %s, credits sum to %s", out, credited))
	}
	return sdk.FormatInvariant(types.ModuleName, "observations", fmt.Sprintf("%s%s credited", credited, k.denom)), false
}

// CheckEscrow holds when the module account holds exactly the records waiting for a batch
// plus, per destination, the udpn its cut batches moved into its escrow: every udpn that
// left x/compute for an L2 is either still waiting on the chain or backs DPN issued on
// exactly one L2.
func (k Keeper) CheckEscrow(ctx context.Context) (string, bool) {
	broken := func(msg string) (string, bool) { return sdk.FormatInvariant(types.ModuleName, "escrow", msg), true }
	held := sdkmath.ZeroInt()
	if err := k.Pending.Walk(ctx, nil, func(_ collections.Pair[string, uint64], p types.PendingRecord) (bool, error) {
		held = held.Add(p.Record.Amount)
		return false, nil
	}); err != nil {
		return broken(err.Error())
	}
	if err := k.Destinations.Walk(ctx, nil, func(_ string, d types.DestinationState) (bool, error) {
		held = held.Add(d.Escrow)
		return false, nil
	}); err != nil {
		return broken(err.Error())
	}
	bal := k.bank.GetBalance(ctx, k.accounts.GetModuleAddress(types.ModuleName), k.denom)
	if !bal.Amount.Equal(held) {
		return broken(fmt.Sprintf("module holds %s, waiting records and destination escrows %s", bal.Amount, held))
	}
	return sdk.FormatInvariant(types.ModuleName, "escrow", fmt.Sprintf("%s%s held", held, k.denom)), false
}

// CheckBatches holds when every destination's unconfirmed batches are exactly the nonces
// above its confirmed one and below its next one, each batch's total is the sum of its
// records, and no record is in two batches or in a batch and the queue at once.
func (k Keeper) CheckBatches(ctx context.Context) (string, bool) {
	broken := func(msg string) (string, bool) { return sdk.FormatInvariant(types.ModuleName, "batches", msg), true }
	seen := map[uint64]string{}
	var bad string
	err := k.Batches.Walk(ctx, nil, func(key collections.Pair[string, uint64], b types.Batch) (bool, error) {
		st, err := k.destState(ctx, b.Destination)
		if err != nil {
			return true, err
		}
		if b.Nonce <= st.ConfirmedBatchNonce || b.Nonce >= st.NextBatchNonce || key.K1() != b.Destination || key.K2() != b.Nonce {
			bad = fmt.Sprintf("batch %s/%d outside (%d, %d)", b.Destination, b.Nonce, st.ConfirmedBatchNonce, st.NextBatchNonce)
			return true, nil
		}
		sum := sdkmath.ZeroInt()
		for _, r := range b.Records {
			if where, dup := seen[r.RecordId]; dup {
				bad = fmt.Sprintf("record %d in %s and %s/%d", r.RecordId, where, b.Destination, b.Nonce)
				return true, nil
			}
			seen[r.RecordId] = fmt.Sprintf("%s/%d", b.Destination, b.Nonce)
			sum = sum.Add(r.Amount)
		}
		if !sum.Equal(b.Total) {
			bad = fmt.Sprintf("batch %s/%d total %s, records sum to %s", b.Destination, b.Nonce, b.Total, sum)
			return true, nil
		}
		return false, nil
	})
	if err != nil {
		return broken(err.Error())
	}
	if bad == "" {
		err = k.Pending.Walk(ctx, nil, func(_ collections.Pair[string, uint64], p types.PendingRecord) (bool, error) {
			if where, dup := seen[p.Record.RecordId]; dup {
				bad = fmt.Sprintf("record %d waiting and in batch %s", p.Record.RecordId, where)
				return true, nil
			}
			return false, nil
		})
		if err != nil {
			return broken(err.Error())
		}
	}
	if bad != "" {
		return broken(bad)
	}
	return sdk.FormatInvariant(types.ModuleName, "batches", fmt.Sprintf("%d records in unconfirmed batches", len(seen))), false
}
