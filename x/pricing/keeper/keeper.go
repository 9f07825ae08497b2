// Package keeper is x/pricing's state and logic: the stake-weighted tally of the validators'
// price votes, miss counting and slashing, the utilization multipliers, quotes, and the
// anchor controller that moves the burn share of fees and the issuance of voting rewards.
package keeper

import (
	"cosmossdk.io/collections"
	"cosmossdk.io/core/store"
	"cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/codec"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/dpn-network/dpn/x/pricing/types"
)

// Keeper owns x/pricing's store.
type Keeper struct {
	cdc       codec.BinaryCodec
	authority string
	denom     string
	feePool   string

	staking  types.StakingKeeper
	slashing types.SlashingKeeper
	bank     types.BankKeeper
	account  types.AccountKeeper
	distr    types.DistributionKeeper
	distrAcc string

	Schema collections.Schema
	Params collections.Item[types.Params]
	// Prices holds the last tallied reference price of each dimension.
	Prices collections.Map[string, types.Price]
	// DpnUsd is the last tallied DPN/USD rate (USD per DPN).
	DpnUsd collections.Item[math.LegacyDec]
	// EthUsd is the last tallied ETH/USD rate (USD per ETH).
	EthUsd collections.Item[math.LegacyDec]
	// Multipliers holds the utilization multiplier of each dimension that has one; a
	// dimension without an entry has multiplier 1.
	Multipliers collections.Map[string, math.LegacyDec]
	// Voters holds each validator's record in the current slash window.
	Voters collections.Map[sdk.ConsAddress, types.VoterStatus]
	// WindowStart is the height of the first tally of the current slash window.
	WindowStart collections.Item[int64]
	// PeriodsInWindow counts the tallies of the current slash window.
	PeriodsInWindow collections.Item[uint64]
	// Controller is the anchor controller's state.
	Controller collections.Item[types.ControllerState]
	// Utilization holds this block's utilization reports, consumed by EndBlock.
	Utilization collections.Map[string, math.LegacyDec]
	// FeesCollected is what the fee collector held at the last EndBlock: the block's
	// transaction and job fees, without the reward x/mint adds in the next BeginBlock,
	// which must not be burnt. Consumed by BeginBlock.
	FeesCollected collections.Item[math.Int]
}

// Dependencies are the other modules' keepers x/pricing calls.
type Dependencies struct {
	Staking  types.StakingKeeper
	Slashing types.SlashingKeeper
	Bank     types.BankKeeper
	Account  types.AccountKeeper
	Distr    types.DistributionKeeper
	// DistrModule is the distribution module account's name (voting rewards pass through it).
	DistrModule string
	// FeeCollector is the module account whose fees are partly burnt each block.
	FeeCollector string
	// Denom is the fee and reward denomination.
	Denom string
}

// NewKeeper builds the keeper. authority is the only address allowed to change params.
func NewKeeper(cdc codec.BinaryCodec, storeService store.KVStoreService, authority string, deps Dependencies) Keeper {
	sb := collections.NewSchemaBuilder(storeService)
	k := Keeper{
		cdc: cdc, authority: authority, denom: deps.Denom, feePool: deps.FeeCollector,
		staking: deps.Staking, slashing: deps.Slashing, bank: deps.Bank, account: deps.Account,
		distr: deps.Distr, distrAcc: deps.DistrModule,
		Params:          collections.NewItem(sb, types.ParamsKey, "params", codec.CollValue[types.Params](cdc)),
		Prices:          collections.NewMap(sb, types.PricesKey, "prices", collections.StringKey, codec.CollValue[types.Price](cdc)),
		DpnUsd:          collections.NewItem(sb, types.DpnUsdKey, "dpn_usd", sdk.LegacyDecValue),
		EthUsd:          collections.NewItem(sb, types.EthUsdKey, "eth_usd", sdk.LegacyDecValue),
		Multipliers:     collections.NewMap(sb, types.MultipliersKey, "multipliers", collections.StringKey, sdk.LegacyDecValue),
		Voters:          collections.NewMap(sb, types.VotersKey, "voters", sdk.ConsAddressKey, codec.CollValue[types.VoterStatus](cdc)),
		WindowStart:     collections.NewItem(sb, types.WindowStartKey, "window_start", collections.Int64Value),
		PeriodsInWindow: collections.NewItem(sb, types.PeriodsInWindowKey, "periods_in_window", collections.Uint64Value),
		Controller:      collections.NewItem(sb, types.ControllerKey, "controller", codec.CollValue[types.ControllerState](cdc)),
		Utilization:     collections.NewMap(sb, types.UtilizationKey, "utilization", collections.StringKey, sdk.LegacyDecValue),
		FeesCollected:   collections.NewItem(sb, types.FeesCollectedKey, "fees_collected", sdk.IntValue),
	}
	schema, err := sb.Build()
	if err != nil {
		panic(err)
	}
	k.Schema = schema
	return k
}

// Authority returns the address allowed to change params.
func (k Keeper) Authority() string { return k.authority }
