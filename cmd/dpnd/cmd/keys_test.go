package cmd_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/cosmos/cosmos-sdk/crypto/hd"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/dpn-network/dpn/crypto/pqc"
)

// TestKeysAddMLDSA65 creates an ML-DSA-65 key through dpnd's root command and checks that its
// address is the documented derivation from the printed mnemonic, that `keys show` reports
// the ML-DSA-65 public key type, and that an unknown algorithm is refused.
func TestKeysAddMLDSA65(t *testing.T) {
	home := t.TempDir()
	out, err := run(t, home, "keys", "add", "carol", "--algo", "mldsa65", "--keyring-backend", "test", "--output", "json")
	require.NoError(t, err, out)
	var added struct {
		Name     string `json:"name"`
		Type     string `json:"type"`
		Address  string `json:"address"`
		PubKey   string `json:"pubkey"`
		Mnemonic string `json:"mnemonic"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &added), out)
	require.Equal(t, "carol", added.Name)
	require.Contains(t, added.PubKey, pqc.PubKeyTypeURL)

	path := hd.CreateHDPath(sdk.GetConfig().GetCoinType(), 0, 0).String()
	seed, err := pqc.DeriveSeed(added.Mnemonic, "", path)
	require.NoError(t, err)
	sk, err := pqc.NewPrivKeyFromSeed(seed)
	require.NoError(t, err)
	require.Equal(t, sdk.AccAddress(sk.PubKey().Address()).String(), added.Address)

	out, err = run(t, home, "keys", "show", "carol", "--keyring-backend", "test", "--output", "json")
	require.NoError(t, err, out)
	require.Contains(t, out, added.Address)
	require.Contains(t, out, pqc.PubKeyTypeURL)

	out, err = run(t, home, "keys", "add", "dave", "--algo", "mldsa44", "--keyring-backend", "test")
	require.Error(t, err, out)
	_, err = run(t, home, "keys", "show", "dave", "--keyring-backend", "test")
	require.Error(t, err, "a refused key must not be stored")
}
