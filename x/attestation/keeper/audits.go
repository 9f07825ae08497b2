package keeper

import (
	"context"
	"errors"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/dpn-network/dpn/crypto/vdf"
	"github.com/dpn-network/dpn/x/attestation/types"
)

// assignAudits picks up to audit_sample_size distinct active nodes with the beacon and records
// a VDF challenge for each. Candidates are drawn by index (AuditPick), at most four draws per
// audit, so the cost is O(sample) reads whatever the number of nodes; a registry with many
// inactive indices yields fewer audits in that epoch rather than a scan.
func (k Keeper) assignAudits(ctx context.Context, epoch uint64, beacon []byte) error {
	params, err := k.Params.Get(ctx)
	if err != nil {
		return err
	}
	next, err := k.NextNodeIndex.Peek(ctx)
	if err != nil || next == 0 || params.AuditSampleSize == 0 {
		return err
	}
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	want := uint64(params.AuditSampleSize)
	picked := make(map[uint64]bool, want)
	for j := uint64(0); j < 4*want && uint64(len(picked)) < want; j++ {
		idx := types.AuditPick(beacon, j, next)
		if picked[idx] {
			continue
		}
		n, err := k.Nodes.Get(ctx, idx)
		if err != nil || n.Status != types.NODE_STATUS_ACTIVE {
			continue
		}
		picked[idx] = true
		a := types.Audit{
			Epoch: epoch, NodeIndex: idx,
			Challenge:      types.AuditChallenge(sdkCtx.ChainID(), epoch, idx, beacon),
			VdfDifficulty:  params.VdfDifficulty,
			DeadlineHeight: sdkCtx.BlockHeight() + params.AuditDeadlineBlocks,
		}
		if err := k.Audits.Set(ctx, collections.Join(epoch, idx), a); err != nil {
			return err
		}
		if err := sdkCtx.EventManager().EmitTypedEvent(&types.EventAuditAssigned{
			Epoch: epoch, NodeIndex: idx, Challenge: a.Challenge, VdfDifficulty: a.VdfDifficulty, DeadlineHeight: a.DeadlineHeight,
		}); err != nil {
			return err
		}
	}
	return nil
}

// missedAudits returns, per node, the epochs in [start, end] whose audit it left unanswered
// past the deadline. It reads only the audits of those epochs (sample size × window entries).
func (k Keeper) missedAudits(ctx context.Context, start, end uint64) (map[uint64]map[uint64]bool, error) {
	height := sdk.UnwrapSDKContext(ctx).BlockHeight()
	out := make(map[uint64]map[uint64]bool)
	rng := new(collections.Range[collections.Pair[uint64, uint64]]).
		StartInclusive(collections.Join(start, uint64(0))).
		EndExclusive(collections.Join(end+1, uint64(0)))
	err := k.Audits.Walk(ctx, rng, func(_ collections.Pair[uint64, uint64], a types.Audit) (bool, error) {
		if !a.Answered && a.DeadlineHeight < height {
			if out[a.NodeIndex] == nil {
				out[a.NodeIndex] = make(map[uint64]bool)
			}
			out[a.NodeIndex][a.Epoch] = true
		}
		return false, nil
	})
	return out, err
}

func (s msgServer) SubmitAuditAnswer(ctx context.Context, msg *types.MsgSubmitAuditAnswer) (*types.MsgSubmitAuditAnswerResponse, error) {
	k := s.k
	if _, err := k.ownedNode(ctx, msg.Owner, msg.NodeIndex); err != nil {
		return nil, err
	}
	a, err := k.Audits.Get(ctx, collections.Join(msg.Epoch, msg.NodeIndex))
	if errors.Is(err, collections.ErrNotFound) {
		return nil, errorsmod.Wrapf(types.ErrAuditNotFound, "node %d, epoch %d", msg.NodeIndex, msg.Epoch)
	}
	if err != nil {
		return nil, err
	}
	if a.Answered {
		return nil, errorsmod.Wrapf(types.ErrAuditAnswered, "node %d, epoch %d", msg.NodeIndex, msg.Epoch)
	}
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	if h := sdkCtx.BlockHeight(); h > a.DeadlineHeight {
		return nil, errorsmod.Wrapf(types.ErrAuditDeadline, "height %d, deadline %d", h, a.DeadlineHeight)
	}
	out, err := vdf.ParseOutput(msg.Output)
	if err != nil {
		return nil, errorsmod.Wrap(types.ErrInvalidVDFProof, err.Error())
	}
	if err := vdf.VerifyOutput(vdf.HashToGroup(a.Challenge), a.VdfDifficulty, out); err != nil {
		return nil, errorsmod.Wrap(types.ErrInvalidVDFProof, err.Error())
	}
	a.Answered = true
	if err := k.Audits.Set(ctx, collections.Join(a.Epoch, a.NodeIndex), a); err != nil {
		return nil, err
	}
	if err := sdkCtx.EventManager().EmitTypedEvent(&types.EventAuditAnswered{Epoch: a.Epoch, NodeIndex: a.NodeIndex}); err != nil {
		return nil, err
	}
	return &types.MsgSubmitAuditAnswerResponse{}, nil
}
