// Package types holds x/compute's messages, state types, errors, params and the pure rules on
// them (content addressing, result commitments, fee splits).
package types

import "cosmossdk.io/collections"

const (
	// ModuleName is the module's name, store key, route and escrow account.
	ModuleName = "compute"
	// StoreKey is the module's KV store key.
	StoreKey = ModuleName
)

// Collection prefixes.
var (
	ParamsKey           = collections.NewPrefix(0)
	JobsKey             = collections.NewPrefix(1)
	JobsByStatusKey     = collections.NewPrefix(2)
	NextJobIDKey        = collections.NewPrefix(3)
	DeadlinesKey        = collections.NewPrefix(4)
	SubmissionsKey      = collections.NewPrefix(5)
	ResultsKey          = collections.NewPrefix(6)
	SettlementsKey      = collections.NewPrefix(7)
	NextSettlementIDKey = collections.NewPrefix(8)
	NodeStatsKey        = collections.NewPrefix(9)
	NodeJobsKey         = collections.NewPrefix(10)
	TotalLoadKey        = collections.NewPrefix(11)
	PayoutsKey          = collections.NewPrefix(12)
)
