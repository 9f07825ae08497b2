package keeper

import (
	"bytes"
	"context"
	"errors"
	"sort"

	"cosmossdk.io/collections"
	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dpn-network/dpn/contracts/eip712"
	"github.com/dpn-network/dpn/x/bridge/types"
)

// bondedSet is the valset the bonded validators with a registered key would form now
// (without a nonce). ok is false while registered validators hold no more than
// min_registered_power of the bonded power: a bridge run by a small part of the stake would
// let that part alone sign for everyone.
func (k Keeper) bondedSet(ctx context.Context, params types.Params) (vs types.Valset, ok bool, err error) {
	vals, err := k.staking.GetBondedValidatorsByPower(ctx)
	if err != nil {
		return vs, false, err
	}
	pr := k.staking.PowerReduction(ctx)
	var total, registered int64
	type member struct {
		addr  common.Address
		power uint64
		oper  string
	}
	var ms []member
	for _, v := range vals {
		p := v.GetConsensusPower(pr)
		if p <= 0 {
			continue
		}
		total += p
		key, err := k.EthKeys.Get(ctx, v.OperatorAddress)
		if errors.Is(err, collections.ErrNotFound) {
			continue
		}
		if err != nil {
			return vs, false, err
		}
		registered += p
		ms = append(ms, member{common.HexToAddress(key.EthAddress), uint64(p), v.OperatorAddress})
	}
	if registered == 0 || sdkmath.LegacyNewDec(registered).LTE(params.MinRegisteredPower.MulInt64(total)) {
		return vs, false, nil
	}
	sort.Slice(ms, func(i, j int) bool { return bytes.Compare(ms[i].addr[:], ms[j].addr[:]) < 0 })
	powers := make([]uint64, len(ms))
	for i, m := range ms {
		powers[i] = m.power
	}
	norm, err := eip712.NormalizePowers(powers)
	if err != nil {
		// Only validators holding less than 2^-32 of the power can cause this; the contract
		// would refuse the set, so the current one stays.
		return vs, false, nil
	}
	for i, m := range ms {
		vs.Members = append(vs.Members, types.ValsetMember{EthAddress: m.addr.Hex(), Power: norm[i], Validator: m.oper})
	}
	return vs, true, nil
}

// powerDiff is the sum of absolute differences of normalised power between two sets, by
// address, as a fraction of 2^32 in basis points.
func powerDiff(a, b types.Valset) uint64 {
	pa := map[string]int64{}
	for _, m := range a.Members {
		pa[m.EthAddress] += int64(m.Power)
	}
	for _, m := range b.Members {
		pa[m.EthAddress] -= int64(m.Power)
	}
	var sum uint64
	for _, d := range pa {
		if d < 0 {
			d = -d
		}
		sum += uint64(d)
	}
	return sum * 10000 >> 32
}

func sameMembers(a, b types.Valset) bool {
	if len(a.Members) != len(b.Members) {
		return false
	}
	for i := range a.Members {
		if a.Members[i].EthAddress != b.Members[i].EthAddress {
			return false
		}
	}
	return true
}

// LatestValset returns the newest valset, or ok = false before the first.
func (k Keeper) LatestValset(ctx context.Context) (types.Valset, bool, error) {
	n, err := k.ValsetNonce.Peek(ctx)
	if err != nil || n == 0 {
		return types.Valset{}, false, err
	}
	vs, err := k.Valsets.Get(ctx, n)
	if err != nil {
		return types.Valset{}, false, err
	}
	return vs, true, nil
}

// maybeNewValset makes a valset when the members change or the powers move by more than
// valset_change_bps.
func (k Keeper) maybeNewValset(ctx context.Context, params types.Params) error {
	next, ok, err := k.bondedSet(ctx, params)
	if err != nil || !ok {
		return err
	}
	latest, have, err := k.LatestValset(ctx)
	if err != nil {
		return err
	}
	if have && sameMembers(latest, next) && powerDiff(latest, next) <= uint64(params.ValsetChangeBps) {
		return nil
	}
	nonce := latest.Nonce + 1
	if err := k.ValsetNonce.Set(ctx, nonce); err != nil {
		return err
	}
	next.Nonce, next.Height = nonce, sdk.UnwrapSDKContext(ctx).BlockHeight()
	if err := k.Valsets.Set(ctx, nonce, next); err != nil {
		return err
	}
	// Valset 1 is written into each contract at deployment; later ones are signed by the
	// set before them.
	if nonce > 1 {
		for _, d := range params.Destinations {
			if err := k.openItem(ctx, params, types.Item{Kind: types.ITEM_KIND_VALSET, Destination: d.Name, Nonce: nonce}, next.Digest(d, chainID(ctx))); err != nil {
				return err
			}
		}
	}
	return sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventValsetCreated{Nonce: nonce, Members: uint32(len(next.Members))})
}

// openItem records a digest the validators are asked to sign and when their signatures are
// judged.
func (k Keeper) openItem(ctx context.Context, params types.Params, it types.Item, digest common.Hash) error {
	if err := k.setDigest(ctx, it, digest); err != nil {
		return err
	}
	h := sdk.UnwrapSDKContext(ctx).BlockHeight() + int64(params.SignDeadlineBlocks)
	return k.Deadlines.Set(ctx, collections.Join(h, it.ID()))
}

// setDigest records an item's current digest, and that the chain produced it.
func (k Keeper) setDigest(ctx context.Context, it types.Item, digest common.Hash) error {
	if err := k.Digests.Set(ctx, it.ID(), digest.Bytes()); err != nil {
		return err
	}
	return k.KnownDigests.Set(ctx, digest.Bytes())
}

// closeItem drops an item's signatures and current digest (confirmed or pruned); its digest
// stays among the produced ones.
func (k Keeper) closeItem(ctx context.Context, it types.Item) error {
	if err := k.clearSignatures(ctx, it); err != nil {
		return err
	}
	return k.Digests.Remove(ctx, it.ID())
}

// rebuildDigests writes the current digest of every kept valset (for each destination) and
// batch: at genesis, and when the destinations change.
func (k Keeper) rebuildDigests(ctx context.Context, params types.Params) error {
	if err := k.Valsets.Walk(ctx, new(collections.Range[uint64]).StartInclusive(2), func(n uint64, vs types.Valset) (bool, error) {
		for _, d := range params.Destinations {
			if err := k.setDigest(ctx, types.Item{Kind: types.ITEM_KIND_VALSET, Destination: d.Name, Nonce: n}, vs.Digest(d, chainID(ctx))); err != nil {
				return true, err
			}
		}
		return false, nil
	}); err != nil {
		return err
	}
	return k.Batches.Walk(ctx, nil, func(_ collections.Pair[string, uint64], b types.Batch) (bool, error) {
		d, ok := params.Destination(b.Destination)
		if !ok {
			return false, nil
		}
		return false, k.setDigest(ctx, types.Item{Kind: types.ITEM_KIND_BATCH, Destination: b.Destination, Nonce: b.Nonce}, b.Digest(d, chainID(ctx)))
	})
}

// signersOf is the valset whose signatures an item needs: the newest valset for a batch
// (the relayer moves the contract to it first), the previous one for a valset.
func (k Keeper) signersOf(ctx context.Context, it types.Item) (types.Valset, bool, error) {
	if it.Kind == types.ITEM_KIND_BATCH {
		return k.LatestValset(ctx)
	}
	vs, err := k.Valsets.Get(ctx, it.Nonce-1)
	if errors.Is(err, collections.ErrNotFound) {
		return vs, false, nil
	}
	return vs, err == nil, err
}

func chainID(ctx context.Context) string { return sdk.UnwrapSDKContext(ctx).ChainID() }
