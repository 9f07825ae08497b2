package keeper

import (
	"context"
	"errors"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"
	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"

	"github.com/dpn-network/dpn/x/attestation/types"
)

// ModuleAddress is the account that holds every node's bond.
func ModuleAddress() sdk.AccAddress { return authtypes.NewModuleAddress(types.ModuleName) }

// checkBondAmount validates coin as a bond (or a top-up) in the params' bond denom and that
// owner can pay it. An empty coin is a zero bond. It returns the amount as a coin of the bond
// denom.
func (k Keeper) checkBondAmount(ctx context.Context, params types.Params, owner string, coin sdk.Coin) (sdk.Coin, error) {
	denom := params.BondDenom()
	if coin.Denom == "" && (coin.Amount.IsNil() || coin.Amount.IsZero()) {
		return sdk.NewCoin(denom, sdkmath.ZeroInt()), nil
	}
	if coin.Denom != denom {
		return sdk.Coin{}, errorsmod.Wrapf(types.ErrInvalidBond, "denom %q, want %q", coin.Denom, denom)
	}
	if coin.Amount.IsNil() || coin.Amount.IsNegative() {
		return sdk.Coin{}, errorsmod.Wrapf(types.ErrInvalidBond, "amount %s", coin.Amount)
	}
	if coin.Amount.IsPositive() {
		have := k.bank.SpendableCoin(ctx, sdk.MustAccAddressFromBech32(owner), denom)
		if have.Amount.LT(coin.Amount) {
			return sdk.Coin{}, errorsmod.Wrapf(types.ErrInsufficientFunds, "bond %s, spendable %s", coin, have)
		}
	}
	return coin, nil
}

// escrow moves amount from owner into the module account (nothing for a zero amount).
func (k Keeper) escrow(ctx context.Context, owner string, amount sdk.Coin) error {
	if !amount.IsPositive() {
		return nil
	}
	return k.bank.SendCoinsFromAccountToModule(ctx, sdk.MustAccAddressFromBech32(owner), types.ModuleName, sdk.NewCoins(amount))
}

// bondOf returns n's bond, a zero coin of denom when it has none.
func bondOf(n types.Node, denom string) sdk.Coin {
	if n.Bond.Amount.IsNil() || n.Bond.Denom == "" {
		return sdk.NewCoin(denom, sdkmath.ZeroInt())
	}
	return n.Bond
}

func (s msgServer) AddBond(ctx context.Context, msg *types.MsgAddBond) (*types.MsgAddBondResponse, error) {
	k := s.k
	n, err := k.ownedNode(ctx, msg.Owner, msg.Index)
	if err != nil {
		return nil, err
	}
	if n.Status == types.NODE_STATUS_DEREGISTERING {
		return nil, errorsmod.Wrapf(types.ErrInvalidStatus, "node %d is deregistered", n.Index)
	}
	params, err := k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	amount, err := k.checkBondAmount(ctx, params, msg.Owner, msg.Amount)
	if err != nil {
		return nil, err
	}
	if !amount.IsPositive() {
		return nil, errorsmod.Wrap(types.ErrInvalidBond, "zero top-up")
	}
	if err := k.escrow(ctx, msg.Owner, amount); err != nil {
		return nil, err
	}
	n.Bond = bondOf(n, amount.Denom).Add(amount)
	if err := k.Nodes.Set(ctx, n.Index, n); err != nil {
		return nil, err
	}
	if err := sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventBondAdded{Index: n.Index, Amount: amount, Bond: n.Bond}); err != nil {
		return nil, err
	}
	return &types.MsgAddBondResponse{Bond: n.Bond}, nil
}

// startUnbonding queues n's bond for return unbonding_blocks from now, or at the end of its
// jail if that is later, and returns the completion height (zero when there is no bond).
func (k Keeper) startUnbonding(ctx context.Context, n *types.Node, params types.Params) error {
	if n.Bond.Amount.IsNil() || !n.Bond.IsPositive() {
		return nil
	}
	done := sdk.UnwrapSDKContext(ctx).BlockHeight() + params.UnbondingBlocks
	if n.Status == types.NODE_STATUS_JAILED && n.JailedUntilHeight > done {
		done = n.JailedUntilHeight
	}
	n.UnbondingHeight = done
	return k.UnbondingQueue.Set(ctx, collections.Join(done, n.Index))
}

// CompleteUnbonding pays back every bond whose completion height has been reached. It reads
// only the due part of the queue (ordered by height), never the whole registry.
func (k Keeper) CompleteUnbonding(ctx context.Context) error {
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	height := sdkCtx.BlockHeight()
	rng := collections.NewPrefixUntilPairRange[int64, uint64](height)
	var due []collections.Pair[int64, uint64]
	if err := k.UnbondingQueue.Walk(ctx, rng, func(key collections.Pair[int64, uint64]) (bool, error) {
		due = append(due, key)
		return false, nil
	}); err != nil {
		return err
	}
	for _, key := range due {
		n, err := k.Nodes.Get(ctx, key.K2())
		if err != nil {
			return err
		}
		amount := n.Bond
		if amount.IsPositive() {
			if err := k.bank.SendCoinsFromModuleToAccount(ctx, types.ModuleName, sdk.MustAccAddressFromBech32(n.Owner), sdk.NewCoins(amount)); err != nil {
				return err
			}
		}
		n.Bond = sdk.NewCoin(amount.Denom, sdkmath.ZeroInt())
		n.UnbondingHeight = 0
		if err := k.Nodes.Set(ctx, n.Index, n); err != nil {
			return err
		}
		if err := k.UnbondingQueue.Remove(ctx, key); err != nil {
			return err
		}
		if err := sdkCtx.EventManager().EmitTypedEvent(&types.EventBondReturned{Index: n.Index, Owner: n.Owner, Amount: amount}); err != nil {
			return err
		}
	}
	return nil
}

// Jail takes node index out of service for misbehaviour proven on chain (x/compute calls it):
// status JAILED for params.jail_blocks, its fingerprint freed as for an inactive node, and an
// EventNodeStatusChanged carrying reason. Jailing a jailed node restarts its jail time. A
// deregistered node cannot be jailed (its bond can still be slashed while it unbonds).
func (k Keeper) Jail(ctx context.Context, index uint64, reason string) error {
	if reason == "" {
		return errorsmod.Wrap(types.ErrInvalidStatus, "jailing needs a reason")
	}
	n, err := k.Nodes.Get(ctx, index)
	if errors.Is(err, collections.ErrNotFound) {
		return errorsmod.Wrapf(types.ErrNodeNotFound, "%d", index)
	}
	if err != nil {
		return err
	}
	if n.Status == types.NODE_STATUS_DEREGISTERING {
		return errorsmod.Wrapf(types.ErrInvalidStatus, "node %d is deregistered", index)
	}
	params, err := k.Params.Get(ctx)
	if err != nil {
		return err
	}
	n.JailedUntilHeight = sdk.UnwrapSDKContext(ctx).BlockHeight() + params.JailBlocks
	return k.setStatus(ctx, n, types.NODE_STATUS_JAILED, reason, 0)
}

// SlashBond burns fraction (0 < fraction ≤ 1) of node index's bond, rounded down, and returns
// what was burned. It works in any status, including while the bond unbonds; the module
// account needs the Burner permission.
func (k Keeper) SlashBond(ctx context.Context, index uint64, fraction sdkmath.LegacyDec) (sdk.Coin, error) {
	if fraction.IsNil() || !fraction.IsPositive() || fraction.GT(sdkmath.LegacyOneDec()) {
		return sdk.Coin{}, errorsmod.Wrapf(types.ErrInvalidSlash, "%v not in (0, 1]", fraction)
	}
	n, err := k.Nodes.Get(ctx, index)
	if errors.Is(err, collections.ErrNotFound) {
		return sdk.Coin{}, errorsmod.Wrapf(types.ErrNodeNotFound, "%d", index)
	}
	if err != nil {
		return sdk.Coin{}, err
	}
	params, err := k.Params.Get(ctx)
	if err != nil {
		return sdk.Coin{}, err
	}
	bond := bondOf(n, params.BondDenom())
	burned := sdk.NewCoin(bond.Denom, fraction.MulInt(bond.Amount).TruncateInt())
	if !burned.IsPositive() {
		return burned, nil
	}
	if err := k.bank.BurnCoins(ctx, types.ModuleName, sdk.NewCoins(burned)); err != nil {
		return sdk.Coin{}, err
	}
	n.Bond = bond.Sub(burned)
	if err := k.Nodes.Set(ctx, index, n); err != nil {
		return sdk.Coin{}, err
	}
	return burned, sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventBondSlashed{Index: index, Burned: burned, Bond: n.Bond})
}

func (s msgServer) UnjailNode(ctx context.Context, msg *types.MsgUnjailNode) (*types.MsgUnjailNodeResponse, error) {
	k := s.k
	n, err := k.ownedNode(ctx, msg.Owner, msg.Index)
	if err != nil {
		return nil, err
	}
	if n.Status != types.NODE_STATUS_JAILED {
		return nil, errorsmod.Wrapf(types.ErrInvalidStatus, "node %d is %s, not jailed", n.Index, n.Status)
	}
	if h := sdk.UnwrapSDKContext(ctx).BlockHeight(); h < n.JailedUntilHeight {
		return nil, errorsmod.Wrapf(types.ErrJailed, "node %d until height %d, now %d", n.Index, n.JailedUntilHeight, h)
	}
	params, err := k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	if bond := bondOf(n, params.BondDenom()); bond.Amount.LT(params.MinBond.Amount) {
		return nil, errorsmod.Wrapf(types.ErrBondTooSmall, "bond %s after slashing, minimum %s: add bond first", bond, params.MinBond)
	}
	if err := k.checkFingerprintFree(ctx, n.Fingerprint, n.Index, true); err != nil {
		return nil, err
	}
	epoch, err := k.currentEpoch(ctx)
	if err != nil {
		return nil, err
	}
	n.ActiveSinceEpoch = epoch + 1
	n.JailedUntilHeight = 0
	if err := k.setStatus(ctx, n, types.NODE_STATUS_ACTIVE, "unjailed", 0); err != nil {
		return nil, err
	}
	return &types.MsgUnjailNodeResponse{}, nil
}

// ReputationWeight is the weight the marketplace gives node index when matching jobs: 0 unless
// the node is active, else 1 + floor(log2(1 + b)) with b its bond in whole DPN (bond / 10^6 of
// the base denom). A node without bond weighs 1, 1 DPN gives 2, 3 DPN 3, 1,000 DPN 10: every
// doubling of the bond adds one, so a large bond helps without letting one owner dominate.
func (k Keeper) ReputationWeight(ctx context.Context, index uint64) (uint64, error) {
	n, err := k.Nodes.Get(ctx, index)
	if errors.Is(err, collections.ErrNotFound) {
		return 0, errorsmod.Wrapf(types.ErrNodeNotFound, "%d", index)
	}
	if err != nil {
		return 0, err
	}
	return types.ReputationWeight(n), nil
}
