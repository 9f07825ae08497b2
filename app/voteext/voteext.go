// Package voteext is the one place where DPN's vote extensions are produced, checked and
// delivered. Each module that needs validators to carry data into consensus (price votes
// now; bridge batch signatures and L2 payment observations later) owns one field of
// types.VoteExtension:
//
//   - ExtendVote asks each module's provider for its part within a time budget;
//   - VerifyVoteExtension checks a peer's extension (size, version, canonical encoding and
//     each part's own rules) before its precommit counts;
//   - PrepareProposal puts the extended commit of the last height, as one injected blob, in
//     front of the proposal's transactions;
//   - ProcessProposal refuses a proposal whose blob is missing, forged (signatures are
//     checked against the validator set) or carries a malformed extension;
//   - PreBlock decodes the blob and hands each module its part.
package voteext

import (
	"bytes"
	"context"
	"fmt"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"

	"cosmossdk.io/log/v2"

	"github.com/cosmos/cosmos-sdk/baseapp"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/dpn-network/dpn/app/voteext/types"
	bridgetypes "github.com/dpn-network/dpn/x/bridge/types"
	pricingtypes "github.com/dpn-network/dpn/x/pricing/types"
)

const (
	// MaxExtensionBytes bounds one vote extension, so that one validator cannot bloat every
	// proposal's extended commit.
	MaxExtensionBytes = 64 * 1024
	// Version is the format version this binary writes and accepts.
	Version = 1
	// DefaultBudget is how long ExtendVote waits for all providers together.
	DefaultBudget = 500 * time.Millisecond
)

// Providers produce this validator's parts. A nil provider, or one that returns nil, leaves
// its part empty.
type Providers struct {
	// Prices returns the validator's price vote (x/pricing's feed).
	Prices func(ctx sdk.Context) (*pricingtypes.PriceVote, error)
	// Bridge returns the validator's signatures over pending bridge digests and its L2
	// readings (x/bridge's signer); it reads state and memory only, never an RPC.
	Bridge func(ctx sdk.Context) (*bridgetypes.BridgeVote, error)
}

// Verifiers check a peer's part against state in VerifyVoteExtension, after Decode's
// stateless checks. A nil verifier accepts every well-formed part.
type Verifiers struct {
	// Bridge checks each signature against the item's digest and the validator's
	// registered Ethereum address.
	Bridge func(ctx sdk.Context, consAddr sdk.ConsAddress, part *bridgetypes.BridgeVote) error
}

// Consumers receive, in PreBlock, every validator of the last commit with its part.
type Consumers struct {
	// Prices is x/pricing's tally.
	Prices func(ctx context.Context, votes []pricingtypes.ValidatorVote) error
	// Bridge is x/bridge's signature store and L2 confirmation.
	Bridge func(ctx context.Context, parts []bridgetypes.ValidatorPart) error
}

// Config is what Install needs.
type Config struct {
	Providers Providers
	Consumers Consumers
	Verifiers Verifiers
	// ValidatorStore gives validators' consensus keys to check extension signatures.
	ValidatorStore baseapp.ValidatorStore
	// Budget bounds ExtendVote's wait on providers; DefaultBudget when zero.
	Budget time.Duration
	Logger log.Logger
}

// Handler holds the vote-extension handlers of one app.
type Handler struct {
	cfg     Config
	prepare sdk.PrepareProposalHandler
	process sdk.ProcessProposalHandler
}

// Install sets ExtendVote, VerifyVoteExtension, PrepareProposal and ProcessProposal on app,
// wrapping the default proposal handlers (mempool selection and tx checks) so that other
// transactions are treated exactly as before. The app calls the returned handler's
// PreBlock from its PreBlocker.
func Install(app *baseapp.BaseApp, cfg Config) *Handler {
	if cfg.Budget <= 0 {
		cfg.Budget = DefaultBudget
	}
	if cfg.Logger == nil {
		cfg.Logger = log.NewNopLogger()
	}
	def := baseapp.NewDefaultProposalHandler(app.Mempool(), app)
	h := &Handler{cfg: cfg, prepare: def.PrepareProposalHandler(), process: def.ProcessProposalHandler()}
	app.SetExtendVoteHandler(h.ExtendVote)
	app.SetVerifyVoteExtensionHandler(h.VerifyVoteExtension)
	app.SetPrepareProposal(h.PrepareProposal)
	app.SetProcessProposal(h.ProcessProposal)
	return h
}

// ExtendVote returns this validator's extension. A provider that fails, runs out of time or
// returns an invalid part leaves its part empty; the vote itself never fails.
func (h *Handler) ExtendVote(ctx sdk.Context, req *abci.RequestExtendVote) (*abci.ResponseExtendVote, error) {
	ext := types.VoteExtension{Version: Version}
	// One deadline for all providers together.
	bctx, cancel := context.WithTimeout(ctx.Context(), h.cfg.Budget)
	defer cancel()
	if h.cfg.Providers.Prices != nil {
		v, err := h.cfg.Providers.Prices(ctx.WithContext(bctx))
		switch {
		case err != nil:
			// WARN: a vote not cast is a miss on chain, and enough misses slash the validator.
			h.logger().Warn("no price vote", "height", req.Height, "err", err)
		case v != nil:
			if err := v.ValidateBasic(); err != nil {
				h.logger().Error("price feed produced an invalid vote", "height", req.Height, "err", err)
			} else {
				ext.Prices = v
			}
		}
	}
	if h.cfg.Providers.Bridge != nil {
		v, err := h.cfg.Providers.Bridge(ctx.WithContext(bctx))
		switch {
		case err != nil:
			h.logger().Info("no bridge part", "height", req.Height, "err", err)
		case v != nil && (len(v.Signatures) > 0 || len(v.Statuses) > 0 || len(v.Events) > 0):
			if err := v.ValidateBasic(); err != nil {
				h.logger().Error("bridge signer produced an invalid part", "height", req.Height, "err", err)
			} else {
				ext.Bridge = v
			}
		}
	}
	bz, err := ext.Marshal()
	if err != nil {
		return nil, err
	}
	if len(bz) > MaxExtensionBytes {
		h.logger().Error("vote extension over the size limit, parts dropped", "bytes", len(bz))
		bz, err = (&types.VoteExtension{Version: Version}).Marshal()
		if err != nil {
			return nil, err
		}
	}
	return &abci.ResponseExtendVote{VoteExtension: bz}, nil
}

// VerifyVoteExtension accepts a peer's extension only if Decode accepts it and each
// stateful verifier accepts its part. A rejection never halts the chain: CometBFT drops that
// precommit and goes on.
func (h *Handler) VerifyVoteExtension(ctx sdk.Context, req *abci.RequestVerifyVoteExtension) (*abci.ResponseVerifyVoteExtension, error) {
	ext, err := Decode(req.VoteExtension)
	if err == nil && ext.Bridge != nil && h.cfg.Verifiers.Bridge != nil {
		err = h.cfg.Verifiers.Bridge(ctx, sdk.ConsAddress(req.ValidatorAddress), ext.Bridge)
	}
	if err != nil {
		h.logger().Info("rejected vote extension", "height", req.Height, "validator", fmt.Sprintf("%X", req.ValidatorAddress), "err", err)
		return &abci.ResponseVerifyVoteExtension{Status: abci.ResponseVerifyVoteExtension_REJECT}, nil
	}
	return &abci.ResponseVerifyVoteExtension{Status: abci.ResponseVerifyVoteExtension_ACCEPT}, nil
}

func (h *Handler) logger() log.Logger {
	if h == nil || h.cfg.Logger == nil {
		return log.NewNopLogger()
	}
	return h.cfg.Logger
}

// Decode parses a vote extension and checks its size, version, canonical encoding (the
// bytes must be exactly what this binary would write, so no unknown field rides along) and
// each part's own rules.
func Decode(bz []byte) (*types.VoteExtension, error) {
	if len(bz) > MaxExtensionBytes {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(bz), MaxExtensionBytes)
	}
	var ext types.VoteExtension
	if err := ext.Unmarshal(bz); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	if ext.Version != Version {
		return nil, fmt.Errorf("%w: got %d, this node speaks %d", ErrVersion, ext.Version, Version)
	}
	canonical, err := ext.Marshal()
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	if !bytes.Equal(canonical, bz) {
		return nil, fmt.Errorf("%w: %d bytes re-encode as %d", ErrMalformed, len(bz), len(canonical))
	}
	if ext.Prices != nil {
		if err := ext.Prices.ValidateBasic(); err != nil {
			return nil, fmt.Errorf("%w: prices: %v", ErrMalformed, err)
		}
	}
	if ext.Bridge != nil {
		if err := ext.Bridge.ValidateBasic(); err != nil {
			return nil, fmt.Errorf("%w: bridge: %v", ErrMalformed, err)
		}
	}
	return &ext, nil
}
