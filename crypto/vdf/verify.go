package vdf

import "math/big"

// MinT and MaxT bound the number of squarings accepted by Eval and Verify.
// 2^40 squarings take weeks at today's speeds; anything above is a mistake or
// an attempt to make a verifier allocate for an absurd T.
const (
	MinT uint64 = 1
	MaxT uint64 = 1 << 40
)

func checkT(t uint64) error {
	if t < MinT || t > MaxT {
		return ErrTOutOfRange
	}
	return nil
}

// Verify checks that y = x^(2^T) in Z_N^*/{±1} using Wesolowski's proof π:
// with ℓ = HashToPrime(x, y, T) and r = 2^T mod ℓ it accepts iff
// π^ℓ · x^r = ±y (mod N). Cost: two exponentiations with 256-bit exponents.
func Verify(x Element, t uint64, y, proof Element) error {
	if !x.IsValid() || !y.IsValid() || !proof.IsValid() {
		return ErrElementUninitialized
	}
	if err := checkT(t); err != nil {
		return err
	}
	l := HashToPrime(x, y, t)
	r := new(big.Int).Exp(big.NewInt(2), new(big.Int).SetUint64(t), l)

	lhs := new(big.Int).Exp(proof.v, l, modulus)
	xr := new(big.Int).Exp(x.v, r, modulus)
	lhs.Mul(lhs, xr).Mod(lhs, modulus)
	if !canonical(lhs).Equal(y) {
		return ErrInvalidProof
	}
	return nil
}
