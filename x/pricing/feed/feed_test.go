package feed

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	simtestutil "github.com/cosmos/cosmos-sdk/testutil/sims"

	"github.com/dpn-network/dpn/x/pricing/types"
)

func d(s string) math.LegacyDec { return math.LegacyMustNewDecFromStr(s) }

func TestParseDocument(t *testing.T) {
	obs, err := ParseDocument([]byte(`{"dpn_usd":"0.5","prices":{"cpu":"0.034","gpu/h100":"10.58"}}`))
	require.NoError(t, err)
	require.Len(t, obs, 3)
	require.True(t, d("0.5").Equal(obs[types.RateKey]))
	require.True(t, d("10.58").Equal(obs["gpu/h100"]))

	bad := []struct{ name, doc string }{
		{"not JSON", `{`},
		{"number, not string", `{"dpn_usd":0.5,"prices":{}}`},
		{"unknown field", `{"dpn_usd":"0.5","prices":{},"extra":1}`},
		{"unknown dimension", `{"prices":{"disk":"1"}}`},
		{"bad gpu class", `{"prices":{"gpu/H100":"1"}}`},
		{"negative", `{"prices":{"cpu":"-1"}}`},
		{"zero", `{"prices":{"cpu":"0"}}`},
		{"too many decimals", `{"prices":{"cpu":"0.0000000000000000001"}}`},
		{"absurd", `{"prices":{"cpu":"1000000000001"}}`},
		{"empty", `{"prices":{}}`},
		{"trailing document", `{"prices":{"cpu":"1"}} {}`},
		{"too large", `{"prices":{"cpu":"1"},"dpn_usd":"` + strings.Repeat("1", MaxDocumentBytes) + `"}`},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseDocument([]byte(tc.doc))
			require.ErrorIs(t, err, ErrDocument)
		})
	}
}

func FuzzParseDocument(f *testing.F) {
	f.Add([]byte(`{"dpn_usd":"0.5","prices":{"cpu":"0.034","gpu/h100":"10.58"}}`))
	f.Add([]byte(`{"prices":{"memory":"1e3"}}`))
	f.Add([]byte(`{"prices":{"storage":".5"}}`))
	f.Fuzz(func(t *testing.T, bz []byte) {
		obs, err := ParseDocument(bz)
		if err != nil {
			return
		}
		for k, v := range obs {
			if k != types.RateKey {
				require.NoError(t, types.ValidateDimension(k))
			}
			require.True(t, v.IsPositive() && v.LTE(types.MaxPriceUSD))
		}
		if _, ok := obs[types.RateKey]; ok {
			dims := make([]string, 0, len(obs))
			for k := range obs {
				dims = append(dims, k)
			}
			v, err := Combine([]Observation{obs}, dims)
			require.NoError(t, err)
			require.NoError(t, v.ValidateBasic())
		}
	})
}

func serve(t *testing.T, doc string, delay time.Duration) string {
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(delay):
		case <-r.Context().Done():
			return
		}
		if doc == "" {
			http.Error(w, "down", http.StatusServiceUnavailable)
			return
		}
		_, _ = w.Write([]byte(doc))
	}))
	t.Cleanup(s.Close)
	return s.URL
}

func TestFeedVote(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "prices.json")
	require.NoError(t, os.WriteFile(file, []byte(`{"dpn_usd":"0.52","prices":{"cpu":"0.036","memory":"0.004"}}`), 0o600))
	specs := []string{
		serve(t, `{"dpn_usd":"0.50","eth_usd":"3000","prices":{"cpu":"0.034","gpu/t4":"0.33"}}`, 0),
		serve(t, `{"dpn_usd":"0.49","eth_usd":"3100","prices":{"cpu":"0.030"}}`, 0),
		serve(t, ``, 0), // HTTP 503
		serve(t, `{"dpn_usd":"99","prices":{"cpu":"99"}}`, 5*time.Second), // too slow
		"file://" + file,
	}
	f, err := New(specs, 300*time.Millisecond, nil)
	require.NoError(t, err)
	start := time.Now()
	v, err := f.Vote(context.Background(), []string{"memory", "cpu", "gpu/t4", "gpu/h100", "cpu"})
	require.NoError(t, err)
	require.Less(t, time.Since(start), 3*time.Second, "the slow source is cut off")
	// Answers: rate 0.50, 0.49, 0.52 → median 0.50; cpu 0.034, 0.030, 0.036 → 0.034;
	// memory only from the file; t4 only from the first; nobody gave h100.
	require.NoError(t, v.ValidateBasic())
	require.True(t, d("0.50").Equal(v.DpnUsd))
	require.NotNil(t, v.EthUsd)
	require.True(t, d("3000").Equal(*v.EthUsd), "the lower median of the two sources that gave an ETH rate: %v", v.EthUsd)
	require.Equal(t, []string{"cpu", "gpu/t4", "memory"}, []string{v.Prices[0].Dimension, v.Prices[1].Dimension, v.Prices[2].Dimension})
	require.Len(t, v.Prices, 3)
	require.True(t, d("0.034").Equal(v.Prices[0].Usd))
	require.True(t, d("0.33").Equal(v.Prices[1].Usd))
	require.True(t, d("0.004").Equal(v.Prices[2].Usd))

	t.Run("no rate, no vote", func(t *testing.T) {
		f, err := New([]string{serve(t, `{"prices":{"cpu":"0.03"}}`, 0)}, time.Second, nil)
		require.NoError(t, err)
		_, err = f.Vote(context.Background(), []string{"cpu"})
		require.Error(t, err)
	})
	t.Run("no source, no vote and no error", func(t *testing.T) {
		f, err := FromAppOptions(simtestutil.AppOptionsMap{}, nil)
		require.NoError(t, err)
		require.False(t, f.Enabled())
		v, err := f.Vote(context.Background(), []string{"cpu"})
		require.NoError(t, err)
		require.Nil(t, v)
	})
}

func TestConfig(t *testing.T) {
	f, err := FromAppOptions(simtestutil.AppOptionsMap{FlagSources: []string{" http://127.0.0.1:1/p ", ""}, FlagTimeout: "250ms"}, nil)
	require.NoError(t, err)
	require.True(t, f.Enabled())
	require.Len(t, f.sources, 1)
	require.Equal(t, 250*time.Millisecond, f.timeout)
	for _, bad := range []map[string]any{
		{FlagSources: []string{"ftp://x/y"}},
		{FlagSources: []string{"http://"}},
		{FlagSources: []string{"file://"}},
		{FlagTimeout: "soon"},
		{FlagTimeout: "-1s"},
	} {
		_, err := FromAppOptions(simtestutil.AppOptionsMap(bad), nil)
		require.Error(t, err, "%v", bad)
	}
}
