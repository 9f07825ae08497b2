package pqc

import errorsmod "cosmossdk.io/errors"

// Codespace of this package's registered errors.
const Codespace = "mldsa65"

// Errors returned by decoding, signing and verification gas accounting.
var (
	ErrPubKeySize       = errorsmod.Register(Codespace, 2, "ML-DSA-65 public key must be 1952 bytes")
	ErrPrivKeySize      = errorsmod.Register(Codespace, 3, "ML-DSA-65 private key (seed) must be 32 bytes")
	ErrSignatureSize    = errorsmod.Register(Codespace, 4, "ML-DSA-65 signature must be 3309 bytes")
	ErrSign             = errorsmod.Register(Codespace, 5, "ML-DSA-65 signing failed")
	ErrHDPath           = errorsmod.Register(Codespace, 6, "invalid HD path for ML-DSA-65 key derivation")
	ErrMnemonic         = errorsmod.Register(Codespace, 7, "invalid BIP-39 mnemonic")
	ErrInvalidSignature = errorsmod.Register(Codespace, 8, "ML-DSA-65 signature does not verify")
)
