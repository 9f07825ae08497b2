// Package field holds the BN254 field checks shared by the iden3 file readers:
// prime identification and canonical-range tests for raw little-endian bytes
// and raw Montgomery limbs.
package field

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

var (
	// ErrWrongPrime means a file declares a field other than BN254's.
	ErrWrongPrime = errors.New("field: not the BN254 field")
	// ErrNotCanonical means an element is not below the field modulus.
	ErrNotCanonical = errors.New("field: element not below the modulus")
)

// N8 is the byte length of one BN254 field element (both Fr and Fp).
const N8 = 32

var (
	rLE    = leBytes(fr.Modulus())
	qLE    = leBytes(fp.Modulus())
	qLimbs = limbs(fp.Modulus())
	rLimbs = limbs(fr.Modulus())
)

func leBytes(m *big.Int) []byte {
	b := m.FillBytes(make([]byte, N8))
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return b
}

func limbs(m *big.Int) [4]uint64 {
	var l [4]uint64
	w := m.Bits()
	for i := range w {
		l[i] = uint64(w[i])
	}
	return l
}

// CheckR verifies that n8 and the little-endian prime are BN254's scalar field r.
func CheckR(n8 uint32, prime []byte) error {
	if n8 != N8 || !bytes.Equal(prime, rLE) {
		return fmt.Errorf("%w: n8=%d prime=%s (want r)", ErrWrongPrime, n8, leToDec(prime))
	}
	return nil
}

// CheckQ verifies that n8 and the little-endian prime are BN254's base field q.
func CheckQ(n8 uint32, prime []byte) error {
	if n8 != N8 || !bytes.Equal(prime, qLE) {
		return fmt.Errorf("%w: n8=%d prime=%s (want q)", ErrWrongPrime, n8, leToDec(prime))
	}
	return nil
}

func leToDec(b []byte) string {
	be := make([]byte, len(b))
	for i := range b {
		be[len(b)-1-i] = b[i]
	}
	return new(big.Int).SetBytes(be).String()
}

// FrFromLE decodes 32 little-endian bytes holding a canonical value < r.
func FrFromLE(b []byte) (fr.Element, error) {
	if len(b) != N8 {
		return fr.Element{}, fmt.Errorf("%w: %d bytes", ErrNotCanonical, len(b))
	}
	e, err := fr.LittleEndian.Element((*[N8]byte)(b))
	if err != nil {
		return fr.Element{}, fmt.Errorf("%w: %v", ErrNotCanonical, err)
	}
	return e, nil
}

func less(a, m *[4]uint64) bool {
	for i := 3; i >= 0; i-- {
		if a[i] != m[i] {
			return a[i] < m[i]
		}
	}
	return false
}

// FpLimbsCanonical reports whether raw Montgomery limbs are below q.
func FpLimbsCanonical(e *fp.Element) bool { return less((*[4]uint64)(e), &qLimbs) }

// FrLimbsCanonical reports whether raw limbs are below r.
func FrLimbsCanonical(e *fr.Element) bool { return less((*[4]uint64)(e), &rLimbs) }
