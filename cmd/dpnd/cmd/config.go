package cmd

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/pelletier/go-toml/v2"
	"github.com/spf13/cobra"

	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/client/flags"
)

// clientConfigKeys are the settings of client.toml that `dpnd config` reads and writes.
var clientConfigKeys = map[string]string{
	"chain-id":        "chain ID sent with every transaction",
	"keyring-backend": "where keys live: os, file, test",
	"output":          "query output format: text or json",
	"node":            "CometBFT RPC address of the node to talk to",
	"broadcast-mode":  "sync or async",
}

// configCmd returns `dpnd config`, which reads and writes the client settings in
// <home>/config/client.toml.
func configCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "config [key] [value]",
		Short: "Show or set client settings (chain-id, keyring-backend, output, node, broadcast-mode)",
		Long: `With no argument, config prints every client setting. With a key, it prints that setting;
with a key and a value, it sets it in <home>/config/client.toml.`,
		Example: "dpnd config chain-id dpn-local-1\ndpnd config node tcp://127.0.0.1:26657",
		Args:    cobra.MaximumNArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			clientCtx := client.GetClientContextFromCmd(cmd)
			path := filepath.Join(clientCtx.HomeDir, "config", "client.toml")
			settings := map[string]any{}
			if bz, err := os.ReadFile(path); err == nil {
				if err := toml.Unmarshal(bz, &settings); err != nil {
					return fmt.Errorf("reading %s: %w", path, err)
				}
			} else if !os.IsNotExist(err) {
				return err
			}
			if len(args) == 0 {
				for _, k := range sortedKeys() {
					cmd.Printf("%s = %v\n", k, settings[k])
				}
				return nil
			}
			key := args[0]
			if _, ok := clientConfigKeys[key]; !ok {
				return fmt.Errorf("unknown client setting %q; known: %s", key, strings.Join(sortedKeys(), ", "))
			}
			if len(args) == 1 {
				cmd.Println(settings[key])
				return nil
			}
			if key == flags.FlagKeyringBackend && !validBackend(args[1]) {
				return fmt.Errorf("keyring-backend must be one of os, file, test, memory; got %q", args[1])
			}
			settings[key] = args[1]
			bz, err := toml.Marshal(settings)
			if err != nil {
				return err
			}
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				return err
			}
			return os.WriteFile(path, bz, 0o600)
		},
	}
}

func sortedKeys() []string {
	keys := make([]string, 0, len(clientConfigKeys))
	for k := range clientConfigKeys {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func validBackend(b string) bool {
	switch b {
	case "os", "file", "test", "memory", "kwallet", "pass":
		return true
	}
	return false
}
