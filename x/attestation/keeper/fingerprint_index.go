package keeper

import (
	"context"
	"errors"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"

	"github.com/dpn-network/dpn/x/attestation/types"
)

// ActiveFingerprintIndex maps fingerprint → node index for active nodes only. It is the Sybil
// guard: referencing a fingerprint that another active node holds fails with
// ErrFingerprintInUse, which aborts the IndexedMap write. The stock unique index cannot be used
// because it indexes every node, and an inactive or deregistered machine must not block its
// own re-registration.
type ActiveFingerprintIndex struct {
	refs collections.Map[[]byte, uint64]
}

// NewActiveFingerprintIndex declares the index in the schema.
func NewActiveFingerprintIndex(sb *collections.SchemaBuilder, prefix collections.Prefix, name string) *ActiveFingerprintIndex {
	return &ActiveFingerprintIndex{refs: collections.NewMap(sb, prefix, name, collections.BytesKey, collections.Uint64Value)}
}

func holdsFingerprint(n types.Node) bool { return n.Status == types.NODE_STATUS_ACTIVE }

// Reference implements collections.Index.
func (i *ActiveFingerprintIndex) Reference(ctx context.Context, pk uint64, n types.Node, lazyOld func() (types.Node, error)) error {
	old, err := lazyOld()
	switch {
	case err == nil:
		if err := i.unref(ctx, pk, old); err != nil {
			return err
		}
	case !errors.Is(err, collections.ErrNotFound):
		return err
	}
	if !holdsFingerprint(n) {
		return nil
	}
	holder, err := i.refs.Get(ctx, n.Fingerprint)
	switch {
	case err == nil && holder != pk:
		return errorsmod.Wrapf(types.ErrFingerprintInUse, "held by node %d", holder)
	case err != nil && !errors.Is(err, collections.ErrNotFound):
		return err
	}
	return i.refs.Set(ctx, n.Fingerprint, pk)
}

// Unreference implements collections.Index.
func (i *ActiveFingerprintIndex) Unreference(ctx context.Context, pk uint64, lazyOld func() (types.Node, error)) error {
	old, err := lazyOld()
	if err != nil {
		return err
	}
	return i.unref(ctx, pk, old)
}

// unref removes old's reference if old held its fingerprint.
func (i *ActiveFingerprintIndex) unref(ctx context.Context, pk uint64, old types.Node) error {
	if !holdsFingerprint(old) {
		return nil
	}
	holder, err := i.refs.Get(ctx, old.Fingerprint)
	if errors.Is(err, collections.ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	if holder != pk {
		return nil
	}
	return i.refs.Remove(ctx, old.Fingerprint)
}

// Holder returns the active node holding fingerprint.
func (i *ActiveFingerprintIndex) Holder(ctx context.Context, fingerprint []byte) (uint64, error) {
	return i.refs.Get(ctx, fingerprint)
}

// Walk visits every (fingerprint, node) pair.
func (i *ActiveFingerprintIndex) Walk(ctx context.Context, fn func(fp []byte, index uint64) (bool, error)) error {
	return i.refs.Walk(ctx, nil, fn)
}
