package config

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestSaveLoad: what init writes is what the commands read, including an explicitly empty
// blob endpoint (a node that serves none).
func TestSaveLoad(t *testing.T) {
	home := t.TempDir()
	cfg := Default()
	cfg.BlobListen = ""
	cfg.Region = "eu-west-1"
	require.NoError(t, Save(home, cfg))
	back, err := Load(home)
	require.NoError(t, err)
	require.Equal(t, cfg, back)

	cfg.Tier = "medium"
	require.NoError(t, Save(home, cfg))
	_, err = Load(home)
	require.ErrorIs(t, err, ErrInvalid)
	_, err = Load(t.TempDir())
	require.Error(t, err)
}
