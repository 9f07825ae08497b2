package types

import (
	"context"

	"cosmossdk.io/core/address"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	computetypes "github.com/dpn-network/dpn/x/compute/types"
)

// StakingKeeper is what x/bridge reads of x/staking: the bonded set and its powers.
type StakingKeeper interface {
	GetBondedValidatorsByPower(ctx context.Context) ([]stakingtypes.Validator, error)
	ValidatorByConsAddr(ctx context.Context, consAddr sdk.ConsAddress) (stakingtypes.ValidatorI, error)
	Validator(ctx context.Context, addr sdk.ValAddress) (stakingtypes.ValidatorI, error)
	PowerReduction(ctx context.Context) math.Int
	ValidatorAddressCodec() address.Codec
}

// SlashingKeeper jails chronic missers and slashes bad signers.
type SlashingKeeper interface {
	Slash(ctx context.Context, consAddr sdk.ConsAddress, fraction math.LegacyDec, power, distributionHeight int64) error
	Jail(ctx context.Context, consAddr sdk.ConsAddress) error
}

// ComputeKeeper hands over the marketplace's settlement records.
type ComputeKeeper interface {
	// TakeSettlements removes up to limit of the oldest settlement records and moves the
	// fees held behind their PAYOUT records to module toModule.
	TakeSettlements(ctx context.Context, toModule string, limit int) ([]computetypes.SettlementRecord, error)
	GetJob(ctx context.Context, id uint64) (computetypes.Job, error)
}

// BankKeeper reads the escrow and treasury balances and pays credits and redemptions.
type BankKeeper interface {
	GetBalance(ctx context.Context, addr sdk.AccAddress, denom string) sdk.Coin
	SendCoinsFromModuleToAccount(ctx context.Context, senderModule string, recipientAddr sdk.AccAddress, amt sdk.Coins) error
	BlockedAddr(addr sdk.AccAddress) bool
}

// AccountKeeper gives the module accounts' addresses and parses account addresses.
type AccountKeeper interface {
	GetModuleAddress(moduleName string) sdk.AccAddress
	// GetModuleAccount creates the module account when it does not exist yet.
	GetModuleAccount(ctx context.Context, moduleName string) sdk.ModuleAccountI
	AddressCodec() address.Codec
}

// PricingKeeper gives the rate at which ETH paid on an L2 is credited.
type PricingKeeper interface {
	// DpnPerEth is ETH/USD ÷ DPN/USD at the last tally; an error when either is unknown.
	DpnPerEth(ctx context.Context) (math.LegacyDec, error)
}
