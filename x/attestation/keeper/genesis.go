package keeper

import (
	"context"
	"errors"
	"runtime"
	"sync"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"

	"github.com/dpn-network/dpn/x/attestation/types"
)

// InitGenesis writes gs, which the caller has validated. Nodes go through the indexed map, so
// the indexes (the Sybil guard and the heartbeat keys) are rebuilt from the nodes rather than
// imported. The bonds must be in x/bank's genesis as the module account's balance (the
// bond-escrow invariant checks it).
func (k Keeper) InitGenesis(ctx context.Context, gs types.GenesisState) error {
	if err := gs.Validate(); err != nil {
		return err
	}
	if err := k.Params.Set(ctx, gs.Params); err != nil {
		return err
	}
	// In chunks, so that the memo of checked keys stays small.
	for start := 0; start < len(gs.Nodes); start += genesisKeyChunk {
		chunk := gs.Nodes[start:min(start+genesisKeyChunk, len(gs.Nodes))]
		if err := k.verifyGenesisKeys(chunk); err != nil {
			return err
		}
		for _, n := range chunk {
			if err := k.Nodes.Set(ctx, n.Index, n); err != nil {
				return errorsmod.Wrapf(types.ErrInvalidGenesis, "node %d: %v", n.Index, err)
			}
		}
	}
	if err := k.NextNodeIndex.Set(ctx, gs.NextNodeIndex); err != nil {
		return err
	}
	if gs.CurrentEpoch != 0 {
		if err := k.CurrentEpoch.Set(ctx, gs.CurrentEpoch); err != nil {
			return err
		}
	}
	for _, b := range gs.Beacons {
		if err := k.Beacons.Set(ctx, b.Epoch, b.Beacon); err != nil {
			return err
		}
	}
	for _, p := range gs.Participation {
		if err := k.Participation.Set(ctx, p.Epoch, p.Bitmap); err != nil {
			return err
		}
	}
	for _, a := range gs.Audits {
		if err := k.Audits.Set(ctx, collections.Join(a.Epoch, a.NodeIndex), a); err != nil {
			return err
		}
	}
	for _, u := range gs.Unbonding {
		if err := k.UnbondingQueue.Set(ctx, collections.Join(u.CompletionHeight, u.NodeIndex)); err != nil {
			return err
		}
	}
	return nil
}

// ExportGenesis reads the whole state back.
func (k Keeper) ExportGenesis(ctx context.Context) (*types.GenesisState, error) {
	params, err := k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	gs := &types.GenesisState{Params: params}
	if err := k.Nodes.Walk(ctx, nil, func(_ uint64, n types.Node) (bool, error) {
		gs.Nodes = append(gs.Nodes, n)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if gs.NextNodeIndex, err = k.NextNodeIndex.Peek(ctx); err != nil {
		return nil, err
	}
	if gs.CurrentEpoch, err = k.currentEpoch(ctx); err != nil {
		return nil, err
	}
	if err := k.Beacons.Walk(ctx, nil, func(e uint64, b []byte) (bool, error) {
		gs.Beacons = append(gs.Beacons, types.EpochBeacon{Epoch: e, Beacon: b})
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.Participation.Walk(ctx, nil, func(e uint64, b []byte) (bool, error) {
		gs.Participation = append(gs.Participation, types.EpochParticipation{Epoch: e, Bitmap: b})
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.Audits.Walk(ctx, nil, func(_ collections.Pair[uint64, uint64], a types.Audit) (bool, error) {
		gs.Audits = append(gs.Audits, a)
		return false, nil
	}); err != nil {
		return nil, err
	}
	err = k.UnbondingQueue.Walk(ctx, nil, func(key collections.Pair[int64, uint64]) (bool, error) {
		gs.Unbonding = append(gs.Unbonding, types.UnbondingEntry{CompletionHeight: key.K1(), NodeIndex: key.K2()})
		return false, nil
	})
	return gs, err
}

// genesisKeyChunk is how many nodes' keys are checked together on import; below keyMemoLimit.
const genesisKeyChunk = keyMemoLimit / 2

// verifyGenesisKeys checks the proof of possession of every active node's BLS key on all
// cores and leaves the results in the memo, from which the heartbeat key index takes them as
// the nodes are written. At 5 M active nodes this is the one expensive step of an import
// (docs/SCALE.md).
func (k Keeper) verifyGenesisKeys(nodes []types.Node) error {
	workers := runtime.GOMAXPROCS(0)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(nodes); i += workers {
				n := nodes[i]
				if n.Status != types.NODE_STATUS_ACTIVE {
					continue
				}
				vpk, err := verifyKey(n.BlsPublicKey, n.BlsPop)
				if err != nil {
					errs[w] = errorsmod.Wrapf(types.ErrInvalidGenesis, "node %d BLS key: %v", n.Index, err)
					return
				}
				k.keys.put(n.BlsPublicKey, n.BlsPop, vpk)
			}
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}
