package keeper

import (
	"context"
	"fmt"

	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/dpn-network/dpn/x/compute/types"
)

// RegisterInvariants registers the escrow invariant.
func RegisterInvariants(ir sdk.InvariantRegistry, k Keeper) {
	ir.RegisterRoute(types.ModuleName, "escrow", func(ctx sdk.Context) (string, bool) { return k.CheckEscrow(ctx) })
}

// CheckEscrow holds when the module account's balance of the bond denom is exactly the sum
// of open jobs' escrow plus the provider fees held for L2 payouts, and closed jobs hold none.
func (k Keeper) CheckEscrow(ctx context.Context) (string, bool) {
	held := sdkmath.ZeroInt()
	broken := ""
	err := k.Jobs.Walk(ctx, nil, func(id uint64, j types.Job) (bool, error) {
		switch {
		case j.IsOpen():
			held = held.Add(j.Escrow.Amount)
		case !j.Escrow.IsZero():
			broken = fmt.Sprintf("closed job %d still holds %s", id, j.Escrow)
			return true, nil
		}
		return false, nil
	})
	if err != nil {
		return sdk.FormatInvariant(types.ModuleName, "escrow", err.Error()), true
	}
	if broken != "" {
		return sdk.FormatInvariant(types.ModuleName, "escrow", broken), true
	}
	// Fees of providers paid on an L2 stay here until x/bridge settles them.
	owed := sdkmath.ZeroInt()
	if err := k.Settlements.Walk(ctx, nil, func(_ uint64, r types.SettlementRecord) (bool, error) {
		if r.Kind == types.SETTLEMENT_KIND_PAYOUT {
			owed = owed.Add(r.Amount.Amount)
		}
		return false, nil
	}); err != nil {
		return sdk.FormatInvariant(types.ModuleName, "escrow", err.Error()), true
	}
	held = held.Add(owed)
	bal := k.bank.GetBalance(ctx, k.accounts.GetModuleAddress(types.ModuleName), sdk.DefaultBondDenom)
	if !bal.Amount.Equal(held) {
		return sdk.FormatInvariant(types.ModuleName, "escrow", fmt.Sprintf("module holds %s, open jobs' escrow and L2 payouts %s", bal.Amount, held)), true
	}
	return sdk.FormatInvariant(types.ModuleName, "escrow", fmt.Sprintf("%s held for open jobs and L2 payouts", held)), false
}
