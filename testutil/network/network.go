// Package network starts an in-process network of DPN validators (CometBFT + the DPN app in
// the test binary, talking over loopback) for end-to-end tests of transactions, queries,
// vote extensions and modules working together.
package network

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	dbm "github.com/cosmos/cosmos-db"

	"cosmossdk.io/log/v2"

	pruningtypes "github.com/cosmos/cosmos-sdk/store/v2/pruning/types"

	"github.com/cosmos/cosmos-sdk/baseapp"
	"github.com/cosmos/cosmos-sdk/client/flags"
	servertypes "github.com/cosmos/cosmos-sdk/server/types"
	sdknetwork "github.com/cosmos/cosmos-sdk/testutil/network"
	simtestutil "github.com/cosmos/cosmos-sdk/testutil/sims"
	sdk "github.com/cosmos/cosmos-sdk/types"
	moduletestutil "github.com/cosmos/cosmos-sdk/types/module/testutil"
	genutiltypes "github.com/cosmos/cosmos-sdk/x/genutil/types"

	"github.com/dpn-network/dpn/app"
	pricingfeed "github.com/dpn-network/dpn/x/pricing/feed"
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
	return newApp(val, nil)
}

// Options give validators of a test network their own node-side settings.
type Options struct {
	// PriceSources[i] are validator i's price sources, as if its app.toml's [pricing] sources
	// said so. A validator without an entry, or with an empty one, votes no prices.
	PriceSources [][]string
	// ExtensionFaults[i], when set, rewrites validator i's vote extension after its app
	// produced it: a validator that signs bad extensions, to test what the others do.
	ExtensionFaults []func(height int64, ext []byte) []byte
	// AppOptions[i] are more of validator i's app.toml keys ("bridge.key_file", ...).
	AppOptions []map[string]any
}

// WithOptions applies o to cfg. Validator i is the one with moniker "node<i>".
func WithOptions(cfg Config, o Options) Config {
	cfg.AppConstructor = func(val sdknetwork.ValidatorI) servertypes.Application {
		i, err := strconv.Atoi(strings.TrimPrefix(val.GetCtx().Config.Moniker, "node"))
		if err != nil {
			panic(fmt.Sprintf("testutil/network: moniker %q is not node<i>", val.GetCtx().Config.Moniker))
		}
		opts := map[string]any{}
		if i < len(o.PriceSources) {
			opts[pricingfeed.FlagSources] = o.PriceSources[i]
		}
		if i < len(o.AppOptions) {
			for k, v := range o.AppOptions[i] {
				opts[k] = v
			}
		}
		a := newApp(val, opts)
		if i < len(o.ExtensionFaults) && o.ExtensionFaults[i] != nil {
			return faultyApp{App: a, fault: o.ExtensionFaults[i]}
		}
		return a
	}
	return cfg
}

// faultyApp is the DPN app whose vote extensions are rewritten on their way to CometBFT,
// which signs whatever the app returns.
type faultyApp struct {
	*app.App
	fault func(height int64, ext []byte) []byte
}

func (a faultyApp) ExtendVote(ctx context.Context, req *abci.RequestExtendVote) (*abci.ResponseExtendVote, error) {
	res, err := a.App.ExtendVote(ctx, req)
	if err != nil {
		return res, err
	}
	res.VoteExtension = a.fault(req.Height, res.VoteExtension)
	return res, nil
}

// newApp builds a validator's app; extra adds app options (app.toml keys) to the home flag.
func newApp(val sdknetwork.ValidatorI, extra map[string]any) *app.App {
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
	opts := simtestutil.AppOptionsMap{flags.FlagHome: ctx.Config.RootDir}
	for k, v := range extra {
		opts[k] = v
	}
	return app.New(ctx.Logger, dbm.NewMemDB(), true, opts,
		baseapp.SetPruning(pruningtypes.NewPruningOptionsFromString(appCfg.Pruning)),
		baseapp.SetMinGasPrices(appCfg.MinGasPrices),
		baseapp.SetChainID(ctx.Viper.GetString("chain-id")),
	)
}

// New starts a network from cfg, waits for its first block and stops it when t ends.
func New(t testing.TB, cfg Config) *Network {
	t.Helper()
	if err := refillPorts(); err != nil {
		t.Fatalf("choosing listen ports: %v", err)
	}
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
