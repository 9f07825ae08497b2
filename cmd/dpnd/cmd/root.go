// Package cmd builds dpnd's command tree: node commands (init, start, export, testnet),
// genesis commands, keys, and autocli-generated tx and query commands for every module.
package cmd

import (
	"os"

	dbm "github.com/cosmos/cosmos-db"
	"github.com/spf13/cobra"

	"cosmossdk.io/log/v2"

	cmtcfg "github.com/cometbft/cometbft/config"

	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/client/config"
	"github.com/cosmos/cosmos-sdk/server"
	serverconfig "github.com/cosmos/cosmos-sdk/server/config"
	simtestutil "github.com/cosmos/cosmos-sdk/testutil/sims"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"

	"github.com/dpn-network/dpn/app"
	"github.com/dpn-network/dpn/crypto/pqc"
	bridgesigner "github.com/dpn-network/dpn/x/bridge/signer"
	pricingfeed "github.com/dpn-network/dpn/x/pricing/feed"
)

// NewRootCmd returns dpnd's root command.
func NewRootCmd() *cobra.Command {
	app.SetSDKConfig()
	// A throw-away app instance gives the module manager and autocli descriptors the command
	// tree is built from; it never touches the node's data.
	home := tempHome()
	defer func() { _ = os.RemoveAll(home) }()
	tempApp := app.New(log.NewNopLogger(), dbm.NewMemDB(), false, simtestutil.NewAppOptionsWithFlagHome(home))
	defer func() { _ = tempApp.Close() }()

	initClientCtx := client.Context{}.
		WithCodec(tempApp.AppCodec()).
		WithInterfaceRegistry(tempApp.InterfaceRegistry()).
		WithTxConfig(tempApp.TxConfig()).
		WithLegacyAmino(tempApp.LegacyAmino()).
		WithInput(os.Stdin).
		WithAccountRetriever(authtypes.AccountRetriever{}).
		WithKeyringOptions(pqc.KeyringOption()). // `keys add --algo mldsa65`
		WithHomeDir(app.DefaultNodeHome).
		WithViper("DPND")

	rootCmd := &cobra.Command{
		Use:   "dpnd",
		Short: "DPN chain daemon: run a validator or full node, and send transactions and queries",
		Long: `dpnd runs a node of the DPN compute network (Cosmos SDK on CometBFT, with IBC).

Start a local single-validator chain with 'make localnet', or write a multi-validator
configuration with 'dpnd testnet init-files'. Every module's transactions and queries are
under 'dpnd tx <module>' and 'dpnd q <module>'.`,
		SilenceUsage: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			cmd.SetOut(cmd.OutOrStdout())
			cmd.SetErr(cmd.ErrOrStderr())

			clientCtx := initClientCtx.WithCmdContext(cmd.Context())
			clientCtx, err := client.ReadPersistentCommandFlags(clientCtx, cmd.Flags())
			if err != nil {
				return err
			}
			clientCtx, err = config.ReadFromClientConfig(clientCtx)
			if err != nil {
				return err
			}
			if err := client.SetCmdClientContextHandler(clientCtx, cmd); err != nil {
				return err
			}
			appTemplate, appConfig := appConfigDefaults()
			if err := server.InterceptConfigsPreRunHandler(cmd, appTemplate, appConfig, cometConfigDefaults()); err != nil {
				return err
			}
			return quietStop(cmd)
		},
	}

	initRootCmd(rootCmd, tempApp)

	autoCliOpts := tempApp.AutoCliOpts()
	autoCliOpts.ClientCtx = initClientCtx
	if err := autoCliOpts.EnhanceRootCommand(rootCmd); err != nil {
		panic(err)
	}
	return rootCmd
}

// appConfig is app.toml: the SDK's sections and DPN's [pricing] (the validator's price feed)
// and [bridge] (its bridge key and L2 endpoints).
type appConfig struct {
	serverconfig.Config `mapstructure:",squash"`
	Pricing             pricingfeed.Config  `mapstructure:"pricing"`
	Bridge              bridgesigner.Config `mapstructure:"bridge"`
}

// appConfigDefaults returns app.toml's defaults: a non-zero minimum gas price so that a fresh
// validator does not accept free transactions, the REST and gRPC servers on, and no price
// source (the operator adds its own).
func appConfigDefaults() (string, any) {
	cfg := serverconfig.DefaultConfig()
	cfg.MinGasPrices = "0.0025" + app.BondDenom
	cfg.API.Enable = true
	cfg.GRPC.Enable = true
	return serverconfig.DefaultConfigTemplate + pricingfeed.ConfigTemplate + bridgesigner.ConfigTemplate,
		&appConfig{Config: *cfg, Pricing: pricingfeed.DefaultConfig(), Bridge: bridgesigner.DefaultConfig()}
}

// cometConfigDefaults returns config.toml's defaults with DPN's block time (about 2 s).
func cometConfigDefaults() *cmtcfg.Config {
	cfg := cmtcfg.DefaultConfig()
	cfg.Consensus.TimeoutCommit = defaultTimeoutCommit
	return cfg
}

func tempHome() string {
	dir, err := os.MkdirTemp("", "dpnd-")
	if err != nil {
		return app.DefaultNodeHome
	}
	return dir
}
