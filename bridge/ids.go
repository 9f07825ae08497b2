package bridge

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// VerifyingKeyID names a Groth16 verifying key on DPNSettlement (registerVerifyingKey,
// orderJob, deliverProof): keccak256 of the key in the contract's byte layout (alpha1 |
// beta2 | gamma2 | delta2 | IC[0..n], as l2sim.DecodeVerifyingKey encodes a snarkjs
// verification_key.json). The id thus follows from the key alone, so that the chain, the L2
// teams, the deployer and the relayer agree on it without a registry of names.
func VerifyingKeyID(encodedKey []byte) common.Hash {
	return crypto.Keccak256Hash(encodedKey)
}

// JobID is a DPN job id as DPNSettlement keys it: the id as a big-endian uint256.
func JobID(dpnJobID uint64) [32]byte {
	var id [32]byte
	for i := 0; i < 8; i++ {
		id[31-i] = byte(dpnJobID >> (8 * i))
	}
	return id
}
