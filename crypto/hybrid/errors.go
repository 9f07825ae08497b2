package hybrid

import "errors"

// Errors returned by decoding and verification.
var (
	ErrVersion           = errors.New("hybrid: unsupported encoding version")
	ErrPublicKeyLength   = errors.New("hybrid: public key has the wrong length")
	ErrMLDSAPublicKey    = errors.New("hybrid: ML-DSA-65 public key does not decode")
	ErrBLSPublicKey      = errors.New("hybrid: BLS public key does not decode")
	ErrSignatureLength   = errors.New("hybrid: signature has the wrong length")
	ErrBLSSignature      = errors.New("hybrid: BLS signature part does not decode")
	ErrMLDSAInvalid      = errors.New("hybrid: ML-DSA-65 part does not verify")
	ErrBLSInvalid        = errors.New("hybrid: BLS part does not verify")
	ErrUninitialized     = errors.New("hybrid: value is the zero value, not a decoded key or signature")
	ErrBatchEncoding     = errors.New("hybrid: batch encoding is malformed")
	ErrBatchTooLarge     = errors.New("hybrid: batch message or bitmap exceeds the size limit")
	ErrAggregatorInvalid = errors.New("hybrid: aggregator's ML-DSA-65 signature over the batch does not verify")
	ErrAggregateInvalid  = errors.New("hybrid: aggregate BLS signature does not verify for the signers in the bitmap")
	ErrNoShares          = errors.New("hybrid: a batch needs at least one signature share")
)
