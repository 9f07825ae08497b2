package keeper

import (
	"context"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/dpn-network/dpn/x/compute/types"
)

// TakeSettlements hands up to limit of the oldest settlement records to x/bridge: each is
// removed from this module's store and, for a PAYOUT record, the fee held behind it moves to
// module toModule in the same step, so that the escrow invariant of each module holds after
// every record.
func (k Keeper) TakeSettlements(ctx context.Context, toModule string, limit int) ([]types.SettlementRecord, error) {
	var recs []types.SettlementRecord
	err := k.Settlements.Walk(ctx, nil, func(_ uint64, r types.SettlementRecord) (bool, error) {
		recs = append(recs, r)
		return len(recs) >= limit, nil
	})
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		if r.Kind == types.SETTLEMENT_KIND_PAYOUT && r.Amount.IsPositive() {
			if err := k.bank.SendCoinsFromModuleToModule(ctx, types.ModuleName, toModule, sdk.NewCoins(r.Amount)); err != nil {
				return nil, err
			}
		}
		if err := k.Settlements.Remove(ctx, r.Id); err != nil {
			return nil, err
		}
	}
	return recs, nil
}

// GetJob returns job id or ErrJobNotFound.
func (k Keeper) GetJob(ctx context.Context, id uint64) (types.Job, error) { return k.getJob(ctx, id) }
