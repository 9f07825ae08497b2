package vdf

import "errors"

// Errors returned by decoding and verification. Each rejection has its own
// value so callers (and the chain's error codes) can tell them apart.
var (
	ErrElementLength        = errors.New("vdf: element encoding must be exactly 256 bytes")
	ErrElementZero          = errors.New("vdf: element is zero")
	ErrElementNotReduced    = errors.New("vdf: element is not reduced modulo N")
	ErrElementNotCanonical  = errors.New("vdf: element is not the canonical representative (must be <= (N-1)/2)")
	ErrElementNotUnit       = errors.New("vdf: element is not invertible modulo N")
	ErrElementUninitialized = errors.New("vdf: element is the zero value, not a group element")
	ErrEncodingLength       = errors.New("vdf: output encoding has the wrong length")
	ErrVersion              = errors.New("vdf: unsupported output encoding version")
	ErrTOutOfRange          = errors.New("vdf: number of squarings T out of range")
	ErrTMismatch            = errors.New("vdf: output was computed for a different T")
	ErrInvalidProof         = errors.New("vdf: proof does not verify")
)
