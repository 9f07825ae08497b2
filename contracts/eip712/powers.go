package eip712

import (
	"errors"
	"math/big"
)

// MaxTotalPower is the most the powers of a validator set may sum to (Gravity Bridge's
// 2^32), so that the contract's power arithmetic cannot overflow.
const MaxTotalPower = 1 << 32

var (
	// ErrNoValidators is returned for an empty validator set.
	ErrNoValidators = errors.New("eip712: empty validator set")
	// ErrZeroPower is returned when a validator has no power: it has no place in the set.
	ErrZeroPower = errors.New("eip712: validator with zero power")
	// ErrPowerOverflow is returned when the normalized powers sum above MaxTotalPower, which
	// the "at least 1" rule can cause when some validators hold less than 2^-32 of the total;
	// the contract would refuse such a set.
	ErrPowerOverflow = errors.New("eip712: normalized powers exceed 2^32")
)

// NormalizePowers scales powers to sum to at most MaxTotalPower, in the given order:
// powers[i] * 2^32 / total rounded down, and at least 1 so that every validator keeps a
// vote. The order of the validators (ascending address, as the contract wants) is the
// caller's.
func NormalizePowers(powers []uint64) ([]uint64, error) {
	if len(powers) == 0 {
		return nil, ErrNoValidators
	}
	total := new(big.Int)
	for _, p := range powers {
		if p == 0 {
			return nil, ErrZeroPower
		}
		total.Add(total, new(big.Int).SetUint64(p))
	}
	out := make([]uint64, len(powers))
	var sum uint64
	for i, p := range powers {
		n := new(big.Int).Mul(new(big.Int).SetUint64(p), big.NewInt(MaxTotalPower))
		out[i] = n.Div(n, total).Uint64()
		if out[i] == 0 {
			out[i] = 1
		}
		sum += out[i] // at most 2^32 + len(powers): no overflow
	}
	if sum > MaxTotalPower {
		return nil, ErrPowerOverflow
	}
	return out, nil
}
