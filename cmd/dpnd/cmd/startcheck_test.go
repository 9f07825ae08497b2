package cmd_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestStartRefusesUnworkableConfig: `dpnd start` answers an app.toml that cannot work with
// one plain error before the node starts, never a panic.
func TestStartRefusesUnworkableConfig(t *testing.T) {
	home := t.TempDir()
	out, err := run(t, home, "init", "checker", "--chain-id", "dpn-check-1")
	require.NoError(t, err, out)
	appToml := filepath.Join(home, "config", "app.toml")
	orig, err := os.ReadFile(appToml)
	require.NoError(t, err)
	key := filepath.Join(home, "config", "bridge_key.txt")
	tests := []struct {
		name string
		edit func(string) string
		prep func()
		want string
	}{
		{"a source without a scheme", func(s string) string {
			return strings.Replace(s, "sources = []", `sources = ["/etc/dpn/prices.json"]`, 1)
		}, nil, "scheme must be http, https or file"},
		{"a timeout ExtendVote cuts short", func(s string) string {
			return strings.Replace(s, `timeout = "400ms"`, `timeout = "2s"`, 1)
		}, nil, "cut short"},
		{"an L2 endpoint without a name", func(s string) string {
			return strings.Replace(s, "l2_rpc = []", `l2_rpc = ["http://127.0.0.1:8545"]`, 1)
		}, nil, "want name=http(s)://host:port"},
		{"a bridge key others can read", func(s string) string { return s }, func() {
			require.NoError(t, os.WriteFile(key, []byte(strings.Repeat("11", 32)), 0o644))
		}, "readable by others"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			require.NoError(t, os.WriteFile(appToml, []byte(tc.edit(string(orig))), 0o644))
			if tc.prep != nil {
				tc.prep()
				defer os.Remove(key)
			}
			out, err := run(t, home, "start")
			require.Error(t, err, out)
			require.Contains(t, err.Error(), tc.want)
			require.NotContains(t, out, "goroutine", "a stack trace instead of an error")
		})
	}
}
