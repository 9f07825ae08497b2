package types

import (
	sdkmath "cosmossdk.io/math"
)

// BondUnit is one whole DPN in the base denom.
var BondUnit = sdkmath.NewInt(1_000_000)

// ReputationWeight is 0 for a node that is not active, else 1 + floor(log2(1 + b)) where b is
// its bond in whole DPN: 1 without bond, 2 with 1 DPN, 3 with 3 DPN, 10 with 1,000 DPN.
func ReputationWeight(n Node) uint64 {
	if n.Status != NODE_STATUS_ACTIVE {
		return 0
	}
	b := sdkmath.ZeroInt()
	if !n.Bond.Amount.IsNil() && n.Bond.Amount.IsPositive() {
		b = n.Bond.Amount.Quo(BondUnit)
	}
	return uint64(b.AddRaw(1).BigInt().BitLen())
}
