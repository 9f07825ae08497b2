package voteext

import "errors"

var (
	// ErrTooLarge is a vote extension above MaxExtensionBytes.
	ErrTooLarge = errors.New("vote extension too large")
	// ErrMalformed is a vote extension that does not decode, not canonically, or whose part
	// breaks its module's rules.
	ErrMalformed = errors.New("malformed vote extension")
	// ErrVersion is a vote extension of a format version this node does not speak.
	ErrVersion = errors.New("unknown vote extension version")
	// ErrInjected is a missing, malformed or forged extended commit in a proposal.
	ErrInjected = errors.New("invalid injected extended commit")
)
