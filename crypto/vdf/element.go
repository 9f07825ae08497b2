package vdf

import (
	"crypto/sha256"
	"encoding/binary"
	"math/big"
)

// Element is an element of the quotient group Z_N^* / {±1}, held as its
// canonical representative v with 1 ≤ v ≤ (N-1)/2 and gcd(v, N) = 1.
//
// Why the quotient: -1 is an element of order 2 that everyone knows. In Z_N^*
// itself a prover could answer with (-y, -π) and pass verification for odd ℓ,
// so the output would not be unique. Identifying v with N-v removes the only
// known low-order elements; choosing the smaller of the two as the
// representative makes every element's encoding unique, so a verifier can
// reject the other representative as non-canonical instead of silently
// accepting two encodings of one value.
//
// The zero value is not an element; functions given one return
// ErrElementUninitialized.
type Element struct {
	v *big.Int
}

// ParseElement decodes a 256-byte big-endian canonical representative.
func ParseElement(b []byte) (Element, error) {
	if len(b) != ElementSize {
		return Element{}, ErrElementLength
	}
	v := new(big.Int).SetBytes(b)
	if err := checkCanonical(v); err != nil {
		return Element{}, err
	}
	return Element{v: v}, nil
}

// checkCanonical enforces 1 ≤ v ≤ (N-1)/2 and gcd(v, N) = 1. The gcd check
// can only fail for a multiple of one of N's prime factors, i.e. by someone
// who has factored N; it is cheap, so it is done rather than assumed.
func checkCanonical(v *big.Int) error {
	switch {
	case v.Sign() == 0:
		return ErrElementZero
	case v.Cmp(modulus) >= 0:
		return ErrElementNotReduced
	case v.Cmp(halfModulus) > 0:
		return ErrElementNotCanonical
	}
	if new(big.Int).GCD(nil, nil, v, modulus).Cmp(bigOne) != 0 {
		return ErrElementNotUnit
	}
	return nil
}

// Bytes returns the fixed-length 256-byte big-endian encoding.
func (e Element) Bytes() []byte {
	out := make([]byte, ElementSize)
	if e.v != nil {
		e.v.FillBytes(out)
	}
	return out
}

// Equal reports whether e and o are the same group element.
func (e Element) Equal(o Element) bool {
	return e.v != nil && o.v != nil && e.v.Cmp(o.v) == 0
}

// IsValid reports whether e was produced by this package (not the zero value).
func (e Element) IsValid() bool { return e.v != nil }

// canonical maps v ∈ [1, N) to the representative of {v, N-v} that is ≤ (N-1)/2.
func canonical(v *big.Int) Element {
	if v.Cmp(halfModulus) > 0 {
		v = new(big.Int).Sub(modulus, v)
	}
	return Element{v: v}
}

var bigOne = big.NewInt(1)

// hashToGroupDST separates this hash from every other use of SHA-256 in DPN.
const hashToGroupDST = "DPN-VDF-RSA2048-v1:hash-to-group"

// HashToGroup maps arbitrary challenge bytes (a beacon, a node id, an epoch)
// to a group element.
//
// Construction: 9 SHA-256 blocks SHA-256(len(DST) ‖ DST ‖ ctr ‖ block ‖ input)
// give 288 bytes (2304 bits); that integer reduced mod N is within statistical
// distance 2^-256 of uniform on [0, N). The result is mapped to its canonical
// representative. In the (cryptographically negligible) case that the value is
// 0 or shares a factor with N, the counter ctr is incremented and the hash
// repeated, so the function is total and deterministic.
func HashToGroup(input []byte) Element {
	const blocks = 9
	buf := make([]byte, 0, blocks*sha256.Size)
	for ctr := uint32(0); ; ctr++ {
		buf = buf[:0]
		for blk := uint32(0); blk < blocks; blk++ {
			h := sha256.New()
			h.Write([]byte{byte(len(hashToGroupDST))})
			h.Write([]byte(hashToGroupDST))
			var c [8]byte
			binary.BigEndian.PutUint32(c[:4], ctr)
			binary.BigEndian.PutUint32(c[4:], blk)
			h.Write(c[:])
			h.Write(input)
			buf = h.Sum(buf)
		}
		v := new(big.Int).SetBytes(buf)
		v.Mod(v, modulus)
		e := canonical(v)
		if checkCanonical(e.v) == nil {
			return e
		}
	}
}
