package keeper

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"math/big"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"
	sdkmath "cosmossdk.io/math"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/dpn-network/dpn/crypto/zk/groth16"
	attestationtypes "github.com/dpn-network/dpn/x/attestation/types"
	"github.com/dpn-network/dpn/x/compute/types"
)

// Bounds on what a proof submission may carry (snarkjs JSON).
const (
	maxProofBytes         = 4096
	maxPublicSignalsBytes = 64 * 1024
)

type msgServer struct{ k Keeper }

// NewMsgServerImpl returns the Msg service. Every handler checks all of its input before the
// first write, so a rejected message leaves the store and balances untouched.
func NewMsgServerImpl(k Keeper) types.MsgServer { return msgServer{k: k} }

var _ types.MsgServer = msgServer{}

func (s msgServer) SubmitJob(ctx context.Context, msg *types.MsgSubmitJob) (*types.MsgSubmitJobResponse, error) {
	k := s.k
	buyer, err := sdk.AccAddressFromBech32(msg.Buyer)
	if err != nil {
		return nil, errorsmod.Wrapf(types.ErrInvalidAddress, "buyer: %v", err)
	}
	params, err := k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	job := types.Job{
		Buyer: msg.Buyer, Kind: msg.Kind, Module: msg.Module, Input: msg.Input, Zkey: msg.Zkey,
		VerifyingKey: msg.VerifyingKey, PublicInputs: msg.PublicInputs, Resources: msg.Resources,
		DurationSeconds: msg.DurationSeconds, Region: msg.Region, Tier: msg.Tier,
		Replicas: msg.Replicas, Quorum: msg.Quorum, MaxPrice: msg.MaxPrice, Payout: msg.Payout,
		ContentUrl: msg.ContentUrl,
	}
	if err := checkJob(&job, params); err != nil {
		return nil, err
	}
	if err := types.CheckInline(msg.Inline, []types.Content{msg.Module, msg.Input, msg.Zkey}, params.MaxInlineBytes); err != nil {
		return nil, err
	}
	if !msg.MaxPrice.IsValid() || !msg.MaxPrice.IsPositive() {
		return nil, errorsmod.Wrapf(types.ErrInvalidPrice, "%s", msg.MaxPrice)
	}
	perReplica, err := k.pricing.QuoteFee(ctx, msg.Resources, msg.DurationSeconds)
	if err != nil {
		return nil, errorsmod.Wrap(types.ErrQuote, err.Error())
	}
	fee := sdk.NewCoin(msg.MaxPrice.Denom, perReplica.MulRaw(int64(job.Replicas)))
	if fee.Denom != sdk.DefaultBondDenom {
		return nil, errorsmod.Wrapf(types.ErrInvalidPrice, "max price in %s, fees are in %s", fee.Denom, sdk.DefaultBondDenom)
	}
	if !fee.IsPositive() {
		return nil, errorsmod.Wrap(types.ErrQuote, "quote is zero")
	}
	if msg.MaxPrice.IsLT(fee) {
		return nil, errorsmod.Wrapf(types.ErrOverMaxPrice, "fee %s for %d replicas, max price %s", fee, job.Replicas, msg.MaxPrice)
	}

	// Every check passed: escrow first (it fails cleanly on an insufficient balance), then state.
	if err := k.bank.SendCoinsFromAccountToModule(ctx, buyer, types.ModuleName, sdk.NewCoins(fee)); err != nil {
		return nil, err
	}
	id, err := k.NextJobID.Next(ctx)
	if err != nil {
		return nil, err
	}
	sctx := sdk.UnwrapSDKContext(ctx)
	if tx := sctx.TxBytes(); len(tx) > 0 && len(msg.Inline) > 0 {
		sum := sha256.Sum256(tx)
		job.SubmitTxHash = sum[:]
	}
	job.Id, job.Escrow, job.SubmitHeight = id, fee, sctx.BlockHeight()
	if err := k.setPhase(ctx, &job, types.JOB_STATUS_QUEUED, sctx.BlockHeight()+params.AssignTimeoutBlocks); err != nil {
		return nil, err
	}
	if err := sctx.EventManager().EmitTypedEvent(&types.EventJobSubmitted{Id: id, Buyer: msg.Buyer, Kind: msg.Kind, Escrow: fee}); err != nil {
		return nil, err
	}
	if _, err := k.tryAssign(ctx, &job, params); err != nil {
		return nil, err
	}
	return &types.MsgSubmitJobResponse{Id: id, Escrow: fee}, nil
}

// checkJob validates a new job's fields and fills in defaults (groth16 runs on one node).
func checkJob(job *types.Job, params types.Params) error {
	switch job.Kind {
	case types.JOB_KIND_WASM, types.JOB_KIND_GROTH16:
	case types.JOB_KIND_TRAIN:
		return errorsmod.Wrap(types.ErrKindNotSupported, "train jobs are not accepted yet")
	default:
		return errorsmod.Wrapf(types.ErrUnknownKind, "%d", job.Kind)
	}
	if err := types.ValidateContent("module", job.Module, true); err != nil {
		return err
	}
	if err := types.ValidateContent("input", job.Input, true); err != nil {
		return err
	}
	if err := job.Resources.Validate(); err != nil {
		return err
	}
	if job.DurationSeconds == 0 || job.DurationSeconds > types.MaxDurationSeconds {
		return errorsmod.Wrapf(types.ErrInvalidResources, "duration %d s not in [1, %d]", job.DurationSeconds, types.MaxDurationSeconds)
	}
	if job.Region != "" {
		if err := attestationtypes.ValidateRegion(job.Region); err != nil {
			return errorsmod.Wrap(types.ErrInvalidRegion, err.Error())
		}
	}
	if job.Tier > uint32(attestationtypes.TIER_HEAVY) {
		return errorsmod.Wrapf(types.ErrInvalidRegion, "tier %d: want 0 (any), 1 (light) or 2 (heavy)", job.Tier)
	}
	if err := job.Payout.Validate(); err != nil {
		return err
	}
	if err := types.ValidateContentURL(job.ContentUrl); err != nil {
		return err
	}
	if job.Kind == types.JOB_KIND_GROTH16 {
		if job.Replicas > 1 || job.Quorum > 1 {
			return errorsmod.Wrap(types.ErrInvalidReplicas, "a groth16 job runs on one node: its proof is verified exactly")
		}
		job.Replicas, job.Quorum = 1, 1
		if err := types.ValidateContent("zkey", job.Zkey, true); err != nil {
			return err
		}
		return checkVerifyingKey(job, params)
	}
	if job.Zkey.IsSet() || len(job.VerifyingKey) != 0 || len(job.PublicInputs) != 0 {
		return errorsmod.Wrap(types.ErrInvalidContent, "zkey, verifying key and public inputs belong to groth16 jobs")
	}
	if job.Replicas == 0 || job.Replicas > params.MaxReplicas {
		return errorsmod.Wrapf(types.ErrInvalidReplicas, "replicas %d not in [1, %d]", job.Replicas, params.MaxReplicas)
	}
	if job.Quorum*2 <= job.Replicas || job.Quorum > job.Replicas {
		return errorsmod.Wrapf(types.ErrInvalidReplicas, "quorum %d must be a majority of %d replicas", job.Quorum, job.Replicas)
	}
	return nil
}

func checkVerifyingKey(job *types.Job, params types.Params) error {
	if len(job.VerifyingKey) == 0 || uint64(len(job.VerifyingKey)) > params.MaxVerifyingKeyBytes {
		return errorsmod.Wrapf(types.ErrInvalidVerifyKey, "%d bytes, limit %d", len(job.VerifyingKey), params.MaxVerifyingKeyBytes)
	}
	vk, err := groth16.DecodeVerifyingKey(job.VerifyingKey)
	if err != nil {
		return errorsmod.Wrap(types.ErrInvalidVerifyKey, err.Error())
	}
	if len(job.PublicInputs) > vk.NPublic() {
		return errorsmod.Wrapf(types.ErrPublicInputs, "%d public inputs, the circuit has %d public signals", len(job.PublicInputs), vk.NPublic())
	}
	for i, s := range job.PublicInputs {
		if _, err := parseField(s); err != nil {
			return errorsmod.Wrapf(types.ErrPublicInputs, "input %d: %v", i, err)
		}
	}
	return nil
}

func parseField(s string) (fr.Element, error) {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok || v.Sign() < 0 || v.Cmp(fr.Modulus()) >= 0 || len(s) > 80 {
		return fr.Element{}, errors.New("not a decimal field element")
	}
	var e fr.Element
	e.SetBigInt(v)
	return e, nil
}

func (s msgServer) CancelJob(ctx context.Context, msg *types.MsgCancelJob) (*types.MsgCancelJobResponse, error) {
	k := s.k
	if _, err := sdk.AccAddressFromBech32(msg.Buyer); err != nil {
		return nil, errorsmod.Wrapf(types.ErrInvalidAddress, "buyer: %v", err)
	}
	job, err := k.getJob(ctx, msg.Id)
	if err != nil {
		return nil, err
	}
	if job.Buyer != msg.Buyer {
		return nil, errorsmod.Wrapf(types.ErrNotBuyer, "job %d", msg.Id)
	}
	if job.Status != types.JOB_STATUS_QUEUED {
		return nil, errorsmod.Wrapf(types.ErrInvalidStatus, "job %d is %s; only queued jobs can be cancelled", msg.Id, job.Status)
	}
	refunded := job.Escrow
	if err := k.refund(ctx, &job); err != nil {
		return nil, err
	}
	job.Escrow = sdk.NewCoin(job.Escrow.Denom, sdkmath.ZeroInt())
	if err := k.setPhase(ctx, &job, types.JOB_STATUS_CANCELLED, 0); err != nil {
		return nil, err
	}
	return &types.MsgCancelJobResponse{}, sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventJobCancelled{Id: job.Id, Refunded: refunded})
}

func (k Keeper) getJob(ctx context.Context, id uint64) (types.Job, error) {
	job, err := k.Jobs.Get(ctx, id)
	if errors.Is(err, collections.ErrNotFound) {
		return job, errorsmod.Wrapf(types.ErrJobNotFound, "%d", id)
	}
	return job, err
}

// checkAssigned loads a job and checks that node is one of its nodes, owned by owner, and
// that the job is in status before its deadline.
func (k Keeper) checkAssigned(ctx context.Context, owner string, jobID, node uint64, status types.JobStatus, phaseErr error) (types.Job, error) {
	if _, err := sdk.AccAddressFromBech32(owner); err != nil {
		return types.Job{}, errorsmod.Wrapf(types.ErrInvalidAddress, "owner: %v", err)
	}
	job, err := k.getJob(ctx, jobID)
	if err != nil {
		return job, err
	}
	if job.Status != status {
		return job, errorsmod.Wrapf(phaseErr, "job %d is %s", jobID, job.Status)
	}
	assigned := false
	for _, n := range job.Nodes {
		assigned = assigned || n == node
	}
	if !assigned {
		return job, errorsmod.Wrapf(types.ErrNotAssigned, "node %d, job %d", node, jobID)
	}
	n, err := k.attestation.GetNode(ctx, node)
	if err != nil {
		return job, err
	}
	if n.Owner != owner {
		return job, errorsmod.Wrapf(types.ErrNotNodeOwner, "node %d", node)
	}
	if height(ctx) > job.DeadlineHeight {
		return job, errorsmod.Wrapf(types.ErrDeadlinePassed, "deadline %d, height %d", job.DeadlineHeight, height(ctx))
	}
	return job, nil
}

func (s msgServer) CommitResult(ctx context.Context, msg *types.MsgCommitResult) (*types.MsgCommitResultResponse, error) {
	k := s.k
	job, err := k.checkAssigned(ctx, msg.Owner, msg.JobId, msg.NodeIndex, types.JOB_STATUS_ASSIGNED, types.ErrNotCommitPhase)
	if err != nil {
		return nil, err
	}
	if job.Kind != types.JOB_KIND_WASM {
		return nil, errorsmod.Wrapf(types.ErrNotCommitPhase, "job %d is %s: it takes a proof, not a commitment", job.Id, job.Kind)
	}
	if len(msg.Commitment) != sha256.Size {
		return nil, errorsmod.Wrapf(types.ErrInvalidCommitment, "%d bytes, want 32", len(msg.Commitment))
	}
	key := collections.Join(job.Id, msg.NodeIndex)
	if has, err := k.Submissions.Has(ctx, key); err != nil || has {
		if err != nil {
			return nil, err
		}
		return nil, errorsmod.Wrapf(types.ErrAlreadySubmitted, "node %d, job %d", msg.NodeIndex, job.Id)
	}
	params, err := k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	if err := k.Submissions.Set(ctx, key, types.Submission{JobId: job.Id, NodeIndex: msg.NodeIndex, Commitment: msg.Commitment}); err != nil {
		return nil, err
	}
	sctx := sdk.UnwrapSDKContext(ctx)
	if err := sctx.EventManager().EmitTypedEvent(&types.EventResultCommitted{JobId: job.Id, NodeIndex: msg.NodeIndex}); err != nil {
		return nil, err
	}
	committed, err := k.countSubmissions(ctx, &job, false)
	if err != nil {
		return nil, err
	}
	if committed == len(job.Nodes) { // everyone committed: reveal now
		if err := k.setPhase(ctx, &job, types.JOB_STATUS_REVEALING, sctx.BlockHeight()+params.RevealWindowBlocks); err != nil {
			return nil, err
		}
	}
	return &types.MsgCommitResultResponse{}, nil
}

func (k Keeper) countSubmissions(ctx context.Context, job *types.Job, revealed bool) (int, error) {
	n := 0
	for _, node := range job.Nodes {
		s, err := k.Submissions.Get(ctx, collections.Join(job.Id, node))
		if errors.Is(err, collections.ErrNotFound) {
			continue
		}
		if err != nil {
			return 0, err
		}
		if !revealed || s.Revealed {
			n++
		}
	}
	return n, nil
}

// validateDeliveredOutput checks what a reveal hands the buyer: inline bytes within the
// param that hash to the revealed result, and a blob endpoint that is an http(s) URL.
func validateDeliveredOutput(msg *types.MsgRevealResult, params types.Params) error {
	if len(msg.OutputData) != 0 {
		if uint64(len(msg.OutputData)) > params.MaxOutputInlineBytes {
			return errorsmod.Wrapf(types.ErrInvalidContent, "inline output of %d bytes, limit %d", len(msg.OutputData), params.MaxOutputInlineBytes)
		}
		if sum := sha256.Sum256(msg.OutputData); !bytes.Equal(sum[:], msg.ResultHash) || uint64(len(msg.OutputData)) != msg.Output.Size_ {
			return errorsmod.Wrap(types.ErrRevealMismatch, "the inline output is not the revealed result")
		}
	}
	return types.ValidateContentURL(msg.OutputUrl)
}

func (s msgServer) RevealResult(ctx context.Context, msg *types.MsgRevealResult) (*types.MsgRevealResultResponse, error) {
	k := s.k
	job, err := k.checkAssigned(ctx, msg.Owner, msg.JobId, msg.NodeIndex, types.JOB_STATUS_REVEALING, types.ErrNotRevealPhase)
	if err != nil {
		return nil, err
	}
	if len(msg.ResultHash) != sha256.Size || len(msg.Salt) != types.SaltSize {
		return nil, errorsmod.Wrap(types.ErrRevealMismatch, "result hash and salt must be 32 bytes each")
	}
	if err := types.ValidateContent("output", msg.Output, false); err != nil {
		return nil, err
	}
	key := collections.Join(job.Id, msg.NodeIndex)
	sub, err := k.Submissions.Get(ctx, key)
	if errors.Is(err, collections.ErrNotFound) {
		return nil, errorsmod.Wrapf(types.ErrRevealMismatch, "node %d committed nothing", msg.NodeIndex)
	}
	if err != nil {
		return nil, err
	}
	if sub.Revealed {
		return nil, errorsmod.Wrapf(types.ErrAlreadySubmitted, "node %d revealed already", msg.NodeIndex)
	}
	if !bytes.Equal(types.Commitment(job.Id, msg.NodeIndex, msg.ResultHash, msg.Salt), sub.Commitment) {
		return nil, errorsmod.Wrapf(types.ErrRevealMismatch, "node %d, job %d", msg.NodeIndex, job.Id)
	}
	if msg.Output.IsSet() && !bytes.Equal(msg.Output.Sha256, msg.ResultHash) {
		return nil, errorsmod.Wrap(types.ErrRevealMismatch, "the result hash is the output's SHA-256")
	}
	params, err := k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	if err := validateDeliveredOutput(msg, params); err != nil {
		return nil, err
	}
	sub.ResultHash, sub.Revealed, sub.Output = msg.ResultHash, true, msg.Output
	sub.OutputData, sub.OutputUrl = msg.OutputData, msg.OutputUrl
	if err := k.Submissions.Set(ctx, key, sub); err != nil {
		return nil, err
	}
	if err := sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventResultRevealed{JobId: job.Id, NodeIndex: msg.NodeIndex, ResultHash: msg.ResultHash}); err != nil {
		return nil, err
	}
	committed, err := k.countSubmissions(ctx, &job, false)
	if err != nil {
		return nil, err
	}
	revealed, err := k.countSubmissions(ctx, &job, true)
	if err != nil {
		return nil, err
	}
	if revealed == committed { // every commitment is open: decide now
		if err := k.tally(ctx, &job, params); err != nil {
			return nil, err
		}
	}
	return &types.MsgRevealResultResponse{}, nil
}

func (s msgServer) SubmitProof(ctx context.Context, msg *types.MsgSubmitProof) (*types.MsgSubmitProofResponse, error) {
	k := s.k
	job, err := k.checkAssigned(ctx, msg.Owner, msg.JobId, msg.NodeIndex, types.JOB_STATUS_ASSIGNED, types.ErrInvalidStatus)
	if err != nil {
		return nil, err
	}
	if job.Kind != types.JOB_KIND_GROTH16 {
		return nil, errorsmod.Wrapf(types.ErrInvalidStatus, "job %d is %s: it takes commitments, not a proof", job.Id, job.Kind)
	}
	if len(msg.Proof) > maxProofBytes || len(msg.PublicSignals) > maxPublicSignalsBytes {
		return nil, errorsmod.Wrap(types.ErrInvalidProof, "proof or public signals too large")
	}
	params, err := k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	proof, err := groth16.DecodeProof(msg.Proof)
	if err != nil {
		return nil, errorsmod.Wrap(types.ErrInvalidProof, err.Error())
	}
	public, err := groth16.DecodePublic(msg.PublicSignals)
	if err != nil {
		return nil, errorsmod.Wrap(types.ErrInvalidProof, err.Error())
	}
	vk, err := groth16.DecodeVerifyingKey(job.VerifyingKey)
	if err != nil {
		return nil, errorsmod.Wrap(types.ErrInvalidVerifyKey, err.Error())
	}
	if len(public) != vk.NPublic() {
		return nil, errorsmod.Wrapf(types.ErrPublicInputs, "%d public signals, the circuit has %d", len(public), vk.NPublic())
	}
	tail := public[len(public)-len(job.PublicInputs):]
	for i, s := range job.PublicInputs {
		want, err := parseField(s)
		if err != nil {
			return nil, errorsmod.Wrap(types.ErrPublicInputs, err.Error())
		}
		if !tail[i].Equal(&want) {
			return nil, errorsmod.Wrapf(types.ErrPublicInputs, "public input %d is %s, the job asks %s", i, tail[i].String(), s)
		}
	}
	sdk.UnwrapSDKContext(ctx).GasMeter().ConsumeGas(params.Groth16VerifyGas+params.Groth16GasPerPublicInput*uint64(len(public)), "groth16 verify")
	if err := groth16.Verify(vk, proof, public); err != nil {
		return nil, errorsmod.Wrap(types.ErrInvalidProof, err.Error())
	}
	sum := sha256.Sum256(msg.Proof)
	result := types.Result{ResultHash: sum[:], Output: types.ContentOf(msg.Proof), Proof: msg.Proof, PublicSignals: msg.PublicSignals}
	if err := k.settle(ctx, &job, []uint64{msg.NodeIndex}, result, params); err != nil {
		return nil, err
	}
	return &types.MsgSubmitProofResponse{}, nil
}

func (s msgServer) SetPayout(ctx context.Context, msg *types.MsgSetPayout) (*types.MsgSetPayoutResponse, error) {
	k := s.k
	if _, err := sdk.AccAddressFromBech32(msg.Owner); err != nil {
		return nil, errorsmod.Wrapf(types.ErrInvalidAddress, "owner: %v", err)
	}
	if err := msg.Payout.Validate(); err != nil {
		return nil, err
	}
	node, err := k.attestation.GetNode(ctx, msg.NodeIndex)
	if err != nil {
		return nil, err
	}
	if node.Owner != msg.Owner {
		return nil, errorsmod.Wrapf(types.ErrNotNodeOwner, "node %d", msg.NodeIndex)
	}
	if msg.Payout.Chain == "" {
		return &types.MsgSetPayoutResponse{}, k.Payouts.Remove(ctx, msg.NodeIndex)
	}
	return &types.MsgSetPayoutResponse{}, k.Payouts.Set(ctx, msg.NodeIndex, msg.Payout)
}

func (s msgServer) UpdateParams(ctx context.Context, msg *types.MsgUpdateParams) (*types.MsgUpdateParamsResponse, error) {
	if msg.Authority != s.k.authority {
		return nil, errorsmod.Wrapf(types.ErrInvalidAuthority, "expected %s, got %s", s.k.authority, msg.Authority)
	}
	if err := msg.Params.Validate(); err != nil {
		return nil, err
	}
	return &types.MsgUpdateParamsResponse{}, s.k.Params.Set(ctx, msg.Params)
}
