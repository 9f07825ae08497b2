package keeper

import (
	"context"

	errorsmod "cosmossdk.io/errors"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/dpn-network/dpn/x/pricing/types"
)

// InitGenesis validates and writes gs.
func (k Keeper) InitGenesis(ctx context.Context, gs types.GenesisState) error {
	if err := gs.Validate(); err != nil {
		return err
	}
	if err := k.Params.Set(ctx, gs.Params); err != nil {
		return err
	}
	for _, p := range gs.Prices {
		if err := k.Prices.Set(ctx, p.Dimension, p); err != nil {
			return err
		}
	}
	if gs.DpnUsd.IsPositive() {
		if err := k.DpnUsd.Set(ctx, gs.DpnUsd); err != nil {
			return err
		}
	}
	if !gs.EthUsd.IsNil() && gs.EthUsd.IsPositive() {
		if err := k.EthUsd.Set(ctx, gs.EthUsd); err != nil {
			return err
		}
	}
	for _, m := range gs.Multipliers {
		if err := k.Multipliers.Set(ctx, m.Dimension, m.Multiplier); err != nil {
			return err
		}
	}
	for _, v := range gs.Voters {
		addr, err := sdk.ConsAddressFromBech32(v.ConsensusAddress)
		if err != nil {
			return errorsmod.Wrapf(types.ErrInvalidGenesis, "%v", err)
		}
		if err := k.Voters.Set(ctx, addr, v.Status); err != nil {
			return err
		}
	}
	if err := k.WindowStart.Set(ctx, gs.WindowStart); err != nil {
		return err
	}
	if err := k.PeriodsInWindow.Set(ctx, gs.PeriodsInWindow); err != nil {
		return err
	}
	if err := k.Controller.Set(ctx, gs.Controller); err != nil {
		return err
	}
	// x/bank's genesis, loaded first, holds the exported chain's last block's fees, not yet
	// handed out: the first BeginBlock burns from them as the old chain would have.
	return k.recordFees(ctx)
}

// ExportGenesis reads the whole state back.
func (k Keeper) ExportGenesis(ctx context.Context) (*types.GenesisState, error) {
	params, err := k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	gs := &types.GenesisState{Params: params, DpnUsd: math.LegacyZeroDec(), EthUsd: math.LegacyZeroDec()}
	if err := k.Prices.Walk(ctx, nil, func(_ string, p types.Price) (bool, error) {
		gs.Prices = append(gs.Prices, p)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if rate, err := k.DpnUsd.Get(ctx); err == nil {
		gs.DpnUsd = rate
	} else if !isNotFound(err) {
		return nil, err
	}
	if rate, err := k.EthUsd.Get(ctx); err == nil {
		gs.EthUsd = rate
	} else if !isNotFound(err) {
		return nil, err
	}
	if err := k.Multipliers.Walk(ctx, nil, func(d string, m math.LegacyDec) (bool, error) {
		gs.Multipliers = append(gs.Multipliers, types.DimensionMultiplier{Dimension: d, Multiplier: m})
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.Voters.Walk(ctx, nil, func(a sdk.ConsAddress, st types.VoterStatus) (bool, error) {
		gs.Voters = append(gs.Voters, types.ValidatorVoterStatus{ConsensusAddress: a.String(), Status: st})
		return false, nil
	}); err != nil {
		return nil, err
	}
	if gs.WindowStart, err = k.WindowStart.Get(ctx); err != nil && !isNotFound(err) {
		return nil, err
	}
	if gs.PeriodsInWindow, err = k.PeriodsInWindow.Get(ctx); err != nil && !isNotFound(err) {
		return nil, err
	}
	if gs.Controller, err = k.Controller.Get(ctx); err != nil {
		return nil, err
	}
	return gs, nil
}
