// Package bridge is the relayer's view of what the DPN chain hands to its L2 deployments:
// validator sets, settlement batches and Groth16 proof orders, with their signatures.
package bridge

import (
	"context"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// ErrNotFound is what a Source returns for a valset or batch nonce the chain does not have,
// so that the relayer can tell a gap from a failing chain.
var ErrNotFound = errors.New("bridge: not found on the chain")

// Source is what the relayer reads from the DPN chain.
type Source interface {
	// Valset returns the validator set the chain produced with this nonce.
	Valset(ctx context.Context, nonce uint64) (Valset, error)
	// LatestValsetNonce is the newest valset nonce.
	LatestValsetNonce(ctx context.Context) (uint64, error)
	// ValsetSignatures are 65-byte r||s||v (v 27/28) signatures by Ethereum address over the
	// valset's digest for destination dest.
	ValsetSignatures(ctx context.Context, dest string, nonce uint64) (map[common.Address][]byte, error)
	// Batches returns dest's batches with nonce > after, ascending, each in its newest copy
	// (a batch whose timeout passed is renewed by the chain under the same nonce).
	Batches(ctx context.Context, dest string, after uint64) ([]Batch, error)
	// BatchSignatures are signatures as ValsetSignatures' over the batch's digest.
	BatchSignatures(ctx context.Context, dest string, nonce uint64) (map[common.Address][]byte, error)
	// ProofOrders lists groth16 jobs whose verified proof is to be delivered on dest.
	ProofOrders(ctx context.Context, dest string) ([]ProofOrder, error)
}

// Valset is a validator set: members in ascending address order, powers normalised to sum
// to at most 2^32.
type Valset struct {
	Nonce   uint64   `json:"nonce"`
	Members []Member `json:"members"`
}

// Member is one validator of a Valset.
type Member struct {
	Address common.Address `json:"address"`
	Power   uint64         `json:"power"`
}

// Batch is a settlement batch for one L2: Recipients[i] receives Amounts[i] at once, and a
// non-zero ClaimRoot commits to further records worth ClaimTotal. Timeout is an L2 block
// timestamp in seconds.
type Batch struct {
	Nonce, L2ChainID, Timeout uint64
	Partition                 [32]byte
	Recipients                []common.Address
	Amounts                   []*big.Int
	// RefundTo[i] gets RefundWei[i] back from ComputeCredits: purchases the chain could
	// not credit.
	RefundTo   []common.Address
	RefundWei  []*big.Int
	ClaimRoot  [32]byte
	ClaimTotal *big.Int
}

// ProofOrder is a groth16 job whose proof the chain verified and an L2 team ordered.
type ProofOrder struct {
	JobID         uint64
	Team          common.Address
	VerifyingKey  []byte // snarkjs verification_key.json
	Proof         []byte // snarkjs proof.json
	PublicSignals []byte // snarkjs public.json
}
