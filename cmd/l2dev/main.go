// Command l2dev runs a local stand-in for an L2 (Optimism or Arbitrum) for localnet: geth
// --dev built from the pinned go-ethereum, with the L2's chain id and funded accounts, in the
// foreground until it is stopped.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dpn-network/dpn/testutil/l2node"
)

func main() {
	if err := newRootCmd().Execute(); err != nil {
		os.Exit(1)
	}
}

func newRootCmd() *cobra.Command {
	var (
		cfg  l2node.Config
		fund []string
	)
	cmd := &cobra.Command{
		Use:   "l2dev",
		Short: "Run geth --dev as a local Optimism (chain id 10) or Arbitrum (42161)",
		Long: `Initialises --datadir on first use with geth's dev genesis, the chain id given and
1,000,000 ETH for each --fund address, then runs geth --dev on it with JSON-RPC on
127.0.0.1:--port until SIGINT or SIGTERM. Run again on the same --datadir, it resumes
that chain. geth is built from the go-ethereum version go.mod pins (make geth).`,
		Example:      `  l2dev --datadir .localnet/l2/optimism --chain-id 10 --port 8545 --fund 0x71C7656EC7ab88b098defB751B7401B5f6d8976F`,
		Args:         cobra.NoArgs,
		SilenceUsage: true,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if cfg.DataDir == "" || cfg.ChainID == 0 {
				return fmt.Errorf("--datadir and --chain-id are required")
			}
			for _, f := range fund {
				for _, a := range strings.Split(f, ",") {
					if a = strings.TrimSpace(a); a == "" {
						continue
					}
					if !common.IsHexAddress(a) {
						return fmt.Errorf("--fund %q is not an address", a)
					}
					cfg.Fund = append(cfg.Fund, common.HexToAddress(a))
				}
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			startCtx, cancel := context.WithTimeout(ctx, 10*time.Minute)
			n, err := l2node.Start(startCtx, cfg)
			cancel()
			if err != nil {
				return err
			}
			cmd.Printf("l2dev: chain %d on %s (data %s)\n", cfg.ChainID, n.URL, cfg.DataDir)
			<-ctx.Done()
			n.Stop()
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&cfg.DataDir, "datadir", "", "the chain's data directory (made on first use)")
	f.Uint64Var(&cfg.ChainID, "chain-id", 0, "the L2's chain id: 10 (Optimism) or 42161 (Arbitrum)")
	f.IntVar(&cfg.Port, "port", 8545, "JSON-RPC port on 127.0.0.1")
	f.StringArrayVar(&fund, "fund", nil, "addresses funded at genesis (comma-separated or repeated)")
	f.StringVar(&cfg.Geth, "geth", "", "the geth binary (default: build/geth, built if missing)")
	f.DurationVar(&cfg.Period, "period", time.Second, "block time")
	return cmd
}
