package keeper

import (
	"context"
	"errors"

	"cosmossdk.io/collections"
	"cosmossdk.io/collections/codec"

	"github.com/dpn-network/dpn/x/attestation/types"
)

// ActiveCapacityIndex keeps the sum of the active nodes' declared capacity, the supply side
// of the marketplace's utilization. As an index of Nodes it sees every write, so the sum can
// never drift from the registry. GPU classes are not summed (gpu_class stays empty).
type ActiveCapacityIndex struct {
	sum collections.Item[types.Capacity]
}

// NewActiveCapacityIndex declares the index in the schema.
func NewActiveCapacityIndex(sb *collections.SchemaBuilder, prefix collections.Prefix, name string, value codec.ValueCodec[types.Capacity]) *ActiveCapacityIndex {
	return &ActiveCapacityIndex{sum: collections.NewItem(sb, prefix, name, value)}
}

// Reference implements collections.Index.
func (i *ActiveCapacityIndex) Reference(ctx context.Context, _ uint64, n types.Node, lazyOld func() (types.Node, error)) error {
	old, err := lazyOld()
	switch {
	case errors.Is(err, collections.ErrNotFound):
		old = types.Node{}
	case err != nil:
		return err
	}
	return i.adjust(ctx, old, n)
}

// Unreference implements collections.Index.
func (i *ActiveCapacityIndex) Unreference(ctx context.Context, _ uint64, lazyOld func() (types.Node, error)) error {
	old, err := lazyOld()
	if err != nil {
		return err
	}
	return i.adjust(ctx, old, types.Node{})
}

func (i *ActiveCapacityIndex) adjust(ctx context.Context, old, n types.Node) error {
	wasActive, isActive := old.Status == types.NODE_STATUS_ACTIVE, n.Status == types.NODE_STATUS_ACTIVE
	if !wasActive && !isActive {
		return nil
	}
	sum, err := i.Sum(ctx)
	if err != nil {
		return err
	}
	if wasActive {
		sum = subCapacity(sum, old.Capacity)
	}
	if isActive {
		sum = addCapacity(sum, n.Capacity)
	}
	return i.sum.Set(ctx, sum)
}

// Sum returns the active nodes' total capacity.
func (i *ActiveCapacityIndex) Sum(ctx context.Context) (types.Capacity, error) {
	c, err := i.sum.Get(ctx)
	if errors.Is(err, collections.ErrNotFound) {
		return types.Capacity{}, nil
	}
	return c, err
}

func addCapacity(a, b types.Capacity) types.Capacity {
	return types.Capacity{
		CpuMillicores: a.CpuMillicores + b.CpuMillicores, GpuCount: a.GpuCount + b.GpuCount,
		MemoryBytes: a.MemoryBytes + b.MemoryBytes, StorageBytes: a.StorageBytes + b.StorageBytes,
		BandwidthBps: a.BandwidthBps + b.BandwidthBps,
	}
}

func subCapacity(a, b types.Capacity) types.Capacity {
	sat := func(x, y uint64) uint64 {
		if y > x {
			return 0
		}
		return x - y
	}
	return types.Capacity{
		CpuMillicores: sat(a.CpuMillicores, b.CpuMillicores), GpuCount: uint32(sat(uint64(a.GpuCount), uint64(b.GpuCount))),
		MemoryBytes: sat(a.MemoryBytes, b.MemoryBytes), StorageBytes: sat(a.StorageBytes, b.StorageBytes),
		BandwidthBps: sat(a.BandwidthBps, b.BandwidthBps),
	}
}

// ActiveCapacity is the total capacity of the active nodes (for the marketplace's
// utilization).
func (k Keeper) ActiveCapacity(ctx context.Context) (types.Capacity, error) {
	return k.Nodes.Indexes.ActiveCapacity.Sum(ctx)
}
