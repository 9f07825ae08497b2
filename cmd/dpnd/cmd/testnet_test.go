package cmd_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	svrcmd "github.com/cosmos/cosmos-sdk/server/cmd"
	genutiltypes "github.com/cosmos/cosmos-sdk/x/genutil/types"

	"github.com/dpn-network/dpn/app"
	"github.com/dpn-network/dpn/cmd/dpnd/cmd"
)

func run(t *testing.T, home string, args ...string) (string, error) {
	t.Helper()
	root := cmd.NewRootCmd()
	var out bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&out)
	root.SetArgs(append(args, "--home", home))
	err := svrcmd.Execute(root, "DPND", home)
	return out.String(), err
}

// TestTestnetInitFiles writes a 3-validator network and checks that every node has the same
// genesis, with three gentxs, DPN's denominations and vote extensions from height 2.
func TestTestnetInitFiles(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "net")
	out, err := run(t, t.TempDir(), "testnet", "init-files", "--validators", "3", "--output-dir", dir, "--chain-id", "dpn-t-1")
	require.NoError(t, err, out)

	var first []byte
	for _, n := range []string{"node0", "node1", "node2"} {
		bz, err := os.ReadFile(filepath.Join(dir, n, "config", "genesis.json"))
		require.NoError(t, err)
		if first == nil {
			first = bz
		}
		require.Equal(t, first, bz, "%s's genesis differs from node0's", n)
	}
	gen, err := genutiltypes.AppGenesisFromFile(filepath.Join(dir, "node0", "config", "genesis.json"))
	require.NoError(t, err)
	require.Equal(t, "dpn-t-1", gen.ChainID)
	require.EqualValues(t, 2, gen.Consensus.Params.ABCI.VoteExtensionsEnableHeight)

	var state map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(gen.AppState, &state))
	var genutil struct {
		GenTxs []json.RawMessage `json:"gen_txs"`
	}
	require.NoError(t, json.Unmarshal(state["genutil"], &genutil))
	require.Len(t, genutil.GenTxs, 3)
	require.Regexp(t, `"base":\s*"`+app.BondDenom+`"`, string(state["bank"]))
	require.Regexp(t, `"bond_denom":\s*"`+app.BondDenom+`"`, string(state["staking"]))
}

func TestTestnetInitFilesRejectsBadInput(t *testing.T) {
	for _, args := range [][]string{
		{"--validators", "0"},
		{"--validators", "101"},
		{"--staking-tokens", "5", "--account-tokens", "4"},
		{"--account-tokens", "lots"},
		{"--vote-extensions-height", "-1"},
	} {
		out := filepath.Join(t.TempDir(), "net")
		_, err := run(t, t.TempDir(), append([]string{"testnet", "init-files", "--output-dir", out}, args...)...)
		require.Error(t, err, "%v", args)
		_, statErr := os.Stat(out)
		require.True(t, os.IsNotExist(statErr), "%v wrote files before failing", args)
	}
}

func TestConfigCommand(t *testing.T) {
	home := t.TempDir()
	_, err := run(t, home, "config", "chain-id", "dpn-x-9")
	require.NoError(t, err)
	out, err := run(t, home, "config", "chain-id")
	require.NoError(t, err)
	require.Contains(t, out, "dpn-x-9")
	_, err = run(t, home, "config", "colour", "blue")
	require.ErrorContains(t, err, "unknown client setting")
	_, err = run(t, home, "config", "keyring-backend", "floppy")
	require.ErrorContains(t, err, "keyring-backend must be one of")
}
