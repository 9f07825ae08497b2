package keeper

import (
	"bytes"
	"context"
	"fmt"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/dpn-network/dpn/x/attestation/types"
)

// RegisterInvariants registers the module's invariants.
func RegisterInvariants(ir sdk.InvariantRegistry, k Keeper) {
	ir.RegisterRoute(types.ModuleName, "fingerprint-index", FingerprintIndexInvariant(k))
}

// FingerprintIndexInvariant checks that the fingerprint index holds exactly the active nodes,
// each under the SHA-256 of its descriptor, and that no node index reaches NextNodeIndex.
func FingerprintIndexInvariant(k Keeper) sdk.Invariant {
	return func(ctx sdk.Context) (string, bool) {
		msg, broken := k.CheckFingerprintIndex(ctx)
		return sdk.FormatInvariant(types.ModuleName, "fingerprint-index", msg), broken
	}
}

// CheckFingerprintIndex returns a description of the first inconsistency found, and whether
// there is one.
func (k Keeper) CheckFingerprintIndex(ctx context.Context) (string, bool) {
	next, err := k.NextNodeIndex.Peek(ctx)
	if err != nil {
		return err.Error(), true
	}
	active := 0
	var problem string
	err = k.Nodes.Walk(ctx, nil, func(idx uint64, n types.Node) (bool, error) {
		switch {
		case idx >= next:
			problem = fmt.Sprintf("node %d at or above next index %d", idx, next)
		case !bytes.Equal(n.Fingerprint, types.Fingerprint(n.Descriptor_)):
			problem = fmt.Sprintf("node %d fingerprint does not match its descriptor", idx)
		case n.Status == types.NODE_STATUS_ACTIVE:
			active++
			holder, err := k.Nodes.Indexes.Fingerprint.Holder(ctx, n.Fingerprint)
			if err != nil || holder != idx {
				problem = fmt.Sprintf("active node %d not indexed by its fingerprint", idx)
			}
		}
		return problem != "", nil
	})
	if err != nil {
		return err.Error(), true
	}
	if problem != "" {
		return problem, true
	}
	indexed := 0
	if err := k.Nodes.Indexes.Fingerprint.Walk(ctx, func([]byte, uint64) (bool, error) {
		indexed++
		return false, nil
	}); err != nil {
		return err.Error(), true
	}
	if indexed != active {
		return fmt.Sprintf("%d fingerprints indexed, %d active nodes", indexed, active), true
	}
	return fmt.Sprintf("%d active nodes indexed", active), false
}
