package keeper

import (
	"bytes"
	"context"
	"errors"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"

	"github.com/dpn-network/dpn/crypto/bls"
	"github.com/dpn-network/dpn/x/attestation/types"
)

// HeartbeatKeyIndex maps the index of every active node to its BLS key in stored form (the
// 96-byte uncompressed point, bls.VerifiedPublicKey.Stored) whose proof of possession was
// checked before the entry was written. It is the heartbeat path's view of the registry:
// verifying a signer reads this one record (105 bytes with its key) instead of the whole Node,
// and turns it back into a key without a square root, a subgroup check or a cache
// (bls.RestoreVerifiedPublicKey, ~0.2 µs), so a restarted validator is as fast as a warm one.
//
// Being an index of Nodes, it is written by every Nodes.Set and Remove (registration, status
// changes, genesis import) and cannot fall out of step with the nodes; presence means
// "active". An entry is written only after the node's key passed PopVerify against its stored
// proof (through the memo when registration or genesis import just did that check); a write
// whose proof fails is refused with ErrInvalidPoP, which aborts the Nodes.Set.
type HeartbeatKeyIndex struct {
	keys collections.Map[uint64, []byte]
	memo *keyMemo
}

// NewHeartbeatKeyIndex declares the index in the schema.
func NewHeartbeatKeyIndex(sb *collections.SchemaBuilder, prefix collections.Prefix, name string, memo *keyMemo) *HeartbeatKeyIndex {
	return &HeartbeatKeyIndex{keys: collections.NewMap(sb, prefix, name, collections.Uint64Key, collections.BytesValue), memo: memo}
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
	vpk, err := i.memo.verified(n.BlsPublicKey, n.BlsPop)
	if err != nil {
		return errorsmod.Wrapf(types.ErrInvalidPoP, "node %d: %v", pk, err)
	}
	return i.keys.Set(ctx, pk, vpk.Stored())
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

// Key returns the verified BLS key of active node pk; collections.ErrNotFound when the node
// does not exist or is not active.
func (i *HeartbeatKeyIndex) Key(ctx context.Context, pk uint64) (bls.VerifiedPublicKey, error) {
	b, err := i.keys.Get(ctx, pk)
	if err != nil {
		return bls.VerifiedPublicKey{}, err
	}
	return bls.RestoreVerifiedPublicKey(b)
}

// Walk visits every (node index, stored key) pair.
func (i *HeartbeatKeyIndex) Walk(ctx context.Context, fn func(index uint64, stored []byte) (bool, error)) error {
	return i.keys.Walk(ctx, nil, fn)
}
