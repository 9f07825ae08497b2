package keeper_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/dpn-network/dpn/x/pricing/keeper"
	"github.com/dpn-network/dpn/x/pricing/types"
)

func TestWeightedMedian(t *testing.T) {
	a, b, c := sdk.ConsAddress{1}, sdk.ConsAddress{2}, sdk.ConsAddress{3}
	tests := []struct {
		name    string
		ballots []keeper.Ballot
		want    string
		ok      bool
	}{
		{"none", nil, "", false},
		{"no power", []keeper.Ballot{{Voter: a, Power: 0, Value: d("1")}}, "", false},
		{"one", []keeper.Ballot{{Voter: a, Power: 5, Value: d("1.5")}}, "1.5", true},
		{"equal weights, odd", []keeper.Ballot{{Voter: a, Power: 1, Value: d("3")}, {Voter: b, Power: 1, Value: d("1")}, {Voter: c, Power: 1, Value: d("2")}}, "2", true},
		{"equal weights, even takes the lower", []keeper.Ballot{{Voter: a, Power: 1, Value: d("4")}, {Voter: b, Power: 1, Value: d("1")}}, "1", true},
		{"heavy voter decides", []keeper.Ballot{{Voter: a, Power: 10, Value: d("9")}, {Voter: b, Power: 3, Value: d("1")}, {Voter: c, Power: 3, Value: d("2")}}, "9", true},
		{"stake, not heads", []keeper.Ballot{{Voter: a, Power: 2, Value: d("1")}, {Voter: b, Power: 2, Value: d("2")}, {Voter: c, Power: 5, Value: d("3")}}, "3", true},
		{"exactly half", []keeper.Ballot{{Voter: a, Power: 5, Value: d("1")}, {Voter: b, Power: 3, Value: d("2")}, {Voter: c, Power: 2, Value: d("3")}}, "1", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := keeper.WeightedMedian(tc.ballots)
			require.Equal(t, tc.ok, ok)
			if ok {
				requireDec(t, d(tc.want), got)
			}
		})
	}
}

func TestApplyVotesMedianBandAndMisses(t *testing.T) {
	f := newFixture(t)
	v := make([]sdk.ConsAddress, 5)
	powers := []int64{40, 30, 20, 10, 10}
	for i := range v {
		v[i] = f.validator(t, i, powers[i])
	}
	incomplete := vote("1")
	incomplete.Prices = incomplete.Prices[1:] // no bandwidth
	votes := []types.ValidatorVote{
		{ConsAddr: v[0], Power: 40, Vote: vote("1.01")},
		{ConsAddr: v[1], Power: 30, Vote: vote("1")},
		{ConsAddr: v[2], Power: 20, Vote: vote("10")}, // 10× the others
		{ConsAddr: v[3], Power: 10, Vote: nil},        // no source
		{ConsAddr: v[4], Power: 10, Vote: incomplete},
	}
	require.NoError(t, f.k.ApplyVotes(f.Ctx, votes))

	// cpu: ballots 0.034 (v1, 30; v4, 10), 0.03434 (v0, 40), 0.34 (v2, 20); total 100.
	// Median of all: cumulative 40 at 0.034, 80 ≥ 50 at 0.03434. Band ±5 % keeps v0, v1,
	// v4; their median (total 80): 0.034 reaches 40 ≥ 40.
	p, err := f.k.Prices.Get(f.Ctx, "cpu")
	require.NoError(t, err)
	requireDec(t, d("0.034"), p.ReferenceUsd)
	require.Equal(t, f.Ctx.BlockHeight(), p.Height)
	// bandwidth: v4 did not vote it; v0 (40) and v1 (30) in band, 70 of 100 power > 1/2.
	p, err = f.k.Prices.Get(f.Ctx, "bandwidth")
	require.NoError(t, err)
	requireDec(t, d("0.0909"), p.ReferenceUsd, "median of 0.0909 (40) and 0.09 (30) over 70: 0.0909 reaches 40 ≥ 35")
	rate, err := f.k.DpnUsd.Get(f.Ctx)
	require.NoError(t, err)
	requireDec(t, d("0.5"), rate)

	wantStatus := []struct {
		valid bool
	}{{true}, {true}, {false}, {false}, {false}}
	for i, want := range wantStatus {
		st, err := f.k.Voters.Get(f.Ctx, v[i])
		require.NoError(t, err)
		require.Equal(t, want.valid, st.LastValid, "validator %d", i)
		if want.valid {
			require.EqualValues(t, 1, st.ValidVotes)
			require.Zero(t, st.Misses)
		} else {
			require.EqualValues(t, 1, st.Misses)
			require.Zero(t, st.ValidVotes)
		}
	}
	reasons := map[string]string{}
	for _, ev := range f.Ctx.EventManager().Events() {
		if ev.Type != "dpn.pricing.v1.EventVoteMissed" {
			continue
		}
		var addr, reason string
		for _, a := range ev.Attributes {
			switch a.Key {
			case "consensus_address":
				addr = a.Value
			case "reason":
				reason = a.Value
			}
		}
		reasons[addr] = reason
	}
	require.Equal(t, map[string]string{
		`"` + v[2].String() + `"`: `"out_of_band"`,
		`"` + v[3].String() + `"`: `"absent"`,
		`"` + v[4].String() + `"`: `"incomplete"`,
	}, reasons)

	// The reward (1000 udpn at issuance factor 1) goes to v0 and v1 by power, 40:30.
	require.Equal(t, math.NewInt(1000), f.chain.minted)
	requireDec(t, d("571"), f.chain.allocated[string(v[0])])
	requireDec(t, d("429"), f.chain.allocated[string(v[1])])
	require.NotContains(t, f.chain.allocated, string(v[2]))
}

func TestApplyVotesThreshold(t *testing.T) {
	f := newFixture(t)
	a, b := f.validator(t, 0, 50), f.validator(t, 1, 50)
	// Only half of the power votes: not more than the threshold of 1/2, so no price.
	require.NoError(t, f.k.ApplyVotes(f.Ctx, []types.ValidatorVote{{ConsAddr: a, Power: 50, Vote: vote("1")}, {ConsAddr: b, Power: 50, Vote: nil}}))
	_, err := f.k.Prices.Get(f.Ctx, "cpu")
	require.ErrorIs(t, err, collections.ErrNotFound)
	_, err = f.k.Quote(f.Ctx, types.DefaultComputeUnit(), time.Hour)
	require.ErrorIs(t, err, types.ErrNoPrice)
	st, err := f.k.Voters.Get(f.Ctx, a)
	require.NoError(t, err)
	require.EqualValues(t, 1, st.ValidVotes, "a vote inside the band still counts as valid")
}

func TestApplyVotesOnlyAtVotePeriodEnds(t *testing.T) {
	f := newFixture(t)
	params := types.DefaultParams()
	params.VotePeriod = 2
	require.NoError(t, f.k.Params.Set(f.Ctx, params))
	a := f.validator(t, 0, 10)
	require.NoError(t, f.k.ApplyVotes(f.Ctx, []types.ValidatorVote{{ConsAddr: a, Power: 10, Vote: vote("1")}})) // height 1
	_, err := f.k.Voters.Get(f.Ctx, a)
	require.ErrorIs(t, err, collections.ErrNotFound, "height 1 is inside a period")
	next := f.NextBlock(time.Second)
	require.NoError(t, f.k.ApplyVotes(next.Ctx, []types.ValidatorVote{{ConsAddr: a, Power: 10, Vote: vote("1")}})) // height 2
	_, err = f.k.Voters.Get(next.Ctx, a)
	require.NoError(t, err)
}

func TestChronicMisserSlashedAndJailed(t *testing.T) {
	f := newFixture(t)
	params := types.DefaultParams()
	params.SlashWindow = 4
	params.MinValidPerWindow = d("0.5")
	require.NoError(t, f.k.Params.Set(f.Ctx, params))
	good, half, bad := f.validator(t, 0, 60), f.validator(t, 1, 20), f.validator(t, 2, 20)
	fx := f.Fixture
	for i := 0; i < 4; i++ {
		halfVote := vote("1")
		if i%2 == 1 {
			halfVote = nil
		}
		require.NoError(t, f.k.ApplyVotes(fx.Ctx, []types.ValidatorVote{{ConsAddr: good, Power: 60, Vote: vote("1")}, {ConsAddr: half, Power: 20, Vote: halfVote}, {ConsAddr: bad, Power: 20, Vote: vote("3")}}))
		if i < 3 {
			st, err := f.k.Voters.Get(fx.Ctx, bad)
			require.NoError(t, err)
			require.EqualValues(t, i+1, st.Misses)
			require.Empty(t, f.chain.jailed, "nobody is punished before the window ends")
		}
		fx = fx.NextBlock(time.Second)
	}
	require.True(t, f.chain.jailed[string(bad)], "3× prices every period: 0 valid of 4")
	require.Equal(t, params.SlashFraction, f.chain.slashed[string(bad)])
	require.False(t, f.chain.jailed[string(half)], "2 valid of 4 is not below 1/2")
	require.False(t, f.chain.jailed[string(good)])
	periods, err := f.k.PeriodsInWindow.Get(fx.Ctx)
	require.NoError(t, err)
	require.Zero(t, periods, "a new window starts")
	_, err = f.k.Voters.Get(fx.Ctx, bad)
	require.ErrorIs(t, err, collections.ErrNotFound, "records start afresh")
}

// TestRewardSkipsUnknownValidators: a voter that x/staking no longer knows is left out of
// the reward, and the tally does not fail (it runs in PreBlock, where an error would halt).
func TestRewardSkipsUnknownValidators(t *testing.T) {
	f := newFixture(t)
	a := f.validator(t, 0, 30)
	gone := sdk.ConsAddress([]byte("gone-gone-gone-gone-"))
	require.NoError(t, f.k.ApplyVotes(f.Ctx, []types.ValidatorVote{{ConsAddr: a, Power: 30, Vote: vote("1")}, {ConsAddr: gone, Power: 30, Vote: vote("1")}}))
	requireDec(t, d("1000"), f.chain.allocated[string(a)])
	st, err := f.k.Voters.Get(f.Ctx, gone)
	require.NoError(t, err)
	require.EqualValues(t, 1, st.ValidVotes, "its vote still counted")
}

// TestNewDimensionNobodyVotesIsNoMiss: a GPU class added by governance before any source
// serves it gets no price, and nobody misses for leaving it out.
func TestNewDimensionNobodyVotesIsNoMiss(t *testing.T) {
	f := newFixture(t)
	params := types.DefaultParams()
	params.GpuClasses = append(params.GpuClasses, "b200")
	require.NoError(t, f.k.Params.Set(f.Ctx, params))
	a, b := f.validator(t, 0, 10), f.validator(t, 1, 10)
	require.NoError(t, f.k.ApplyVotes(f.Ctx, []types.ValidatorVote{{ConsAddr: a, Power: 10, Vote: vote("1")}, {ConsAddr: b, Power: 10, Vote: vote("1")}}))
	for _, v := range []sdk.ConsAddress{a, b} {
		st, err := f.k.Voters.Get(f.Ctx, v)
		require.NoError(t, err)
		require.True(t, st.LastValid)
	}
	_, err := f.k.Prices.Get(f.Ctx, "gpu/b200")
	require.ErrorIs(t, err, collections.ErrNotFound)
}

// ETH/USD is tallied like the DPN/USD rate; DpnPerEth divides the two. A validator whose
// sources give no ETH rate while the others price it has an incomplete vote.
func TestEthRateTallied(t *testing.T) {
	f := newFixture(t)
	a, b, c := f.validator(t, 0, 10), f.validator(t, 1, 10), f.validator(t, 2, 10)
	_, err := f.k.DpnPerEth(f.Ctx)
	require.ErrorIs(t, err, types.ErrNoPrice, "no rates before the first tally")
	withEth := func(eth string) *types.PriceVote {
		v := vote("1")
		e := d(eth)
		v.EthUsd = &e
		return v
	}
	require.NoError(t, f.k.ApplyVotes(f.Ctx, []types.ValidatorVote{
		{ConsAddr: a, Power: 10, Vote: withEth("3000")}, {ConsAddr: b, Power: 10, Vote: withEth("3010")}, {ConsAddr: c, Power: 10, Vote: vote("1")},
	}))
	eth, err := f.k.EthUsd.Get(f.Ctx)
	require.NoError(t, err)
	requireDec(t, d("3000"), eth, "the stake-weighted median: the first value at half the power")
	rate, err := f.k.DpnPerEth(f.Ctx)
	require.NoError(t, err)
	requireDec(t, d("6000"), rate)
	st, err := f.k.Voters.Get(f.Ctx, c)
	require.NoError(t, err)
	require.False(t, st.LastValid, "leaving out a rate the others priced is an incomplete vote")

	gs, err := f.k.ExportGenesis(f.Ctx)
	require.NoError(t, err)
	requireDec(t, d("3000"), gs.EthUsd, "exported")
}
