package keeper

import (
	"bytes"
	"context"
	"errors"
	"strings"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dpn-network/dpn/x/bridge/types"
)

type msgServer struct{ k Keeper }

// NewMsgServerImpl returns the module's Msg service.
func NewMsgServerImpl(k Keeper) types.MsgServer { return msgServer{k: k} }

var _ types.MsgServer = msgServer{}

// RegisterEthKey binds an Ethereum address to the signer's validator once the address's key
// proves possession over the validator's operator address and this chain's id.
func (m msgServer) RegisterEthKey(ctx context.Context, msg *types.MsgRegisterEthKey) (*types.MsgRegisterEthKeyResponse, error) {
	valoper, err := m.k.operatorValidator(ctx, msg.Operator)
	if err != nil {
		return nil, err
	}
	if err := types.ValidateEthAddress(msg.EthAddress); err != nil {
		return nil, err
	}
	addr := common.HexToAddress(msg.EthAddress)
	pop := types.PopDigest(chainID(ctx), valoper)
	signer, err := types.RecoverSigner(pop, msg.Proof)
	if err != nil {
		return nil, errorsmod.Wrap(err, "proof of possession")
	}
	if signer != addr {
		return nil, errorsmod.Wrapf(types.ErrInvalidSignature, "proof of possession signed by %s, not %s", signer.Hex(), addr.Hex())
	}
	owner, err := m.k.EthKeys.Indexes.Address.MatchExact(ctx, strings.ToLower(addr.Hex()))
	switch {
	case err == nil && owner != valoper:
		return nil, errorsmod.Wrapf(types.ErrEthAddressInUse, "%s is %s's", addr.Hex(), owner)
	case err != nil && !errors.Is(err, collections.ErrNotFound):
		return nil, err
	}
	if err := m.k.EthKeys.Set(ctx, valoper, types.EthKey{Validator: valoper, EthAddress: addr.Hex()}); err != nil {
		return nil, err
	}
	if err := m.k.KnownDigests.Set(ctx, pop.Bytes()); err != nil {
		return nil, err
	}
	return &types.MsgRegisterEthKeyResponse{}, sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(
		&types.EventEthKeyRegistered{Validator: valoper, EthAddress: addr.Hex()})
}

// SubmitSignatures stores a validator's signatures sent in a transaction. Every signature is
// checked before any is stored: one bad signature refuses the whole message.
func (m msgServer) SubmitSignatures(ctx context.Context, msg *types.MsgSubmitSignatures) (*types.MsgSubmitSignaturesResponse, error) {
	valoper, err := m.k.operatorValidator(ctx, msg.Operator)
	if err != nil {
		return nil, err
	}
	part := types.BridgeVote{Signatures: msg.Signatures}
	if len(part.Signatures) == 0 {
		return nil, errorsmod.Wrap(types.ErrInvalidVote, "no signatures")
	}
	if err := part.ValidateBasic(); err != nil {
		return nil, err
	}
	params, err := m.k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	type checked struct {
		digest common.Hash
		signer common.Address
	}
	ok := make([]checked, len(msg.Signatures))
	for i, s := range msg.Signatures {
		d, a, err := m.k.CheckSignature(ctx, params, valoper, s)
		if err != nil {
			return nil, err
		}
		ok[i] = checked{d, a}
	}
	touched := map[string]types.Item{}
	for i, s := range msg.Signatures {
		if err := m.k.storeSignature(ctx, valoper, s, ok[i].digest, ok[i].signer, touched); err != nil {
			return nil, err
		}
	}
	return &types.MsgSubmitSignaturesResponse{Stored: uint32(len(touched))}, m.k.emitReady(ctx, params, touched)
}

// SubmitBadSignature slashes the validator whose bridge key signed a digest the chain never
// produced. Anyone may submit it.
func (m msgServer) SubmitBadSignature(ctx context.Context, msg *types.MsgSubmitBadSignature) (*types.MsgSubmitBadSignatureResponse, error) {
	if _, err := sdk.AccAddressFromBech32(msg.Submitter); err != nil {
		return nil, errorsmod.Wrapf(types.ErrInvalidSignature, "submitter %q: %v", msg.Submitter, err)
	}
	valoper, err := m.k.punishBadSignature(ctx, msg.Digest, msg.Signature)
	if err != nil {
		return nil, err
	}
	return &types.MsgSubmitBadSignatureResponse{Validator: valoper}, nil
}

// UpdateParams replaces the params. A destination's contract, chain or partition cannot
// change while it has records in flight: they were signed for the old contract.
func (m msgServer) UpdateParams(ctx context.Context, msg *types.MsgUpdateParams) (*types.MsgUpdateParamsResponse, error) {
	if msg.Authority != m.k.authority {
		return nil, errorsmod.Wrapf(types.ErrInvalidAuthority, "expected %s, got %s", m.k.authority, msg.Authority)
	}
	if err := msg.Params.Validate(); err != nil {
		return nil, err
	}
	old, err := m.k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	for _, d := range old.Destinations {
		nd, kept := msg.Params.Destination(d.Name)
		if kept && nd.L2ChainId == d.L2ChainId && strings.EqualFold(nd.Settlement, d.Settlement) && bytes.Equal(nd.Partition, d.Partition) {
			continue
		}
		busy, err := m.k.inFlight(ctx, d.Name)
		if err != nil {
			return nil, err
		}
		if busy {
			return nil, errorsmod.Wrapf(types.ErrInvalidParams, "destination %q has batches or records in flight; freeze it and let them settle first", d.Name)
		}
	}
	if err := m.k.Params.Set(ctx, msg.Params); err != nil {
		return nil, err
	}
	return &types.MsgUpdateParamsResponse{}, m.k.rebuildDigests(ctx, msg.Params)
}

// operatorValidator returns the operator address of the validator whose operator account is
// operator, or ErrNotValidator.
func (k Keeper) operatorValidator(ctx context.Context, operator string) (string, error) {
	acc, err := sdk.AccAddressFromBech32(operator)
	if err != nil {
		return "", errorsmod.Wrapf(types.ErrNotValidator, "operator %q: %v", operator, err)
	}
	if val, err := k.staking.Validator(ctx, sdk.ValAddress(acc)); err != nil || val == nil {
		return "", errorsmod.Wrapf(types.ErrNotValidator, "%s is not a validator operator", operator)
	}
	return k.staking.ValidatorAddressCodec().BytesToString(acc)
}

// inFlight reports whether a destination has unconfirmed batches or waiting records.
func (k Keeper) inFlight(ctx context.Context, dest string) (bool, error) {
	rng := collections.NewPrefixedPairRange[string, uint64](dest)
	bi, err := k.Batches.Iterate(ctx, rng)
	if err != nil {
		return false, err
	}
	defer bi.Close()
	pi, err := k.Pending.Iterate(ctx, rng)
	if err != nil {
		return false, err
	}
	defer pi.Close()
	return bi.Valid() || pi.Valid(), nil
}
