package types

import (
	"bytes"

	errorsmod "cosmossdk.io/errors"

	sdk "github.com/cosmos/cosmos-sdk/types"
)

// DefaultGenesis has the default params and no nodes.
func DefaultGenesis() *GenesisState {
	return &GenesisState{Params: DefaultParams()}
}

// Validate checks the genesis state on its own: params, node indices below next_node_index
// and unique, owners, canonical descriptors and their fingerprints, key lengths, one active
// node per fingerprint, bonds in the bond denom, the unbonding queue against the unbonding
// nodes, beacons, bitmaps and audits. Proofs of possession, being expensive, are
// checked by the keeper's InitGenesis (on all cores) rather than here.
func (gs GenesisState) Validate() error {
	if err := gs.Params.Validate(); err != nil {
		return err
	}
	seen := make(map[uint64]bool, len(gs.Nodes))
	active := make(map[string]uint64)
	unbonding := make(map[uint64]int64)
	for _, n := range gs.Nodes {
		if n.Index >= gs.NextNodeIndex {
			return errorsmod.Wrapf(ErrInvalidGenesis, "node %d at or above next index %d", n.Index, gs.NextNodeIndex)
		}
		if seen[n.Index] {
			return errorsmod.Wrapf(ErrInvalidGenesis, "node %d twice", n.Index)
		}
		seen[n.Index] = true
		if _, err := sdk.AccAddressFromBech32(n.Owner); err != nil {
			return errorsmod.Wrapf(ErrInvalidGenesis, "node %d owner: %v", n.Index, err)
		}
		if _, err := ParseDescriptor(n.Descriptor_, gs.Params.MaxDescriptorBytes); err != nil {
			return errorsmod.Wrapf(ErrInvalidGenesis, "node %d descriptor: %v", n.Index, err)
		}
		if len(n.BlsPublicKey) != 48 || len(n.BlsPop) != 96 {
			return errorsmod.Wrapf(ErrInvalidGenesis, "node %d BLS key or proof of possession length", n.Index)
		}
		if !bytes.Equal(n.Fingerprint, Fingerprint(n.Descriptor_)) {
			return errorsmod.Wrapf(ErrInvalidGenesis, "node %d fingerprint does not match its descriptor", n.Index)
		}
		if n.Status == NODE_STATUS_UNSPECIFIED || NodeStatus_name[int32(n.Status)] == "" {
			return errorsmod.Wrapf(ErrInvalidGenesis, "node %d has no status", n.Index)
		}
		if !n.Bond.Amount.IsNil() && !n.Bond.IsZero() && (n.Bond.Denom != gs.Params.BondDenom() || n.Bond.IsNegative()) {
			return errorsmod.Wrapf(ErrInvalidGenesis, "node %d bond %s", n.Index, n.Bond)
		}
		if n.UnbondingHeight != 0 {
			if n.Status != NODE_STATUS_DEREGISTERING {
				return errorsmod.Wrapf(ErrInvalidGenesis, "node %d unbonds but is %s", n.Index, n.Status)
			}
			unbonding[n.Index] = n.UnbondingHeight
		}
		if n.Status == NODE_STATUS_ACTIVE {
			if other, ok := active[string(n.Fingerprint)]; ok {
				return errorsmod.Wrapf(ErrInvalidGenesis, "nodes %d and %d share an active fingerprint", other, n.Index)
			}
			active[string(n.Fingerprint)] = n.Index
		}
	}
	epochs := make(map[uint64]bool)
	for _, b := range gs.Beacons {
		if len(b.Beacon) != 32 || epochs[b.Epoch] {
			return errorsmod.Wrapf(ErrInvalidGenesis, "beacon of epoch %d", b.Epoch)
		}
		epochs[b.Epoch] = true
	}
	parts := make(map[uint64]bool)
	for _, p := range gs.Participation {
		if parts[p.Epoch] {
			return errorsmod.Wrapf(ErrInvalidGenesis, "participation of epoch %d twice", p.Epoch)
		}
		parts[p.Epoch] = true
	}
	audits := make(map[[2]uint64]bool)
	for _, a := range gs.Audits {
		key := [2]uint64{a.Epoch, a.NodeIndex}
		if audits[key] || !seen[a.NodeIndex] || len(a.Challenge) != 32 || a.VdfDifficulty == 0 {
			return errorsmod.Wrapf(ErrInvalidGenesis, "audit of node %d in epoch %d", a.NodeIndex, a.Epoch)
		}
		audits[key] = true
	}
	// The queue holds exactly one entry per unbonding node, at its unbonding height.
	for _, u := range gs.Unbonding {
		h, ok := unbonding[u.NodeIndex]
		if !ok || h != u.CompletionHeight {
			return errorsmod.Wrapf(ErrInvalidGenesis, "unbonding entry of node %d at height %d", u.NodeIndex, u.CompletionHeight)
		}
		delete(unbonding, u.NodeIndex)
	}
	for idx := range unbonding {
		return errorsmod.Wrapf(ErrInvalidGenesis, "node %d unbonds without a queue entry", idx)
	}
	return nil
}
