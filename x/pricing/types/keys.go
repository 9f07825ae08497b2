// Package types holds x/pricing's messages, state types, errors and the pure rules on them:
// dimension names, price-vote validation, params and genesis checks.
package types

import "cosmossdk.io/collections"

const (
	// ModuleName is the module's name, store key, route and module account.
	ModuleName = "pricing"
	// StoreKey is the module's KV store key.
	StoreKey = ModuleName
)

// Collection prefixes.
var (
	ParamsKey          = collections.NewPrefix(0)
	PricesKey          = collections.NewPrefix(1)
	DpnUsdKey          = collections.NewPrefix(2)
	MultipliersKey     = collections.NewPrefix(3)
	VotersKey          = collections.NewPrefix(4)
	WindowStartKey     = collections.NewPrefix(5)
	PeriodsInWindowKey = collections.NewPrefix(6)
	ControllerKey      = collections.NewPrefix(7)
	UtilizationKey     = collections.NewPrefix(8)
	FeesCollectedKey   = collections.NewPrefix(9)
	EthUsdKey          = collections.NewPrefix(10)
)
