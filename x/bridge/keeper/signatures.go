package keeper

import (
	"bytes"
	"context"
	"errors"
	"sort"
	"strings"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dpn-network/dpn/x/bridge/types"
)

// itemDigest is the digest the chain asks validators to sign for it now; ok is false for an
// item the chain does not have (never made, confirmed, pruned, or a destination it does not
// know).
func (k Keeper) itemDigest(ctx context.Context, params types.Params, it types.Item) (common.Hash, bool, error) {
	if _, ok := params.Destination(it.Destination); !ok {
		return common.Hash{}, false, nil
	}
	bz, err := k.Digests.Get(ctx, it.ID())
	if errors.Is(err, collections.ErrNotFound) {
		return common.Hash{}, false, nil
	}
	if err != nil {
		return common.Hash{}, false, err
	}
	return common.BytesToHash(bz), true, nil
}

// CheckSignature reports whether sig is validator valoper's valid signature over the item's
// current digest. VerifyVoteExtension and PreBlock both use it.
func (k Keeper) CheckSignature(ctx context.Context, params types.Params, valoper string, s types.BridgeSignature) (common.Hash, common.Address, error) {
	it := types.Item{Kind: s.Kind, Destination: s.Destination, Nonce: s.Nonce}
	digest, ok, err := k.itemDigest(ctx, params, it)
	if err != nil {
		return digest, common.Address{}, err
	}
	if !ok {
		return digest, common.Address{}, errorsmod.Wrap(types.ErrUnknownItem, it.ID())
	}
	key, err := k.EthKeys.Get(ctx, valoper)
	if errors.Is(err, collections.ErrNotFound) {
		return digest, common.Address{}, errorsmod.Wrap(types.ErrNoEthKey, valoper)
	}
	if err != nil {
		return digest, common.Address{}, err
	}
	signer, err := types.RecoverSigner(digest, s.Signature)
	if err != nil {
		return digest, common.Address{}, err
	}
	if !strings.EqualFold(signer.Hex(), key.EthAddress) {
		return digest, signer, errorsmod.Wrapf(types.ErrInvalidSignature, "%s: signed by %s, %s registered %s", it.ID(), signer.Hex(), valoper, key.EthAddress)
	}
	return digest, signer, nil
}

// ApplyVotes takes the bridge parts of the last commit: every valid signature is stored (an
// invalid one is skipped: it was refused in VerifyVoteExtension already, unless the
// validator's own proposal carried it), and each destination's L2 reading is confirmed as
// far as more than 2/3 of the commit's power agrees.
func (k Keeper) ApplyVotes(ctx context.Context, votes []types.ValidatorPart) error {
	params, err := k.Params.Get(ctx)
	if err != nil {
		return err
	}
	touched := map[string]types.Item{}
	var total int64
	type reading struct {
		power int64
		st    types.L2Status
	}
	readings := map[string][]reading{}
	for _, v := range votes {
		total += v.Power
		if v.Part == nil {
			continue
		}
		val, err := k.staking.ValidatorByConsAddr(ctx, v.ConsAddr)
		if err != nil || val == nil {
			continue
		}
		valoper := val.GetOperator()
		for i, s := range v.Part.Signatures {
			if i >= int(params.MaxSignaturesPerVote) {
				break
			}
			digest, signer, err := k.CheckSignature(ctx, params, valoper, s)
			if err != nil {
				continue
			}
			if err := k.storeSignature(ctx, valoper, s, digest, signer, touched); err != nil {
				return err
			}
		}
		for _, st := range v.Part.Statuses {
			if _, ok := params.Destination(st.Destination); ok {
				readings[st.Destination] = append(readings[st.Destination], reading{v.Power, st})
			}
		}
	}
	if err := k.emitReady(ctx, params, touched); err != nil {
		return err
	}
	for _, d := range params.Destinations {
		rs := readings[d.Name]
		if len(rs) == 0 {
			continue
		}
		// agreed is the largest value that more than 2/3 of the commit's power reported at
		// least: a minority that lies high cannot raise it, one that lies low or lags cannot
		// hold it back.
		agreed := func(field func(types.L2Status) uint64) uint64 {
			sort.Slice(rs, func(i, j int) bool { return field(rs[i].st) > field(rs[j].st) })
			var acc int64
			for _, r := range rs {
				acc += r.power
				if acc*3 > total*2 {
					return field(r.st)
				}
			}
			return 0
		}
		st, err := k.destState(ctx, d.Name)
		if err != nil {
			return err
		}
		if err := k.confirm(ctx, st,
			agreed(func(s types.L2Status) uint64 { return s.LastBatchNonce }),
			agreed(func(s types.L2Status) uint64 { return s.ValsetNonce }),
			agreed(func(s types.L2Status) uint64 { return s.L2Height }),
			agreed(func(s types.L2Status) uint64 { return s.L2Time })); err != nil {
			return err
		}
	}
	if err := k.applyObservations(ctx, params, votes, total); err != nil {
		return err
	}
	return k.pruneValsets(ctx, params)
}

// storeSignature keeps a checked signature unless the same one is stored, and notes its item
// in touched.
func (k Keeper) storeSignature(ctx context.Context, valoper string, s types.BridgeSignature, digest common.Hash, signer common.Address, touched map[string]types.Item) error {
	it := types.Item{Kind: s.Kind, Destination: s.Destination, Nonce: s.Nonce}
	key := collections.Join(it.ID(), valoper)
	if old, err := k.Signatures.Get(ctx, key); err == nil && bytes.Equal(old.Digest, digest.Bytes()) {
		return nil
	}
	if err := k.Signatures.Set(ctx, key, types.StoredSignature{Validator: valoper, EthAddress: signer.Hex(),
		Signature: s.Signature, Digest: digest.Bytes(), Height: sdk.UnwrapSDKContext(ctx).BlockHeight()}); err != nil {
		return err
	}
	touched[it.ID()] = it
	return nil
}

// emitReady emits EventItemReady for each touched item that is ready now, in id order.
func (k Keeper) emitReady(ctx context.Context, params types.Params, touched map[string]types.Item) error {
	ids := make([]string, 0, len(touched))
	for id := range touched {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		it := touched[id]
		signed, total, err := k.SignedPower(ctx, params, it)
		if err != nil {
			return err
		}
		if ready(signed, total) {
			if err := sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventItemReady{Destination: it.Destination, Kind: types.KindName(it.Kind), Nonce: it.Nonce}); err != nil {
				return err
			}
		}
	}
	return nil
}

// ready is the contract's rule: strictly more than 2/3 of the power.
func ready(signed, total uint64) bool { return total > 0 && signed*3 > total*2 }

// SignedPower is the normalised power of the item's signers (see signersOf) whose stored
// signature covers the item's current digest, and their total power.
func (k Keeper) SignedPower(ctx context.Context, params types.Params, it types.Item) (signed, total uint64, err error) {
	digest, ok, err := k.itemDigest(ctx, params, it)
	if err != nil || !ok {
		return 0, 0, err
	}
	vs, ok, err := k.signersOf(ctx, it)
	if err != nil || !ok {
		return 0, 0, err
	}
	for _, m := range vs.Members {
		total += m.Power
		s, err := k.Signatures.Get(ctx, collections.Join(it.ID(), m.Validator))
		if errors.Is(err, collections.ErrNotFound) {
			continue
		}
		if err != nil {
			return 0, 0, err
		}
		if bytes.Equal(s.Digest, digest.Bytes()) && strings.EqualFold(s.EthAddress, m.EthAddress) {
			signed += m.Power
		}
	}
	return signed, total, nil
}

// clearSignatures drops an item's signatures (confirmed, pruned or renewed under a new
// digest).
func (k Keeper) clearSignatures(ctx context.Context, it types.Item) error {
	var keys []collections.Pair[string, string]
	if err := k.Signatures.Walk(ctx, collections.NewPrefixedPairRange[string, string](it.ID()), func(key collections.Pair[string, string], _ types.StoredSignature) (bool, error) {
		keys = append(keys, key)
		return false, nil
	}); err != nil {
		return err
	}
	for _, key := range keys {
		if err := k.Signatures.Remove(ctx, key); err != nil {
			return err
		}
	}
	return nil
}

// OpenItems calls fn with every item validators may sign now and its digest, valsets first
// (the contracts take them before batches), until fn returns true.
func (k Keeper) OpenItems(ctx context.Context, fn func(it types.Item, digest common.Hash) bool) error {
	params, err := k.Params.Get(ctx)
	if err != nil {
		return err
	}
	for _, kind := range []types.ItemKind{types.ITEM_KIND_VALSET, types.ITEM_KIND_BATCH} {
		stop := false
		err := k.Digests.Walk(ctx, new(collections.Range[string]).Prefix(types.KindName(kind)+"/"), func(id string, digest []byte) (bool, error) {
			it, err := types.ParseItemID(id)
			if err != nil {
				return true, err
			}
			if _, ok := params.Destination(it.Destination); !ok {
				return false, nil
			}
			stop = fn(it, common.BytesToHash(digest))
			return stop, nil
		})
		if err != nil || stop {
			return err
		}
	}
	return nil
}

// HasSigned reports whether valoper's signature over digest is stored for it.
func (k Keeper) HasSigned(ctx context.Context, it types.Item, valoper string, digest common.Hash) (bool, error) {
	s, err := k.Signatures.Get(ctx, collections.Join(it.ID(), valoper))
	if errors.Is(err, collections.ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return bytes.Equal(s.Digest, digest.Bytes()), nil
}

// VerifyPart is VerifyVoteExtension's check of a peer's bridge part: every signature must
// be the validator's own over an item the chain has now, and no more of them than the
// params allow. L2 readings are not checked here: ApplyVotes only ever takes what more than
// 2/3 of the power agrees on.
func (k Keeper) VerifyPart(ctx context.Context, consAddr sdk.ConsAddress, part *types.BridgeVote) error {
	if len(part.Signatures) == 0 {
		return nil
	}
	params, err := k.Params.Get(ctx)
	if err != nil {
		return err
	}
	if len(part.Signatures) > int(params.MaxSignaturesPerVote) {
		return errorsmod.Wrapf(types.ErrInvalidVote, "%d signatures, at most %d", len(part.Signatures), params.MaxSignaturesPerVote)
	}
	val, err := k.staking.ValidatorByConsAddr(ctx, consAddr)
	if err != nil || val == nil {
		return errorsmod.Wrapf(types.ErrNotValidator, "consensus address %s", consAddr)
	}
	for _, s := range part.Signatures {
		if _, _, err := k.CheckSignature(ctx, params, val.GetOperator(), s); err != nil {
			return err
		}
	}
	return nil
}

// ValidatorOf returns the validator operator that registered an Ethereum address.
func (k Keeper) ValidatorOf(ctx context.Context, addr common.Address) (string, error) {
	return k.EthKeys.Indexes.Address.MatchExact(ctx, strings.ToLower(addr.Hex()))
}
