// Package network starts an in-process network of DPN validators (CometBFT + the DPN app in
// the test binary, talking over loopback) for end-to-end tests of transactions, queries,
// vote extensions and modules working together.
package network

import (
	"fmt"
	"testing"
	"time"

	dbm "github.com/cosmos/cosmos-db"

	"cosmossdk.io/log/v2"

	pruningtypes "github.com/cosmos/cosmos-sdk/store/v2/pruning/types"

	"github.com/cosmos/cosmos-sdk/baseapp"
	servertypes "github.com/cosmos/cosmos-sdk/server/types"
	sdknetwork "github.com/cosmos/cosmos-sdk/testutil/network"
	simtestutil "github.com/cosmos/cosmos-sdk/testutil/sims"
	sdk "github.com/cosmos/cosmos-sdk/types"
	moduletestutil "github.com/cosmos/cosmos-sdk/types/module/testutil"
	genutiltypes "github.com/cosmos/cosmos-sdk/x/genutil/types"

	"github.com/dpn-network/dpn/app"
)

type (
	// Network is a running in-process network.
	Network = sdknetwork.Network
	// Config describes a network before it starts.
	Config = sdknetwork.Config
	// Validator is one running validator of a Network.
	Validator = sdknetwork.Validator
)

// MinGasPrice is the minimum gas price every validator of a test network accepts.
const MinGasPrice = "0.0025" + app.BondDenom

// DefaultConfig returns a configuration of n validators (1 to 4) running the DPN app, with
// udpn as the bond and fee denomination and a 1 s block time.
func DefaultConfig(n int) Config {
	if n < 1 || n > 4 {
		panic(fmt.Sprintf("testutil/network: 1 to 4 validators, got %d", n))
	}
	// The module manager registers the modules' interfaces on the app's registry; the network
	// must use that same registry to decode the modules' messages.
	tmp := app.New(log.NewNopLogger(), dbm.NewMemDB(), false, simtestutil.EmptyAppOptions{})
	genesis := tmp.DefaultGenesis()

	cfg := sdknetwork.DefaultConfig(func() sdknetwork.TestFixture {
		return sdknetwork.TestFixture{
			AppConstructor: appConstructor,
			GenesisState:   genesis,
			EncodingConfig: moduletestutil.TestEncodingConfig{
				InterfaceRegistry: tmp.InterfaceRegistry(),
				Codec:             tmp.AppCodec(),
				TxConfig:          tmp.TxConfig(),
				Amino:             tmp.LegacyAmino(),
			},
		}
	})
	cfg.NumValidators = n
	cfg.BondDenom = app.BondDenom
	cfg.MinGasPrices = MinGasPrice
	cfg.TimeoutCommit = time.Second
	cfg.ChainID = "dpn-test-1"
	cfg.AccountTokens = sdk.TokensFromConsensusPower(1000, sdk.DefaultPowerReduction)
	cfg.StakingTokens = sdk.TokensFromConsensusPower(500, sdk.DefaultPowerReduction)
	cfg.BondedTokens = sdk.TokensFromConsensusPower(100, sdk.DefaultPowerReduction)
	return cfg
}

// VoteExtensionsHeight is the height from which the validators of a test network extend their
// votes, as `dpnd init` sets it.
const VoteExtensionsHeight = 2

func appConstructor(val sdknetwork.ValidatorI) servertypes.Application {
	ctx := val.GetCtx()
	appCfg := val.GetAppConfig()
	// The SDK's network writes genesis with CometBFT's default consensus params; CometBFT reads
	// the file only after this constructor returns, so DPN's vote-extension height is set here,
	// identically on every validator.
	genFile := ctx.Config.GenesisFile()
	genesis, err := genutiltypes.AppGenesisFromFile(genFile)
	if err != nil {
		panic(err)
	}
	app.SetVoteExtensionsHeight(genesis, VoteExtensionsHeight)
	if err := genesis.SaveAs(genFile); err != nil {
		panic(err)
	}
	return app.New(ctx.Logger, dbm.NewMemDB(), true, simtestutil.NewAppOptionsWithFlagHome(ctx.Config.RootDir),
		baseapp.SetPruning(pruningtypes.NewPruningOptionsFromString(appCfg.Pruning)),
		baseapp.SetMinGasPrices(appCfg.MinGasPrices),
		baseapp.SetChainID(ctx.Viper.GetString("chain-id")),
	)
}

// New starts a network from cfg, waits for its first block and stops it when t ends.
func New(t testing.TB, cfg Config) *Network {
	t.Helper()
	net, err := sdknetwork.New(t, t.TempDir(), cfg)
	if err != nil {
		t.Fatalf("starting the in-process network: %v", err)
	}
	if _, err := net.WaitForHeight(1); err != nil {
		net.Cleanup()
		t.Fatalf("waiting for the first block: %v", err)
	}
	t.Cleanup(net.Cleanup)
	return net
}
