package keeper_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"cosmossdk.io/math"

	"github.com/dpn-network/dpn/x/pricing/keeper"
	"github.com/dpn-network/dpn/x/pricing/types"
)

func TestGenesisRoundTrip(t *testing.T) {
	f := newFixture(t)
	a, b := f.validator(t, 0, 10), f.validator(t, 1, 5)
	require.NoError(t, f.k.ApplyVotes(f.Ctx, []types.ValidatorVote{{ConsAddr: a, Power: 10, Vote: vote("1")}, {ConsAddr: b, Power: 5, Vote: nil}}))
	require.NoError(t, f.k.ReportUtilization(f.Ctx, "gpu/h100", d("0.9")))
	require.NoError(t, f.k.EndBlock(f.Ctx))
	exported, err := f.k.ExportGenesis(f.Ctx)
	require.NoError(t, err)
	require.NoError(t, exported.Validate())
	require.Len(t, exported.Prices, len(types.DefaultParams().Dimensions()))
	require.Len(t, exported.Voters, 2)
	require.Len(t, exported.Multipliers, 1)
	require.EqualValues(t, 1, exported.PeriodsInWindow)
	require.True(t, exported.Controller.AnchorUdpn.IsPositive())

	g := newFixture(t)
	require.NoError(t, g.k.InitGenesis(g.Ctx, *exported))
	again, err := g.k.ExportGenesis(g.Ctx)
	require.NoError(t, err)
	bz1, err := f.Codec.MarshalJSON(exported)
	require.NoError(t, err)
	bz2, err := g.Codec.MarshalJSON(again)
	require.NoError(t, err)
	require.JSONEq(t, string(bz1), string(bz2))
	q1, err := f.k.Quote(f.Ctx, types.DefaultComputeUnit(), time.Hour)
	require.NoError(t, err)
	q2, err := g.k.Quote(g.Ctx, types.DefaultComputeUnit(), time.Hour)
	require.NoError(t, err)
	require.Equal(t, q1.Udpn, q2.Udpn, "the imported chain quotes the same")
}

func TestGenesisRejects(t *testing.T) {
	tests := []struct {
		name string
		edit func(*types.GenesisState)
	}{
		{"bad params", func(gs *types.GenesisState) { gs.Params.Discount = d("1") }},
		{"price of an unpriced dimension", func(gs *types.GenesisState) {
			gs.Prices = []types.Price{{Dimension: "gpu/b200", ReferenceUsd: d("1")}}
		}},
		{"price twice", func(gs *types.GenesisState) {
			gs.Prices = []types.Price{{Dimension: "cpu", ReferenceUsd: d("1")}, {Dimension: "cpu", ReferenceUsd: d("1")}}
		}},
		{"zero price", func(gs *types.GenesisState) { gs.Prices = []types.Price{{Dimension: "cpu", ReferenceUsd: d("0")}} }},
		{"negative rate", func(gs *types.GenesisState) { gs.DpnUsd = d("-1") }},
		{"multiplier out of bounds", func(gs *types.GenesisState) {
			gs.Multipliers = []types.DimensionMultiplier{{Dimension: "cpu", Multiplier: d("3")}}
		}},
		{"bad voter address", func(gs *types.GenesisState) {
			gs.Voters = []types.ValidatorVoterStatus{{ConsensusAddress: "nope"}}
		}},
		{"burn share out of bounds", func(gs *types.GenesisState) { gs.Controller.BurnShare = d("0.95") }},
		{"integral beyond its limit", func(gs *types.GenesisState) { gs.Controller.Integral = d("-11") }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFixture(t)
			gs := types.DefaultGenesis()
			tc.edit(gs)
			require.Error(t, gs.Validate())
			require.Error(t, f.k.InitGenesis(f.Ctx, *gs))
		})
	}
}

func TestUpdateParams(t *testing.T) {
	good := types.DefaultParams()
	good.Discount = d("0.4")
	good.BurnShareMax = d("0.6")
	tests := []struct {
		name string
		msg  *types.MsgUpdateParams
		err  error
	}{
		{"not the authority", &types.MsgUpdateParams{Authority: "dpn1notgov", Params: good}, types.ErrInvalidAuthority},
		{"zero vote period", &types.MsgUpdateParams{Authority: authority(), Params: func() types.Params {
			p := good
			p.VotePeriod = 0
			return p
		}()}, types.ErrInvalidParams},
		{"band of zero", &types.MsgUpdateParams{Authority: authority(), Params: func() types.Params {
			p := good
			p.RewardBand = math.LegacyZeroDec()
			return p
		}()}, types.ErrInvalidParams},
		{"multiplier max below 1", &types.MsgUpdateParams{Authority: authority(), Params: func() types.Params {
			p := good
			p.MultiplierMax = d("0.9")
			return p
		}()}, types.ErrInvalidParams},
		{"gpu class twice", &types.MsgUpdateParams{Authority: authority(), Params: func() types.Params {
			p := good
			p.GpuClasses = []string{"t4", "t4"}
			return p
		}()}, types.ErrInvalidParams},
		{"compute unit with an unpriced gpu", &types.MsgUpdateParams{Authority: authority(), Params: func() types.Params {
			p := good
			p.GpuClasses = []string{"h100"}
			return p
		}()}, types.ErrInvalidParams},
		{"base burn above max", &types.MsgUpdateParams{Authority: authority(), Params: func() types.Params {
			p := good
			p.BurnShareBase = d("0.7")
			return p
		}()}, types.ErrInvalidParams},
		{"valid", &types.MsgUpdateParams{Authority: authority(), Params: good}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFixture(t)
			ctrl, err := f.k.Controller.Get(f.Ctx)
			require.NoError(t, err)
			ctrl.BurnShare = d("0.8")
			require.NoError(t, f.k.Controller.Set(f.Ctx, ctrl))
			_, err = f.msg.UpdateParams(f.Ctx, tc.msg)
			got, gerr := f.k.Params.Get(f.Ctx)
			require.NoError(t, gerr)
			after, _ := f.k.Controller.Get(f.Ctx)
			if tc.err != nil {
				require.ErrorIs(t, err, tc.err)
				def := types.DefaultParams()
				require.Equal(t, def.String(), got.String(), "nothing written")
				requireDec(t, d("0.8"), after.BurnShare)
				return
			}
			require.NoError(t, err)
			requireDec(t, d("0.4"), got.Discount)
			requireDec(t, d("0.6"), after.BurnShare, "burn share brought inside the new bounds")
		})
	}
}

func TestInvariantCatchesBrokenBounds(t *testing.T) {
	f := newFixture(t)
	f.priced(t)
	_, broken := f.k.CheckBounds(f.Ctx)
	require.False(t, broken)
	require.NoError(t, f.k.Multipliers.Set(f.Ctx, "cpu", d("5")))
	msg, broken := keeper.BoundsInvariant(f.k)(f.Ctx)
	require.True(t, broken)
	require.Contains(t, msg, "multiplier of cpu")
}

func TestQueries(t *testing.T) {
	f := newFixture(t)
	res, err := f.q.Prices(f.Ctx, &types.QueryPricesRequest{})
	require.NoError(t, err)
	require.Empty(t, res.Prices, "nothing before the first tally")
	a := f.priced(t)
	res, err = f.q.Prices(f.Ctx, &types.QueryPricesRequest{})
	require.NoError(t, err)
	require.Len(t, res.Prices, len(types.DefaultParams().Dimensions()))
	p, err := f.q.Price(f.Ctx, &types.QueryPriceRequest{Dimension: "gpu/h100"})
	require.NoError(t, err)
	requireDec(t, d("10.58").Mul(d("0.62")).Quo(d("0.5")).MulInt64(1_000_000), p.Price.Udpn)
	_, err = f.q.Price(f.Ctx, &types.QueryPriceRequest{Dimension: "disk"})
	require.ErrorIs(t, err, types.ErrInvalidDimension)
	_, err = f.q.Price(f.Ctx, &types.QueryPriceRequest{Dimension: "gpu/b200"})
	require.ErrorIs(t, err, types.ErrInvalidDimension)

	st, err := f.q.VoteStatus(f.Ctx, &types.QueryVoteStatusRequest{Validator: a.String()})
	require.NoError(t, err)
	require.EqualValues(t, 1, st.Status.ValidVotes)
	val := f.chain.validators[string(a)]
	st2, err := f.q.VoteStatus(f.Ctx, &types.QueryVoteStatusRequest{Validator: val.OperatorAddress})
	require.NoError(t, err)
	require.Equal(t, st, st2, "operator and consensus addresses find the same record")
	for _, bad := range []string{"", "dpnvaloper1xyz", "cosmos1abc"} {
		_, err = f.q.VoteStatus(f.Ctx, &types.QueryVoteStatusRequest{Validator: bad})
		require.ErrorIs(t, err, types.ErrInvalidValidator, bad)
	}
	other := f.validator(t, 5, 1)
	_, err = f.q.VoteStatus(f.Ctx, &types.QueryVoteStatusRequest{Validator: other.String()})
	require.ErrorIs(t, err, types.ErrNoVoterStatus)
	params, err := f.q.Params(f.Ctx, &types.QueryParamsRequest{})
	require.NoError(t, err)
	def := types.DefaultParams()
	require.Equal(t, def.String(), params.Params.String())
}

// TestQueryErrorCodes: a query refuses a bad argument with InvalidArgument and a missing
// record with NotFound, so that clients can tell them from a server fault (Unknown).
func TestQueryErrorCodes(t *testing.T) {
	f := newFixture(t)
	f.priced(t)
	other := f.validator(t, 5, 1)
	zero := math.LegacyZeroDec()
	tests := []struct {
		name string
		call func() error
		code codes.Code
	}{
		{"quote: zero duration", func() error {
			_, err := f.q.Quote(f.Ctx, &types.QueryQuoteRequest{Resources: types.DefaultComputeUnit()})
			return err
		}, codes.InvalidArgument},
		{"quote: negative memory", func() error {
			_, err := f.q.Quote(f.Ctx, &types.QueryQuoteRequest{DurationSeconds: 60,
				Resources: types.Resources{Vcpus: zero, MemoryGib: math.LegacyNewDec(-1), StorageGib: zero, BandwidthGb: zero}})
			return err
		}, codes.InvalidArgument},
		{"price: unknown dimension", func() error {
			_, err := f.q.Price(f.Ctx, &types.QueryPriceRequest{Dimension: "disk"})
			return err
		}, codes.InvalidArgument},
		{"vote status: malformed address", func() error {
			_, err := f.q.VoteStatus(f.Ctx, &types.QueryVoteStatusRequest{Validator: "dpnvaloper1xyz"})
			return err
		}, codes.InvalidArgument},
		{"vote status: no record", func() error {
			_, err := f.q.VoteStatus(f.Ctx, &types.QueryVoteStatusRequest{Validator: other.String()})
			return err
		}, codes.NotFound},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.call()
			require.Error(t, err)
			require.Equal(t, tc.code, status.Code(err), "%v", err)
		})
	}
}
