package sim_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/cosmos/cosmos-sdk/crypto/keys/ed25519"
	sdk "github.com/cosmos/cosmos-sdk/types"

	testkeeper "github.com/dpn-network/dpn/testutil/keeper"
	"github.com/dpn-network/dpn/x/pricing/feed"
	"github.com/dpn-network/dpn/x/pricing/keeper"
	"github.com/dpn-network/dpn/x/pricing/sim"
	"github.com/dpn-network/dpn/x/pricing/types"
)

var writeDocs = flag.Bool("write-docs", false, "write docs/anchor-simulation.{csv,png} and the figures into docs/PERFORMANCE.md")

const docsDir = "../../../docs"

var shocks = []sim.Shock{
	{Name: "demand+50%", Start: 100, End: 500, Demand: 1.5},
	{Name: "demand-50%", Start: 500, End: 900, Demand: 0.5},
	{Name: "dpn-usd-30%-in-a-day", Start: 900, End: 924, RateDrop: 0.30},
	{Name: "third-offline", Start: 1300, End: 1500, Offline: 3},
	{Name: "one-voter-10x", Start: 1500, End: 1700, Outlier: true},
}

// TestAnchorSimulation runs the keeper through the shocks and requires the anchor deviation
// to come back under 5 % after each one, before the next.
func TestAnchorSimulation(t *testing.T) {
	if testing.Short() {
		t.Skip("2,000 blocks of the keeper")
	}
	base := testkeeper.New(t, types.StoreKey, types.RegisterInterfaces)
	k := keeper.NewKeeper(base.Codec, base.StoreService, "authority", keeper.Dependencies{})
	require.NoError(t, k.InitGenesis(base.Ctx, *types.DefaultGenesis()))
	bz, err := os.ReadFile(filepath.Join(docsDir, "data", "reference-prices.json"))
	require.NoError(t, err)
	ref, err := feed.ParseDocument(bz)
	require.NoError(t, err)
	var voters []sdk.ConsAddress
	for i := 0; i < 9; i++ {
		voters = append(voters, sdk.ConsAddress(ed25519.GenPrivKeyFromSecret([]byte{byte(i)}).PubKey().Address()))
	}
	cfg := sim.Config{Steps: 1900, Depth: 40, Reference: ref, StartRate: 0.5, Shocks: shocks, Seed: 1}
	fx := base
	points, err := sim.Run(base.Ctx, func(sdk.Context) sdk.Context {
		fx = fx.NextBlock(6 * time.Second)
		return fx.Ctx
	}, k, voters, cfg)
	require.NoError(t, err)
	recs := sim.Recoveries(points, shocks)

	var table strings.Builder
	table.WriteString("| shock | steps | peak deviation | back under 5 % after |\n|---|---|---:|---:|\n")
	for _, r := range recs {
		after := "never"
		if r.Steps >= 0 {
			after = fmt.Sprintf("%d blocks", r.Steps)
		}
		fmt.Fprintf(&table, "| %s | %d–%d | %.1f %% | %s |\n", r.Shock.Name, r.Shock.Start, r.Shock.End, 100*r.Peak, after)
	}
	t.Log("\n" + table.String())
	if os.Getenv("SIM_DUMP") != "" {
		for _, p := range points {
			if p.Step%20 == 0 {
				t.Logf("%d %s dev=%.4f rate=%.4f burn=%.3f iss=%.3f mult=%.3f u=%.3f", p.Step, p.Shock, p.Deviation, p.DpnUsd, p.BurnShare, p.IssuanceFactor, p.Multiplier, p.Utilization)
			}
		}
	}
	for _, r := range recs {
		require.GreaterOrEqual(t, r.Steps, 0, "%s: the deviation does not come back under 5 %%", r.Shock.Name)
	}
	// A third of the validators offline and a 10× voter leave the tally untouched.
	for _, p := range points {
		if p.Shock == "third-offline" {
			require.Equal(t, 6, p.InBandVoters, "step %d", p.Step)
		}
		if p.Shock == "one-voter-10x" {
			require.Equal(t, 8, p.InBandVoters, "step %d", p.Step)
		}
	}

	if !*writeDocs {
		return
	}
	png, err := sim.PlotPNG(points, shocks, 1200, 400)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(docsDir, "anchor-simulation.csv"), []byte(sim.CSV(points)), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(docsDir, "anchor-simulation.png"), png, 0o644))
	perfPath := filepath.Join(docsDir, "PERFORMANCE.md")
	perf, err := os.ReadFile(perfPath)
	require.NoError(t, err)
	section := "<!-- pricing-sim:begin (written by `make pricing-sim`) -->\n" + table.String() + "<!-- pricing-sim:end -->\n"
	begin, end := bytes.Index(perf, []byte("<!-- pricing-sim:begin")), bytes.Index(perf, []byte("<!-- pricing-sim:end -->\n"))
	require.True(t, begin >= 0 && end > begin, "docs/PERFORMANCE.md needs the pricing-sim markers")
	perf = append(append(append([]byte(nil), perf[:begin]...), section...), perf[end+len("<!-- pricing-sim:end -->\n"):]...)
	require.NoError(t, os.WriteFile(perfPath, perf, 0o644))
}
