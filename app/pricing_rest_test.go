package app_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/dpn-network/dpn/testutil/network"
)

// TestPricingREST asks a running validator's REST server for a GPU class's price (a dimension
// with a slash, which the generated one-segment route answered 501) and for a quote with
// decimal resources (which the gateway's query-parameter parser refused).
func TestPricingREST(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a 1-validator network")
	}
	src := newPriceServer(t, "1.00")
	net := network.New(t, network.WithOptions(network.DefaultConfig(1), network.Options{PriceSources: [][]string{{src.URL}}}))
	api := net.Validators[0].APIAddress

	get := func(path string) (int, map[string]any) {
		t.Helper()
		res, err := http.Get(api + path)
		require.NoError(t, err)
		defer res.Body.Close()
		bz, err := io.ReadAll(res.Body)
		require.NoError(t, err)
		out := map[string]any{}
		require.NoError(t, json.Unmarshal(bz, &out), "%s: %s", path, bz)
		return res.StatusCode, out
	}

	var price map[string]any
	require.Eventually(t, func() bool {
		code, out := get("/dpn/pricing/v1/prices/gpu/h100")
		require.NotEqual(t, http.StatusNotImplemented, code, out)
		price = out
		return code == http.StatusOK
	}, 30*time.Second, 500*time.Millisecond, "no price for gpu/h100")
	require.Equal(t, "gpu/h100", price["price"].(map[string]any)["price"].(map[string]any)["dimension"], price)

	code, out := get("/dpn/pricing/v1/prices/gpu%2Fh100")
	require.Equal(t, http.StatusOK, code, out)

	resources := `{"vcpus":"4","memory_gib":"16","storage_gib":"100","bandwidth_gb":"10","gpus":[{"class":"t4","count":1}]}`
	code, byJSON := get("/dpn/pricing/v1/quote?duration_seconds=3600&resources=" + url.QueryEscape(resources))
	require.Equal(t, http.StatusOK, code, byJSON)
	require.NotEqual(t, "0", byJSON["udpn"], byJSON)

	code, byField := get("/dpn/pricing/v1/quote?duration_seconds=3600&resources.vcpus=4&resources.memory_gib=0.5")
	require.Equal(t, http.StatusOK, code, byField)
	code, cpuOnly := get("/dpn/pricing/v1/quote?duration_seconds=3600&resources=" + url.QueryEscape(`{"vcpus":"4","memory_gib":"0.5"}`))
	require.Equal(t, http.StatusOK, code, cpuOnly)
	require.Equal(t, cpuOnly["udpn"], byField["udpn"], "the two spellings of one quote differ")

	code, out = get("/dpn/pricing/v1/quote?duration_seconds=3600&resources.vcpus=four")
	require.Equal(t, http.StatusBadRequest, code, out)
	code, out = get("/dpn/pricing/v1/quote?duration_seconds=3600&resources=" + url.QueryEscape(`{"cpus":"4"}`))
	require.Equal(t, http.StatusBadRequest, code, out)
}
