package voteext

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	abci "github.com/cometbft/cometbft/abci/types"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/dpn-network/dpn/app/voteext/types"
	bridgetypes "github.com/dpn-network/dpn/x/bridge/types"
	pricingtypes "github.com/dpn-network/dpn/x/pricing/types"
)

func encode(t testing.TB, v uint32) []byte {
	t.Helper()
	bz, err := (&types.VoteExtension{Version: v}).Marshal()
	require.NoError(t, err)
	return bz
}

func priceVote() *pricingtypes.PriceVote {
	return &pricingtypes.PriceVote{
		DpnUsd: math.LegacyMustNewDecFromStr("0.5"),
		Prices: []pricingtypes.DimensionPrice{
			{Dimension: "cpu", Usd: math.LegacyMustNewDecFromStr("0.034")},
			{Dimension: "gpu/h100", Usd: math.LegacyMustNewDecFromStr("10.58")},
		},
	}
}

func encodePrices(t *testing.T, v *pricingtypes.PriceVote) []byte {
	t.Helper()
	bz, err := (&types.VoteExtension{Version: Version, Prices: v}).Marshal()
	require.NoError(t, err)
	return bz
}

func TestExtendThenVerify(t *testing.T) {
	tests := []struct {
		name     string
		provider func(sdk.Context) (*pricingtypes.PriceVote, error)
		want     *pricingtypes.PriceVote
	}{
		{"no provider", nil, nil},
		{"provider with no source", func(sdk.Context) (*pricingtypes.PriceVote, error) { return nil, nil }, nil},
		{"provider fails", func(sdk.Context) (*pricingtypes.PriceVote, error) { return nil, errors.New("down") }, nil},
		{"provider gives an invalid vote", func(sdk.Context) (*pricingtypes.PriceVote, error) {
			v := priceVote()
			v.Prices[0].Usd = math.LegacyNewDec(-1)
			return v, nil
		}, nil},
		{"provider gives a vote", func(sdk.Context) (*pricingtypes.PriceVote, error) { return priceVote(), nil }, priceVote()},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := &Handler{cfg: Config{Providers: Providers{Prices: tc.provider}, Budget: time.Second}}
			res, err := h.ExtendVote(sdk.Context{}.WithContext(context.Background()), &abci.RequestExtendVote{Height: 5})
			require.NoError(t, err)
			ok, err := h.VerifyVoteExtension(sdk.Context{}, &abci.RequestVerifyVoteExtension{VoteExtension: res.VoteExtension})
			require.NoError(t, err)
			require.Equal(t, abci.ResponseVerifyVoteExtension_ACCEPT, ok.Status)
			ext, err := Decode(res.VoteExtension)
			require.NoError(t, err)
			require.Equal(t, tc.want, ext.Prices)
		})
	}
}

// TestExtendVoteBudget: a provider that would block is cut off by the budget and the vote
// goes out without its part.
func TestExtendVoteBudget(t *testing.T) {
	h := &Handler{cfg: Config{Budget: 50 * time.Millisecond, Providers: Providers{Prices: func(ctx sdk.Context) (*pricingtypes.PriceVote, error) {
		select {
		case <-ctx.Context().Done():
			return nil, ctx.Context().Err()
		case <-time.After(10 * time.Second):
			return priceVote(), nil
		}
	}}}}
	start := time.Now()
	res, err := h.ExtendVote(sdk.Context{}.WithContext(context.Background()), &abci.RequestExtendVote{Height: 5})
	require.NoError(t, err)
	require.Less(t, time.Since(start), 5*time.Second)
	require.Equal(t, encode(t, Version), res.VoteExtension)
}

func TestDecodeRejects(t *testing.T) {
	bad := func(edit func(*pricingtypes.PriceVote)) []byte {
		v := priceVote()
		edit(v)
		return encodePrices(t, v)
	}
	tests := []struct {
		name string
		bz   []byte
		err  error
	}{
		{"over the size limit", make([]byte, MaxExtensionBytes+1), ErrTooLarge},
		{"not protobuf", []byte{0xff, 0xff, 0xff}, ErrMalformed},
		{"unknown version", encode(t, 2), ErrVersion},
		{"empty (version 0)", nil, ErrVersion},
		{"unknown trailing field", append(encode(t, Version), 0x1a, 0x01, 0x00), ErrMalformed},
		{"non-minimal varint", []byte{0x08, 0x81, 0x00}, ErrMalformed},
		{"price part without a rate", bad(func(v *pricingtypes.PriceVote) { v.DpnUsd = math.LegacyZeroDec() }), ErrMalformed},
		{"negative price", bad(func(v *pricingtypes.PriceVote) { v.Prices[0].Usd = math.LegacyNewDec(-3) }), ErrMalformed},
		{"unknown dimension", bad(func(v *pricingtypes.PriceVote) { v.Prices[0].Dimension = "disk" }), ErrMalformed},
		{"dimensions out of order", bad(func(v *pricingtypes.PriceVote) { v.Prices[0], v.Prices[1] = v.Prices[1], v.Prices[0] }), ErrMalformed},
		{"absurd price", bad(func(v *pricingtypes.PriceVote) { v.Prices[1].Usd = pricingtypes.MaxPriceUSD.MulInt64(2) }), ErrMalformed},
		{"rate written with a leading zero", rateOnly("0500000000000000000"), ErrMalformed},
		{"rate written with a plus sign", rateOnly("+500000000000000000"), ErrMalformed},
	}
	h := &Handler{}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Decode(tc.bz)
			require.ErrorIs(t, err, tc.err)
			res, err := h.VerifyVoteExtension(sdk.Context{}, &abci.RequestVerifyVoteExtension{VoteExtension: tc.bz})
			require.NoError(t, err, "a bad extension is rejected, never an error that halts the node")
			require.Equal(t, abci.ResponseVerifyVoteExtension_REJECT, res.Status)
		})
	}
}

// rateOnly encodes by hand a version-1 extension whose price part holds only dpn_usd, written
// as the given integer string (LegacyDec's wire form: the value × 10^18).
func rateOnly(s string) []byte {
	inner := append([]byte{0x12, byte(len(s))}, s...)
	return append([]byte{0x08, 0x01, 0x12, byte(len(inner))}, inner...)
}

func TestRateOnlyCanonical(t *testing.T) {
	ext, err := Decode(rateOnly("500000000000000000"))
	require.NoError(t, err, "the hand encoding is right when the number is canonical")
	require.Equal(t, "0.500000000000000000", ext.Prices.DpnUsd.String())
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte{0x08, 0x01})
	f.Add([]byte{})
	f.Add([]byte{0x08, 0x81, 0x00})
	v := priceVote()
	if bz, err := (&types.VoteExtension{Version: Version, Prices: v}).Marshal(); err == nil {
		f.Add(bz)
	}
	f.Fuzz(func(t *testing.T, bz []byte) {
		ext, err := Decode(bz)
		if err != nil {
			return
		}
		again, err := ext.Marshal()
		require.NoError(t, err)
		require.Equal(t, bz, again, "an accepted extension is canonical")
		if ext.Prices != nil {
			require.NoError(t, ext.Prices.ValidateBasic())
		}
	})
}

// A bridge part that carries only observed L2 events (a validator without a bridge key and
// no fresh L2 reading) goes out: observing needs no key.
func TestExtendVoteEventsOnly(t *testing.T) {
	ev := bridgetypes.L2Event{Destination: "optimism", Source: bridgetypes.EVENT_SOURCE_REDEMPTIONS, Nonce: 1, L2Height: 3,
		TxHash: make([]byte, 32), Redemption: &bridgetypes.Redemption{Partition: make([]byte, 32),
			From: "0x00000000000000000000000000000000000000B1", Value: math.NewInt(5), DpnAccount: []byte("dpn1x")}}
	h := &Handler{cfg: Config{Budget: time.Second, Providers: Providers{Bridge: func(sdk.Context) (*bridgetypes.BridgeVote, error) {
		return &bridgetypes.BridgeVote{Events: []bridgetypes.L2Event{ev}}, nil
	}}}}
	res, err := h.ExtendVote(sdk.Context{}.WithContext(context.Background()), &abci.RequestExtendVote{Height: 5})
	require.NoError(t, err)
	ext, err := Decode(res.VoteExtension)
	require.NoError(t, err)
	require.NotNil(t, ext.Bridge)
	require.Len(t, ext.Bridge.Events, 1)
}
