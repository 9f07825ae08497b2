package keeper

import (
	"context"
	"errors"

	"cosmossdk.io/collections"

	sdk "github.com/cosmos/cosmos-sdk/types"
	epochstypes "github.com/cosmos/cosmos-sdk/x/epochs/types"

	"github.com/dpn-network/dpn/x/attestation/types"
)

// Hooks connects the keeper to x/epochs.
type Hooks struct{ k Keeper }

var _ epochstypes.EpochHooks = Hooks{}

// Hooks returns the x/epochs hooks of the keeper.
func (k Keeper) Hooks() Hooks { return Hooks{k: k} }

// BeforeEpochStart fixes the beacon of the starting epoch and makes it current.
func (h Hooks) BeforeEpochStart(ctx context.Context, identifier string, number int64) error {
	params, err := h.k.Params.Get(ctx)
	if err != nil || identifier != params.EpochIdentifier || number <= 0 {
		return err
	}
	return h.k.StartEpoch(ctx, uint64(number))
}

// AfterEpochEnd evaluates uptime over the window that ends with the ending epoch and prunes
// bitmaps and beacons that left the window.
func (h Hooks) AfterEpochEnd(ctx context.Context, identifier string, number int64) error {
	params, err := h.k.Params.Get(ctx)
	if err != nil || identifier != params.EpochIdentifier || number <= 0 {
		return err
	}
	return h.k.EndEpoch(ctx, uint64(number))
}

// StartEpoch makes epoch current with a beacon from the block header and the last beacon.
func (k Keeper) StartEpoch(ctx context.Context, epoch uint64) error {
	prev, err := k.currentEpoch(ctx)
	if err != nil {
		return err
	}
	var prevBeacon []byte
	if prev != 0 {
		prevBeacon, err = k.Beacons.Get(ctx, prev)
		if err != nil && !errors.Is(err, collections.ErrNotFound) {
			return err
		}
	}
	header := sdk.UnwrapSDKContext(ctx).BlockHeader()
	beacon := types.NextBeacon(epoch, header.LastBlockId.Hash, header.AppHash, prevBeacon)
	if err := k.Beacons.Set(ctx, epoch, beacon); err != nil {
		return err
	}
	if err := k.CurrentEpoch.Set(ctx, epoch); err != nil {
		return err
	}
	if err := sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventBeacon{Epoch: epoch, Beacon: beacon}); err != nil {
		return err
	}
	return k.assignAudits(ctx, epoch, beacon)
}

// EndEpoch pays back the bonds whose unbonding has completed (so a bond returns at the
// first epoch end at or after its completion height), then marks inactive every active node
// whose uptime over the window ending at epoch is below the threshold. A node is judged only once it has been active for a whole window, so
// a new or reactivated node has a window's grace. The cost is one read per window epoch plus
// one pass over the active nodes' status index keys; a node's record is read only when its
// uptime is below the threshold (to check its grace window and change its status).
func (k Keeper) EndEpoch(ctx context.Context, epoch uint64) error {
	params, err := k.Params.Get(ctx)
	if err != nil {
		return err
	}
	if err := k.CompleteUnbonding(ctx); err != nil {
		return err
	}
	window := uint64(params.UptimeWindowEpochs)
	if epoch >= window+1 {
		if err := k.prune(ctx, epoch-window); err != nil {
			return err
		}
	}
	if epoch < window {
		return nil
	}
	start := epoch - window + 1
	bitmaps, err := k.bitmaps(ctx, start, epoch)
	if err != nil {
		return err
	}
	missed, err := k.missedAudits(ctx, start, epoch)
	if err != nil {
		return err
	}
	var low []types.Node
	var lowBps []uint32
	iter, err := k.Nodes.Indexes.StatusRegionTier.Iterate(ctx,
		collections.NewPrefixedPairRange[collections.Triple[int32, string, int32], uint64](
			collections.TriplePrefix[int32, string, int32](int32(types.NODE_STATUS_ACTIVE))))
	if err != nil {
		return err
	}
	defer iter.Close()
	for ; iter.Valid(); iter.Next() {
		idx, err := iter.PrimaryKey()
		if err != nil {
			return err
		}
		u := uptime(bitmaps, start, idx, start, missed[idx])
		if u.bps() >= params.MinUptimeBps {
			continue // judged from the index key and the bitmaps alone
		}
		n, err := k.Nodes.Get(ctx, idx)
		if err != nil {
			return err
		}
		if n.ActiveSinceEpoch > start {
			continue // still in its grace window
		}
		low = append(low, n)
		lowBps = append(lowBps, u.bps())
	}
	// Status changes move nodes between index entries, so they wait until the walk is done.
	for i, n := range low {
		if err := k.setStatus(ctx, n, types.NODE_STATUS_INACTIVE, "low_uptime", lowBps[i]); err != nil {
			return err
		}
	}
	return nil
}

// prune deletes the bitmap and beacon of every epoch up to and including last that is still
// stored (normally exactly last).
func (k Keeper) prune(ctx context.Context, last uint64) error {
	rng := new(collections.Range[uint64]).EndInclusive(last)
	if err := k.Participation.Clear(ctx, rng); err != nil {
		return err
	}
	if err := k.Beacons.Clear(ctx, new(collections.Range[uint64]).EndInclusive(last)); err != nil {
		return err
	}
	return k.Audits.Clear(ctx, new(collections.Range[collections.Pair[uint64, uint64]]).
		EndExclusive(collections.Join(last+1, uint64(0))))
}

// bitmaps loads the participation bitmaps of epochs [start, end]; a missing one is empty.
func (k Keeper) bitmaps(ctx context.Context, start, end uint64) ([][]byte, error) {
	out := make([][]byte, 0, end-start+1)
	for e := start; e <= end; e++ {
		b, err := k.Participation.Get(ctx, e)
		if err != nil && !errors.Is(err, collections.ErrNotFound) {
			return nil, err
		}
		out = append(out, b)
	}
	return out, nil
}

// uptimeCount is a node's record over a window.
type uptimeCount struct{ active, participated uint64 }

func (u uptimeCount) bps() uint32 {
	if u.active == 0 {
		return 10_000
	}
	return uint32(u.participated * 10_000 / u.active)
}

// uptime counts, over bitmaps of consecutive epochs from start, the epochs from `since` on
// and those of them in which node idx heartbeated and did not miss an audit.
func uptime(bitmaps [][]byte, start, idx, since uint64, missed map[uint64]bool) uptimeCount {
	var u uptimeCount
	for i, b := range bitmaps {
		if start+uint64(i) < since {
			continue
		}
		u.active++
		if types.BitmapGet(b, idx) && !missed[start+uint64(i)] {
			u.participated++
		}
	}
	return u
}
