package keeper

import (
	"bytes"
	"context"
	"fmt"

	"cosmossdk.io/collections"
	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/dpn-network/dpn/x/attestation/types"
)

// RegisterInvariants registers the module's invariants.
func RegisterInvariants(ir sdk.InvariantRegistry, k Keeper) {
	ir.RegisterRoute(types.ModuleName, "fingerprint-index", FingerprintIndexInvariant(k))
	ir.RegisterRoute(types.ModuleName, "bond-escrow", BondEscrowInvariant(k))
	ir.RegisterRoute(types.ModuleName, "active-capacity", func(ctx sdk.Context) (string, bool) {
		msg, broken := k.CheckActiveCapacity(ctx)
		return sdk.FormatInvariant(types.ModuleName, "active-capacity", msg), broken
	})
}

// FingerprintIndexInvariant checks that the fingerprint index holds exactly the active nodes,
// each under the SHA-256 of its descriptor, that the heartbeat key index holds exactly the
// active nodes' keys, and that no node index reaches NextNodeIndex.
func FingerprintIndexInvariant(k Keeper) sdk.Invariant {
	return func(ctx sdk.Context) (string, bool) {
		msg, broken := k.CheckFingerprintIndex(ctx)
		return sdk.FormatInvariant(types.ModuleName, "fingerprint-index", msg), broken
	}
}

// BondEscrowInvariant checks that the module account holds exactly the sum of the nodes'
// bonds (unbonding ones included) and that the unbonding queue matches the unbonding nodes.
func BondEscrowInvariant(k Keeper) sdk.Invariant {
	return func(ctx sdk.Context) (string, bool) {
		msg, broken := k.CheckBondEscrow(ctx)
		return sdk.FormatInvariant(types.ModuleName, "bond-escrow", msg), broken
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
			key, err := k.Nodes.Indexes.HeartbeatKey.Key(ctx, idx)
			if err != nil || !bytes.Equal(key.PublicKey().Bytes(), n.BlsPublicKey) {
				problem = fmt.Sprintf("active node %d has no heartbeat key or a wrong one", idx)
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
	keyed := 0
	if err := k.Nodes.Indexes.HeartbeatKey.Walk(ctx, func(uint64, []byte) (bool, error) {
		keyed++
		return false, nil
	}); err != nil {
		return err.Error(), true
	}
	if keyed != active {
		return fmt.Sprintf("%d heartbeat keys, %d active nodes", keyed, active), true
	}
	return fmt.Sprintf("%d active nodes indexed", active), false
}

// CheckBondEscrow returns a description of the first inconsistency between the module
// account's balance, the nodes' bonds and the unbonding queue, and whether there is one.
func (k Keeper) CheckBondEscrow(ctx context.Context) (string, bool) {
	params, err := k.Params.Get(ctx)
	if err != nil {
		return err.Error(), true
	}
	denom := params.BondDenom()
	sum := sdkmath.ZeroInt()
	unbonding := map[uint64]int64{}
	var problem string
	err = k.Nodes.Walk(ctx, nil, func(idx uint64, n types.Node) (bool, error) {
		b := bondOf(n, denom)
		switch {
		case b.Denom != denom || b.IsNegative():
			problem = fmt.Sprintf("node %d bond %s", idx, b)
		case n.UnbondingHeight != 0:
			unbonding[idx] = n.UnbondingHeight
		}
		sum = sum.Add(b.Amount)
		return problem != "", nil
	})
	if err != nil {
		return err.Error(), true
	}
	if problem != "" {
		return problem, true
	}
	queued := 0
	if err := k.UnbondingQueue.Walk(ctx, nil, func(key collections.Pair[int64, uint64]) (bool, error) {
		queued++
		if h, ok := unbonding[key.K2()]; !ok || h != key.K1() {
			problem = fmt.Sprintf("queue entry (%d, %d) matches no unbonding node", key.K1(), key.K2())
		}
		return problem != "", nil
	}); err != nil {
		return err.Error(), true
	}
	if problem != "" {
		return problem, true
	}
	if queued != len(unbonding) {
		return fmt.Sprintf("%d queue entries, %d unbonding nodes", queued, len(unbonding)), true
	}
	held := k.bank.GetBalance(ctx, ModuleAddress(), denom)
	if !held.Amount.Equal(sum) {
		return fmt.Sprintf("module account holds %s, bonds sum to %s%s", held, sum, denom), true
	}
	return fmt.Sprintf("%s%s bonded by nodes, %d unbonding", sum, denom, queued), false
}

// CheckActiveCapacity recomputes the active nodes' total capacity from the registry and
// compares it with the maintained sum.
func (k Keeper) CheckActiveCapacity(ctx context.Context) (string, bool) {
	var want types.Capacity
	err := k.Nodes.Walk(ctx, nil, func(_ uint64, n types.Node) (bool, error) {
		if n.Status == types.NODE_STATUS_ACTIVE {
			want = addCapacity(want, n.Capacity)
		}
		return false, nil
	})
	if err != nil {
		return err.Error(), true
	}
	got, err := k.ActiveCapacity(ctx)
	if err != nil {
		return err.Error(), true
	}
	if got != want {
		return fmt.Sprintf("active capacity %v, nodes sum to %v", got, want), true
	}
	return "", false
}
