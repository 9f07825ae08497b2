package keeper

import (
	"context"

	"github.com/dpn-network/dpn/crypto/bls"
	"github.com/dpn-network/dpn/x/attestation/types"
)

// VerifyHeartbeats exposes the read-only half of SubmitHeartbeats to the benchmarks.
func (k Keeper) VerifyHeartbeats(ctx context.Context, msg *types.MsgSubmitHeartbeats) (uint64, uint64, error) {
	return k.verifyHeartbeats(ctx, msg)
}

// ApplyHeartbeats exposes the writing half of SubmitHeartbeats to the benchmarks.
func (k Keeper) ApplyHeartbeats(ctx context.Context, epoch, first uint64, signers []byte) (uint64, error) {
	return k.applyHeartbeats(ctx, epoch, first, signers)
}

// RememberKey records that raw with proof pop verified to vpk, as registration does, so that
// a benchmark can write many nodes without a proof-of-possession check each.
func (k Keeper) RememberKey(raw, pop []byte, vpk bls.VerifiedPublicKey) {
	k.keys.put(raw, pop, vpk)
}
