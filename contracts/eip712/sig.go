package eip712

import (
	"crypto/ecdsa"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

var (
	// ErrHighS is returned for a signature whose s is above half the curve order: the
	// contract (OpenZeppelin's ECDSA) accepts only the low-s form, so that a signature
	// cannot be re-encoded into a second valid one.
	ErrHighS = errors.New("eip712: signature s above half the curve order")
	// ErrInvalidV is returned when v is not 27 or 28 (a raw recovery id 0 or 1 included).
	ErrInvalidV = errors.New("eip712: signature v is not 27 or 28")
	// ErrInvalidSignature is returned when r or s is zero or not below the curve order, or
	// no public key recovers from the signature.
	ErrInvalidSignature = errors.New("eip712: invalid signature")
)

var (
	secp256k1N     = crypto.S256().Params().N
	secp256k1HalfN = new(big.Int).Rsh(secp256k1N, 1)
)

// Sign signs digest with key and returns r || s || v with v in {27, 28} and s in the
// lower half of the curve order, the form DPNSettlement's Signature slots take. It panics
// only if key is not a usable secp256k1 key.
func Sign(key *ecdsa.PrivateKey, digest common.Hash) [65]byte {
	sig, err := crypto.Sign(digest.Bytes(), key)
	if err != nil {
		panic("eip712: " + err.Error())
	}
	var out [65]byte
	copy(out[:], sig)
	out[64] += 27
	return out
}

// Recover returns the address that signed digest, with the contract's rules: high s is
// ErrHighS, v other than 27 or 28 is ErrInvalidV, anything else that does not recover is
// ErrInvalidSignature. The checks run in the order OpenZeppelin's ECDSA.tryRecover makes
// them, so the error matches what the contract would report.
func Recover(digest common.Hash, sig [65]byte) (common.Address, error) {
	r := new(big.Int).SetBytes(sig[:32])
	s := new(big.Int).SetBytes(sig[32:64])
	if s.Cmp(secp256k1HalfN) > 0 {
		return common.Address{}, ErrHighS
	}
	v := sig[64]
	if v != 27 && v != 28 {
		return common.Address{}, ErrInvalidV
	}
	if r.Sign() == 0 || s.Sign() == 0 || r.Cmp(secp256k1N) >= 0 {
		return common.Address{}, ErrInvalidSignature
	}
	raw := sig
	raw[64] = v - 27
	pub, err := crypto.SigToPub(digest.Bytes(), raw[:])
	if err != nil {
		return common.Address{}, ErrInvalidSignature
	}
	return crypto.PubkeyToAddress(*pub), nil
}
