package keeper

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"
	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dpn-network/dpn/x/bridge/types"
)

// judgeDeadlines counts, for each item whose signing deadline is this block, every signer
// that did not sign it as a miss in that validator's sliding window, and jails a validator
// that missed more than the window allows (x/slashing's downtime rule, over items instead
// of blocks). An item confirmed or pruned before its deadline is not judged.
func (k Keeper) judgeDeadlines(ctx context.Context, params types.Params) error {
	now := sdk.UnwrapSDKContext(ctx).BlockHeight()
	var due []collections.Pair[int64, string]
	if err := k.Deadlines.Walk(ctx, new(collections.Range[collections.Pair[int64, string]]).EndInclusive(collections.Join(now, "\xff")), func(key collections.Pair[int64, string]) (bool, error) {
		due = append(due, key)
		return false, nil
	}); err != nil {
		return err
	}
	for _, key := range due {
		if err := k.Deadlines.Remove(ctx, key); err != nil {
			return err
		}
		it, err := types.ParseItemID(key.K2())
		if err != nil {
			return err
		}
		digest, ok, err := k.itemDigest(ctx, params, it)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		vs, ok, err := k.signersOf(ctx, it)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		for _, m := range vs.Members {
			signed, err := k.HasSigned(ctx, it, m.Validator, digest)
			if err != nil {
				return err
			}
			if err := k.countSignature(ctx, params, m.Validator, it, !signed); err != nil {
				return err
			}
		}
	}
	return nil
}

// countSignature moves a validator's window one item on.
func (k Keeper) countSignature(ctx context.Context, params types.Params, valoper string, it types.Item, missed bool) error {
	info, err := k.SigningInfos.Get(ctx, valoper)
	if errors.Is(err, collections.ErrNotFound) {
		info = types.SigningInfo{Validator: valoper}
	} else if err != nil {
		return err
	}
	slot := collections.Join(valoper, info.Index%params.SignedItemsWindow)
	was, err := k.Missed.Has(ctx, slot)
	if err != nil {
		return err
	}
	switch {
	case missed && !was:
		info.Missed++
		err = k.Missed.Set(ctx, slot)
	case !missed && was:
		info.Missed--
		err = k.Missed.Remove(ctx, slot)
	}
	if err != nil {
		return err
	}
	info.Index++
	em := sdk.UnwrapSDKContext(ctx).EventManager()
	if missed {
		if err := em.EmitTypedEvent(&types.EventSignatureMissed{Validator: valoper, Destination: it.Destination,
			Kind: types.KindName(it.Kind), Nonce: it.Nonce, Missed: info.Missed}); err != nil {
			return err
		}
	}
	allowed := sdkmath.LegacyOneDec().Sub(params.MinSignedPerWindow).MulInt64(int64(params.SignedItemsWindow)).TruncateInt64()
	if info.Index >= params.SignedItemsWindow && int64(info.Missed) > allowed {
		jailed, err := k.jail(ctx, valoper)
		if err != nil {
			return err
		}
		if jailed {
			if err := em.EmitTypedEvent(&types.EventSignerJailed{Validator: valoper, Missed: info.Missed, Window: params.SignedItemsWindow}); err != nil {
				return err
			}
			// A fresh window after jail, as x/slashing does, so that unjailing is possible.
			if err := k.Missed.Clear(ctx, collections.NewPrefixedPairRange[string, uint64](valoper)); err != nil {
				return err
			}
			info = types.SigningInfo{Validator: valoper}
		}
	}
	return k.SigningInfos.Set(ctx, valoper, info)
}

// jail jails a bonded validator; false if it is gone, jailed or not bonded already.
func (k Keeper) jail(ctx context.Context, valoper string) (bool, error) {
	addr, err := k.staking.ValidatorAddressCodec().StringToBytes(valoper)
	if err != nil {
		return false, err
	}
	val, err := k.staking.Validator(ctx, addr)
	if err != nil || val == nil || val.IsJailed() || !val.IsBonded() {
		return false, nil
	}
	cons, err := val.GetConsAddr()
	if err != nil {
		return false, err
	}
	return true, k.slashing.Jail(ctx, cons)
}

// punishBadSignature slashes and jails the validator whose registered bridge key signed
// digest, if the chain never produced digest. Such a signature can only serve an attack on
// an L2 contract (or carelessness with a key that must sign nothing else).
func (k Keeper) punishBadSignature(ctx context.Context, digest, sig []byte) (string, error) {
	if len(digest) != 32 {
		return "", errorsmod.Wrapf(types.ErrInvalidSignature, "digest of %d bytes, want 32", len(digest))
	}
	signer, err := types.RecoverSigner([32]byte(digest), sig)
	if err != nil {
		return "", err
	}
	valoper, err := k.EthKeys.Indexes.Address.MatchExact(ctx, strings.ToLower(signer.Hex()))
	if errors.Is(err, collections.ErrNotFound) {
		return "", errorsmod.Wrapf(types.ErrNoEthKey, "no validator registered %s", signer.Hex())
	}
	if err != nil {
		return "", err
	}
	known, err := k.KnownDigests.Has(ctx, digest)
	if err != nil {
		return "", err
	}
	if known {
		return "", errorsmod.Wrapf(types.ErrKnownDigest, "%x", digest)
	}
	mark := crypto.Keccak256(digest, signer.Bytes())
	if done, err := k.Punished.Has(ctx, mark); err != nil || done {
		if err == nil {
			err = errorsmod.Wrapf(types.ErrAlreadyPunished, "%x by %s", digest, valoper)
		}
		return "", err
	}
	params, err := k.Params.Get(ctx)
	if err != nil {
		return "", err
	}
	addr, err := k.staking.ValidatorAddressCodec().StringToBytes(valoper)
	if err != nil {
		return "", err
	}
	val, err := k.staking.Validator(ctx, addr)
	if err != nil || val == nil {
		return "", errorsmod.Wrapf(types.ErrNotValidator, "%s", valoper)
	}
	cons, err := val.GetConsAddr()
	if err != nil {
		return "", err
	}
	// Everything is checked: from here on state changes.
	if err := k.Punished.Set(ctx, mark); err != nil {
		return "", err
	}
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	power := val.GetConsensusPower(k.staking.PowerReduction(ctx))
	if power > 0 && params.SlashFractionBadSignature.IsPositive() {
		if err := k.slashing.Slash(ctx, cons, params.SlashFractionBadSignature, power, sdkCtx.BlockHeight()-sdk.ValidatorUpdateDelay-1); err != nil {
			return "", fmt.Errorf("slashing %s: %w", valoper, err)
		}
	}
	if !val.IsJailed() && val.IsBonded() {
		if err := k.slashing.Jail(ctx, cons); err != nil {
			return "", fmt.Errorf("jailing %s: %w", valoper, err)
		}
	}
	return valoper, sdkCtx.EventManager().EmitTypedEvent(&types.EventBadSignatureSlashed{Validator: valoper, Digest: digest})
}
