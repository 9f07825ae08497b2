package cmd

import (
	"fmt"
	"os"

	"github.com/spf13/cast"
	"github.com/spf13/cobra"

	"cosmossdk.io/log/v2"

	"github.com/cosmos/cosmos-sdk/server"

	"github.com/dpn-network/dpn/app/voteext"
	bridgesigner "github.com/dpn-network/dpn/x/bridge/signer"
	pricingfeed "github.com/dpn-network/dpn/x/pricing/feed"
)

// checkStart makes `dpnd start` refuse, with a plain error before the node starts, an
// app.toml [pricing] or [bridge] section that cannot work: a price source that is no URL, a
// source timeout ExtendVote would cut short (every vote would then fail and count as a
// miss), an L2 endpoint without a name, a bridge key file others can read.
func checkStart(rootCmd *cobra.Command) {
	start, _, err := rootCmd.Find([]string{"start"})
	if err != nil || start == nil || start.Name() != "start" {
		return
	}
	inner := start.PreRunE
	start.PreRunE = func(cmd *cobra.Command, args []string) error {
		if inner != nil {
			if err := inner(cmd, args); err != nil {
				return err
			}
		}
		v := server.GetServerContextFromCmd(cmd).Viper
		if _, err := pricingfeed.FromAppOptions(v, log.NewNopLogger()); err != nil {
			return fmt.Errorf("app.toml [pricing]: %w", err)
		}
		if raw := v.Get(pricingfeed.FlagTimeout); raw != nil && cast.ToString(raw) != "" {
			if d, err := cast.ToDurationE(raw); err == nil && d >= voteext.DefaultBudget {
				return fmt.Errorf("app.toml [pricing] timeout = %q: ExtendVote gives all its parts %s, so every price vote would be cut short and count as a miss; set it below that (the default is %s)",
					cast.ToString(raw), voteext.DefaultBudget, pricingfeed.DefaultTimeout)
			}
		}
		home := cast.ToString(v.Get("home"))
		cfg, err := bridgesigner.FromAppOptions(v, home)
		if err != nil {
			return fmt.Errorf("app.toml [bridge]: %w", err)
		}
		if cfg.KeyFile != "" {
			if _, statErr := os.Stat(cfg.KeyFile); statErr == nil {
				if _, err := bridgesigner.LoadKey(cfg.KeyFile); err != nil {
					return fmt.Errorf("app.toml [bridge] key_file: %w", err)
				}
			}
		}
		return nil
	}
}
