package types

import (
	"context"

	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	attestationtypes "github.com/dpn-network/dpn/x/attestation/types"
)

// BankKeeper moves escrow, pays providers and burns the protocol share.
type BankKeeper interface {
	SendCoinsFromAccountToModule(ctx context.Context, sender sdk.AccAddress, module string, amt sdk.Coins) error
	SendCoinsFromModuleToAccount(ctx context.Context, module string, recipient sdk.AccAddress, amt sdk.Coins) error
	// SendCoinsFromModuleToModule hands the fees behind L2 payout records to x/bridge.
	SendCoinsFromModuleToModule(ctx context.Context, senderModule, recipientModule string, amt sdk.Coins) error
	BurnCoins(ctx context.Context, module string, amt sdk.Coins) error
	GetBalance(ctx context.Context, addr sdk.AccAddress, denom string) sdk.Coin
}

// AccountKeeper gives the escrow account's address.
type AccountKeeper interface {
	GetModuleAddress(name string) sdk.AccAddress
}

// AttestationKeeper is the node registry: matching reads its active-node index, submissions
// are checked against its owners, and misbehaviour costs bond.
type AttestationKeeper interface {
	GetNode(ctx context.Context, index uint64) (attestationtypes.Node, error)
	// ActiveNodes calls fn for active nodes of a region (all regions if empty) and tier (any
	// if unspecified), starting at node index start and wrapping around, until fn returns true
	// or limit nodes were visited.
	ActiveNodes(ctx context.Context, region string, tier attestationtypes.Tier, start uint64, limit uint32, fn func(attestationtypes.Node) bool) error
	// SlashNode burns bps of the node's bond for provable misbehaviour and returns what was
	// burned.
	SlashNode(ctx context.Context, index uint64, bps uint32, reason string) (sdk.Coin, error)
	// ActiveCapacity is the total capacity of the active nodes.
	ActiveCapacity(ctx context.Context) (attestationtypes.Capacity, error)
}

// PricingKeeper quotes fees from the five-dimensional price anchor.
type PricingKeeper interface {
	// QuoteFee is the fee in the bond denom for one replica of resources held for
	// durationSeconds.
	QuoteFee(ctx context.Context, r Resources, durationSeconds uint64) (sdkmath.Int, error)
	// ReportUtilization tells the price anchor how much of the active capacity running jobs
	// hold, each block; its multipliers move with it like EIP-1559's base fee.
	ReportUtilization(ctx context.Context, load Resources, capacity attestationtypes.Capacity) error
}
