package types_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	"github.com/dpn-network/dpn/x/pricing/types"
)

func TestDefaults(t *testing.T) {
	require.NoError(t, types.DefaultParams().Validate())
	require.NoError(t, types.DefaultGenesis().Validate())
	p := types.DefaultParams()
	dims := p.Dimensions()
	require.Contains(t, dims, "gpu/h100")
	require.Contains(t, dims, "cpu")
	require.IsIncreasing(t, dims)
	require.IsIncreasing(t, p.TallyKeys())
}

func TestValidateDimension(t *testing.T) {
	for _, ok := range []string{"cpu", "memory", "storage", "bandwidth", "gpu/h100", "gpu/a100-80g"} {
		require.NoError(t, types.ValidateDimension(ok), ok)
	}
	for _, bad := range []string{"", "disk", "gpu/", "gpu/H100", "gpu/a b", "gpu/" + string(make([]byte, 33)), "dpn-usd", "CPU"} {
		require.ErrorIs(t, types.ValidateDimension(bad), types.ErrInvalidDimension, bad)
	}
}

func TestPriceVoteValidateBasic(t *testing.T) {
	one := math.LegacyOneDec()
	ok := types.PriceVote{DpnUsd: one, Prices: []types.DimensionPrice{{Dimension: "cpu", Usd: one}, {Dimension: "gpu/t4", Usd: one}}}
	require.NoError(t, ok.ValidateBasic())
	tooMany := types.PriceVote{DpnUsd: one}
	for i := 0; i <= types.MaxVotePrices; i++ {
		tooMany.Prices = append(tooMany.Prices, types.DimensionPrice{Dimension: "gpu/c" + string(rune('a'+i/26)) + string(rune('a'+i%26)), Usd: one})
	}
	for name, v := range map[string]types.PriceVote{
		"no rate":       {Prices: ok.Prices},
		"zero rate":     {DpnUsd: math.LegacyZeroDec()},
		"repeated":      {DpnUsd: one, Prices: []types.DimensionPrice{{Dimension: "cpu", Usd: one}, {Dimension: "cpu", Usd: one}}},
		"unsorted":      {DpnUsd: one, Prices: []types.DimensionPrice{{Dimension: "gpu/t4", Usd: one}, {Dimension: "cpu", Usd: one}}},
		"nil price":     {DpnUsd: one, Prices: []types.DimensionPrice{{Dimension: "cpu"}}},
		"too many":      tooMany,
		"huge rate":     {DpnUsd: types.MaxPriceUSD.Add(one)},
		"bad dimension": {DpnUsd: one, Prices: []types.DimensionPrice{{Dimension: "ram", Usd: one}}},
	} {
		require.ErrorIs(t, v.ValidateBasic(), types.ErrInvalidPriceVote, name)
	}
}

// FuzzPriceVote decodes outside bytes as a PriceVote, as the vote-extension decoder does
// for the price part, and checks that an accepted vote re-encodes to the same bytes.
func FuzzPriceVote(f *testing.F) {
	one := math.LegacyOneDec()
	v := types.PriceVote{DpnUsd: one, Prices: []types.DimensionPrice{{Dimension: "cpu", Usd: one}}}
	bz, err := v.Marshal()
	require.NoError(f, err)
	f.Add(bz)
	f.Add([]byte{0x12, 0x01, 0x31})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, bz []byte) {
		var v types.PriceVote
		if err := v.Unmarshal(bz); err != nil {
			return
		}
		if v.ValidateBasic() != nil {
			return
		}
		again, err := v.Marshal()
		require.NoError(t, err)
		var w types.PriceVote
		require.NoError(t, w.Unmarshal(again))
		require.NoError(t, w.ValidateBasic())
	})
}

func TestParseResources(t *testing.T) {
	d := math.LegacyMustNewDecFromStr
	r, err := types.ParseResources([]byte(`{"vcpus":"4","memory_gib":0.5,"bandwidth_gb":" 10 ","gpus":[{"class":"t4","count":2}]}`))
	require.NoError(t, err)
	require.True(t, r.Vcpus.Equal(d("4")), r.Vcpus.String())
	require.True(t, r.MemoryGib.Equal(d("0.5")), "a JSON number is a decimal too")
	require.True(t, r.BandwidthGb.Equal(d("10")))
	require.True(t, r.StorageGib.IsZero())
	require.Equal(t, []types.GpuCount{{Class: "t4", Count: 2}}, r.Gpus)

	for _, bad := range []string{``, `[]`, `{"vcpus":"1e3"}`, `{"vcpus":"0.5.5"}`, `{"vcpus":true}`, `{"ram":"1"}`, `{} {}`, `{"gpus":[{"class":"t4","count":-1}]}`} {
		_, err := types.ParseResources([]byte(bad))
		require.ErrorIs(t, err, types.ErrInvalidResources, bad)
	}
}

func TestPriceVoteEthRate(t *testing.T) {
	one := math.LegacyOneDec()
	dec := func(d math.LegacyDec) *math.LegacyDec { return &d }
	v := types.PriceVote{DpnUsd: one, EthUsd: dec(math.LegacyNewDec(3000))}
	require.NoError(t, v.ValidateBasic())
	require.Contains(t, v.Values(), types.EthRateKey)
	v.EthUsd = nil
	require.NoError(t, v.ValidateBasic(), "absent: no ETH rate")
	require.NotContains(t, v.Values(), types.EthRateKey)
	for _, bad := range []math.LegacyDec{math.LegacyZeroDec(), math.LegacyNewDec(-1), types.MaxPriceUSD.Add(one)} {
		v.EthUsd = dec(bad)
		require.ErrorIs(t, v.ValidateBasic(), types.ErrInvalidPriceVote, "%v", bad)
	}
}
