package app

import (
	"fmt"

	storetypes "github.com/cosmos/cosmos-sdk/store/v2/types"
	sdk "github.com/cosmos/cosmos-sdk/types"
	slashingtypes "github.com/cosmos/cosmos-sdk/x/slashing/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"
)

// prepForZeroHeight rebases the state so that a new chain can start from it at height zero:
// every reward and commission is paid out, distribution's per-period records are rebuilt from
// scratch, and every height stored in staking and slashing records is reset to zero.
// Validators not in jailAllowedAddrs (when the list is not empty) are jailed.
func (app *App) prepForZeroHeight(ctx sdk.Context, jailAllowedAddrs []string) error {
	allowed := make(map[string]bool, len(jailAllowedAddrs))
	for _, addr := range jailAllowedAddrs {
		if _, err := sdk.ValAddressFromBech32(addr); err != nil {
			return fmt.Errorf("jail allow list: %w", err)
		}
		allowed[addr] = true
	}

	// Pay out all commission and rewards, so that distribution starts empty.
	var iterErr error
	err := app.StakingKeeper.IterateValidators(ctx, func(_ int64, val stakingtypes.ValidatorI) bool {
		valAddr, err := app.StakingKeeper.ValidatorAddressCodec().StringToBytes(val.GetOperator())
		if err != nil {
			iterErr = err
			return true
		}
		_, _ = app.DistrKeeper.WithdrawValidatorCommission(ctx, valAddr) // none accrued is fine
		return false
	})
	if err = firstErr(err, iterErr); err != nil {
		return err
	}
	delegations, err := app.StakingKeeper.GetAllDelegations(ctx)
	if err != nil {
		return err
	}
	for _, d := range delegations {
		valAddr, err := sdk.ValAddressFromBech32(d.ValidatorAddress)
		if err != nil {
			return err
		}
		delAddr := sdk.MustAccAddressFromBech32(d.DelegatorAddress)
		_, _ = app.DistrKeeper.WithdrawDelegationRewards(ctx, delAddr, valAddr)
	}
	app.DistrKeeper.DeleteAllValidatorSlashEvents(ctx)
	app.DistrKeeper.DeleteAllValidatorHistoricalRewards(ctx)

	// Re-create each validator's and delegation's distribution records at height zero; what
	// cannot be paid out any more (rounding dust) goes to the community pool.
	height := ctx.BlockHeight()
	ctx = ctx.WithBlockHeight(0)
	err = app.StakingKeeper.IterateValidators(ctx, func(_ int64, val stakingtypes.ValidatorI) bool {
		valAddr, err := app.StakingKeeper.ValidatorAddressCodec().StringToBytes(val.GetOperator())
		if err != nil {
			iterErr = err
			return true
		}
		dust, err := app.DistrKeeper.GetValidatorOutstandingRewardsCoins(ctx, valAddr)
		if err != nil {
			iterErr = err
			return true
		}
		pool, err := app.DistrKeeper.FeePool.Get(ctx)
		if err != nil {
			iterErr = err
			return true
		}
		pool.CommunityPool = pool.CommunityPool.Add(dust...)
		if iterErr = app.DistrKeeper.FeePool.Set(ctx, pool); iterErr != nil {
			return true
		}
		iterErr = app.DistrKeeper.Hooks().AfterValidatorCreated(ctx, valAddr)
		return iterErr != nil
	})
	if err = firstErr(err, iterErr); err != nil {
		return err
	}
	for _, d := range delegations {
		valAddr, err := sdk.ValAddressFromBech32(d.ValidatorAddress)
		if err != nil {
			return err
		}
		delAddr := sdk.MustAccAddressFromBech32(d.DelegatorAddress)
		if err := app.DistrKeeper.Hooks().BeforeDelegationCreated(ctx, delAddr, valAddr); err != nil {
			return err
		}
		if err := app.DistrKeeper.Hooks().AfterDelegationModified(ctx, delAddr, valAddr); err != nil {
			return err
		}
	}
	ctx = ctx.WithBlockHeight(height)

	// Staking: creation heights of redelegations and unbondings restart at zero.
	err = app.StakingKeeper.IterateRedelegations(ctx, func(_ int64, red stakingtypes.Redelegation) bool {
		for i := range red.Entries {
			red.Entries[i].CreationHeight = 0
		}
		iterErr = app.StakingKeeper.SetRedelegation(ctx, red)
		return iterErr != nil
	})
	if err = firstErr(err, iterErr); err != nil {
		return err
	}
	err = app.StakingKeeper.IterateUnbondingDelegations(ctx, func(_ int64, ubd stakingtypes.UnbondingDelegation) bool {
		for i := range ubd.Entries {
			ubd.Entries[i].CreationHeight = 0
		}
		iterErr = app.StakingKeeper.SetUnbondingDelegation(ctx, ubd)
		return iterErr != nil
	})
	if err = firstErr(err, iterErr); err != nil {
		return err
	}

	// Validators: unbonding heights reset; those off the allow list are jailed.
	store := ctx.KVStore(app.keys[stakingtypes.StoreKey])
	it := storetypes.KVStoreReversePrefixIterator(store, stakingtypes.ValidatorsKey)
	var validators []stakingtypes.Validator
	for ; it.Valid(); it.Next() {
		addr := sdk.ValAddress(stakingtypes.AddressFromValidatorsKey(it.Key()))
		val, err := app.StakingKeeper.GetValidator(ctx, addr)
		if err != nil {
			it.Close()
			return fmt.Errorf("validator %s listed but not found: %w", addr, err)
		}
		validators = append(validators, val)
	}
	it.Close()
	for _, val := range validators {
		val.UnbondingHeight = 0
		if len(allowed) > 0 && !allowed[val.OperatorAddress] {
			val.Jailed = true
		}
		if err := app.StakingKeeper.SetValidator(ctx, val); err != nil {
			return err
		}
	}
	if _, err := app.StakingKeeper.ApplyAndReturnValidatorSetUpdates(ctx); err != nil {
		return err
	}

	// Slashing: signing windows restart at zero.
	var infos []struct {
		addr sdk.ConsAddress
		info slashingtypes.ValidatorSigningInfo
	}
	err = app.SlashingKeeper.IterateValidatorSigningInfos(ctx, func(addr sdk.ConsAddress, info slashingtypes.ValidatorSigningInfo) bool {
		info.StartHeight = 0
		infos = append(infos, struct {
			addr sdk.ConsAddress
			info slashingtypes.ValidatorSigningInfo
		}{addr, info})
		return false
	})
	if err != nil {
		return err
	}
	for _, s := range infos {
		if err := app.SlashingKeeper.SetValidatorSigningInfo(ctx, s.addr, s.info); err != nil {
			return err
		}
	}
	return nil
}

func firstErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
