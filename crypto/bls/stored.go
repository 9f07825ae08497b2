package bls

import (
	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
)

// StoredKeySize is the size of a verified key's stored form: the uncompressed G1 point.
const StoredKeySize = bls12381.SizeOfG1AffineUncompressed // 96

// Stored returns v as its 96-byte uncompressed point (x ‖ y, big-endian), the form in which a
// program that keeps verified keys (a chain's state) stores them so that reading one back
// costs no square root and no subgroup check.
func (v VerifiedPublicKey) Stored() []byte {
	b := v.pk.p.RawBytes()
	return b[:]
}

// RestoreVerifiedPublicKey decodes the output of Stored. It checks the encoding and that the
// point is on the curve, but neither the subgroup nor a proof of possession: call it only on
// bytes that Stored produced from a key that passed PopVerify and that nobody else could
// change since, such as a chain's own state. Anything from outside goes through
// ParsePublicKey and PopVerify.
func RestoreVerifiedPublicKey(b []byte) (VerifiedPublicKey, error) {
	if len(b) != StoredKeySize {
		return VerifiedPublicKey{}, ErrPublicKeyLength
	}
	if b[0]&0xe0 != 0 {
		return VerifiedPublicKey{}, ErrPublicKeyEncoding // compressed or infinity flags
	}
	var p bls12381.G1Affine
	if p.X.SetBytesCanonical(b[:48]) != nil || p.Y.SetBytesCanonical(b[48:]) != nil {
		return VerifiedPublicKey{}, ErrPublicKeyEncoding
	}
	if !p.IsOnCurve() || p.IsInfinity() {
		return VerifiedPublicKey{}, ErrPublicKeyEncoding
	}
	return VerifiedPublicKey{pk: PublicKey{p: p, ok: true}}, nil
}
