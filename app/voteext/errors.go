package voteext

import "errors"

var (
	// ErrTooLarge is a vote extension above MaxExtensionBytes.
	ErrTooLarge = errors.New("vote extension too large")
	// ErrUnknownPart is a vote extension carrying data no installed module understands.
	ErrUnknownPart = errors.New("vote extension has an unknown part")
)
