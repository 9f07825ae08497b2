// Package voteext is the one place where DPN's vote extensions are produced and checked.
// Each module that needs validators to carry data into consensus (price votes, bridge batch
// signatures, L2 payment observations) owns one field of types.VoteExtension; ExtendVote
// gathers the parts within a time budget and VerifyVoteExtension checks a peer's extension
// before its vote counts.
//
// No module contributes a part yet: a DPN validator extends its votes with an empty
// extension of the current version and accepts only that from its peers.
package voteext

import (
	"bytes"
	"fmt"

	abci "github.com/cometbft/cometbft/abci/types"

	"github.com/cosmos/cosmos-sdk/baseapp"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/dpn-network/dpn/app/voteext/types"
)

const (
	// MaxExtensionBytes bounds one vote extension, so that one validator cannot bloat every
	// proposal's extended commit.
	MaxExtensionBytes = 64 * 1024
	// Version is the format version this binary writes and accepts.
	Version = 1
)

// Providers holds each module's vote-extension part. Modules add their field here as they
// start to use vote extensions.
type Providers struct{}

// Install sets the ExtendVote and VerifyVoteExtension handlers on app.
func Install(app *baseapp.BaseApp, p Providers) {
	h := handler{providers: p}
	app.SetExtendVoteHandler(h.ExtendVote)
	app.SetVerifyVoteExtensionHandler(h.VerifyVoteExtension)
}

type handler struct {
	providers Providers
}

// ExtendVote returns this validator's extension.
func (h handler) ExtendVote(_ sdk.Context, _ *abci.RequestExtendVote) (*abci.ResponseExtendVote, error) {
	ext := types.VoteExtension{Version: Version}
	bz, err := ext.Marshal()
	if err != nil {
		return nil, err
	}
	return &abci.ResponseExtendVote{VoteExtension: bz}, nil
}

// VerifyVoteExtension accepts a peer's extension only if Decode accepts it. A rejection never
// halts the chain: CometBFT drops that precommit's extension and goes on.
func (h handler) VerifyVoteExtension(_ sdk.Context, req *abci.RequestVerifyVoteExtension) (*abci.ResponseVerifyVoteExtension, error) {
	if _, err := Decode(req.VoteExtension); err != nil {
		return &abci.ResponseVerifyVoteExtension{Status: abci.ResponseVerifyVoteExtension_REJECT}, nil
	}
	return &abci.ResponseVerifyVoteExtension{Status: abci.ResponseVerifyVoteExtension_ACCEPT}, nil
}

// Decode parses a vote extension and checks its size, version and canonical encoding (the
// bytes must be exactly what this binary would write, so no unknown field rides along).
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
		return nil, err
	}
	if !bytes.Equal(canonical, bz) {
		return nil, fmt.Errorf("%w: %d bytes re-encode as %d", ErrMalformed, len(bz), len(canonical))
	}
	return &ext, nil
}
