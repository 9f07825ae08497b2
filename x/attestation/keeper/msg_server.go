package keeper

import (
	"context"
	"errors"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/dpn-network/dpn/crypto/bls"
	"github.com/dpn-network/dpn/x/attestation/types"
)

// MLDSA65PublicKeySize is the size of an ML-DSA-65 public key (FIPS 204).
const MLDSA65PublicKeySize = 1952

type msgServer struct{ k Keeper }

// NewMsgServerImpl returns the Msg service. Every handler checks all of its input before the
// first write, so a rejected message leaves the store untouched.
func NewMsgServerImpl(k Keeper) types.MsgServer { return msgServer{k: k} }

var _ types.MsgServer = msgServer{}

func checkAddress(addr string) error {
	if _, err := sdk.AccAddressFromBech32(addr); err != nil {
		return errorsmod.Wrapf(types.ErrInvalidAddress, "%q: %v", addr, err)
	}
	return nil
}

// checkDescription validates a descriptor, capacity and region together and returns the
// fingerprint.
func (k Keeper) checkDescription(ctx context.Context, descriptor []byte, c types.Capacity, region string) ([]byte, error) {
	params, err := k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	d, err := types.ParseDescriptor(descriptor, params.MaxDescriptorBytes)
	if err != nil {
		return nil, err
	}
	if err := c.ValidateAgainst(d); err != nil {
		return nil, err
	}
	if err := types.ValidateRegion(region); err != nil {
		return nil, err
	}
	return types.Fingerprint(descriptor), nil
}

// checkFingerprintFree fails if an active node other than self holds fp.
func (k Keeper) checkFingerprintFree(ctx context.Context, fp []byte, self uint64, selfExists bool) error {
	holder, err := k.Nodes.Indexes.Fingerprint.Holder(ctx, fp)
	switch {
	case errors.Is(err, collections.ErrNotFound):
		return nil
	case err != nil:
		return err
	case selfExists && holder == self:
		return nil
	default:
		return errorsmod.Wrapf(types.ErrFingerprintInUse, "held by node %d", holder)
	}
}

func (s msgServer) RegisterNode(ctx context.Context, msg *types.MsgRegisterNode) (*types.MsgRegisterNodeResponse, error) {
	k := s.k
	if err := checkAddress(msg.Owner); err != nil {
		return nil, err
	}
	pk, err := bls.ParsePublicKey(msg.BlsPublicKey)
	if err != nil {
		return nil, errorsmod.Wrap(types.ErrInvalidBLSKey, err.Error())
	}
	pop, err := bls.ParseSignature(msg.BlsPop)
	if err != nil {
		return nil, errorsmod.Wrap(types.ErrInvalidPoP, err.Error())
	}
	vpk, err := bls.PopVerify(pk, pop)
	if err != nil {
		return nil, errorsmod.Wrap(types.ErrInvalidPoP, err.Error())
	}
	if len(msg.MldsaPublicKey) != 0 && len(msg.MldsaPublicKey) != MLDSA65PublicKeySize {
		return nil, errorsmod.Wrapf(types.ErrInvalidMLDSAKey, "%d bytes, want %d", len(msg.MldsaPublicKey), MLDSA65PublicKeySize)
	}
	if err := types.ValidateTier(msg.Tier); err != nil {
		return nil, err
	}
	fp, err := k.checkDescription(ctx, msg.Descriptor_, msg.Capacity, msg.Region)
	if err != nil {
		return nil, err
	}
	if err := k.checkFingerprintFree(ctx, fp, 0, false); err != nil {
		return nil, err
	}
	epoch, err := k.currentEpoch(ctx)
	if err != nil {
		return nil, err
	}
	params, err := k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	bond, err := k.checkBondAmount(ctx, params, msg.Owner, msg.Bond)
	if err != nil {
		return nil, err
	}
	if bond.Amount.LT(params.MinBond.Amount) {
		return nil, errorsmod.Wrapf(types.ErrBondTooSmall, "bond %s, minimum %s", bond, params.MinBond)
	}

	// The escrow is the first write: a failing transfer leaves nothing behind.
	if err := k.escrow(ctx, msg.Owner, bond); err != nil {
		return nil, err
	}
	index, err := k.NextNodeIndex.Next(ctx)
	if err != nil {
		return nil, err
	}
	height := sdk.UnwrapSDKContext(ctx).BlockHeight()
	node := types.Node{
		Index:                  index,
		Owner:                  msg.Owner,
		BlsPublicKey:           msg.BlsPublicKey,
		BlsPop:                 msg.BlsPop,
		MldsaPublicKey:         msg.MldsaPublicKey,
		Descriptor_:            msg.Descriptor_,
		Fingerprint:            fp,
		Capacity:               msg.Capacity,
		Region:                 msg.Region,
		Tier:                   msg.Tier,
		Status:                 types.NODE_STATUS_ACTIVE,
		JoinHeight:             height,
		ActiveSinceEpoch:       epoch + 1,
		LastStatusChangeHeight: height,
		Bond:                   bond,
	}
	k.keys.put(msg.BlsPublicKey, msg.BlsPop, vpk) // the heartbeat key index need not check it again
	if err := k.Nodes.Set(ctx, index, node); err != nil {
		return nil, err
	}
	if err := sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventNodeRegistered{
		Index: index, Owner: msg.Owner, Fingerprint: fp, Region: msg.Region, Tier: msg.Tier,
	}); err != nil {
		return nil, err
	}
	if bond.IsPositive() {
		if err := sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventBondAdded{Index: index, Amount: bond, Bond: bond}); err != nil {
			return nil, err
		}
	}
	return &types.MsgRegisterNodeResponse{Index: index, Fingerprint: fp}, nil
}

// ownedNode loads a node and checks that owner owns it.
func (k Keeper) ownedNode(ctx context.Context, owner string, index uint64) (types.Node, error) {
	if err := checkAddress(owner); err != nil {
		return types.Node{}, err
	}
	n, err := k.Nodes.Get(ctx, index)
	if errors.Is(err, collections.ErrNotFound) {
		return types.Node{}, errorsmod.Wrapf(types.ErrNodeNotFound, "%d", index)
	}
	if err != nil {
		return types.Node{}, err
	}
	if n.Owner != owner {
		return types.Node{}, errorsmod.Wrapf(types.ErrNotOwner, "node %d", index)
	}
	return n, nil
}

func (s msgServer) UpdateNode(ctx context.Context, msg *types.MsgUpdateNode) (*types.MsgUpdateNodeResponse, error) {
	k := s.k
	n, err := k.ownedNode(ctx, msg.Owner, msg.Index)
	if err != nil {
		return nil, err
	}
	if n.Status == types.NODE_STATUS_DEREGISTERING {
		return nil, errorsmod.Wrapf(types.ErrInvalidStatus, "node %d is deregistered", n.Index)
	}
	fp, err := k.checkDescription(ctx, msg.Descriptor_, msg.Capacity, msg.Region)
	if err != nil {
		return nil, err
	}
	if holdsFingerprint(n) {
		if err := k.checkFingerprintFree(ctx, fp, n.Index, true); err != nil {
			return nil, err
		}
	}
	n.Descriptor_, n.Fingerprint, n.Capacity, n.Region = msg.Descriptor_, fp, msg.Capacity, msg.Region
	if err := k.Nodes.Set(ctx, n.Index, n); err != nil {
		return nil, err
	}
	if err := sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventNodeUpdated{
		Index: n.Index, Fingerprint: fp, Region: n.Region,
	}); err != nil {
		return nil, err
	}
	return &types.MsgUpdateNodeResponse{Fingerprint: fp}, nil
}

func (s msgServer) DeregisterNode(ctx context.Context, msg *types.MsgDeregisterNode) (*types.MsgDeregisterNodeResponse, error) {
	n, err := s.k.ownedNode(ctx, msg.Owner, msg.Index)
	if err != nil {
		return nil, err
	}
	if n.Status == types.NODE_STATUS_DEREGISTERING {
		return nil, errorsmod.Wrapf(types.ErrInvalidStatus, "node %d is already deregistered", n.Index)
	}
	params, err := s.k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	if err := s.k.startUnbonding(ctx, &n, params); err != nil {
		return nil, err
	}
	if err := s.k.setStatus(ctx, n, types.NODE_STATUS_DEREGISTERING, "deregistered", 0); err != nil {
		return nil, err
	}
	return &types.MsgDeregisterNodeResponse{UnbondingHeight: n.UnbondingHeight}, nil
}

func (s msgServer) ReactivateNode(ctx context.Context, msg *types.MsgReactivateNode) (*types.MsgReactivateNodeResponse, error) {
	k := s.k
	n, err := k.ownedNode(ctx, msg.Owner, msg.Index)
	if err != nil {
		return nil, err
	}
	if n.Status != types.NODE_STATUS_INACTIVE {
		return nil, errorsmod.Wrapf(types.ErrInvalidStatus, "node %d is %s, only an inactive node can be reactivated", n.Index, n.Status)
	}
	if err := k.checkFingerprintFree(ctx, n.Fingerprint, n.Index, true); err != nil {
		return nil, err
	}
	epoch, err := k.currentEpoch(ctx)
	if err != nil {
		return nil, err
	}
	// A fresh window: the epochs missed before reactivation no longer count.
	n.ActiveSinceEpoch = epoch + 1
	if err := k.setStatus(ctx, n, types.NODE_STATUS_ACTIVE, "reactivated", 0); err != nil {
		return nil, err
	}
	return &types.MsgReactivateNodeResponse{}, nil
}

// setStatus moves n to status, keeps its active-time accounting and emits the event.
func (k Keeper) setStatus(ctx context.Context, n types.Node, to types.NodeStatus, reason string, uptimeBps uint32) error {
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	height := sdkCtx.BlockHeight()
	from := n.Status
	if from == types.NODE_STATUS_ACTIVE {
		n.ActiveBlocks += height - n.LastStatusChangeHeight
	}
	n.Status = to
	n.LastStatusChangeHeight = height
	if err := k.Nodes.Set(ctx, n.Index, n); err != nil {
		return err
	}
	return sdkCtx.EventManager().EmitTypedEvent(&types.EventNodeStatusChanged{
		Index: n.Index, From: from, To: to, Reason: reason, UptimeBps: uptimeBps,
	})
}

func (s msgServer) SubmitHeartbeats(ctx context.Context, msg *types.MsgSubmitHeartbeats) (*types.MsgSubmitHeartbeatsResponse, error) {
	k := s.k
	epoch, signers, err := k.verifyHeartbeats(ctx, msg)
	if err != nil {
		return nil, err
	}
	added, err := k.applyHeartbeats(ctx, epoch, msg.FirstIndex, msg.Signers)
	if err != nil {
		return nil, err
	}
	if err := sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventHeartbeats{
		Epoch: epoch, Aggregator: msg.Aggregator, Signers: signers, NewSigners: added,
	}); err != nil {
		return nil, err
	}
	return &types.MsgSubmitHeartbeatsResponse{Signers: signers, NewSigners: added}, nil
}

// verifyHeartbeats checks a heartbeat submission without writing: aggregator, signature
// encoding, epoch, signer bitmap against the active nodes, and the aggregate signature. It
// returns the epoch and the number of signers.
func (k Keeper) verifyHeartbeats(ctx context.Context, msg *types.MsgSubmitHeartbeats) (uint64, uint64, error) {
	if err := checkAddress(msg.Aggregator); err != nil {
		return 0, 0, err
	}
	sig, err := bls.ParseSignature(msg.Signature)
	if err != nil {
		return 0, 0, errorsmod.Wrap(types.ErrInvalidSignature, err.Error())
	}
	epoch, err := k.currentEpoch(ctx)
	if err != nil {
		return 0, 0, err
	}
	if epoch == 0 {
		return 0, 0, types.ErrNoEpoch
	}
	if msg.Epoch != epoch {
		return 0, 0, errorsmod.Wrapf(types.ErrWrongEpoch, "epoch %d, current %d", msg.Epoch, epoch)
	}
	beacon, err := k.Beacons.Get(ctx, epoch)
	if err != nil {
		return 0, 0, errorsmod.Wrapf(types.ErrNoEpoch, "no beacon for epoch %d: %v", epoch, err)
	}
	keys, err := k.signerKeys(ctx, msg.FirstIndex, msg.Signers)
	if err != nil {
		return 0, 0, err
	}
	signers := uint64(len(keys))
	apk, err := bls.AggregatePublicKeys(keys)
	if err != nil {
		return 0, 0, errorsmod.Wrap(types.ErrInvalidBitmap, err.Error())
	}
	chainID := sdk.UnwrapSDKContext(ctx).ChainID()
	if err := bls.VerifyAggregate(apk, types.HeartbeatSignBytes(chainID, epoch, beacon), sig); err != nil {
		return 0, 0, errorsmod.Wrapf(types.ErrInvalidSignature, "epoch %d, %d signers", epoch, signers)
	}
	return epoch, signers, nil
}

// applyHeartbeats merges a verified signer bitmap starting at node first (a multiple of 8)
// into the epoch's participation bitmap: one write, or none when every signer was already
// recorded. It returns how many signers are new.
func (k Keeper) applyHeartbeats(ctx context.Context, epoch, first uint64, signers []byte) (uint64, error) {
	prev, err := k.Participation.Get(ctx, epoch)
	if err != nil && !errors.Is(err, collections.ErrNotFound) {
		return 0, err
	}
	merged, added := types.BitmapOrAt(prev, signers, first/8)
	if added > 0 {
		if err := k.Participation.Set(ctx, epoch, merged); err != nil {
			return 0, err
		}
	}
	return added, nil
}

// signerKeys checks a signer bitmap whose first bit is node first against the registry and
// returns the selected nodes' verified keys in index order. first must be a multiple of 8; the
// bitmap (same layout as bls.AggregateBitmap) may reach no further than the highest index
// needs, must not end in a zero byte, and every selected node
// must exist and be active. Per signer it reads only the node's entry in the heartbeat key
// index (105 bytes, present while the node is active) and restores the key without any curve
// check beyond "on the curve" (the entry was proof-checked when written). The keys are
// collected densely and summed with bls.AggregatePublicKeys rather than bls.AggregateBitmap,
// which would need a key slot for every index below the highest signer.
func (k Keeper) signerKeys(ctx context.Context, first uint64, bitmap []byte) ([]bls.VerifiedPublicKey, error) {
	next, err := k.NextNodeIndex.Peek(ctx)
	if err != nil {
		return nil, err
	}
	if first%8 != 0 {
		return nil, errorsmod.Wrapf(types.ErrInvalidBitmap, "first index %d is not a multiple of 8", first)
	}
	if first >= next || len(bitmap) == 0 || uint64(len(bitmap)) > (next+7)/8-first/8 {
		return nil, errorsmod.Wrapf(types.ErrInvalidBitmap, "%d bytes from node %d for %d nodes", len(bitmap), first, next)
	}
	if bitmap[len(bitmap)-1] == 0 {
		return nil, errorsmod.Wrap(types.ErrInvalidBitmap, "trailing zero byte")
	}
	keys := make([]bls.VerifiedPublicKey, 0, types.BitmapCount(bitmap))
	for byteIdx, v := range bitmap {
		for bit := 0; v != 0; bit, v = bit+1, v>>1 {
			if v&1 == 0 {
				continue
			}
			i := first + uint64(byteIdx)*8 + uint64(bit)
			if i >= next {
				return nil, errorsmod.Wrapf(types.ErrUnknownNode, "node %d does not exist", i)
			}
			vpk, err := k.Nodes.Indexes.HeartbeatKey.Key(ctx, i)
			if errors.Is(err, collections.ErrNotFound) {
				return nil, errorsmod.Wrapf(types.ErrUnknownNode, "node %d is not active", i)
			}
			if err != nil {
				return nil, errorsmod.Wrapf(types.ErrInvalidBLSKey, "stored key of node %d: %v", i, err)
			}
			keys = append(keys, vpk)
		}
	}
	return keys, nil
}

func (s msgServer) UpdateParams(ctx context.Context, msg *types.MsgUpdateParams) (*types.MsgUpdateParamsResponse, error) {
	if msg.Authority != s.k.authority {
		return nil, errorsmod.Wrapf(types.ErrInvalidAuthority, "want %s, got %s", s.k.authority, msg.Authority)
	}
	if err := msg.Params.Validate(); err != nil {
		return nil, err
	}
	old, err := s.k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	epoch, err := s.k.currentEpoch(ctx)
	if err != nil {
		return nil, err
	}
	// Another identifier has its own numbering; switching would mix its epochs with the
	// stored bitmaps and beacons.
	if epoch != 0 && msg.Params.EpochIdentifier != old.EpochIdentifier {
		return nil, errorsmod.Wrap(types.ErrInvalidParams, "epoch identifier cannot change once epochs have started")
	}
	// Bonds already held are in the old denom; only genesis chooses it.
	if msg.Params.BondDenom() != old.BondDenom() {
		return nil, errorsmod.Wrapf(types.ErrInvalidParams, "bond denom cannot change from %q", old.BondDenom())
	}
	if err := s.k.Params.Set(ctx, msg.Params); err != nil {
		return nil, err
	}
	return &types.MsgUpdateParamsResponse{}, nil
}

// currentEpoch returns the epoch in progress, 0 before the first.
func (k Keeper) currentEpoch(ctx context.Context) (uint64, error) {
	e, err := k.CurrentEpoch.Get(ctx)
	if errors.Is(err, collections.ErrNotFound) {
		return 0, nil
	}
	return e, err
}
