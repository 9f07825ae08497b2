package keeper

import (
	"bytes"
	"context"
	"errors"

	"cosmossdk.io/collections"

	"github.com/dpn-network/dpn/x/attestation/types"
)

// HeartbeatKeyIndex maps the index of every active node to its 48-byte compressed BLS key. It
// is the heartbeat path's view of the registry: verifying a signer reads this one small record
// (about 60 bytes with its key) instead of the whole Node with its descriptor. Being an index of
// Nodes, it is written by every Nodes.Set and Remove (registration, status changes, genesis
// import), so it cannot fall out of step with the nodes; presence means "active".
type HeartbeatKeyIndex struct {
	keys collections.Map[uint64, []byte]
}

// NewHeartbeatKeyIndex declares the index in the schema.
func NewHeartbeatKeyIndex(sb *collections.SchemaBuilder, prefix collections.Prefix, name string) *HeartbeatKeyIndex {
	return &HeartbeatKeyIndex{keys: collections.NewMap(sb, prefix, name, collections.Uint64Key, collections.BytesValue)}
}

// Reference implements collections.Index.
func (i *HeartbeatKeyIndex) Reference(ctx context.Context, pk uint64, n types.Node, lazyOld func() (types.Node, error)) error {
	old, err := lazyOld()
	oldActive := false
	switch {
	case err == nil:
		oldActive = old.Status == types.NODE_STATUS_ACTIVE
	case !errors.Is(err, collections.ErrNotFound):
		return err
	}
	if n.Status != types.NODE_STATUS_ACTIVE {
		if oldActive {
			return i.keys.Remove(ctx, pk)
		}
		return nil
	}
	if oldActive && bytes.Equal(old.BlsPublicKey, n.BlsPublicKey) {
		return nil // unchanged: no write
	}
	return i.keys.Set(ctx, pk, n.BlsPublicKey)
}

// Unreference implements collections.Index.
func (i *HeartbeatKeyIndex) Unreference(ctx context.Context, pk uint64, lazyOld func() (types.Node, error)) error {
	old, err := lazyOld()
	if err != nil {
		return err
	}
	if old.Status != types.NODE_STATUS_ACTIVE {
		return nil
	}
	return i.keys.Remove(ctx, pk)
}

// Key returns the compressed BLS key of active node pk; collections.ErrNotFound when the node
// does not exist or is not active.
func (i *HeartbeatKeyIndex) Key(ctx context.Context, pk uint64) ([]byte, error) {
	return i.keys.Get(ctx, pk)
}

// Walk visits every (node index, key) pair.
func (i *HeartbeatKeyIndex) Walk(ctx context.Context, fn func(index uint64, key []byte) (bool, error)) error {
	return i.keys.Walk(ctx, nil, fn)
}
