package keeper

import (
	"context"
	"errors"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/dpn-network/dpn/x/pricing/types"
)

// ReportUtilization records a dimension's utilization (used / capacity, in [0, 1]) for this
// block; the marketplace calls it. EndBlock moves the dimension's multiplier from it. A
// dimension never reported keeps multiplier 1.
func (k Keeper) ReportUtilization(ctx context.Context, dimension string, utilization math.LegacyDec) error {
	params, err := k.Params.Get(ctx)
	if err != nil {
		return err
	}
	if !priced(params, dimension) {
		return errorsmod.Wrapf(types.ErrInvalidDimension, "%q is not priced", dimension)
	}
	if utilization.IsNil() || utilization.IsNegative() || utilization.GT(math.LegacyOneDec()) {
		return errorsmod.Wrapf(types.ErrInvalidUtilization, "%v not in [0, 1]", utilization)
	}
	return k.Utilization.Set(ctx, dimension, utilization)
}

// NextMultiplier is EIP-1559's base-fee rule applied to a price multiplier:
// m × (1 + max_change × (u − target) / target), bounded to [min, max].
func NextMultiplier(p types.Params, m, utilization math.LegacyDec) math.LegacyDec {
	step := p.MultiplierMaxChange.Mul(utilization.Sub(p.TargetUtilization)).Quo(p.TargetUtilization)
	return clamp(m.Mul(math.LegacyOneDec().Add(step)), p.MultiplierMin, p.MultiplierMax)
}

// EndBlock moves the multiplier of every dimension reported this block, clears the reports
// and records the fees the block collected for the next BeginBlock to burn from.
func (k Keeper) EndBlock(ctx context.Context) error {
	if err := k.recordFees(ctx); err != nil {
		return err
	}
	params, err := k.Params.Get(ctx)
	if err != nil {
		return err
	}
	var dims []string
	var utils []math.LegacyDec
	if err := k.Utilization.Walk(ctx, nil, func(d string, u math.LegacyDec) (bool, error) {
		dims, utils = append(dims, d), append(utils, u)
		return false, nil
	}); err != nil {
		return err
	}
	for i, d := range dims {
		m, err := k.Multiplier(ctx, d)
		if err != nil {
			return err
		}
		if err := k.Multipliers.Set(ctx, d, NextMultiplier(params, m, utils[i])); err != nil {
			return err
		}
		if err := k.Utilization.Remove(ctx, d); err != nil {
			return err
		}
	}
	return nil
}

// recordFees notes what the fee collector holds now. x/distribution empties it in every
// BeginBlock, so at EndBlock it holds this block's fees; x/mint adds the next block's
// reward before x/pricing's BeginBlock runs, so the balance then cannot tell them apart.
func (k Keeper) recordFees(ctx context.Context) error {
	if k.bank == nil || k.account == nil {
		return nil
	}
	fees := k.bank.GetBalance(ctx, k.account.GetModuleAddress(k.feePool), k.denom)
	return k.FeesCollected.Set(ctx, fees.Amount)
}

// BeginBlock burns the controller's burn share of the fees collected in the last block (as
// EndBlock recorded them, so not x/mint's fresh reward), before x/distribution hands out
// the rest. With no record (the first block) nothing is burnt.
func (k Keeper) BeginBlock(ctx context.Context) error {
	if k.bank == nil || k.account == nil {
		return nil
	}
	recorded, err := k.FeesCollected.Get(ctx)
	switch {
	case errors.Is(err, collections.ErrNotFound):
		return nil
	case err != nil:
		return err
	}
	if err := k.FeesCollected.Remove(ctx); err != nil {
		return err
	}
	ctrl, err := k.Controller.Get(ctx)
	if err != nil {
		return err
	}
	fees := math.MinInt(recorded, k.bank.GetBalance(ctx, k.account.GetModuleAddress(k.feePool), k.denom).Amount)
	burn := ctrl.BurnShare.MulInt(fees).TruncateInt()
	if !burn.IsPositive() {
		return nil
	}
	coins := sdk.NewCoins(sdk.NewCoin(k.denom, burn))
	if err := k.bank.SendCoinsFromModuleToModule(ctx, k.feePool, types.ModuleName, coins); err != nil {
		return err
	}
	if err := k.bank.BurnCoins(ctx, types.ModuleName, coins); err != nil {
		return err
	}
	return sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventFeesBurnt{Amount: coins.String()})
}
