package submitter

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dpn-network/dpn/bridge"
	"github.com/dpn-network/dpn/contracts/bindings"
	"github.com/dpn-network/dpn/contracts/l2sim"
)

// ValsetBinding is vs as the contract's Valset argument.
func ValsetBinding(vs bridge.Valset) bindings.DPNSettlementValset {
	out := bindings.DPNSettlementValset{
		Validators: make([]common.Address, len(vs.Members)),
		Powers:     make([]*big.Int, len(vs.Members)),
		Nonce:      new(big.Int).SetUint64(vs.Nonce),
	}
	for i, m := range vs.Members {
		out.Validators[i] = m.Address
		out.Powers[i] = new(big.Int).SetUint64(m.Power)
	}
	return out
}

// BatchBinding is b as the contract's Batch argument; nil amounts and totals are zero.
func BatchBinding(b bridge.Batch) bindings.DPNSettlementBatch {
	out := bindings.DPNSettlementBatch{
		Nonce:      new(big.Int).SetUint64(b.Nonce),
		L2ChainId:  new(big.Int).SetUint64(b.L2ChainID),
		Timeout:    new(big.Int).SetUint64(b.Timeout),
		Partition:  b.Partition,
		Recipients: append([]common.Address{}, b.Recipients...),
		Amounts:    make([]*big.Int, len(b.Amounts)),
		RefundTo:   append([]common.Address{}, b.RefundTo...),
		RefundWei:  make([]*big.Int, len(b.RefundWei)),
		ClaimRoot:  b.ClaimRoot,
		ClaimTotal: new(big.Int),
	}
	for i, a := range b.Amounts {
		out.Amounts[i] = new(big.Int)
		if a != nil {
			out.Amounts[i].Set(a)
		}
	}
	for i, w := range b.RefundWei {
		out.RefundWei[i] = new(big.Int)
		if w != nil {
			out.RefundWei[i].Set(w)
		}
	}
	if b.ClaimTotal != nil {
		out.ClaimTotal.Set(b.ClaimTotal)
	}
	return out
}

// proofCall is a ProofOrder as deliverProof's arguments.
type proofCall struct {
	jobID  [32]byte
	vkID   common.Hash
	proof  [8]*big.Int
	inputs []*big.Int
}

func decodeProofOrder(o bridge.ProofOrder) (proofCall, error) {
	vk, err := l2sim.DecodeVerifyingKey(o.VerifyingKey)
	if err != nil {
		return proofCall{}, fmt.Errorf("verifying key: %w", err)
	}
	proof, err := l2sim.DecodeProof(o.Proof)
	if err != nil {
		return proofCall{}, fmt.Errorf("proof: %w", err)
	}
	inputs, err := l2sim.DecodePublicSignals(o.PublicSignals)
	if err != nil {
		return proofCall{}, fmt.Errorf("public signals: %w", err)
	}
	return proofCall{jobID: bridge.JobID(o.JobID), vkID: bridge.VerifyingKeyID(vk), proof: proof, inputs: inputs}, nil
}
