package pqc

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"fmt"

	"github.com/cloudflare/circl/sign/mldsa/mldsa65"

	errorsmod "cosmossdk.io/errors"

	"github.com/cosmos/cosmos-sdk/codec"
	cryptotypes "github.com/cosmos/cosmos-sdk/crypto/types"
)

const (
	// KeyType is the key's Type() and its keyring algorithm name (`--algo mldsa65`).
	KeyType = "mldsa65"
	// PubKeyName and PrivKeyName are the legacy amino names.
	PubKeyName  = "dpn/PubKeyMLDSA65"
	PrivKeyName = "dpn/PrivKeyMLDSA65"

	PubKeySize    = mldsa65.PublicKeySize // 1952
	SeedSize      = mldsa65.SeedSize      // 32; the private key is stored as its seed
	SignatureSize = mldsa65.SignatureSize // 3309
	// AddressSize is the length of an account address: the first 20 bytes of SHA-256(pubkey).
	AddressSize = 20
)

var (
	_ cryptotypes.PubKey   = (*PubKey)(nil)
	_ cryptotypes.PrivKey  = (*PrivKey)(nil)
	_ codec.AminoMarshaler = (*PubKey)(nil)
	_ codec.AminoMarshaler = (*PrivKey)(nil)
)

// signContext is FIPS 204's context string. It is empty (pure ML-DSA with ctx = "") so that
// signatures are those of any other FIPS 204 implementation, including the SDK's own
// ML-DSA-65 keys: the SDK's sign bytes already bind chain ID, account and sequence.
var signContext []byte

// NewPubKey returns the public key encoded by b, which must be the 1,952-byte FIPS 204
// encoding; b is copied.
func NewPubKey(b []byte) (*PubKey, error) {
	if len(b) != PubKeySize {
		return nil, errorsmod.Wrapf(ErrPubKeySize, "got %d bytes", len(b))
	}
	// Every 1,952-byte string decodes (ρ and ten-bit t1 coefficients have no invalid
	// patterns); decoding here keeps that assumption checked rather than implied.
	var pk mldsa65.PublicKey
	if err := pk.UnmarshalBinary(b); err != nil {
		return nil, errorsmod.Wrap(ErrPubKeySize, err.Error())
	}
	return &PubKey{Key: append([]byte(nil), b...)}, nil
}

// Address is the first 20 bytes of SHA-256 of the public key bytes (the derivation of the
// SDK's ed25519 keys). A key of the wrong length hashes too, but can never verify a
// signature, so its address can never send.
func (pk *PubKey) Address() cryptotypes.Address {
	h := sha256.Sum256(pk.Key)
	return cryptotypes.Address(h[:AddressSize])
}

// Bytes returns the FIPS 204 encoding of the key.
func (pk *PubKey) Bytes() []byte { return pk.Key }

// Verify checks that sig is a valid ML-DSA-65 signature of msg (empty context) and says why
// not: ErrPubKeySize, ErrSignatureSize or ErrInvalidSignature.
func (pk *PubKey) Verify(msg, sig []byte) error {
	if len(pk.Key) != PubKeySize {
		return errorsmod.Wrapf(ErrPubKeySize, "got %d bytes", len(pk.Key))
	}
	if len(sig) != SignatureSize {
		return errorsmod.Wrapf(ErrSignatureSize, "got %d bytes", len(sig))
	}
	var k mldsa65.PublicKey
	if err := k.UnmarshalBinary(pk.Key); err != nil {
		return errorsmod.Wrap(ErrPubKeySize, err.Error())
	}
	if !mldsa65.Verify(&k, msg, signContext, sig) {
		return ErrInvalidSignature
	}
	return nil
}

// VerifySignature is Verify as the SDK's interface wants it: true only for a valid signature.
func (pk *PubKey) VerifySignature(msg, sig []byte) bool {
	return pk.Verify(msg, sig) == nil
}

// Equals compares type and bytes in constant time.
func (pk *PubKey) Equals(other cryptotypes.PubKey) bool {
	if other == nil || pk.Type() != other.Type() {
		return false
	}
	return subtle.ConstantTimeCompare(pk.Bytes(), other.Bytes()) == 1
}

// Type returns KeyType.
func (pk *PubKey) Type() string { return KeyType }

// String shows the key's address rather than its 1,952 bytes.
func (pk *PubKey) String() string {
	return fmt.Sprintf("PubKeyMLDSA65{%X}", pk.Address())
}

// MarshalAmino encodes the key as its bytes alone.
func (pk PubKey) MarshalAmino() ([]byte, error) { return pk.Key, nil }

// UnmarshalAmino accepts only a 1,952-byte key.
func (pk *PubKey) UnmarshalAmino(bz []byte) error {
	if len(bz) != PubKeySize {
		return errorsmod.Wrapf(ErrPubKeySize, "got %d bytes", len(bz))
	}
	pk.Key = bz
	return nil
}

// MarshalAminoJSON encodes the key bytes alone, as the SDK's keys do.
func (pk PubKey) MarshalAminoJSON() ([]byte, error) { return pk.MarshalAmino() }

// UnmarshalAminoJSON is UnmarshalAmino.
func (pk *PubKey) UnmarshalAminoJSON(bz []byte) error { return pk.UnmarshalAmino(bz) }

// GenPrivKey returns a private key with a fresh random seed.
func GenPrivKey() *PrivKey {
	seed := make([]byte, SeedSize)
	if _, err := rand.Read(seed); err != nil {
		panic(err) // crypto/rand.Read does not fail on supported platforms
	}
	return &PrivKey{Key: seed}
}

// NewPrivKeyFromSeed returns the private key whose FIPS 204 KeyGen seed ξ is seed.
func NewPrivKeyFromSeed(seed []byte) (*PrivKey, error) {
	if len(seed) != SeedSize {
		return nil, errorsmod.Wrapf(ErrPrivKeySize, "got %d bytes", len(seed))
	}
	return &PrivKey{Key: append([]byte(nil), seed...)}, nil
}

// expand runs FIPS 204 KeyGen on the seed.
func (sk *PrivKey) expand() (*mldsa65.PublicKey, *mldsa65.PrivateKey, error) {
	if len(sk.Key) != SeedSize {
		return nil, nil, errorsmod.Wrapf(ErrPrivKeySize, "got %d bytes", len(sk.Key))
	}
	var seed [SeedSize]byte
	copy(seed[:], sk.Key)
	pub, priv := mldsa65.NewKeyFromSeed(&seed)
	return pub, priv, nil
}

// Bytes returns the 32-byte seed.
func (sk *PrivKey) Bytes() []byte { return sk.Key }

// Sign returns a hedged (randomized, FIPS 204 default) ML-DSA-65 signature of msg with the
// empty context. The expanded key is rebuilt from the seed on every call (about the cost of
// one key generation), which keeps the stored key at 32 bytes.
func (sk *PrivKey) Sign(msg []byte) ([]byte, error) {
	_, priv, err := sk.expand()
	if err != nil {
		return nil, err
	}
	sig := make([]byte, SignatureSize)
	if err := mldsa65.SignTo(priv, msg, signContext, true, sig); err != nil {
		return nil, errorsmod.Wrap(ErrSign, err.Error())
	}
	return sig, nil
}

// PubKey returns the public key. The interface has no error result: a private key whose
// seed is not 32 bytes (only possible by building the struct by hand or decoding a
// corrupted record, since every constructor and decoder checks) panics with ErrPrivKeySize.
func (sk *PrivKey) PubKey() cryptotypes.PubKey {
	pub, _, err := sk.expand()
	if err != nil {
		panic(err)
	}
	return &PubKey{Key: pub.Bytes()}
}

// Equals compares type and seed in constant time.
func (sk *PrivKey) Equals(other cryptotypes.LedgerPrivKey) bool {
	if other == nil || sk.Type() != other.Type() {
		return false
	}
	return subtle.ConstantTimeCompare(sk.Bytes(), other.Bytes()) == 1
}

// Type returns KeyType.
func (sk *PrivKey) Type() string { return KeyType }

// String never shows the seed.
func (sk *PrivKey) String() string { return "PrivKeyMLDSA65{...}" }

// MarshalAmino encodes the seed alone.
func (sk PrivKey) MarshalAmino() ([]byte, error) { return sk.Key, nil }

// UnmarshalAmino accepts only a 32-byte seed.
func (sk *PrivKey) UnmarshalAmino(bz []byte) error {
	if len(bz) != SeedSize {
		return errorsmod.Wrapf(ErrPrivKeySize, "got %d bytes", len(bz))
	}
	sk.Key = bz
	return nil
}

// MarshalAminoJSON encodes the seed alone.
func (sk PrivKey) MarshalAminoJSON() ([]byte, error) { return sk.MarshalAmino() }

// UnmarshalAminoJSON is UnmarshalAmino.
func (sk *PrivKey) UnmarshalAminoJSON(bz []byte) error { return sk.UnmarshalAmino(bz) }
