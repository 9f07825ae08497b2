package keeper

import (
	"context"
	"fmt"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	"github.com/dpn-network/dpn/x/pricing/types"
)

// Miss reasons reported in EventVoteMissed.
const (
	MissAbsent     = "absent"
	MissIncomplete = "incomplete"
	MissOutOfBand  = "out_of_band"
)

// ApplyVotes tallies the votes of the last commit, when this height ends a vote period:
// for every dimension and the DPN/USD rate, the stake-weighted median of all votes fixes
// the band; the price becomes the stake-weighted median of the votes inside it, if those
// carry more than VoteThreshold of the commit's power. A validator whose vote is absent,
// lacks a key that was priced this period, or has a value outside the band misses the
// period; the others share the period's reward. Then the slash window advances and the anchor controller steps.
func (k Keeper) ApplyVotes(ctx context.Context, votes []types.ValidatorVote) error {
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	params, err := k.Params.Get(ctx)
	if err != nil {
		return err
	}
	height := sdkCtx.BlockHeight()
	if height <= 0 || uint64(height)%params.VotePeriod != 0 {
		return nil
	}
	var totalPower int64
	for _, v := range votes {
		if v.Power > 0 {
			totalPower += v.Power
		}
	}
	if totalPower == 0 {
		return nil
	}
	keys := params.TallyKeys()
	values := make([]map[string]math.LegacyDec, len(votes))
	for i, v := range votes {
		if v.Vote != nil && v.Power > 0 {
			values[i] = v.Vote.Values()
		}
	}
	// inBand[i] stays true only while voter i is inside the band of every key it voted.
	inBand := make([]bool, len(votes))
	complete := make([]bool, len(votes))
	for i := range votes {
		inBand[i] = values[i] != nil
		complete[i] = values[i] != nil
	}
	missing := make([][]string, len(votes))
	tallied := map[string]bool{}
	threshold := params.VoteThreshold.MulInt64(totalPower)
	for _, key := range keys {
		var ballots []Ballot
		idx := []int{}
		for i, v := range votes {
			val, ok := values[i][key]
			if !ok {
				missing[i] = append(missing[i], key)
				continue
			}
			ballots = append(ballots, Ballot{Voter: v.ConsAddr, Power: v.Power, Value: val})
			idx = append(idx, i)
		}
		median, ok := WeightedMedian(ballots)
		if !ok {
			continue
		}
		spread := median.Mul(params.RewardBand)
		var kept []Ballot
		var keptPower int64
		for j, b := range ballots {
			if b.Value.Sub(median).Abs().GT(spread) {
				inBand[idx[j]] = false
				continue
			}
			kept = append(kept, b)
			keptPower += b.Power
		}
		if !math.LegacyNewDec(keptPower).GT(threshold) {
			continue
		}
		price, _ := WeightedMedian(kept)
		tallied[key] = true
		if err := k.setTallied(ctx, key, price, height); err != nil {
			return err
		}
		if err := sdkCtx.EventManager().EmitTypedEvent(&types.EventPriceUpdated{
			Dimension: key, ReferenceUsd: price.String(), InBandPower: keptPower, TotalPower: totalPower,
		}); err != nil {
			return err
		}
	}

	// A voter that left out a key which the others priced this period has an incomplete
	// vote; leaving out a key that nobody priced (a GPU class just added by governance,
	// before the sources serve it) is no fault.
	for i := range votes {
		for _, key := range missing[i] {
			if values[i] != nil && tallied[key] {
				complete[i], inBand[i] = false, false
			}
		}
	}

	var rewarded []types.ValidatorVote
	for i, v := range votes {
		if v.Power <= 0 {
			continue
		}
		st, err := k.voterStatus(ctx, v.ConsAddr)
		if err != nil {
			return err
		}
		st.LastHeight, st.LastValid = height, inBand[i]
		if inBand[i] {
			st.ValidVotes++
			rewarded = append(rewarded, v)
		} else {
			st.Misses++
			reason := MissOutOfBand
			switch {
			case values[i] == nil:
				reason = MissAbsent
			case !complete[i]:
				reason = MissIncomplete
			}
			if err := sdkCtx.EventManager().EmitTypedEvent(&types.EventVoteMissed{
				ConsensusAddress: v.ConsAddr.String(), Reason: reason, Misses: st.Misses,
			}); err != nil {
				return err
			}
		}
		if err := k.Voters.Set(ctx, v.ConsAddr, st); err != nil {
			return err
		}
	}
	if err := k.reward(ctx, params, rewarded); err != nil {
		return err
	}
	if err := k.advanceWindow(ctx, params, height); err != nil {
		return err
	}
	return k.stepController(ctx, params)
}

func (k Keeper) setTallied(ctx context.Context, key string, price math.LegacyDec, height int64) error {
	switch key {
	case types.RateKey:
		return k.DpnUsd.Set(ctx, price)
	case types.EthRateKey:
		return k.EthUsd.Set(ctx, price)
	}
	return k.Prices.Set(ctx, key, types.Price{Dimension: key, ReferenceUsd: price, Height: height})
}

func (k Keeper) voterStatus(ctx context.Context, addr sdk.ConsAddress) (types.VoterStatus, error) {
	st, err := k.Voters.Get(ctx, addr)
	if err != nil && !isNotFound(err) {
		return st, err
	}
	return st, nil
}

// reward mints RewardPerPeriod × issuance factor and shares it among the in-band voters by
// power, through x/distribution (so commission and delegators are paid as for block rewards).
// A voter x/staking no longer knows (fully unbonded since it voted) is left out.
func (k Keeper) reward(ctx context.Context, params types.Params, voters []types.ValidatorVote) error {
	if len(voters) == 0 || k.bank == nil || k.distr == nil || k.staking == nil {
		return nil
	}
	ctrl, err := k.Controller.Get(ctx)
	if err != nil {
		return err
	}
	total := ctrl.IssuanceFactor.MulInt(params.RewardPerPeriod).TruncateInt()
	if !total.IsPositive() {
		return nil
	}
	type payee struct {
		val   stakingtypes.ValidatorI
		power int64
	}
	var payees []payee
	var power int64
	for _, v := range voters {
		val, err := k.staking.ValidatorByConsAddr(ctx, v.ConsAddr)
		if err != nil || val == nil {
			continue
		}
		payees = append(payees, payee{val, v.Power})
		power += v.Power
	}
	if len(payees) == 0 {
		return nil
	}
	coins := sdk.NewCoins(sdk.NewCoin(k.denom, total))
	if err := k.bank.MintCoins(ctx, types.ModuleName, coins); err != nil {
		return err
	}
	if err := k.bank.SendCoinsFromModuleToModule(ctx, types.ModuleName, k.distrAcc, coins); err != nil {
		return err
	}
	paid := math.ZeroInt()
	for i, p := range payees {
		share := total.MulRaw(p.power).QuoRaw(power)
		if i == len(payees)-1 {
			share = total.Sub(paid)
		}
		paid = paid.Add(share)
		if err := k.distr.AllocateTokensToValidator(ctx, p.val, sdk.NewDecCoinsFromCoins(sdk.NewCoin(k.denom, share))); err != nil {
			return err
		}
	}
	return nil
}

// advanceWindow counts this tally in the slash window; when the window is full, every
// validator whose misses exceed (1 − MinValidPerWindow) of it is slashed and jailed, and
// the records start afresh.
func (k Keeper) advanceWindow(ctx context.Context, params types.Params, height int64) error {
	periods, err := k.PeriodsInWindow.Get(ctx)
	if err != nil && !isNotFound(err) {
		return err
	}
	if periods == 0 {
		if err := k.WindowStart.Set(ctx, height); err != nil {
			return err
		}
	}
	periods++
	if periods < params.SlashWindow {
		return k.PeriodsInWindow.Set(ctx, periods)
	}
	type record struct {
		addr sdk.ConsAddress
		st   types.VoterStatus
	}
	var all []record
	if err := k.Voters.Walk(ctx, nil, func(a sdk.ConsAddress, st types.VoterStatus) (bool, error) {
		all = append(all, record{a, st})
		return false, nil
	}); err != nil {
		return err
	}
	window := math.LegacyNewDec(int64(periods))
	for _, r := range all {
		valid := window.Sub(math.LegacyNewDec(int64(r.st.Misses))).Quo(window)
		if valid.LT(params.MinValidPerWindow) {
			if err := k.slashAndJail(ctx, params, r.addr, r.st.Misses, periods); err != nil {
				return err
			}
		}
		if err := k.Voters.Remove(ctx, r.addr); err != nil {
			return err
		}
	}
	return k.PeriodsInWindow.Set(ctx, 0)
}

func (k Keeper) slashAndJail(ctx context.Context, params types.Params, addr sdk.ConsAddress, misses, periods uint64) error {
	if k.staking == nil || k.slashing == nil {
		return nil
	}
	val, err := k.staking.ValidatorByConsAddr(ctx, addr)
	if err != nil || val == nil || val.IsJailed() || !val.IsBonded() {
		return nil // gone, already jailed or unbonding: nothing left to punish here
	}
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	power := val.GetConsensusPower(k.staking.PowerReduction(ctx))
	// The infraction happened over the window; stake bonded two blocks ago is what counts,
	// as for x/slashing's downtime.
	distributionHeight := sdkCtx.BlockHeight() - sdk.ValidatorUpdateDelay - 1
	if err := k.slashing.Slash(ctx, addr, params.SlashFraction, power, distributionHeight); err != nil {
		return fmt.Errorf("slashing %s: %w", addr, err)
	}
	if err := k.slashing.Jail(ctx, addr); err != nil {
		return fmt.Errorf("jailing %s: %w", addr, err)
	}
	return sdkCtx.EventManager().EmitTypedEvent(&types.EventVoterSlashed{ConsensusAddress: addr.String(), Misses: misses, Periods: periods})
}
