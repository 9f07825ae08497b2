// Package types holds x/attestation's messages, state types, errors and the pure rules on
// them (descriptor canonicalisation, heartbeat sign bytes, bitmaps).
package types

import "cosmossdk.io/collections"

const (
	// ModuleName is the module's name, store key and route.
	ModuleName = "attestation"
	// StoreKey is the module's KV store key.
	StoreKey = ModuleName
)

// Collection prefixes.
var (
	ParamsKey              = collections.NewPrefix(0)
	NodesKey               = collections.NewPrefix(1)
	NodesByFingerprintKey  = collections.NewPrefix(2)
	NodesByStatusRegionKey = collections.NewPrefix(3)
	NodesByStatusTierKey   = collections.NewPrefix(4)
	NextNodeIndexKey       = collections.NewPrefix(5)
	CurrentEpochKey        = collections.NewPrefix(6)
	BeaconsKey             = collections.NewPrefix(7)
	ParticipationKey       = collections.NewPrefix(8)
	AuditsKey              = collections.NewPrefix(9)
	HeartbeatKeysKey       = collections.NewPrefix(10)
	UnbondingQueueKey      = collections.NewPrefix(11)
	ActiveCapacityKey      = collections.NewPrefix(12)
)
