package report_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/crypto/keys/ed25519"
	sdk "github.com/cosmos/cosmos-sdk/types"

	testkeeper "github.com/dpn-network/dpn/testutil/keeper"
	"github.com/dpn-network/dpn/x/pricing/feed"
	"github.com/dpn-network/dpn/x/pricing/keeper"
	"github.com/dpn-network/dpn/x/pricing/report"
	"github.com/dpn-network/dpn/x/pricing/types"
)

var update = flag.Bool("write-docs", false, "rewrite docs/PRICING.md and docs/data/reference-prices.json")

const (
	recorded = "2026-12-02"
	docsDir  = "../../../docs"
)

// assumedRate is the DPN/USD rate of the reference document; the savings do not depend on it.
var assumedRate = math.LegacyMustNewDecFromStr("0.5")

// TestPricingTable builds docs/PRICING.md from the chain's own quote and fails if the
// committed file differs (run `make pricing-table` to regenerate). It also checks the claim
// the document makes: every instance 35–40 % cheaper.
func TestPricingTable(t *testing.T) {
	open := func(name string) *os.File {
		f, err := os.Open(filepath.Join(docsDir, "data", name))
		require.NoError(t, err)
		t.Cleanup(func() { f.Close() })
		return f
	}
	instances, err := report.ReadInstances(open("aws-ondemand-us-east-1.csv"))
	require.NoError(t, err)
	units, err := report.ReadUnitPrices(open("aws-unit-prices-us-east-1.csv"))
	require.NoError(t, err)
	ref, err := report.FitReference(instances, units)
	require.NoError(t, err)
	doc := report.Document(ref, assumedRate)
	docJSON, err := json.MarshalIndent(doc, "", "  ")
	require.NoError(t, err)
	docJSON = append(docJSON, '\n')

	// The chain: x/pricing over a real store, four validators voting the document as their
	// feed would (parsed and combined by the feed's own code).
	base := testkeeper.New(t, types.StoreKey, types.RegisterInterfaces)
	k := keeper.NewKeeper(base.Codec, base.StoreService, "authority", keeper.Dependencies{})
	require.NoError(t, k.InitGenesis(base.Ctx, *types.DefaultGenesis()))
	params, err := k.Params.Get(base.Ctx)
	require.NoError(t, err)
	obs, err := feed.ParseDocument(docJSON)
	require.NoError(t, err)
	vote, err := feed.Combine([]feed.Observation{obs}, params.Dimensions())
	require.NoError(t, err)
	require.Len(t, vote.Prices, len(params.Dimensions()), "the reference covers every priced dimension")
	var votes []types.ValidatorVote
	for i := 0; i < 4; i++ {
		votes = append(votes, types.ValidatorVote{ConsAddr: sdk.ConsAddress(ed25519.GenPrivKeyFromSecret([]byte{byte(i)}).PubKey().Address()), Power: 100, Vote: vote})
	}
	require.NoError(t, k.ApplyVotes(base.Ctx, votes))

	q := keeper.NewQueryServerImpl(k)
	var rows []report.Row
	for _, in := range instances {
		res, err := q.Quote(base.Ctx, &types.QueryQuoteRequest{Resources: in.Resources(), DurationSeconds: 3600})
		require.NoError(t, err, in.Name)
		saving := math.LegacyOneDec().Sub(res.Usd.Quo(in.USDPerH))
		rows = append(rows, report.Row{Instance: in, QuoteUSD: res.Usd, Udpn: res.Udpn, Saving: saving})
		require.True(t, saving.GTE(math.LegacyMustNewDecFromStr("0.35")) && saving.LTE(math.LegacyMustNewDecFromStr("0.40")),
			"%s: %s cheaper, outside 35-40 %%", in.Name, saving)
	}
	md := []byte(report.Markdown(rows, ref, assumedRate, params.Discount, recorded))

	mdPath := filepath.Join(docsDir, "PRICING.md")
	jsonPath := filepath.Join(docsDir, "data", "reference-prices.json")
	if *update {
		require.NoError(t, os.WriteFile(mdPath, md, 0o644))
		require.NoError(t, os.WriteFile(jsonPath, docJSON, 0o644))
		return
	}
	for path, want := range map[string][]byte{mdPath: md, jsonPath: docJSON} {
		got, err := os.ReadFile(path)
		require.NoError(t, err, "run `make pricing-table`")
		require.True(t, bytes.Equal(want, got), "%s is stale: run `make pricing-table`", path)
	}
}
