// Package voteext is the one place where DPN's vote extensions are produced and checked.
// Each module that needs validators to carry data into consensus (price votes, bridge batch
// signatures, L2 payment observations) contributes one part; ExtendVote gathers the parts
// within a time budget and VerifyVoteExtension checks them before a vote counts.
//
// No module contributes a part yet, so a DPN validator extends its votes with nothing and
// accepts only empty extensions from its peers.
package voteext

import (
	"fmt"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"

	"github.com/cosmos/cosmos-sdk/baseapp"
	sdk "github.com/cosmos/cosmos-sdk/types"
)

// MaxExtensionBytes bounds a single vote extension; a larger one is rejected so that one
// validator cannot bloat every proposal's extended commit.
const MaxExtensionBytes = 64 * 1024

// DefaultBudget is how long ExtendVote may spend gathering parts before it sends what it has.
const DefaultBudget = 500 * time.Millisecond

// Providers holds each module's vote-extension part. Modules add their field here as they
// start to use vote extensions.
type Providers struct {
	// Budget bounds ExtendVote; zero means DefaultBudget.
	Budget time.Duration
}

// Install sets the ExtendVote and VerifyVoteExtension handlers on app.
func Install(app *baseapp.BaseApp, p Providers) {
	h := handler{providers: p}
	app.SetExtendVoteHandler(h.ExtendVote)
	app.SetVerifyVoteExtensionHandler(h.VerifyVoteExtension)
}

type handler struct {
	providers Providers
}

// ExtendVote returns this validator's extension: the concatenation of every module's part,
// empty while no module contributes one.
func (h handler) ExtendVote(_ sdk.Context, _ *abci.RequestExtendVote) (*abci.ResponseExtendVote, error) {
	return &abci.ResponseExtendVote{VoteExtension: []byte{}}, nil
}

// VerifyVoteExtension accepts a peer's extension only if it is within the size limit and of a
// form this version understands. A rejected extension never halts the chain: CometBFT simply
// does not count that vote's extension.
func (h handler) VerifyVoteExtension(_ sdk.Context, req *abci.RequestVerifyVoteExtension) (*abci.ResponseVerifyVoteExtension, error) {
	if err := Validate(req.VoteExtension); err != nil {
		return &abci.ResponseVerifyVoteExtension{Status: abci.ResponseVerifyVoteExtension_REJECT}, nil
	}
	return &abci.ResponseVerifyVoteExtension{Status: abci.ResponseVerifyVoteExtension_ACCEPT}, nil
}

// Validate checks an extension's size and form.
func Validate(ext []byte) error {
	if len(ext) > MaxExtensionBytes {
		return fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(ext), MaxExtensionBytes)
	}
	if len(ext) != 0 {
		return fmt.Errorf("%w: no module contributes a part yet, got %d bytes", ErrUnknownPart, len(ext))
	}
	return nil
}
