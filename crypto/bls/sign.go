package bls

import (
	"bytes"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
)

// Domain separation tags of the ciphersuites (draft-irtf-cfrg-bls-signature-05
// §4.2.3): signatures and proofs of possession hash to G2 with RFC 9380's
// BLS12381G2_XMD:SHA-256_SSWU_RO_ under different tags, so a proof of
// possession can never be replayed as a signature on the key's bytes.
const (
	DSTSignature = "BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_"
	DSTPoP       = "BLS_POP_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_"
)

// Signature is a point of G2 in the prime-order subgroup, not infinity.
type Signature struct {
	p  bls12381.G2Affine
	ok bool
}

// ParseSignature decodes a 96-byte compressed G2 point and checks that it is
// on the curve, in the prime-order subgroup and not the point at infinity
// (no honest signature or aggregate is infinity except with negligible
// probability, and accepting it would only help forgeries with rogue keys).
func ParseSignature(b []byte) (Signature, error) {
	if len(b) != SignatureSize {
		return Signature{}, ErrSignatureLength
	}
	if b[0]&0x80 == 0 {
		return Signature{}, ErrSignatureEncoding
	}
	var p bls12381.G2Affine
	if err := bls12381.NewDecoder(bytes.NewReader(b), bls12381.NoSubgroupChecks()).Decode(&p); err != nil {
		return Signature{}, ErrSignatureEncoding
	}
	if p.IsInfinity() {
		return Signature{}, ErrSignatureInfinity
	}
	if !p.IsInSubGroup() {
		return Signature{}, ErrSignatureSubgroup
	}
	return Signature{p: p, ok: true}, nil
}

// Bytes returns the 96-byte compressed encoding.
func (s Signature) Bytes() []byte {
	b := s.p.Bytes()
	return b[:]
}

// Equal reports whether two signatures are the same point.
func (s Signature) Equal(o Signature) bool { return s.ok && o.ok && s.p.Equal(&o.p) }

// IsValid reports whether s was produced by this package.
func (s Signature) IsValid() bool { return s.ok }

// HashToG2 is RFC 9380 hash_to_curve with suite BLS12381G2_XMD:SHA-256_SSWU_RO_.
func HashToG2(msg []byte, dst string) (bls12381.G2Affine, error) {
	return bls12381.HashToG2(msg, []byte(dst))
}

func (sk *SecretKey) signWithDST(msg []byte, dst string) Signature {
	h, err := HashToG2(msg, dst)
	if err != nil {
		panic("bls: hash to G2 failed: " + err.Error()) // only for a DST over 255 bytes
	}
	var s bls12381.G2Affine
	s.ScalarMultiplication(&h, sk.s)
	return Signature{p: s, ok: true}
}

// Sign returns sk·H(msg) with the signature DST.
func (sk *SecretKey) Sign(msg []byte) Signature { return sk.signWithDST(msg, DSTSignature) }

// coreVerify checks e(pk, H(msg)) = e(G1, sig) as the single product check
// e(pk, H(msg)) · e(-G1, sig) = 1: two Miller loops, one final exponentiation.
func coreVerify(pk *bls12381.G1Affine, msg []byte, sig *bls12381.G2Affine, dst string) bool {
	h, err := HashToG2(msg, dst)
	if err != nil {
		return false
	}
	ok, err := bls12381.PairingCheck([]bls12381.G1Affine{*pk, g1GenNeg}, []bls12381.G2Affine{h, *sig})
	return err == nil && ok
}

// Verify checks a single signature. It needs no proof of possession: rogue
// keys only matter once keys are added together.
func Verify(pk PublicKey, msg []byte, sig Signature) error {
	if !pk.ok || !sig.ok {
		return ErrUninitialized
	}
	if !coreVerify(&pk.p, msg, &sig.p, DSTSignature) {
		return ErrInvalidSignature
	}
	return nil
}

// PopProve returns the proof of possession of sk: a signature on the
// compressed public key under the PoP DST.
func (sk *SecretKey) PopProve() Signature {
	return sk.signWithDST(sk.PublicKey().Bytes(), DSTPoP)
}

// VerifiedPublicKey is a public key whose proof of possession has been
// checked. Only PopVerify (and a secret key's own VerifiedPublicKey) make one,
// so an aggregate built from VerifiedPublicKeys cannot contain a rogue key
// (pk' = pk_attacker - Σ pk_honest) whose owner does not know its secret key.
type VerifiedPublicKey struct {
	pk PublicKey
}

// PopVerify checks the proof of possession of pk and returns the key in the
// form that aggregate verification accepts.
func PopVerify(pk PublicKey, proof Signature) (VerifiedPublicKey, error) {
	if !pk.ok || !proof.ok {
		return VerifiedPublicKey{}, ErrUninitialized
	}
	if !coreVerify(&pk.p, pk.Bytes(), &proof.p, DSTPoP) {
		return VerifiedPublicKey{}, ErrInvalidPoP
	}
	return VerifiedPublicKey{pk: pk}, nil
}

// VerifiedPublicKey returns sk's own public key; knowing sk is the proof.
func (sk *SecretKey) VerifiedPublicKey() VerifiedPublicKey {
	return VerifiedPublicKey{pk: sk.PublicKey()}
}

// PublicKey returns the underlying public key.
func (v VerifiedPublicKey) PublicKey() PublicKey { return v.pk }

// IsValid reports whether v came from PopVerify.
func (v VerifiedPublicKey) IsValid() bool { return v.pk.ok }
