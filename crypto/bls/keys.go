// Package bls implements BLS signatures on BLS12-381 in the minimal-pubkey-size
// variant with proofs of possession (draft-irtf-cfrg-bls-signature-05, scheme
// "POP"), on gnark-crypto's curve arithmetic and pairing.
package bls

import (
	"bytes"
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"io"
	"math/big"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

// Sizes of the encodings, in bytes.
const (
	SecretKeySize = 32
	PublicKeySize = bls12381.SizeOfG1AffineCompressed // 48
	SignatureSize = bls12381.SizeOfG2AffineCompressed // 96
)

var (
	g1Gen    bls12381.G1Affine
	g2Gen    bls12381.G2Affine
	g1GenNeg bls12381.G1Affine
)

func init() {
	_, _, g1Gen, g2Gen = bls12381.Generators()
	g1GenNeg.Neg(&g1Gen)
}

// SecretKey is a scalar in [1, r).
type SecretKey struct {
	s *big.Int
}

// keyGenSalt is the initial salt of the draft's KeyGen (from version 04 on,
// the same as EIP-2333's HKDF_mod_r).
const keyGenSalt = "BLS-SIG-KEYGEN-SALT-"

// KeyGen derives a secret key from at least 32 bytes of secret input keying
// material and optional key information, per draft-irtf-cfrg-bls-signature-05
// §2.3:
//
//	salt = "BLS-SIG-KEYGEN-SALT-"; SK = 0
//	while SK == 0:
//	    salt = SHA-256(salt)
//	    PRK  = HKDF-Extract(salt, IKM ‖ I2OSP(0, 1))
//	    OKM  = HKDF-Expand(PRK, key_info ‖ I2OSP(48, 2), 48)
//	    SK   = OS2IP(OKM) mod r
func KeyGen(ikm, keyInfo []byte) (*SecretKey, error) {
	if len(ikm) < 32 {
		return nil, ErrIKMTooShort
	}
	const l = 48
	salt := []byte(keyGenSalt)
	secret := append(append([]byte(nil), ikm...), 0)
	info := append(append([]byte(nil), keyInfo...), 0, l)
	r := fr.Modulus()
	for {
		h := sha256.Sum256(salt)
		salt = h[:]
		prk, err := hkdf.Extract(sha256.New, secret, salt)
		if err != nil {
			return nil, err
		}
		okm, err := hkdf.Expand(sha256.New, prk, string(info), l)
		if err != nil {
			return nil, err
		}
		sk := new(big.Int).SetBytes(okm)
		sk.Mod(sk, r)
		if sk.Sign() != 0 {
			return &SecretKey{s: sk}, nil
		}
	}
}

// GenerateKey draws 32 bytes of key material from rnd (crypto/rand if nil)
// and runs KeyGen on them.
func GenerateKey(rnd io.Reader) (*SecretKey, error) {
	if rnd == nil {
		rnd = rand.Reader
	}
	ikm := make([]byte, 32)
	if _, err := io.ReadFull(rnd, ikm); err != nil {
		return nil, err
	}
	return KeyGen(ikm, nil)
}

// ParseSecretKey decodes a 32-byte big-endian scalar in [1, r).
func ParseSecretKey(b []byte) (*SecretKey, error) {
	if len(b) != SecretKeySize {
		return nil, ErrSecretKeyLength
	}
	s := new(big.Int).SetBytes(b)
	if s.Sign() == 0 || s.Cmp(fr.Modulus()) >= 0 {
		return nil, ErrSecretKeyRange
	}
	return &SecretKey{s: s}, nil
}

// Bytes returns the 32-byte big-endian encoding of sk.
func (sk *SecretKey) Bytes() []byte { return sk.s.FillBytes(make([]byte, SecretKeySize)) }

// PublicKey returns sk·G1.
func (sk *SecretKey) PublicKey() PublicKey {
	var p bls12381.G1Affine
	p.ScalarMultiplicationBase(sk.s)
	return PublicKey{p: p, ok: true}
}

// PublicKey is a point of G1 other than infinity that passed the subgroup
// check (KeyValidate). Decode outside bytes with ParsePublicKey.
type PublicKey struct {
	p  bls12381.G1Affine
	ok bool
}

// ParsePublicKey decodes a 48-byte compressed G1 point (ZCash/IETF format)
// and runs KeyValidate: canonical field element, on the curve, in the
// prime-order subgroup, not the point at infinity.
func ParsePublicKey(b []byte) (PublicKey, error) {
	if len(b) != PublicKeySize {
		return PublicKey{}, ErrPublicKeyLength
	}
	if b[0]&0x80 == 0 {
		return PublicKey{}, ErrPublicKeyEncoding // uncompressed form is not accepted
	}
	var p bls12381.G1Affine
	if err := bls12381.NewDecoder(bytes.NewReader(b), bls12381.NoSubgroupChecks()).Decode(&p); err != nil {
		return PublicKey{}, ErrPublicKeyEncoding
	}
	if p.IsInfinity() {
		return PublicKey{}, ErrPublicKeyInfinity
	}
	if !p.IsInSubGroup() {
		return PublicKey{}, ErrPublicKeySubgroup
	}
	return PublicKey{p: p, ok: true}, nil
}

// Bytes returns the 48-byte compressed encoding.
func (pk PublicKey) Bytes() []byte {
	b := pk.p.Bytes()
	return b[:]
}

// Equal reports whether two public keys are the same point.
func (pk PublicKey) Equal(o PublicKey) bool { return pk.ok && o.ok && pk.p.Equal(&o.p) }

// IsValid reports whether pk was produced by this package.
func (pk PublicKey) IsValid() bool { return pk.ok }
