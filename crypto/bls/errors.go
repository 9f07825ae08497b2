package bls

import "errors"

// Errors returned by decoding, key generation and verification.
var (
	ErrSecretKeyLength     = errors.New("bls: secret key must be 32 bytes")
	ErrSecretKeyRange      = errors.New("bls: secret key must be in [1, r)")
	ErrIKMTooShort         = errors.New("bls: key material must be at least 32 bytes")
	ErrPublicKeyLength     = errors.New("bls: public key must be 48 bytes (compressed G1)")
	ErrPublicKeyEncoding   = errors.New("bls: public key is not a valid compressed G1 point")
	ErrPublicKeyInfinity   = errors.New("bls: public key is the point at infinity")
	ErrPublicKeySubgroup   = errors.New("bls: public key is not in the prime-order subgroup")
	ErrSignatureLength     = errors.New("bls: signature must be 96 bytes (compressed G2)")
	ErrSignatureEncoding   = errors.New("bls: signature is not a valid compressed G2 point")
	ErrSignatureInfinity   = errors.New("bls: signature is the point at infinity")
	ErrSignatureSubgroup   = errors.New("bls: signature is not in the prime-order subgroup")
	ErrInvalidSignature    = errors.New("bls: signature does not verify")
	ErrInvalidPoP          = errors.New("bls: proof of possession does not verify")
	ErrNoKeys              = errors.New("bls: no public keys to aggregate")
	ErrNoSignatures        = errors.New("bls: no signatures to aggregate")
	ErrLengthMismatch      = errors.New("bls: number of public keys and messages differ")
	ErrDuplicateMessage    = errors.New("bls: messages of an aggregate must be distinct")
	ErrBitmapLength        = errors.New("bls: signer bitmap length does not match the key set")
	ErrBitmapPadding       = errors.New("bls: signer bitmap has bits set beyond the key set")
	ErrUninitialized       = errors.New("bls: value is the zero value, not a decoded key or signature")
	ErrAggregateIsInfinity = errors.New("bls: aggregate public key is the point at infinity")
)
