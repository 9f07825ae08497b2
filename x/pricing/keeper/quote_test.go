package keeper_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"

	"github.com/dpn-network/dpn/x/pricing/keeper"
	"github.com/dpn-network/dpn/x/pricing/types"
)

// priced tallies one complete vote at base prices (DPN at $0.50).
func (f *fixture) priced(t *testing.T) sdk.ConsAddress {
	t.Helper()
	a := f.validator(t, 0, 10)
	require.NoError(t, f.k.ApplyVotes(f.Ctx, []types.ValidatorVote{{ConsAddr: a, Power: 10, Vote: vote("1")}}))
	return a
}

func TestQuote(t *testing.T) {
	f := newFixture(t)
	f.priced(t)
	// 4 vCPU, 16 GiB, 730 GiB storage, 10 GB out, 2 × T4 for 90 minutes, at DPN $0.50:
	// reference = 1.5 × (4 × 0.034 + 16 × 0.0035 + 730/730 × 0.08 + 2 × 0.33) + 10 × 0.09
	//           = 1.5 × 0.932 + 0.9 = 2.298 USD; DPN's price is 62 % of it: 1.42476 USD,
	// 2.84952 DPN.
	r := types.Resources{
		Vcpus: math.LegacyNewDec(4), MemoryGib: math.LegacyNewDec(16), StorageGib: math.LegacyNewDec(730),
		BandwidthGb: math.LegacyNewDec(10), Gpus: []types.GpuCount{{Class: "t4", Count: 2}},
	}
	q, err := f.k.Quote(f.Ctx, r, 90*time.Minute)
	require.NoError(t, err)
	requireDec(t, d("2.298"), q.ReferenceUsd)
	requireDec(t, d("1.42476"), q.Usd)
	require.Equal(t, math.NewInt(2_849_520), q.Udpn)

	res, err := f.q.Quote(f.Ctx, &types.QueryQuoteRequest{Resources: r, DurationSeconds: 5400})
	require.NoError(t, err)
	require.Equal(t, q.Udpn, res.Udpn, "the query is the keeper's Quote")

	t.Run("rounds up to a whole udpn", func(t *testing.T) {
		q, err := f.k.Quote(f.Ctx, types.Resources{Vcpus: math.LegacyOneDec(), MemoryGib: math.LegacyZeroDec(), StorageGib: math.LegacyZeroDec(), BandwidthGb: math.LegacyZeroDec()}, time.Second)
		require.NoError(t, err)
		// 0.034 × 0.62 / 3600 / 0.5 DPN = 11.7111… udpn
		require.Equal(t, math.NewInt(12), q.Udpn)
	})

	zero := math.LegacyZeroDec()
	bad := []struct {
		name string
		r    types.Resources
		dur  time.Duration
		err  error
	}{
		{"zero duration", r, 0, types.ErrInvalidDuration},
		{"sub-second duration", r, 1500 * time.Millisecond, types.ErrInvalidDuration},
		{"over ten years", r, keeper.MaxQuoteDuration + time.Second, types.ErrInvalidDuration},
		{"negative memory", types.Resources{Vcpus: zero, MemoryGib: math.LegacyNewDec(-1), StorageGib: zero, BandwidthGb: zero}, time.Hour, types.ErrInvalidResources},
		{"unpriced gpu class", types.Resources{Vcpus: zero, MemoryGib: zero, StorageGib: zero, BandwidthGb: zero, Gpus: []types.GpuCount{{Class: "b200", Count: 1}}}, time.Hour, types.ErrInvalidResources},
		{"gpu class twice", types.Resources{Vcpus: zero, MemoryGib: zero, StorageGib: zero, BandwidthGb: zero, Gpus: []types.GpuCount{{Class: "t4", Count: 1}, {Class: "t4", Count: 1}}}, time.Hour, types.ErrInvalidResources},
		{"zero gpus", types.Resources{Vcpus: zero, MemoryGib: zero, StorageGib: zero, BandwidthGb: zero, Gpus: []types.GpuCount{{Class: "t4"}}}, time.Hour, types.ErrInvalidResources},
		{"absurd amount", types.Resources{Vcpus: types.MaxResourceAmount.MulInt64(2), MemoryGib: zero, StorageGib: zero, BandwidthGb: zero}, time.Hour, types.ErrInvalidResources},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			_, err := f.k.Quote(f.Ctx, tc.r, tc.dur)
			require.ErrorIs(t, err, tc.err)
		})
	}
	_, err = f.q.Quote(f.Ctx, &types.QueryQuoteRequest{Resources: r, DurationSeconds: 0})
	require.ErrorIs(t, err, types.ErrInvalidDuration)

	t.Run("no price yet", func(t *testing.T) {
		g := newFixture(t)
		_, err := g.k.Quote(g.Ctx, r, time.Hour)
		require.ErrorIs(t, err, types.ErrNoPrice)
	})
}

func TestMultiplier(t *testing.T) {
	f := newFixture(t)
	f.priced(t)
	m, err := f.k.Multiplier(f.Ctx, "cpu")
	require.NoError(t, err)
	requireDec(t, math.LegacyOneDec(), m, "1 until the marketplace reports")

	require.ErrorIs(t, f.k.ReportUtilization(f.Ctx, "cpu", d("1.1")), types.ErrInvalidUtilization)
	require.ErrorIs(t, f.k.ReportUtilization(f.Ctx, "cpu", d("-0.1")), types.ErrInvalidUtilization)
	require.ErrorIs(t, f.k.ReportUtilization(f.Ctx, "gpu/b200", d("0.5")), types.ErrInvalidDimension)

	// Full utilization against a 1/2 target: +1 % a block (max change 0.01).
	require.NoError(t, f.k.ReportUtilization(f.Ctx, "cpu", d("1")))
	require.NoError(t, f.k.EndBlock(f.Ctx))
	m, err = f.k.Multiplier(f.Ctx, "cpu")
	require.NoError(t, err)
	requireDec(t, d("1.01"), m)
	// The report is consumed: the next block without a report leaves it.
	require.NoError(t, f.k.EndBlock(f.Ctx))
	m, _ = f.k.Multiplier(f.Ctx, "cpu")
	requireDec(t, d("1.01"), m)
	other, _ := f.k.Multiplier(f.Ctx, "memory")
	requireDec(t, math.LegacyOneDec(), other, "other dimensions untouched")

	// The quote follows the multiplier.
	dq, err := f.k.DimensionQuote(f.Ctx, "cpu")
	require.NoError(t, err)
	requireDec(t, d("0.034").Mul(d("0.62")).Mul(d("1.01")), dq.Usd)

	// Idle for long: bounded below by 0.5.
	for i := 0; i < 200; i++ {
		require.NoError(t, f.k.ReportUtilization(f.Ctx, "cpu", math.LegacyZeroDec()))
		require.NoError(t, f.k.EndBlock(f.Ctx))
	}
	m, _ = f.k.Multiplier(f.Ctx, "cpu")
	requireDec(t, d("0.5"), m)
	// Saturated for long: bounded above by 2.
	for i := 0; i < 300; i++ {
		require.NoError(t, f.k.ReportUtilization(f.Ctx, "cpu", math.LegacyOneDec()))
		require.NoError(t, f.k.EndBlock(f.Ctx))
	}
	m, _ = f.k.Multiplier(f.Ctx, "cpu")
	requireDec(t, d("2"), m)
	msg, broken := f.k.CheckBounds(f.Ctx)
	require.False(t, broken, msg)
}

func TestStepController(t *testing.T) {
	p := types.DefaultParams()
	p.ControllerKp, p.ControllerKi = d("2"), d("0.05")
	tests := []struct {
		name                    string
		integral, value         string
		dev, integ, burn, issue string
	}{
		{"on the anchor", "0", "100", "0", "0", "0.5", "1"},
		// d = 0.1, I = 0.1, u = 2 × 0.1 + 0.05 × 0.1 = 0.205: burn 0.5 + 0.205 × 0.4.
		{"DPN cheaper: burn more, issue less", "0", "110", "0.1", "0.1", "0.582", "0.795"},
		// d = −0.1, I = −0.1, u = −0.205: burn 0.5 − 0.205 × 0.4.
		{"DPN dearer: burn less, issue more", "0", "90", "-0.1", "-0.1", "0.418", "1.205"},
		{"saturates at max burn", "0", "200", "1", "1", "0.9", "0"},
		{"integral clamps", "9.9", "150", "0.5", "10", "0.9", "0"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := keeper.StepController(p, d(tc.integral), d(tc.value), d("100"))
			requireDec(t, d(tc.dev), out.Deviation)
			requireDec(t, d(tc.integ), out.Integral)
			requireDec(t, d(tc.burn), out.BurnShare)
			requireDec(t, d(tc.issue), out.IssuanceFactor)
		})
	}
}

func TestAnchorAndBurn(t *testing.T) {
	f := newFixture(t)
	a := f.priced(t)
	ctrl, err := f.k.Controller.Get(f.Ctx)
	require.NoError(t, err)
	// CU = 1 h of 4 vCPU, 16 GiB, 100 GiB storage, 10 GB, 1 T4 at reference 0.136 + 0.056 +
	// 100/730 × 0.08 + 0.9 + 0.33 USD, × 0.62, / 0.5 × 10^6.
	ref := d("0.136").Add(d("0.056")).Add(d("8").QuoInt64(730)).Add(d("0.9")).Add(d("0.33"))
	want := ref.Mul(d("0.62")).Quo(d("0.5")).MulInt64(1_000_000)
	requireDec(t, want, ctrl.AnchorUdpn, "the first full tally fixes the anchor")
	require.True(t, ctrl.LastDeviation.IsZero())
	anchor, err := f.q.Anchor(f.Ctx, &types.QueryAnchorRequest{})
	require.NoError(t, err)
	requireDec(t, want, anchor.ComputeUnitUdpn)

	// DPN loses 20 %: the Compute Unit costs 25 % more DPN; the controller burns more.
	next := f.NextBlock(time.Second)
	require.NoError(t, f.k.ApplyVotes(next.Ctx, []types.ValidatorVote{{ConsAddr: a, Power: 10, Vote: rateScaled(vote("1"), "0.8")}}))
	ctrl, err = f.k.Controller.Get(next.Ctx)
	require.NoError(t, err)
	requireDec(t, d("0.25"), ctrl.LastDeviation)
	require.True(t, ctrl.BurnShare.GT(types.DefaultParams().BurnShareBase))
	require.True(t, ctrl.IssuanceFactor.LT(math.LegacyOneDec()))

	// 10,000 udpn of fees: BeginBlock burns the burn share of them.
	f.chain.balances[authtypes.FeeCollectorName] = math.NewInt(10_000)
	require.NoError(t, f.k.EndBlock(next.Ctx))
	require.NoError(t, f.k.BeginBlock(next.Ctx))
	burnt := ctrl.BurnShare.MulInt64(10_000).TruncateInt()
	require.Equal(t, burnt, f.chain.burnt)
	require.Equal(t, math.NewInt(10_000).Sub(burnt), f.chain.bal(authtypes.FeeCollectorName))
}

func rateScaled(v *types.PriceVote, factor string) *types.PriceVote {
	v.DpnUsd = v.DpnUsd.Mul(d(factor))
	return v
}

// TestBurnSparesMintReward: x/mint puts the block reward into the fee collector before
// x/pricing's BeginBlock; only the fees the last block collected are burnt from.
func TestBurnSparesMintReward(t *testing.T) {
	const collector = authtypes.FeeCollectorName
	mint := func(f *fixture, amt int64) {
		f.chain.balances[collector] = f.chain.bal(collector).Add(math.NewInt(amt))
	}
	distribute := func(f *fixture) { f.chain.balances[collector] = math.ZeroInt() }

	t.Run("fees of the last block, not the reward", func(t *testing.T) {
		f := newFixture(t)
		ctrl, err := f.k.Controller.Get(f.Ctx)
		require.NoError(t, err)
		require.True(t, ctrl.BurnShare.IsPositive())

		f.chain.balances[collector] = math.NewInt(10_000) // the block's transaction and job fees
		require.NoError(t, f.k.EndBlock(f.Ctx))
		next := f.NextBlock(time.Second)
		mint(f, 5_000)
		require.NoError(t, f.k.BeginBlock(next.Ctx))
		burnt := ctrl.BurnShare.MulInt64(10_000).TruncateInt()
		require.Equal(t, burnt, f.chain.burnt)
		require.Equal(t, math.NewInt(15_000).Sub(burnt), f.chain.bal(collector), "the reward is left whole")

		distribute(f)
		require.NoError(t, f.k.EndBlock(next.Ctx)) // a block without fees
		last := f.NextBlock(time.Second)
		mint(f, 5_000)
		require.NoError(t, f.k.BeginBlock(last.Ctx))
		require.Equal(t, burnt, f.chain.burnt, "a reward alone is never burnt")
	})

	t.Run("no record: nothing burnt", func(t *testing.T) {
		f := newFixture(t)
		require.NoError(t, f.k.FeesCollected.Remove(f.Ctx))
		mint(f, 5_000)
		require.NoError(t, f.k.BeginBlock(f.Ctx))
		require.True(t, f.chain.burnt.IsZero())
	})

	t.Run("genesis takes the exported chain's undistributed fees", func(t *testing.T) {
		f := newFixture(t)
		f.chain.balances[collector] = math.NewInt(8_000)
		require.NoError(t, f.k.InitGenesis(f.Ctx, *types.DefaultGenesis()))
		ctrl, err := f.k.Controller.Get(f.Ctx)
		require.NoError(t, err)
		mint(f, 5_000)
		require.NoError(t, f.k.BeginBlock(f.NextBlock(time.Second).Ctx))
		require.Equal(t, ctrl.BurnShare.MulInt64(8_000).TruncateInt(), f.chain.burnt)
	})
}
