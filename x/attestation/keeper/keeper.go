// Package keeper is x/attestation's state and logic: the node registry with its Sybil guard and
// marketplace indexes, per-epoch beacons and heartbeat bitmaps, and the uptime rule.
package keeper

import (
	"cosmossdk.io/collections"
	"cosmossdk.io/collections/indexes"
	"cosmossdk.io/core/store"

	"github.com/cosmos/cosmos-sdk/codec"

	"github.com/dpn-network/dpn/x/attestation/types"
)

// NodeIndexes are the secondary indexes of Nodes.
type NodeIndexes struct {
	// Fingerprint maps the fingerprint of each active node to it (the Sybil guard).
	Fingerprint *ActiveFingerprintIndex
	// StatusRegionTier and StatusTierRegion serve every Nodes query that filters by status
	// with a prefix scan.
	StatusRegionTier *indexes.Multi[collections.Triple[int32, string, int32], uint64, types.Node]
	StatusTierRegion *indexes.Multi[collections.Triple[int32, int32, string], uint64, types.Node]
	// HeartbeatKey holds the proof-checked BLS key of each active node in stored form: all
	// that the heartbeat path reads per signer.
	HeartbeatKey *HeartbeatKeyIndex
	// ActiveCapacity is the sum of the active nodes' capacity.
	ActiveCapacity *ActiveCapacityIndex
}

// IndexesList implements collections.Indexes.
func (i NodeIndexes) IndexesList() []collections.Index[uint64, types.Node] {
	return []collections.Index[uint64, types.Node]{i.Fingerprint, i.StatusRegionTier, i.StatusTierRegion, i.HeartbeatKey, i.ActiveCapacity}
}

// Keeper owns x/attestation's store.
type Keeper struct {
	cdc       codec.BinaryCodec
	bank      types.BankKeeper
	authority string

	Schema        collections.Schema
	Params        collections.Item[types.Params]
	Nodes         *collections.IndexedMap[uint64, types.Node, NodeIndexes]
	NextNodeIndex collections.Sequence
	// CurrentEpoch is the number of the epoch in progress (x/epochs numbering, from 1).
	CurrentEpoch collections.Item[uint64]
	// Beacons holds the beacon of the current epoch and of the epochs still in the window.
	Beacons collections.Map[uint64, []byte]
	// Participation holds one signer bitmap per epoch, pruned beyond the uptime window.
	Participation collections.Map[uint64, []byte]
	// Audits holds the VDF audits of the epochs in the window, by (epoch, node index).
	Audits collections.Map[collections.Pair[uint64, uint64], types.Audit]
	// UnbondingQueue holds (completion height, node index) for every bond waiting to return;
	// the bond itself stays in the node's record until it is paid.
	UnbondingQueue collections.KeySet[collections.Pair[int64, uint64]]

	keys *keyMemo
}

// NewKeeper builds the keeper. bank holds bonds in the module account (which needs the Burner
// permission for slashing); authority is the only address allowed to change params.
func NewKeeper(cdc codec.BinaryCodec, storeService store.KVStoreService, bank types.BankKeeper, authority string) Keeper {
	sb := collections.NewSchemaBuilder(storeService)
	memo := newKeyMemo()
	nodeValue := codec.CollValue[types.Node](cdc)
	k := Keeper{
		cdc:       cdc,
		bank:      bank,
		authority: authority,
		Params:    collections.NewItem(sb, types.ParamsKey, "params", codec.CollValue[types.Params](cdc)),
		Nodes: collections.NewIndexedMap(sb, types.NodesKey, "nodes", collections.Uint64Key, nodeValue, NodeIndexes{
			Fingerprint: NewActiveFingerprintIndex(sb, types.NodesByFingerprintKey, "nodes_by_fingerprint"),
			StatusRegionTier: indexes.NewMulti(sb, types.NodesByStatusRegionKey, "nodes_by_status_region_tier",
				collections.TripleKeyCodec(collections.Int32Key, collections.StringKey, collections.Int32Key), collections.Uint64Key,
				func(_ uint64, n types.Node) (collections.Triple[int32, string, int32], error) {
					return collections.Join3(int32(n.Status), n.Region, int32(n.Tier)), nil
				}),
			StatusTierRegion: indexes.NewMulti(sb, types.NodesByStatusTierKey, "nodes_by_status_tier_region",
				collections.TripleKeyCodec(collections.Int32Key, collections.Int32Key, collections.StringKey), collections.Uint64Key,
				func(_ uint64, n types.Node) (collections.Triple[int32, int32, string], error) {
					return collections.Join3(int32(n.Status), int32(n.Tier), n.Region), nil
				}),
			HeartbeatKey:   NewHeartbeatKeyIndex(sb, types.HeartbeatKeysKey, "heartbeat_keys", memo),
			ActiveCapacity: NewActiveCapacityIndex(sb, types.ActiveCapacityKey, "active_capacity", codec.CollValue[types.Capacity](cdc)),
		}),
		NextNodeIndex: collections.NewSequence(sb, types.NextNodeIndexKey, "next_node_index"),
		CurrentEpoch:  collections.NewItem(sb, types.CurrentEpochKey, "current_epoch", collections.Uint64Value),
		Beacons:       collections.NewMap(sb, types.BeaconsKey, "beacons", collections.Uint64Key, collections.BytesValue),
		Participation: collections.NewMap(sb, types.ParticipationKey, "participation", collections.Uint64Key, collections.BytesValue),
		Audits: collections.NewMap(sb, types.AuditsKey, "audits",
			collections.PairKeyCodec(collections.Uint64Key, collections.Uint64Key), codec.CollValue[types.Audit](cdc)),
		UnbondingQueue: collections.NewKeySet(sb, types.UnbondingQueueKey, "unbonding_queue",
			collections.PairKeyCodec(collections.Int64Key, collections.Uint64Key)),
		keys: memo,
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
