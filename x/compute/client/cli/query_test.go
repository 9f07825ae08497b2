package cli

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/dpn-network/dpn/agent/blobs"
	"github.com/dpn-network/dpn/x/compute/types"
)

// TestFetchOutput: an inline output comes from the chain; a large one from the first winner
// whose endpoint serves the right bytes (a lying or empty endpoint is skipped); bytes that do
// not hash to the result are never returned.
func TestFetchOutput(t *testing.T) {
	ctx := context.Background()
	out := []byte("the verified output")
	data, from, err := fetchOutput(ctx, http.DefaultClient, types.Result{Output: types.ContentOf(out), OutputData: out})
	require.NoError(t, err)
	require.Equal(t, out, data)
	require.Equal(t, "the chain", from)
	_, _, err = fetchOutput(ctx, http.DefaultClient, types.Result{Output: types.ContentOf(out), OutputData: []byte("forged")})
	require.Error(t, err)

	liar := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte("forged output")) }))
	defer liar.Close()
	empty := httptest.NewServer((&blobs.Store{Dir: t.TempDir(), MaxBytes: 1 << 20}).Handler())
	defer empty.Close()
	store := &blobs.Store{Dir: t.TempDir(), MaxBytes: 1 << 20}
	require.NoError(t, store.Put(types.ContentOf(out).Sha256, out))
	honest := httptest.NewServer(store.Handler())
	defer honest.Close()

	r := types.Result{JobId: 3, Output: types.ContentOf(out), OutputUrls: []string{liar.URL, empty.URL, honest.URL}}
	data, from, err = fetchOutput(ctx, http.DefaultClient, r)
	require.NoError(t, err)
	require.Equal(t, out, data)
	require.Equal(t, honest.URL, from)
	r.OutputUrls = r.OutputUrls[:2]
	_, _, err = fetchOutput(ctx, http.DefaultClient, r)
	require.ErrorIs(t, err, blobs.ErrHashMismatch)
	require.ErrorIs(t, err, blobs.ErrNotFound)
}
