package feed_test

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"github.com/stretchr/testify/require"

	"cosmossdk.io/log/v2"

	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	govtypes "github.com/cosmos/cosmos-sdk/x/gov/types"

	testkeeper "github.com/dpn-network/dpn/testutil/keeper"
	"github.com/dpn-network/dpn/x/pricing/feed"
	"github.com/dpn-network/dpn/x/pricing/keeper"
	"github.com/dpn-network/dpn/x/pricing/types"
)

// TestFeedFailuresWarnAndCount: a source that answers a number where a string belongs, a
// file that is not there, and a source slower than the timeout are each logged at WARN with
// the reason, counted per source, and the vote they leave out is counted as a miss by reason;
// a working feed counts a vote cast. Before, failures were INFO lines and nothing counted.
func TestFeedFailuresWarnAndCount(t *testing.T) {
	base := testkeeper.New(t, types.StoreKey, types.RegisterInterfaces)
	k := keeper.NewKeeper(base.Codec, base.StoreService, authtypes.NewModuleAddress(govtypes.ModuleName).String(), keeper.Dependencies{})
	require.NoError(t, k.Params.Set(base.Ctx, types.DefaultParams()))

	dir := t.TempDir()
	good := filepath.Join(dir, "prices.json")
	require.NoError(t, os.WriteFile(good, []byte(`{"dpn_usd":"0.5","prices":{"cpu":"0.034"}}`), 0o600))
	number := serve(t, `{"dpn_usd":0.5,"prices":{"cpu":"0.034"}}`, 0)
	slow := serve(t, `{"dpn_usd":"0.5","prices":{"cpu":"0.034"}}`, 2*time.Second)
	missing := "file://" + filepath.Join(dir, "absent.json")

	tests := []struct {
		name    string
		sources []string
		reason  string         // the miss counted; "" when the vote is cast
		failed  map[string]int // per source name, failure reason → count
	}{
		{"a number where a string belongs", []string{number}, feed.ReasonBadDocument, map[string]int{number: 1}},
		{"a missing file", []string{missing}, feed.ReasonUnreachable, map[string]int{missing: 1}},
		{"a source slower than the timeout", []string{slow}, feed.ReasonTimeout, map[string]int{slow: 1}},
		{"one good source among failing ones", []string{number, "file://" + good, missing}, "", map[string]int{number: 1, missing: 1}},
		{"no source", nil, feed.ReasonNoSource, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			f, err := feed.New(tc.sources, 200*time.Millisecond, log.NewLogger(&buf, log.ColorOption(false)))
			require.NoError(t, err)
			cast := value(feed.VotesCast())
			misses := counts(feed.VoteMisses(), tc.reason)
			before := map[string]float64{}
			for src := range tc.failed {
				before[src] = value(feed.SourceFailures().WithLabelValues(src, sourceLabel(tc, src)))
			}

			v, err := feed.Provider(f, k)(base.Ctx)
			if tc.reason == "" {
				require.NoError(t, err)
				require.NotNil(t, v)
				require.Equal(t, cast+1, value(feed.VotesCast()))
			} else {
				require.Nil(t, v)
				require.Equal(t, misses+1, counts(feed.VoteMisses(), tc.reason), "miss reason %s", tc.reason)
				require.Equal(t, cast, value(feed.VotesCast()))
			}
			for src := range tc.failed {
				r := sourceLabel(tc, src)
				require.Equal(t, before[src]+1, value(feed.SourceFailures().WithLabelValues(src, r)), src)
				line := lineWith(buf.String(), src)
				require.Contains(t, line, "WRN", "a failing source is logged at WARN: %q", buf.String())
				require.Contains(t, line, "reason="+r)
			}
		})
	}
}

// sourceLabel is the failure reason each failing test source is expected to report.
func sourceLabel(tc struct {
	name    string
	sources []string
	reason  string
	failed  map[string]int
}, src string) string {
	switch {
	case strings.HasPrefix(src, "file://"):
		return feed.ReasonUnreachable
	case tc.reason == feed.ReasonTimeout:
		return feed.ReasonTimeout
	}
	return feed.ReasonBadDocument
}

// serve answers doc after delay (an external test package cannot share feed_test.go's helper).
func serve(t *testing.T, doc string, delay time.Duration) string {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(delay):
		case <-r.Context().Done():
			return
		}
		_, _ = w.Write([]byte(doc))
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

func counts(v *prometheus.CounterVec, reason string) float64 {
	if reason == "" {
		return 0
	}
	return value(v.WithLabelValues(reason))
}

func lineWith(out, s string) string {
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, s) {
			return l
		}
	}
	return ""
}

func value(c prometheus.Counter) float64 {
	var m dto.Metric
	if err := c.Write(&m); err != nil {
		panic(err)
	}
	return m.GetCounter().GetValue()
}
