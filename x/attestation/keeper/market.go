package keeper

import (
	"context"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"
	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/dpn-network/dpn/x/attestation/types"
)

// GetNode returns a node by index.
func (k Keeper) GetNode(ctx context.Context, index uint64) (types.Node, error) {
	n, err := k.Nodes.Get(ctx, index)
	if err != nil {
		return n, types.ErrNodeNotFound.Wrapf("%d: %v", index, err)
	}
	return n, nil
}

// ActiveNodes calls fn for active nodes until fn returns true or limit nodes were visited,
// always through the status indexes, never a scan of the registry. With a region, each tier
// asked (both when tier is unspecified) is read from node index start onwards and then from
// the beginning up to start, so that different start points spread the marketplace's
// assignments across the region. Without a region the (active, tier) prefix is read from
// its beginning.
func (k Keeper) ActiveNodes(ctx context.Context, region string, tier types.Tier, start uint64, limit uint32, fn func(types.Node) bool) error {
	active := int32(types.NODE_STATUS_ACTIVE)
	visited := uint32(0)
	visit := func(index uint64) (bool, error) {
		if visited >= limit {
			return true, nil
		}
		visited++
		n, err := k.Nodes.Get(ctx, index)
		if err != nil {
			return true, err
		}
		return fn(n), nil
	}
	tiers := []types.Tier{tier}
	if tier == types.TIER_UNSPECIFIED {
		tiers = []types.Tier{types.TIER_LIGHT, types.TIER_HEAVY}
	}
	for _, t := range tiers {
		var stop bool
		var err error
		if region == "" {
			type key = collections.Pair[collections.Triple[int32, int32, string], uint64]
			r := new(collections.Range[key]).
				StartInclusive(collections.Join(collections.Join3(active, int32(t), ""), uint64(0))).
				EndExclusive(collections.Join(collections.Join3(active, int32(t)+1, ""), uint64(0)))
			err = k.Nodes.Indexes.StatusTierRegion.Walk(ctx, r, func(_ collections.Triple[int32, int32, string], index uint64) (bool, error) {
				s, err := visit(index)
				stop = s
				return s, err
			})
		} else {
			prefix := collections.Join3(active, region, int32(t))
			for _, r := range []*collections.Range[collections.Pair[collections.Triple[int32, string, int32], uint64]]{
				new(collections.Range[collections.Pair[collections.Triple[int32, string, int32], uint64]]).
					StartInclusive(collections.Join(prefix, start)).EndExclusive(collections.Join(collections.Join3(active, region, int32(t)+1), uint64(0))),
				new(collections.Range[collections.Pair[collections.Triple[int32, string, int32], uint64]]).
					StartInclusive(collections.Join(prefix, uint64(0))).EndExclusive(collections.Join(prefix, start)),
			} {
				if stop {
					break
				}
				err = k.Nodes.Indexes.StatusRegionTier.Walk(ctx, r, func(_ collections.Triple[int32, string, int32], index uint64) (bool, error) {
					s, err := visit(index)
					stop = s
					return s, err
				})
				if err != nil {
					return err
				}
			}
		}
		if err != nil || stop {
			return err
		}
	}
	return nil
}

// SlashNode burns bps basis points of node index's bond for misbehaviour the marketplace
// proved (a minority result, a missed commitment or proof) and returns what was burned; a
// node without bond loses nothing here, only reputation in x/compute.
func (k Keeper) SlashNode(ctx context.Context, index uint64, bps uint32, reason string) (sdk.Coin, error) {
	params, err := k.Params.Get(ctx)
	if err != nil {
		return sdk.Coin{}, err
	}
	if bps == 0 {
		return sdk.NewCoin(params.BondDenom(), sdkmath.ZeroInt()), nil
	}
	if bps > 10_000 {
		return sdk.Coin{}, errorsmod.Wrapf(types.ErrInvalidSlash, "%d bps (%s)", bps, reason)
	}
	return k.SlashBond(ctx, index, sdkmath.LegacyNewDecWithPrec(int64(bps), 4))
}
