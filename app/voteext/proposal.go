package voteext

import (
	"bytes"
	"fmt"

	abci "github.com/cometbft/cometbft/abci/types"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"

	"github.com/cosmos/cosmos-sdk/baseapp"
	sdk "github.com/cosmos/cosmos-sdk/types"

	bridgetypes "github.com/dpn-network/dpn/x/bridge/types"
	pricingtypes "github.com/dpn-network/dpn/x/pricing/types"
)

// injectedPrefix starts the blob that carries the extended commit in a proposal. Its first
// byte, 0x00, is a protobuf field number 0, which no transaction can start with, so the blob
// is never mistaken for a transaction (and fails tx decoding in FinalizeBlock without
// affecting the others).
var injectedPrefix = []byte("\x00dpn-extended-commit-v1\x00")

// Enabled reports whether the proposal at height carries the extended commit: vote
// extensions were on at height − 1.
func Enabled(ctx sdk.Context, height int64) bool {
	cp := ctx.ConsensusParams()
	return cp.Abci != nil && cp.Abci.VoteExtensionsEnableHeight > 0 && height > cp.Abci.VoteExtensionsEnableHeight
}

// EncodeInjected encodes an extended commit as the proposal's first blob.
func EncodeInjected(eci abci.ExtendedCommitInfo) ([]byte, error) {
	bz, err := eci.Marshal()
	if err != nil {
		return nil, err
	}
	return append(append([]byte(nil), injectedPrefix...), bz...), nil
}

// IsInjected reports whether a proposal entry is an injected blob rather than a transaction.
func IsInjected(bz []byte) bool { return bytes.HasPrefix(bz, injectedPrefix) }

// DecodeInjected parses an injected blob; the encoding must be canonical.
func DecodeInjected(bz []byte) (abci.ExtendedCommitInfo, error) {
	var eci abci.ExtendedCommitInfo
	if !IsInjected(bz) {
		return eci, fmt.Errorf("%w: no extended-commit prefix", ErrInjected)
	}
	body := bz[len(injectedPrefix):]
	if err := eci.Unmarshal(body); err != nil {
		return eci, fmt.Errorf("%w: %v", ErrInjected, err)
	}
	again, err := eci.Marshal()
	if err != nil || !bytes.Equal(again, body) {
		return eci, fmt.Errorf("%w: not canonically encoded", ErrInjected)
	}
	return eci, nil
}

// PrepareProposal puts the extended commit first, then lets the default handler fill the
// rest of the block from the mempool within what is left of MaxTxBytes. Every vote keeps the
// flag it has in the block's last commit, since ProcessProposal refuses any other: the one
// exception is this node's own extension, which CometBFT does not verify, and which is left
// out (marked absent) when it does not decode. A peer's extension that does not decode
// cannot be here, as VerifyVoteExtension would have refused it; if one is, no proposal is
// made rather than one that every honest validator rejects.
func (h *Handler) PrepareProposal(ctx sdk.Context, req *abci.RequestPrepareProposal) (*abci.ResponsePrepareProposal, error) {
	if !Enabled(ctx, req.Height) {
		return h.prepare(ctx, req)
	}
	eci := req.LocalLastCommit
	eci.Votes = append([]abci.ExtendedVoteInfo(nil), eci.Votes...)
	for i, v := range eci.Votes {
		if v.BlockIdFlag != cmtproto.BlockIDFlagCommit {
			continue
		}
		if _, err := Decode(v.VoteExtension); err != nil {
			if !bytes.Equal(v.Validator.Address, req.ProposerAddress) {
				return nil, fmt.Errorf("%w: validator %X's committed extension does not decode: %v", ErrInjected, v.Validator.Address, err)
			}
			h.logger().Info("leaving out this node's invalid vote extension", "validator", fmt.Sprintf("%X", v.Validator.Address), "err", err)
			eci.Votes[i] = abci.ExtendedVoteInfo{Validator: v.Validator, BlockIdFlag: cmtproto.BlockIDFlagAbsent}
		}
	}
	blob, err := EncodeInjected(eci)
	if err != nil {
		return nil, err
	}
	if int64(len(blob)) > req.MaxTxBytes {
		return nil, fmt.Errorf("extended commit of %d bytes exceeds the block's %d", len(blob), req.MaxTxBytes)
	}
	inner := *req
	inner.MaxTxBytes -= int64(len(blob))
	res, err := h.prepare(ctx, &inner)
	if err != nil {
		return nil, err
	}
	return &abci.ResponsePrepareProposal{Txs: append([][]byte{blob}, res.Txs...)}, nil
}

// ProcessProposal checks the injected extended commit, then hands the transactions after it
// to the default handler.
func (h *Handler) ProcessProposal(ctx sdk.Context, req *abci.RequestProcessProposal) (*abci.ResponseProcessProposal, error) {
	reject := &abci.ResponseProcessProposal{Status: abci.ResponseProcessProposal_REJECT}
	if !Enabled(ctx, req.Height) {
		for _, tx := range req.Txs {
			if IsInjected(tx) {
				h.logger().Info("rejected proposal: extended commit before vote extensions", "height", req.Height)
				return reject, nil
			}
		}
		return h.process(ctx, req)
	}
	if err := h.CheckInjected(ctx, req.Txs, req.ProposedLastCommit, req.ProposerAddress); err != nil {
		h.logger().Info("rejected proposal", "height", req.Height, "err", err)
		return reject, nil
	}
	inner := *req
	inner.Txs = req.Txs[1:]
	return h.process(ctx, &inner)
}

// CheckInjected checks that txs starts with an extended commit whose extension signatures
// verify against the validator set and carry more than 2/3 of its power (the SDK's
// ValidateVoteExtensions), whose every committed extension decodes, and whose votes are
// those of lastCommit, the block's own last commit: the same validators with the same
// powers in the same order, and each with the same flag. Only the proposer's own vote may
// be absent where lastCommit has it committed; any other difference would let a proposer
// silence others' price votes and bridge signatures while 2/3 remained.
func (h *Handler) CheckInjected(ctx sdk.Context, txs [][]byte, lastCommit abci.CommitInfo, proposer []byte) error {
	if len(txs) == 0 {
		return fmt.Errorf("%w: proposal has no extended commit", ErrInjected)
	}
	eci, err := DecodeInjected(txs[0])
	if err != nil {
		return err
	}
	for _, tx := range txs[1:] {
		if IsInjected(tx) {
			return fmt.Errorf("%w: second extended commit", ErrInjected)
		}
	}
	if err := matchLastCommit(eci, lastCommit, proposer); err != nil {
		return err
	}
	if err := baseapp.ValidateVoteExtensions(ctx, h.cfg.ValidatorStore, 0, "", eci); err != nil {
		return fmt.Errorf("%w: %v", ErrInjected, err)
	}
	for _, v := range eci.Votes {
		if v.BlockIdFlag != cmtproto.BlockIDFlagCommit {
			continue
		}
		if _, err := Decode(v.VoteExtension); err != nil {
			return fmt.Errorf("%w: validator %X: %v", ErrInjected, v.Validator.Address, err)
		}
	}
	return nil
}

// matchLastCommit checks the injected votes against the block's last commit, vote by vote.
func matchLastCommit(eci abci.ExtendedCommitInfo, lc abci.CommitInfo, proposer []byte) error {
	if eci.Round != lc.Round {
		return fmt.Errorf("%w: round %d, last commit's %d", ErrInjected, eci.Round, lc.Round)
	}
	if len(eci.Votes) != len(lc.Votes) {
		return fmt.Errorf("%w: %d votes, last commit has %d", ErrInjected, len(eci.Votes), len(lc.Votes))
	}
	for i, v := range eci.Votes {
		want := lc.Votes[i]
		if !bytes.Equal(v.Validator.Address, want.Validator.Address) || v.Validator.Power != want.Validator.Power {
			return fmt.Errorf("%w: vote %d is validator %X with power %d, last commit has %X with %d",
				ErrInjected, i, v.Validator.Address, v.Validator.Power, want.Validator.Address, want.Validator.Power)
		}
		if v.BlockIdFlag == want.BlockIdFlag {
			continue
		}
		ownLeftOut := want.BlockIdFlag == cmtproto.BlockIDFlagCommit && v.BlockIdFlag == cmtproto.BlockIDFlagAbsent &&
			bytes.Equal(v.Validator.Address, proposer)
		if !ownLeftOut {
			return fmt.Errorf("%w: validator %X flagged %s, last commit has %s", ErrInjected, v.Validator.Address, v.BlockIdFlag, want.BlockIdFlag)
		}
		if len(v.VoteExtension) > 0 || len(v.ExtensionSignature) > 0 {
			return fmt.Errorf("%w: validator %X is absent but carries an extension", ErrInjected, v.Validator.Address)
		}
	}
	return nil
}

// PreBlock hands each module its part of the extended commit that ProcessProposal accepted.
func (h *Handler) PreBlock(ctx sdk.Context, req *abci.RequestFinalizeBlock) error {
	if !Enabled(ctx, req.Height) {
		return nil
	}
	if len(req.Txs) == 0 {
		return fmt.Errorf("%w: block %d has no extended commit", ErrInjected, req.Height)
	}
	eci, err := DecodeInjected(req.Txs[0])
	if err != nil {
		return err
	}
	votes := make([]pricingtypes.ValidatorVote, 0, len(eci.Votes))
	parts := make([]bridgetypes.ValidatorPart, 0, len(eci.Votes))
	for _, v := range eci.Votes {
		addr := sdk.ConsAddress(v.Validator.Address)
		vv := pricingtypes.ValidatorVote{ConsAddr: addr, Power: v.Validator.Power}
		bp := bridgetypes.ValidatorPart{ConsAddr: addr, Power: v.Validator.Power}
		if v.BlockIdFlag == cmtproto.BlockIDFlagCommit {
			if ext, err := Decode(v.VoteExtension); err == nil {
				vv.Vote, bp.Part = ext.Prices, ext.Bridge
			}
		}
		votes = append(votes, vv)
		parts = append(parts, bp)
	}
	if h.cfg.Consumers.Prices != nil {
		if err := h.cfg.Consumers.Prices(ctx, votes); err != nil {
			return err
		}
	}
	if h.cfg.Consumers.Bridge != nil {
		return h.cfg.Consumers.Bridge(ctx, parts)
	}
	return nil
}
