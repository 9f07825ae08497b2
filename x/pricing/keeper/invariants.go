package keeper

import (
	"context"
	"fmt"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/dpn-network/dpn/x/pricing/types"
)

// RegisterInvariants registers the module's invariants.
func RegisterInvariants(ir sdk.InvariantRegistry, k Keeper) {
	ir.RegisterRoute(types.ModuleName, "bounds", BoundsInvariant(k))
}

// BoundsInvariant checks what the module keeps within bounds.
func BoundsInvariant(k Keeper) sdk.Invariant {
	return func(ctx sdk.Context) (string, bool) {
		msg, broken := k.CheckBounds(ctx)
		return sdk.FormatInvariant(types.ModuleName, "bounds", msg), broken
	}
}

// CheckBounds returns the first of these found broken: every price positive, every
// multiplier within [min, max], the controller within its bounds, and no validator counted
// in more periods than the slash window holds.
func (k Keeper) CheckBounds(ctx context.Context) (string, bool) {
	params, err := k.Params.Get(ctx)
	if err != nil {
		return err.Error(), true
	}
	var problem string
	if err := k.Prices.Walk(ctx, nil, func(d string, p types.Price) (bool, error) {
		if !p.ReferenceUsd.IsPositive() {
			problem = fmt.Sprintf("price of %s not positive", d)
		}
		return problem != "", nil
	}); err != nil {
		return err.Error(), true
	}
	if problem == "" {
		if err := k.Multipliers.Walk(ctx, nil, func(d string, m math.LegacyDec) (bool, error) {
			if m.LT(params.MultiplierMin) || m.GT(params.MultiplierMax) {
				problem = fmt.Sprintf("multiplier of %s is %v", d, m)
			}
			return problem != "", nil
		}); err != nil {
			return err.Error(), true
		}
	}
	if problem == "" {
		ctrl, err := k.Controller.Get(ctx)
		if err != nil {
			return err.Error(), true
		}
		if err := ctrl.Validate(params); err != nil {
			problem = err.Error()
		}
	}
	if problem == "" {
		periods, err := k.PeriodsInWindow.Get(ctx)
		if err != nil && !isNotFound(err) {
			return err.Error(), true
		}
		if err := k.Voters.Walk(ctx, nil, func(a sdk.ConsAddress, st types.VoterStatus) (bool, error) {
			if st.Misses+st.ValidVotes > periods {
				problem = fmt.Sprintf("voter %s counted %d times in %d periods", a, st.Misses+st.ValidVotes, periods)
			}
			return problem != "", nil
		}); err != nil {
			return err.Error(), true
		}
	}
	return problem, problem != ""
}
