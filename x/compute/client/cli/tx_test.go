package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/dpn-network/dpn/x/compute/types"
)

func TestBuildSubmitJob(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(data), 0o644))
		return p
	}
	buyer := sdk.AccAddress(bytes.Repeat([]byte{1}, 20))
	f := submitFlags{kind: "wasm", module: write("m.wasm", "\x00asm"), input: write("in", "input"), maxPrice: "5000udpn",
		replicas: 3, quorum: 2, cpu: 1000, memory: 1 << 20, duration: 90 * 60 * 1e9, tier: "heavy"}
	msg, uploads, err := buildSubmitJob(buyer, f, 1024)
	require.NoError(t, err)
	require.Empty(t, uploads)
	require.Empty(t, msg.ContentUrl, "everything inline")
	require.Equal(t, types.ContentOf([]byte("\x00asm")), msg.Module)
	require.Equal(t, types.ContentOf([]byte("input")), msg.Input)
	require.Len(t, msg.Inline, 2)
	require.Equal(t, uint64(5400), msg.DurationSeconds)
	require.Equal(t, uint32(2), msg.Tier)
	require.NoError(t, types.CheckInline(msg.Inline, []types.Content{msg.Module, msg.Input, msg.Zkey}, 1024), "the chain accepts what the CLI builds")

	big := f
	big.input = write("big", string(make([]byte, 2000)))
	_, _, err = buildSubmitJob(buyer, big, 1024)
	require.ErrorContains(t, err, "--content-url")
	big.contentURL = "http://127.0.0.1:26690"
	msg, uploads, err = buildSubmitJob(buyer, big, 1024)
	require.NoError(t, err)
	require.Len(t, uploads, 1)
	require.Len(t, msg.Inline, 1, "the module stays inline")
	require.Equal(t, "http://127.0.0.1:26690", msg.ContentUrl)
	require.Equal(t, types.ContentOf(uploads[0]), msg.Input)
	big.contentURL = "ftp://x"
	_, _, err = buildSubmitJob(buyer, big, 1024)
	require.Error(t, err)

	for _, bad := range []submitFlags{
		{kind: "wasm"},                                                 // no max price
		{kind: "wasm", maxPrice: "lots"},                               // bad price
		{kind: "quantum", maxPrice: "1udpn"},                           // kind
		{kind: "wasm", maxPrice: "1udpn", tier: "medium"},              // tier
		{kind: "wasm", maxPrice: "1udpn", module: "/nonexistent/file"}, // file
	} {
		_, _, err := buildSubmitJob(buyer, bad, 1024)
		require.Error(t, err)
	}
}
