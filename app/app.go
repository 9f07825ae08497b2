package app

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	dbm "github.com/cosmos/cosmos-db"
	"github.com/cosmos/gogoproto/proto"
	"github.com/spf13/cast"

	"cosmossdk.io/log/v2"

	abci "github.com/cometbft/cometbft/abci/types"

	"github.com/cosmos/cosmos-sdk/baseapp"
	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/client/flags"
	"github.com/cosmos/cosmos-sdk/codec"
	"github.com/cosmos/cosmos-sdk/codec/address"
	codectypes "github.com/cosmos/cosmos-sdk/codec/types"
	"github.com/cosmos/cosmos-sdk/runtime"
	"github.com/cosmos/cosmos-sdk/server"
	servertypes "github.com/cosmos/cosmos-sdk/server/types"
	"github.com/cosmos/cosmos-sdk/std"
	storetypes "github.com/cosmos/cosmos-sdk/store/v2/types"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/module"
	"github.com/cosmos/cosmos-sdk/types/msgservice"
	"github.com/cosmos/cosmos-sdk/version"
	"github.com/cosmos/cosmos-sdk/x/auth"
	authkeeper "github.com/cosmos/cosmos-sdk/x/auth/keeper"
	"github.com/cosmos/cosmos-sdk/x/auth/posthandler"
	authsims "github.com/cosmos/cosmos-sdk/x/auth/simulation"
	authtx "github.com/cosmos/cosmos-sdk/x/auth/tx"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	"github.com/cosmos/cosmos-sdk/x/authz"
	authzkeeper "github.com/cosmos/cosmos-sdk/x/authz/keeper"
	authzmodule "github.com/cosmos/cosmos-sdk/x/authz/module"
	"github.com/cosmos/cosmos-sdk/x/bank"
	bankkeeper "github.com/cosmos/cosmos-sdk/x/bank/keeper"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	"github.com/cosmos/cosmos-sdk/x/consensus"
	consensuskeeper "github.com/cosmos/cosmos-sdk/x/consensus/keeper"
	consensustypes "github.com/cosmos/cosmos-sdk/x/consensus/types"
	distr "github.com/cosmos/cosmos-sdk/x/distribution"
	distrkeeper "github.com/cosmos/cosmos-sdk/x/distribution/keeper"
	distrtypes "github.com/cosmos/cosmos-sdk/x/distribution/types"
	"github.com/cosmos/cosmos-sdk/x/epochs"
	epochskeeper "github.com/cosmos/cosmos-sdk/x/epochs/keeper"
	epochstypes "github.com/cosmos/cosmos-sdk/x/epochs/types"
	"github.com/cosmos/cosmos-sdk/x/evidence"
	evidencekeeper "github.com/cosmos/cosmos-sdk/x/evidence/keeper"
	evidencetypes "github.com/cosmos/cosmos-sdk/x/evidence/types"
	"github.com/cosmos/cosmos-sdk/x/feegrant"
	feegrantkeeper "github.com/cosmos/cosmos-sdk/x/feegrant/keeper"
	feegrantmodule "github.com/cosmos/cosmos-sdk/x/feegrant/module"
	"github.com/cosmos/cosmos-sdk/x/genutil"
	genutiltypes "github.com/cosmos/cosmos-sdk/x/genutil/types"
	"github.com/cosmos/cosmos-sdk/x/gov"
	govclient "github.com/cosmos/cosmos-sdk/x/gov/client"
	govkeeper "github.com/cosmos/cosmos-sdk/x/gov/keeper"
	govtypes "github.com/cosmos/cosmos-sdk/x/gov/types"
	"github.com/cosmos/cosmos-sdk/x/mint"
	mintkeeper "github.com/cosmos/cosmos-sdk/x/mint/keeper"
	minttypes "github.com/cosmos/cosmos-sdk/x/mint/types"
	"github.com/cosmos/cosmos-sdk/x/slashing"
	slashingkeeper "github.com/cosmos/cosmos-sdk/x/slashing/keeper"
	slashingtypes "github.com/cosmos/cosmos-sdk/x/slashing/types"
	"github.com/cosmos/cosmos-sdk/x/staking"
	stakingkeeper "github.com/cosmos/cosmos-sdk/x/staking/keeper"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"
	"github.com/cosmos/cosmos-sdk/x/tx/signing"
	"github.com/cosmos/cosmos-sdk/x/upgrade"
	upgradekeeper "github.com/cosmos/cosmos-sdk/x/upgrade/keeper"
	upgradetypes "github.com/cosmos/cosmos-sdk/x/upgrade/types"

	"github.com/cosmos/ibc-go/v11/modules/apps/transfer"
	ibctransferkeeper "github.com/cosmos/ibc-go/v11/modules/apps/transfer/keeper"
	ibctransfertypes "github.com/cosmos/ibc-go/v11/modules/apps/transfer/types"
	transferv2 "github.com/cosmos/ibc-go/v11/modules/apps/transfer/v2"
	ibc "github.com/cosmos/ibc-go/v11/modules/core"
	porttypes "github.com/cosmos/ibc-go/v11/modules/core/05-port/types"
	ibcapi "github.com/cosmos/ibc-go/v11/modules/core/api"
	ibcexported "github.com/cosmos/ibc-go/v11/modules/core/exported"
	ibckeeper "github.com/cosmos/ibc-go/v11/modules/core/keeper"
	ibctm "github.com/cosmos/ibc-go/v11/modules/light-clients/07-tendermint"

	"github.com/dpn-network/dpn/app/upgrades"
	"github.com/dpn-network/dpn/app/voteext"
	"github.com/dpn-network/dpn/x/attestation"
	attestationkeeper "github.com/dpn-network/dpn/x/attestation/keeper"
	attestationtypes "github.com/dpn-network/dpn/x/attestation/types"
	"github.com/dpn-network/dpn/x/bridge"
	bridgekeeper "github.com/dpn-network/dpn/x/bridge/keeper"
	bridgesigner "github.com/dpn-network/dpn/x/bridge/signer"
	bridgetypes "github.com/dpn-network/dpn/x/bridge/types"
	bridgewatcher "github.com/dpn-network/dpn/x/bridge/watcher"
	"github.com/dpn-network/dpn/x/compute"
	computekeeper "github.com/dpn-network/dpn/x/compute/keeper"
	computetypes "github.com/dpn-network/dpn/x/compute/types"
	"github.com/dpn-network/dpn/x/pricing"
	pricingfeed "github.com/dpn-network/dpn/x/pricing/feed"
	pricingkeeper "github.com/dpn-network/dpn/x/pricing/keeper"
	pricingtypes "github.com/dpn-network/dpn/x/pricing/types"
)

// DefaultNodeHome is the default home directory of dpnd.
var DefaultNodeHome = defaultNodeHome()

func defaultNodeHome() string {
	home, err := os.UserHomeDir()
	if err != nil {
		return ".dpnd"
	}
	return filepath.Join(home, ".dpnd")
}

var _ servertypes.Application = (*App)(nil)

// App is the DPN application: BaseApp plus every keeper, exported so that tests and the
// daemon's commands can reach them.
type App struct {
	*baseapp.BaseApp

	legacyAmino       *codec.LegacyAmino
	appCodec          codec.Codec
	txConfig          client.TxConfig
	interfaceRegistry codectypes.InterfaceRegistry
	keys              map[string]*storetypes.KVStoreKey

	AccountKeeper         authkeeper.AccountKeeper
	BankKeeper            bankkeeper.BaseKeeper
	StakingKeeper         *stakingkeeper.Keeper
	SlashingKeeper        slashingkeeper.Keeper
	MintKeeper            mintkeeper.Keeper
	DistrKeeper           distrkeeper.Keeper
	GovKeeper             govkeeper.Keeper
	ConsensusParamsKeeper consensuskeeper.Keeper
	UpgradeKeeper         *upgradekeeper.Keeper
	EvidenceKeeper        evidencekeeper.Keeper
	FeeGrantKeeper        feegrantkeeper.Keeper
	AuthzKeeper           authzkeeper.Keeper
	EpochsKeeper          epochskeeper.Keeper
	IBCKeeper             *ibckeeper.Keeper
	TransferKeeper        *ibctransferkeeper.Keeper
	AttestationKeeper     attestationkeeper.Keeper
	PricingKeeper         pricingkeeper.Keeper
	ComputeKeeper         computekeeper.Keeper
	BridgeKeeper          bridgekeeper.Keeper

	ModuleManager      *module.Manager
	BasicModuleManager module.BasicManager
	configurator       module.Configurator
	voteExtensions     *voteext.Handler
	// stopWatcher ends the bridge's L2 watcher (nil when it has no endpoint).
	stopWatcher context.CancelFunc
	// closeOnce: `dpnd start` closes the app twice (once CometBFT has stopped, and again as
	// it returns), and a second close of the database fails with "leveldb: closed".
	closeOnce sync.Once
	closeErr  error
}

// New returns the DPN application over db. loadLatest loads the last committed state; the
// daemon always sets it, export at a past height does not.
func New(
	logger log.Logger,
	db dbm.DB,
	loadLatest bool,
	appOpts servertypes.AppOptions,
	baseAppOptions ...func(*baseapp.BaseApp),
) *App {
	SetSDKConfig()
	enc := MakeEncodingConfig()
	appCodec, legacyAmino, interfaceRegistry, txConfig := enc.Codec, enc.Amino, enc.InterfaceRegistry, enc.TxConfig

	bApp := baseapp.NewBaseApp(AppName, logger, db, txConfig.TxDecoder(), baseAppOptions...)
	bApp.SetVersion(version.Version)
	bApp.SetInterfaceRegistry(interfaceRegistry)
	bApp.SetTxEncoder(txConfig.TxEncoder())

	keys := storeKeys()
	if err := bApp.RegisterStreamingServices(appOpts, keys); err != nil {
		panic(err)
	}

	app := &App{
		BaseApp:           bApp,
		legacyAmino:       legacyAmino,
		appCodec:          appCodec,
		txConfig:          txConfig,
		interfaceRegistry: interfaceRegistry,
		keys:              keys,
	}

	authority := authtypes.NewModuleAddress(govtypes.ModuleName).String()
	accountCodec := address.NewBech32Codec(sdk.GetConfig().GetBech32AccountAddrPrefix())
	validatorCodec := address.NewBech32Codec(sdk.GetConfig().GetBech32ValidatorAddrPrefix())
	consensusCodec := address.NewBech32Codec(sdk.GetConfig().GetBech32ConsensusAddrPrefix())
	app.ConsensusParamsKeeper = consensuskeeper.NewKeeper(appCodec, runtime.NewKVStoreService(keys[consensustypes.StoreKey]), authority, runtime.EventService{})
	bApp.SetParamStore(app.ConsensusParamsKeeper.ParamsStore)

	app.AccountKeeper = authkeeper.NewAccountKeeper(appCodec, runtime.NewKVStoreService(keys[authtypes.StoreKey]),
		authtypes.ProtoBaseAccount, moduleAccountPermissions, accountCodec, Bech32Prefix, authority)
	app.BankKeeper = bankkeeper.NewBaseKeeper(appCodec, runtime.NewKVStoreService(keys[banktypes.StoreKey]),
		app.AccountKeeper, BlockedAddresses(), authority, logger)
	app.StakingKeeper = stakingkeeper.NewKeeper(appCodec, runtime.NewKVStoreService(keys[stakingtypes.StoreKey]),
		app.AccountKeeper, app.BankKeeper, authority, validatorCodec, consensusCodec)
	app.MintKeeper = mintkeeper.NewKeeper(appCodec, runtime.NewKVStoreService(keys[minttypes.StoreKey]),
		app.StakingKeeper, app.AccountKeeper, app.BankKeeper, authtypes.FeeCollectorName, authority)
	app.DistrKeeper = distrkeeper.NewKeeper(appCodec, runtime.NewKVStoreService(keys[distrtypes.StoreKey]),
		app.AccountKeeper, app.BankKeeper, app.StakingKeeper, authtypes.FeeCollectorName, authority)
	app.SlashingKeeper = slashingkeeper.NewKeeper(appCodec, legacyAmino, runtime.NewKVStoreService(keys[slashingtypes.StoreKey]),
		app.StakingKeeper, authority)
	app.StakingKeeper.SetHooks(stakingtypes.NewMultiStakingHooks(app.DistrKeeper.Hooks(), app.SlashingKeeper.Hooks()))

	app.FeeGrantKeeper = feegrantkeeper.NewKeeper(appCodec, runtime.NewKVStoreService(keys[feegrant.StoreKey]), app.AccountKeeper)
	app.AuthzKeeper = authzkeeper.NewKeeper(runtime.NewKVStoreService(keys[authzkeeper.StoreKey]), appCodec, app.MsgServiceRouter(), app.AccountKeeper)

	skipUpgradeHeights := map[int64]bool{}
	for _, h := range cast.ToIntSlice(appOpts.Get(server.FlagUnsafeSkipUpgrades)) {
		skipUpgradeHeights[int64(h)] = true
	}
	homePath := cast.ToString(appOpts.Get(flags.FlagHome))
	app.UpgradeKeeper = upgradekeeper.NewKeeper(skipUpgradeHeights, runtime.NewKVStoreService(keys[upgradetypes.StoreKey]),
		appCodec, homePath, app.BaseApp, authority)

	app.EvidenceKeeper = *evidencekeeper.NewKeeper(appCodec, runtime.NewKVStoreService(keys[evidencetypes.StoreKey]),
		app.StakingKeeper, app.SlashingKeeper, accountCodec, runtime.ProvideCometInfoService())

	app.EpochsKeeper = epochskeeper.NewKeeper(runtime.NewKVStoreService(keys[epochstypes.StoreKey]), appCodec)
	app.AttestationKeeper = attestationkeeper.NewKeeper(appCodec, runtime.NewKVStoreService(keys[attestationtypes.StoreKey]), app.BankKeeper, authority)
	app.EpochsKeeper.SetHooks(epochstypes.NewMultiEpochHooks(app.AttestationKeeper.Hooks()))
	app.PricingKeeper = pricingkeeper.NewKeeper(appCodec, runtime.NewKVStoreService(keys[pricingtypes.StoreKey]), authority, pricingkeeper.Dependencies{
		Staking: app.StakingKeeper, Slashing: app.SlashingKeeper, Bank: app.BankKeeper, Account: app.AccountKeeper,
		Distr: app.DistrKeeper, DistrModule: distrtypes.ModuleName, FeeCollector: authtypes.FeeCollectorName, Denom: BondDenom,
	})

	app.ComputeKeeper = computekeeper.NewKeeper(appCodec, runtime.NewKVStoreService(keys[computetypes.StoreKey]), authority,
		app.BankKeeper, app.AccountKeeper, app.AttestationKeeper, pricingQuoter{app.PricingKeeper})
	app.BridgeKeeper = bridgekeeper.NewKeeper(appCodec, runtime.NewKVStoreService(keys[bridgetypes.StoreKey]), authority, bridgekeeper.Dependencies{
		Staking: app.StakingKeeper, Slashing: app.SlashingKeeper, Compute: app.ComputeKeeper, Bank: app.BankKeeper,
		Account: app.AccountKeeper, Pricing: app.PricingKeeper, Denom: BondDenom,
	})

	govKeeper := govkeeper.NewKeeper(appCodec, runtime.NewKVStoreService(keys[govtypes.StoreKey]),
		app.AccountKeeper, app.BankKeeper, app.DistrKeeper, app.MsgServiceRouter(), govtypes.DefaultConfig(), authority,
		govkeeper.NewDefaultCalculateVoteResultsAndVotingPower(app.StakingKeeper))
	app.GovKeeper = *govKeeper.SetHooks(govtypes.NewMultiGovHooks())

	app.IBCKeeper = ibckeeper.NewKeeper(appCodec, runtime.NewKVStoreService(keys[ibcexported.StoreKey]), app.UpgradeKeeper, authority)
	app.TransferKeeper = ibctransferkeeper.NewKeeper(appCodec, accountCodec, runtime.NewKVStoreService(keys[ibctransfertypes.StoreKey]),
		app.IBCKeeper.ChannelKeeper, app.MsgServiceRouter(), app.AccountKeeper, app.BankKeeper, authority)

	ibcRouter := porttypes.NewRouter()
	ibcRouter.AddRoute(ibctransfertypes.ModuleName, transfer.NewIBCModule(app.TransferKeeper))
	ibcRouterV2 := ibcapi.NewRouter()
	ibcRouterV2.AddRoute(ibctransfertypes.PortID, transferv2.NewIBCModule(app.TransferKeeper))
	app.IBCKeeper.SetRouter(ibcRouter)
	app.IBCKeeper.SetRouterV2(ibcRouterV2)

	tmLightClient := ibctm.NewLightClientModule(appCodec, app.IBCKeeper.ClientKeeper.GetStoreProvider())
	app.IBCKeeper.ClientKeeper.AddRoute(ibctm.ModuleName, &tmLightClient)

	app.ModuleManager = module.NewManager(
		genutil.NewAppModule(app.AccountKeeper, app.StakingKeeper, app, txConfig),
		auth.NewAppModule(appCodec, app.AccountKeeper, authsims.RandomGenesisAccounts, nil),
		bank.NewAppModule(appCodec, app.BankKeeper, app.AccountKeeper, nil),
		staking.NewAppModule(appCodec, app.StakingKeeper, app.AccountKeeper, app.BankKeeper, nil),
		slashing.NewAppModule(appCodec, app.SlashingKeeper, app.AccountKeeper, app.BankKeeper, app.StakingKeeper, nil, interfaceRegistry),
		distr.NewAppModule(appCodec, app.DistrKeeper, app.AccountKeeper, app.BankKeeper, app.StakingKeeper, nil),
		mint.NewAppModule(appCodec, app.MintKeeper, app.AccountKeeper, nil, nil),
		gov.NewAppModule(appCodec, &app.GovKeeper, app.AccountKeeper, app.BankKeeper, nil),
		consensus.NewAppModule(appCodec, app.ConsensusParamsKeeper),
		upgrade.NewAppModule(app.UpgradeKeeper, accountCodec),
		evidence.NewAppModule(app.EvidenceKeeper),
		feegrantmodule.NewAppModule(appCodec, app.AccountKeeper, app.BankKeeper, app.FeeGrantKeeper, interfaceRegistry),
		authzmodule.NewAppModule(appCodec, app.AuthzKeeper, app.AccountKeeper, app.BankKeeper, interfaceRegistry),
		epochs.NewAppModule(&app.EpochsKeeper),
		ibc.NewAppModule(app.IBCKeeper),
		transfer.NewAppModule(app.TransferKeeper),
		ibctm.NewAppModule(tmLightClient),
		attestation.NewAppModule(app.AttestationKeeper),
		pricing.NewAppModule(app.PricingKeeper),
		compute.NewAppModule(app.ComputeKeeper),
		bridge.NewAppModule(app.BridgeKeeper),
	)
	app.BasicModuleManager = module.NewBasicManagerFromManager(app.ModuleManager, map[string]module.AppModuleBasic{
		genutiltypes.ModuleName: genutil.NewAppModuleBasic(genutiltypes.DefaultMessageValidator),
		govtypes.ModuleName:     gov.NewAppModuleBasic([]govclient.ProposalHandler{}),
	})
	app.BasicModuleManager.RegisterLegacyAminoCodec(legacyAmino)
	app.BasicModuleManager.RegisterInterfaces(interfaceRegistry)

	app.ModuleManager.SetOrderPreBlockers(upgradetypes.ModuleName, authtypes.ModuleName)
	// Slashing runs after distribution so that the fee pool is empty when validators are
	// slashed; staking is needed while HistoricalEntries > 0 (IBC's light clients read it).
	// x/pricing burns its share of the fees before distribution hands out the rest.
	app.ModuleManager.SetOrderBeginBlockers(
		minttypes.ModuleName, pricingtypes.ModuleName, distrtypes.ModuleName, slashingtypes.ModuleName, evidencetypes.ModuleName,
		stakingtypes.ModuleName, epochstypes.ModuleName, ibcexported.ModuleName, authz.ModuleName,
	)
	// Since SDK v0.54 bank's EndBlock finalises object-store writes and must come first.
	// x/compute reports the block's utilization before x/pricing moves its multipliers;
	// x/bridge batches the records x/compute settled in this block, over the bonded set
	// x/staking just updated.
	app.ModuleManager.SetOrderEndBlockers(
		banktypes.ModuleName, govtypes.ModuleName, stakingtypes.ModuleName, feegrant.ModuleName, computetypes.ModuleName,
		pricingtypes.ModuleName, bridgetypes.ModuleName,
	)
	// genutil runs after staking (pools hold the genesis bonds) and after auth (its params).
	genesisOrder := []string{
		authtypes.ModuleName, banktypes.ModuleName, distrtypes.ModuleName, stakingtypes.ModuleName,
		slashingtypes.ModuleName, govtypes.ModuleName, minttypes.ModuleName, ibcexported.ModuleName,
		genutiltypes.ModuleName, evidencetypes.ModuleName, authz.ModuleName, feegrant.ModuleName,
		ibctransfertypes.ModuleName, upgradetypes.ModuleName, consensustypes.ModuleName, epochstypes.ModuleName,
		attestationtypes.ModuleName, pricingtypes.ModuleName, computetypes.ModuleName, bridgetypes.ModuleName,
	}
	app.ModuleManager.SetOrderInitGenesis(genesisOrder...)
	app.ModuleManager.SetOrderExportGenesis(genesisOrder...)

	app.configurator = module.NewConfigurator(appCodec, app.MsgServiceRouter(), app.GRPCQueryRouter())
	if err := app.ModuleManager.RegisterServices(app.configurator); err != nil {
		panic(err)
	}
	upgrades.Register(app.UpgradeKeeper, app.ModuleManager, app.configurator, app.SetStoreLoader)

	app.MountKVStores(keys)
	app.SetInitChainer(app.InitChainer)
	app.SetPreBlocker(app.PreBlocker)
	app.SetBeginBlocker(app.BeginBlocker)
	app.SetEndBlocker(app.EndBlocker)

	anteHandler, err := NewAnteHandler(app, txConfig)
	if err != nil {
		panic(err)
	}
	app.SetAnteHandler(anteHandler)
	postHandler, err := posthandler.NewPostHandler(posthandler.HandlerOptions{})
	if err != nil {
		panic(err)
	}
	app.SetPostHandler(postHandler)

	priceFeed, err := pricingfeed.FromAppOptions(appOpts, logger.With("module", "pricefeed"))
	if err != nil {
		panic(err)
	}
	bridgeSigner, err := app.newBridgeSigner(appOpts, homePath, logger.With("module", "bridge"))
	if err != nil {
		panic(err)
	}
	app.voteExtensions = voteext.Install(app.BaseApp, voteext.Config{
		Providers: voteext.Providers{Prices: pricingfeed.Provider(priceFeed, app.PricingKeeper), Bridge: bridgeSigner.Part},
		Verifiers: voteext.Verifiers{Bridge: func(ctx sdk.Context, addr sdk.ConsAddress, part *bridgetypes.BridgeVote) error {
			return app.BridgeKeeper.VerifyPart(ctx, addr, part)
		}},
		Consumers:      voteext.Consumers{Prices: app.PricingKeeper.ApplyVotes, Bridge: app.BridgeKeeper.ApplyVotes},
		ValidatorStore: app.StakingKeeper,
		Logger:         logger.With("module", "voteext"),
	})

	protoFiles, err := proto.MergedRegistry()
	if err != nil {
		panic(err)
	}
	if err := msgservice.ValidateProtoAnnotations(protoFiles); err != nil {
		logger.Warn("proto annotations", "err", err)
	}

	if loadLatest {
		if err := app.LoadLatestVersion(); err != nil {
			panic(fmt.Errorf("loading latest version: %w", err))
		}
	}
	return app
}

// newBridgeSigner reads app.toml's [bridge]: the key this validator signs bridge digests
// with, and the L2 endpoints its watcher reads (started here, stopped by Close).
func (app *App) newBridgeSigner(appOpts servertypes.AppOptions, home string, logger log.Logger) (*bridgesigner.Signer, error) {
	cfg, err := bridgesigner.FromAppOptions(appOpts, home)
	if err != nil {
		return nil, err
	}
	var key *ecdsa.PrivateKey
	if cfg.KeyFile != "" {
		if _, statErr := os.Stat(cfg.KeyFile); statErr == nil {
			if key, err = bridgesigner.LoadKey(cfg.KeyFile); err != nil {
				return nil, err
			}
		} else {
			logger.Info("no bridge key: this validator signs no bridge digests", "key_file", cfg.KeyFile)
		}
	}
	var readings bridgesigner.Readings
	if len(cfg.Endpoints) > 0 {
		w := bridgewatcher.New(cfg.Endpoints, cfg.Confirmations, cfg.PollInterval, logger)
		ctx, cancel := context.WithCancel(context.Background())
		app.stopWatcher = cancel
		go w.Run(ctx)
		readings = w
	}
	return bridgesigner.New(key, app.BridgeKeeper, readings, logger), nil
}

// Close stops the bridge watcher, then the app; later calls return the first one's result.
func (app *App) Close() error {
	app.closeOnce.Do(func() {
		if app.stopWatcher != nil {
			app.stopWatcher()
		}
		app.closeErr = app.BaseApp.Close()
	})
	return app.closeErr
}

// Name returns the application's name.
func (app *App) Name() string { return app.BaseApp.Name() }

// PreBlocker runs the modules' pre-blockers (upgrades first), then hands each module its part
// of the last height's vote extensions.
func (app *App) PreBlocker(ctx sdk.Context, req *abci.RequestFinalizeBlock) (*sdk.ResponsePreBlock, error) {
	res, err := app.ModuleManager.PreBlock(ctx)
	if err != nil {
		return nil, err
	}
	if err := app.voteExtensions.PreBlock(ctx, req); err != nil {
		return nil, err
	}
	return res, nil
}

// BeginBlocker runs the modules' begin-blockers.
func (app *App) BeginBlocker(ctx sdk.Context) (sdk.BeginBlock, error) {
	return app.ModuleManager.BeginBlock(ctx)
}

// EndBlocker runs the modules' end-blockers.
func (app *App) EndBlocker(ctx sdk.Context) (sdk.EndBlock, error) {
	return app.ModuleManager.EndBlock(ctx)
}

// InitChainer imports the genesis state.
func (app *App) InitChainer(ctx sdk.Context, req *abci.RequestInitChain) (*abci.ResponseInitChain, error) {
	var genesisState GenesisState
	if err := jsonUnmarshal(req.AppStateBytes, &genesisState); err != nil {
		return nil, fmt.Errorf("decoding genesis app state: %w", err)
	}
	if err := app.UpgradeKeeper.SetModuleVersionMap(ctx, app.ModuleManager.GetVersionMap()); err != nil {
		return nil, err
	}
	return app.ModuleManager.InitGenesis(ctx, app.appCodec, genesisState)
}

// LoadHeight loads the state committed at height.
func (app *App) LoadHeight(height int64) error { return app.LoadVersion(height) }

// LegacyAmino returns the amino codec (still needed by a few SDK client paths).
func (app *App) LegacyAmino() *codec.LegacyAmino { return app.legacyAmino }

// AppCodec returns the protobuf codec.
func (app *App) AppCodec() codec.Codec { return app.appCodec }

// InterfaceRegistry returns the interface registry.
func (app *App) InterfaceRegistry() codectypes.InterfaceRegistry { return app.interfaceRegistry }

// TxConfig returns the transaction configuration.
func (app *App) TxConfig() client.TxConfig { return app.txConfig }

// GetTxConfig returns the transaction configuration (ibc-go's TestingApp).
func (app *App) GetTxConfig() client.TxConfig { return app.txConfig }

// GetBaseApp returns the BaseApp (ibc-go's TestingApp).
func (app *App) GetBaseApp() *baseapp.BaseApp { return app.BaseApp }

// GetIBCKeeper returns the IBC keeper (ibc-go's TestingApp).
func (app *App) GetIBCKeeper() *ibckeeper.Keeper { return app.IBCKeeper }

// GetKey returns the KV store key named storeKey.
func (app *App) GetKey(storeKey string) *storetypes.KVStoreKey { return app.keys[storeKey] }

// DefaultGenesis returns the default genesis state of every module, with DPN's denominations.
func (app *App) DefaultGenesis() GenesisState {
	return NewDefaultGenesisState(app.appCodec, app.BasicModuleManager)
}

// signingOptions tells the tx signing machinery how DPN renders addresses.
func signingOptions() signing.Options {
	return signing.Options{
		AddressCodec:          address.NewBech32Codec(sdk.GetConfig().GetBech32AccountAddrPrefix()),
		ValidatorAddressCodec: address.NewBech32Codec(sdk.GetConfig().GetBech32ValidatorAddrPrefix()),
	}
}

// registerStd registers the SDK's base interfaces and amino types.
func registerStd(amino *codec.LegacyAmino, registry codectypes.InterfaceRegistry) {
	std.RegisterLegacyAminoCodec(amino)
	std.RegisterInterfaces(registry)
}

// txConfigFor builds the default tx configuration for a codec.
func txConfigFor(cdc codec.Codec) client.TxConfig {
	return authtx.NewTxConfig(cdc, authtx.DefaultSignModes)
}
