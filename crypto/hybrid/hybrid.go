// Package hybrid implements DPN's Lattice-BLS hybrid signatures: an ML-DSA-65
// (FIPS 204) signature and a BLS12-381 signature bound to one message and one
// key pair, valid only if both verify; and a batch form in which many nodes'
// BLS signatures are aggregated and the aggregator signs the batch with
// ML-DSA-65. See README.md for the construction and what each part protects.
package hybrid

import (
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"io"

	"github.com/cloudflare/circl/sign/mldsa/mldsa65"

	"github.com/dpn-network/dpn/crypto/bls"
)

// Version is the first byte of every encoding in this package.
const Version byte = 1

// Sizes of the encodings, in bytes.
const (
	SeedSize      = 32
	PublicKeySize = 1 + mldsa65.PublicKeySize + bls.PublicKeySize // 2001
	SignatureSize = 1 + mldsa65.SignatureSize + bls.SignatureSize // 3406
)

// Domain separation. mldsaContext is FIPS 204's context string for every
// ML-DSA-65 signature made here; the prefixes separate single signatures,
// batch shares and batch envelopes from each other and from every other
// message DPN signs.
const (
	mldsaContext     = "DPN-HYBRID-v1"
	sigPrefix        = "DPN-HYBRID-SIG-v1\x00"
	keyIDPrefix      = "DPN-HYBRID-KEY-v1\x00"
	batchSharePrefix = "DPN-HYBRID-BATCH-SHARE-v1\x00"
	batchPrefix      = "DPN-HYBRID-BATCH-v1\x00"
)

// PrivateKey holds both secret keys.
type PrivateKey struct {
	ml  *mldsa65.PrivateKey
	bls *bls.SecretKey
	pub PublicKey
}

// PublicKey is an ML-DSA-65 public key and a BLS12-381 public key, with the
// key id that commits to both.
type PublicKey struct {
	ml  *mldsa65.PublicKey
	bls bls.PublicKey
	id  [32]byte
}

// NewKeyFromSeed derives both key pairs from one 32-byte seed: HKDF-SHA-256
// with distinct info strings gives the ML-DSA-65 seed (FIPS 204 ξ) and the
// BLS key material (fed to the BLS draft's KeyGen).
func NewKeyFromSeed(seed *[SeedSize]byte) (*PrivateKey, error) {
	prk, err := hkdf.Extract(sha256.New, seed[:], []byte("DPN-HYBRID-KEYGEN-v1"))
	if err != nil {
		return nil, err
	}
	mlSeed, err := hkdf.Expand(sha256.New, prk, "ML-DSA-65", mldsa65.SeedSize)
	if err != nil {
		return nil, err
	}
	blsIKM, err := hkdf.Expand(sha256.New, prk, "BLS12-381", 32)
	if err != nil {
		return nil, err
	}
	var s [mldsa65.SeedSize]byte
	copy(s[:], mlSeed)
	mlPub, mlPriv := mldsa65.NewKeyFromSeed(&s)
	blsSK, err := bls.KeyGen(blsIKM, nil)
	if err != nil {
		return nil, err
	}
	pub := newPublicKey(mlPub, blsSK.PublicKey())
	return &PrivateKey{ml: mlPriv, bls: blsSK, pub: pub}, nil
}

// GenerateKey draws a seed from rnd (crypto/rand if nil).
func GenerateKey(rnd io.Reader) (*PrivateKey, error) {
	if rnd == nil {
		rnd = rand.Reader
	}
	var seed [SeedSize]byte
	if _, err := io.ReadFull(rnd, seed[:]); err != nil {
		return nil, err
	}
	return NewKeyFromSeed(&seed)
}

// PublicKey returns the public half.
func (sk *PrivateKey) PublicKey() PublicKey { return sk.pub }

// BLSSecretKey returns the BLS part, e.g. to make the proof of possession a
// node registers or to sign batch shares.
func (sk *PrivateKey) BLSSecretKey() *bls.SecretKey { return sk.bls }

func newPublicKey(ml *mldsa65.PublicKey, b bls.PublicKey) PublicKey {
	pk := PublicKey{ml: ml, bls: b}
	h := sha256.New()
	h.Write([]byte(keyIDPrefix))
	h.Write(pk.Bytes())
	copy(pk.id[:], h.Sum(nil))
	return pk
}

// Bytes encodes pk as version ‖ ML-DSA-65 public key (1952) ‖ BLS public key (48).
// The zero value encodes to nil.
func (pk PublicKey) Bytes() []byte {
	if !pk.IsValid() {
		return nil
	}
	out := make([]byte, 0, PublicKeySize)
	out = append(out, Version)
	out = append(out, pk.ml.Bytes()...)
	return append(out, pk.bls.Bytes()...)
}

// ID is SHA-256 over a prefix and the encoded key: the value every hybrid
// signature commits to.
func (pk PublicKey) ID() [32]byte { return pk.id }

// BLS returns the BLS part of the key.
func (pk PublicKey) BLS() bls.PublicKey { return pk.bls }

// IsValid reports whether pk was produced by this package.
func (pk PublicKey) IsValid() bool { return pk.ml != nil && pk.bls.IsValid() }

// ParsePublicKey decodes and checks an encoded hybrid public key; the BLS
// part gets the full KeyValidate (subgroup, not infinity).
func ParsePublicKey(b []byte) (PublicKey, error) {
	if len(b) != PublicKeySize {
		return PublicKey{}, ErrPublicKeyLength
	}
	if b[0] != Version {
		return PublicKey{}, ErrVersion
	}
	var ml mldsa65.PublicKey
	if err := ml.UnmarshalBinary(b[1 : 1+mldsa65.PublicKeySize]); err != nil {
		return PublicKey{}, ErrMLDSAPublicKey
	}
	bp, err := bls.ParsePublicKey(b[1+mldsa65.PublicKeySize:])
	if err != nil {
		return PublicKey{}, joinErr(ErrBLSPublicKey, err)
	}
	return newPublicKey(&ml, bp), nil
}

// Signature is the pair of signatures.
type Signature struct {
	ml  []byte
	bls bls.Signature
}

// Bytes encodes s as version ‖ ML-DSA-65 signature (3309) ‖ BLS signature (96).
func (s Signature) Bytes() []byte {
	out := make([]byte, 0, SignatureSize)
	out = append(out, Version)
	out = append(out, s.ml...)
	return append(out, s.bls.Bytes()...)
}

// ParseSignature decodes an encoded hybrid signature. The BLS part is fully
// checked here (subgroup, not infinity); the ML-DSA-65 part's internal
// structure (hint encoding, norm bounds) is checked by verification, which
// rejects every malformed one.
func ParseSignature(b []byte) (Signature, error) {
	if len(b) != SignatureSize {
		return Signature{}, ErrSignatureLength
	}
	if b[0] != Version {
		return Signature{}, ErrVersion
	}
	bs, err := bls.ParseSignature(b[1+mldsa65.SignatureSize:])
	if err != nil {
		return Signature{}, joinErr(ErrBLSSignature, err)
	}
	ml := make([]byte, mldsa65.SignatureSize)
	copy(ml, b[1:1+mldsa65.SignatureSize])
	return Signature{ml: ml, bls: bs}, nil
}

// boundMessage is what both parts sign: a prefix, the key id (which commits
// to both public keys) and the message. Neither part can be moved to a key
// pair with another partner key, and neither can be reused for another
// message or another purpose.
func boundMessage(pk *PublicKey, msg []byte) []byte {
	out := make([]byte, 0, len(sigPrefix)+32+len(msg))
	out = append(out, sigPrefix...)
	out = append(out, pk.id[:]...)
	return append(out, msg...)
}

// Sign signs msg with both keys. ML-DSA-65 signing is hedged (FIPS 204's
// default): fresh randomness mixed with the key, so signatures differ
// from call to call.
func (sk *PrivateKey) Sign(msg []byte) (Signature, error) {
	m := boundMessage(&sk.pub, msg)
	mlSig := make([]byte, mldsa65.SignatureSize)
	if err := mldsa65.SignTo(sk.ml, m, []byte(mldsaContext), true, mlSig); err != nil {
		return Signature{}, err
	}
	return Signature{ml: mlSig, bls: sk.bls.Sign(m)}, nil
}

// Verify accepts only if both parts verify on the bound message. ML-DSA-65
// is checked first: it costs ~1/50 of the BLS pairing check.
func Verify(pk PublicKey, msg []byte, sig Signature) error {
	if !pk.IsValid() || len(sig.ml) != mldsa65.SignatureSize || !sig.bls.IsValid() {
		return ErrUninitialized
	}
	m := boundMessage(&pk, msg)
	if !mldsa65.Verify(pk.ml, m, []byte(mldsaContext), sig.ml) {
		return ErrMLDSAInvalid
	}
	if err := bls.Verify(pk.bls, m, sig.bls); err != nil {
		return ErrBLSInvalid
	}
	return nil
}

// joinErr returns an error that matches both the package's sentinel and the
// underlying cause with errors.Is.
func joinErr(sentinel, cause error) error { return &wrapped{sentinel, cause} }

type wrapped struct{ sentinel, cause error }

func (w *wrapped) Error() string   { return w.sentinel.Error() + ": " + w.cause.Error() }
func (w *wrapped) Unwrap() []error { return []error{w.sentinel, w.cause} }
