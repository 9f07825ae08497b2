package app_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	cmttypes "github.com/cometbft/cometbft/types"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	"github.com/dpn-network/dpn/app"
	"github.com/dpn-network/dpn/app/voteext"
	"github.com/dpn-network/dpn/testutil/network"
	"github.com/dpn-network/dpn/x/pricing/feed"
	pricingtypes "github.com/dpn-network/dpn/x/pricing/types"
)

// basePrices are the reference prices every source serves, scaled by its own factor.
var basePrices = map[string]string{
	"dpn-usd": "0.5", "cpu": "0.034", "memory": "0.0035", "storage": "0.08", "bandwidth": "0.09",
	"gpu/a100-40g": "3.18", "gpu/a100-80g": "4.10", "gpu/a10g": "0.81", "gpu/h100": "10.58",
	"gpu/l4": "0.61", "gpu/t4": "0.33", "gpu/v100": "2.57",
}

func scaled(key, factor string) math.LegacyDec {
	return math.LegacyMustNewDecFromStr(basePrices[key]).Mul(math.LegacyMustNewDecFromStr(factor))
}

// priceServer serves a feed document at basePrices × factor; the factor can change while it
// runs.
type priceServer struct {
	*httptest.Server
	factor atomic.Value
}

func newPriceServer(t *testing.T, factor string) *priceServer {
	s := &priceServer{}
	s.factor.Store(factor)
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		f := s.factor.Load().(string)
		doc := feed.Document{Prices: map[string]string{}}
		for k := range basePrices {
			v := scaled(k, f).String()
			if k == pricingtypes.RateKey {
				doc.DpnUsd = v
			} else {
				doc.Prices[k] = v
			}
		}
		_ = json.NewEncoder(w).Encode(doc)
	}))
	t.Cleanup(s.Close)
	return s
}

// TestPricingNetwork runs four validators with vote extensions on. Validators 0, 1 and 2 read
// prices from their own local HTTP source (at 1.00, 1.02 and 0.99 × the base prices);
// validator 3 has no source, and later signs malformed or oversized extensions.
func TestPricingNetwork(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a 4-validator network")
	}
	servers := []*priceServer{newPriceServer(t, "1.00"), newPriceServer(t, "1.02"), newPriceServer(t, "0.99")}
	var fault atomic.Int32 // 0: none; 1: validator 3 signs malformed and oversized extensions
	cfg := network.WithOptions(network.DefaultConfig(4), network.Options{
		PriceSources: [][]string{{servers[0].URL}, {servers[1].URL}, {servers[2].URL}, nil},
		ExtensionFaults: []func(int64, []byte) []byte{nil, nil, nil, func(h int64, ext []byte) []byte {
			if fault.Load() == 0 {
				return ext
			}
			if h%2 == 0 {
				return make([]byte, 70*1024) // over the 64 KiB limit
			}
			return append(ext, 0x1a, 0x01, 0x00) // an unknown trailing field
		}},
	})
	net := network.New(t, cfg)
	vals := net.Validators
	ctx := context.Background()
	consAddr := make([]string, 4)
	for i, v := range vals {
		consAddr[i] = sdk.ConsAddress(v.PubKey.Address()).String()
	}

	// Validator 2 bonds another 100 power: powers 100, 100, 200, 100. By head count the median
	// of the three voters would be validator 0's 1.00; by stake it is validator 2's 0.99.
	del := stakingtypes.NewMsgDelegate(vals[2].Address.String(), vals[2].ValAddress.String(),
		sdk.NewCoin(app.BondDenom, sdk.TokensFromConsensusPower(100, sdk.DefaultPowerReduction)))
	// Only validator 0 serves RPC; validator 2's key signs through it.
	client := vals[0].ClientCtx.WithKeyring(vals[2].ClientCtx.Keyring)
	bz := signedTx(t, client, vals[2].Moniker, sdk.NewCoins(sdk.NewInt64Coin(app.BondDenom, 500)), del, nil)
	res, err := client.BroadcastTxSync(bz)
	require.NoError(t, err)
	require.Zero(t, res.Code, res.RawLog)
	waitForTx(t, net, client, res.TxHash)

	// statusAt reads validator i's vote record at height h.
	statusAt := func(h int64, i int) *pricingtypes.QueryVoteStatusResponse {
		st, err := pricingtypes.NewQueryClient(vals[0].ClientCtx.WithHeight(h)).VoteStatus(ctx, &pricingtypes.QueryVoteStatusRequest{Validator: consAddr[i]})
		require.NoError(t, err)
		return st
	}
	// tallyWhere waits for a height whose tally saw the given validators' votes as valid
	// (true) or missed (false), with the new powers in force, and returns it.
	tallyWhere := func(want map[int]bool) int64 {
		t.Helper()
		for tries := 0; tries < 30; tries++ {
			require.NoError(t, net.WaitForNextBlock())
			h, err := net.LatestHeight()
			require.NoError(t, err)
			ok := true
			for i, valid := range want {
				st := statusAt(h, i)
				if st.Status.LastHeight != h || st.Status.LastValid != valid {
					ok = false
				}
			}
			if ok {
				return h
			}
		}
		t.Fatalf("no tally with votes %v in 30 blocks", want)
		return 0
	}

	t.Run("price is the stake-weighted median", func(t *testing.T) {
		h := tallyWhere(map[int]bool{0: true, 1: true, 2: true, 3: false})
		qh := pricingtypes.NewQueryClient(vals[0].ClientCtx.WithHeight(h))
		prices, err := qh.Prices(ctx, &pricingtypes.QueryPricesRequest{})
		require.NoError(t, err)
		require.Len(t, prices.Prices, len(basePrices)-1)
		for _, p := range prices.Prices {
			require.Equal(t, scaled(p.Price.Dimension, "0.99"), p.Price.ReferenceUsd, p.Price.Dimension)
			require.Equal(t, h, p.Price.Height)
		}
		require.Equal(t, scaled(pricingtypes.RateKey, "0.99"), prices.DpnUsd)
		// The power in the commit is what weighs: check it is the new one.
		power, err := qh.Price(ctx, &pricingtypes.QueryPriceRequest{Dimension: "gpu/h100"})
		require.NoError(t, err)
		require.Equal(t, math.LegacyOneDec(), power.Price.Multiplier, "no utilization reported: multiplier 1")
		require.Equal(t, scaled("gpu/h100", "0.99").Mul(math.LegacyMustNewDecFromStr("0.62")), power.Price.Usd)

		// The chain's quote for 4 vCPU and 16 GiB for an hour: 62 % of the reference, in udpn
		// at the tallied rate, rounded up.
		zero := math.LegacyZeroDec()
		quote, err := qh.Quote(ctx, &pricingtypes.QueryQuoteRequest{DurationSeconds: 3600, Resources: pricingtypes.Resources{
			Vcpus: math.LegacyNewDec(4), MemoryGib: math.LegacyNewDec(16), StorageGib: zero, BandwidthGb: zero,
		}})
		require.NoError(t, err)
		factor := math.LegacyMustNewDecFromStr("0.62")
		usd := math.LegacyNewDec(4).Mul(scaled("cpu", "0.99").Mul(factor)).Add(math.LegacyNewDec(16).Mul(scaled("memory", "0.99").Mul(factor)))
		require.Equal(t, usd.String(), quote.Usd.String())
		require.Equal(t, usd.Quo(scaled(pricingtypes.RateKey, "0.99")).MulInt64(1_000_000).Ceil().TruncateInt(), quote.Udpn)
		anchor, err := qh.Anchor(ctx, &pricingtypes.QueryAnchorRequest{})
		require.NoError(t, err)
		require.True(t, anchor.ComputeUnitUdpn.IsPositive())
		require.True(t, anchor.Controller.AnchorUdpn.IsPositive(), "the first full tally fixed the anchor")
	})

	t.Run("a validator without a source misses, blocks go on", func(t *testing.T) {
		h0, err := net.LatestHeight()
		require.NoError(t, err)
		before := statusAt(h0, 3).Status.Misses
		h := tallyWhere(map[int]bool{0: true, 3: false})
		require.Greater(t, statusAt(h, 3).Status.Misses, before)
		// Its precommits still count: one of the next blocks carries it (a loaded machine may
		// deliver a precommit after a given commit closes, so no single block is required).
		signed := false
		for end := h + 10; h <= end && !signed; h++ {
			_, err := net.WaitForHeight(h)
			require.NoError(t, err)
			signed = signedCommit(t, net, h, vals[3].PubKey.Address())
		}
		require.True(t, signed, "validator 3 signed none of ten commits")
	})

	t.Run("a vote far outside the band is not counted", func(t *testing.T) {
		servers[1].factor.Store("10")
		h := tallyWhere(map[int]bool{0: true, 1: false, 2: true})
		first := statusAt(h, 1).Status.Misses
		h2 := tallyWhere(map[int]bool{1: false})
		require.Greater(t, statusAt(h2, 1).Status.Misses, first, "the miss counter rises")
		qh := pricingtypes.NewQueryClient(vals[0].ClientCtx.WithHeight(h))
		p, err := qh.Price(ctx, &pricingtypes.QueryPriceRequest{Dimension: "cpu"})
		require.NoError(t, err)
		require.Equal(t, scaled("cpu", "0.99"), p.Price.Price.ReferenceUsd)
		require.Equal(t, h, p.Price.Price.Height, "tallied without the outlier: 300 of 500 power in band")
		servers[1].factor.Store("1.02")
	})

	t.Run("malformed and oversized extensions are rejected, the chain goes on", func(t *testing.T) {
		fault.Store(1)
		h0, err := net.LatestHeight()
		require.NoError(t, err)
		_, err = net.WaitForHeightWithTimeout(h0+8, 90*time.Second)
		require.NoError(t, err, "blocks keep coming")
		h, err := net.LatestHeight()
		require.NoError(t, err)
		// Once validator 3's extensions are bad, no extended commit that a block carries holds
		// one of them: the other validators refuse its precommits in VerifyVoteExtension, and a
		// precommit that reached a proposer late (CometBFT adds those to the last commit
		// without asking the app) or its own, as proposer, is left out by PrepareProposal.
		// Every such proposal passed ProcessProposal: the chain went on.
		for height := h0 + 3; height <= h; height++ {
			block, err := vals[0].RPCClient.Block(ctx, &height)
			require.NoError(t, err)
			require.NotEmpty(t, block.Block.Txs)
			eci, err := voteext.DecodeInjected(block.Block.Txs[0])
			require.NoError(t, err)
			require.Len(t, eci.Votes, 4)
			for _, v := range eci.Votes {
				if string(v.Validator.Address) == string(vals[3].PubKey.Address()) {
					require.NotEqual(t, cmtproto.BlockIDFlagCommit, v.BlockIdFlag, "block %d", height)
					require.Empty(t, v.VoteExtension)
				} else if v.BlockIdFlag == cmtproto.BlockIDFlagCommit {
					_, err := voteext.Decode(v.VoteExtension)
					require.NoError(t, err)
				}
			}
		}
		st := statusAt(h, 3)
		require.False(t, st.Status.LastValid)
		fault.Store(0)
		_, err = net.WaitForHeightWithTimeout(h+3, 60*time.Second)
		require.NoError(t, err)
	})
}

// signedCommit reports whether addr's precommit is in the commit carried by block h.
func signedCommit(t *testing.T, net *network.Network, h int64, addr []byte) bool {
	t.Helper()
	block, err := net.Validators[0].RPCClient.Block(context.Background(), &h)
	require.NoError(t, err)
	for _, sig := range block.Block.LastCommit.Signatures {
		if string(sig.ValidatorAddress) == string(addr) && sig.BlockIDFlag == cmttypes.BlockIDFlagCommit {
			return true
		}
	}
	return false
}

// TestPricingJailsChronicMisser runs four validators with a five-tally slash window: the one
// without a price source misses every tally and is slashed and jailed through the real
// x/slashing and x/staking, while the chain goes on with the other three.
func TestPricingJailsChronicMisser(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a 4-validator network")
	}
	servers := []*priceServer{newPriceServer(t, "1.00"), newPriceServer(t, "1.01"), newPriceServer(t, "0.99")}
	cfg := network.WithOptions(network.DefaultConfig(4), network.Options{
		PriceSources: [][]string{{servers[0].URL}, {servers[1].URL}, {servers[2].URL}, nil},
	})
	var gs pricingtypes.GenesisState
	require.NoError(t, cfg.Codec.UnmarshalJSON(cfg.GenesisState[pricingtypes.ModuleName], &gs))
	gs.Params.SlashWindow = 5
	gs.Params.MinValidPerWindow = math.LegacyMustNewDecFromStr("0.5")
	bz, err := cfg.Codec.MarshalJSON(&gs)
	require.NoError(t, err)
	cfg.GenesisState[pricingtypes.ModuleName] = bz
	net := network.New(t, cfg)
	val := net.Validators[3]
	staking := stakingtypes.NewQueryClient(net.Validators[0].ClientCtx)
	bonded := sdk.TokensFromConsensusPower(100, sdk.DefaultPowerReduction)
	for tries := 0; tries < 30; tries++ {
		require.NoError(t, net.WaitForNextBlock())
		res, err := staking.Validator(context.Background(), &stakingtypes.QueryValidatorRequest{ValidatorAddr: val.ValAddress.String()})
		require.NoError(t, err)
		if !res.Validator.Jailed {
			continue
		}
		want := bonded.Sub(gs.Params.SlashFraction.MulInt(bonded).TruncateInt())
		require.Equal(t, want.String(), res.Validator.Tokens.String(), "slashed by the slash fraction")
		for i := 0; i < 3; i++ {
			other, err := staking.Validator(context.Background(), &stakingtypes.QueryValidatorRequest{ValidatorAddr: net.Validators[i].ValAddress.String()})
			require.NoError(t, err)
			require.False(t, other.Validator.Jailed, "validator %d voted every tally", i)
			require.Equal(t, bonded.String(), other.Validator.Tokens.String())
		}
		h, err := net.LatestHeight()
		require.NoError(t, err)
		_, err = net.WaitForHeightWithTimeout(h+3, 30*time.Second)
		require.NoError(t, err, "the chain goes on without it")
		return
	}
	t.Fatal("the validator without a source was not jailed within 30 blocks")
}
