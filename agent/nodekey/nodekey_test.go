package nodekey

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestCreateLoad(t *testing.T) {
	dir := t.TempDir()
	k, err := Generate()
	require.NoError(t, err)
	require.NoError(t, Create(dir, k))
	st, err := os.Stat(filepath.Join(dir, FileName))
	require.NoError(t, err)
	require.Equal(t, os.FileMode(0o600), st.Mode().Perm())

	back, err := Load(dir)
	require.NoError(t, err)
	require.Equal(t, k.BLS.Bytes(), back.BLS.Bytes())
	require.Equal(t, k.MLDSA.Bytes(), back.MLDSA.Bytes())
	require.True(t, k.MLDSA.PubKey().Equals(back.MLDSA.PubKey()))

	other, err := Generate()
	require.NoError(t, err)
	require.ErrorIs(t, Create(dir, other), ErrExists, "never overwrite a node's keys")
	again, err := Load(dir)
	require.NoError(t, err)
	require.Equal(t, k.BLS.Bytes(), again.BLS.Bytes())
}

func TestParseRejects(t *testing.T) {
	for name, bz := range map[string]string{
		"not json":        "{",
		"bad hex":         `{"bls_secret_key":"zz","mldsa65_seed":""}`,
		"zero bls scalar": `{"bls_secret_key":"0000000000000000000000000000000000000000000000000000000000000000","mldsa65_seed":"00"}`,
		"short seed":      `{"bls_secret_key":"0000000000000000000000000000000000000000000000000000000000000001","mldsa65_seed":"00"}`,
	} {
		_, err := Parse([]byte(bz))
		require.Error(t, err, name)
	}
	_, err := Load(t.TempDir())
	require.Error(t, err)
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(`{"bls_secret_key":"0000000000000000000000000000000000000000000000000000000000000001","mldsa65_seed":"0000000000000000000000000000000000000000000000000000000000000000"}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, bz []byte) {
		k, err := Parse(bz)
		if err != nil {
			return
		}
		require.NotNil(t, k.BLS)
		require.Len(t, k.MLDSA.Bytes(), 32)
	})
}
