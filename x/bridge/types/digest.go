package types

import (
	"fmt"
	"math/big"

	sdkmath "cosmossdk.io/math"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dpn-network/dpn/contracts/eip712"
)

// TokenUnitsPerUdpn converts udpn (6 decimals) to DPNToken's 18-decimal units.
var TokenUnitsPerUdpn = sdkmath.NewIntWithDecimal(1, 12)

// Domain is the EIP-712 domain of a destination's DPNSettlement, bound to this DPN chain.
func (d Destination) Domain(dpnChainID string) eip712.Domain {
	return eip712.Domain{L2ChainID: new(big.Int).SetUint64(d.L2ChainId), Settlement: common.HexToAddress(d.Settlement), DPNChainID: dpnChainID}
}

// Digest is the valset's checkpoint on a destination: what the previous set signs.
func (v Valset) Digest(d Destination, dpnChainID string) common.Hash {
	addrs := make([]common.Address, len(v.Members))
	powers := make([]uint64, len(v.Members))
	for i, m := range v.Members {
		addrs[i], powers[i] = common.HexToAddress(m.EthAddress), m.Power
	}
	return eip712.ValsetDigest(d.Domain(dpnChainID), addrs, powers, v.Nonce)
}

// TotalPower sums the members' normalised powers.
func (v Valset) TotalPower() uint64 {
	var t uint64
	for _, m := range v.Members {
		t += m.Power
	}
	return t
}

// Contract is the batch as DPNSettlement.submitBatch takes it: amounts in token units, ETH
// refunds in wei, no claim root (every record is pushed).
func (b Batch) Contract(d Destination) eip712.Batch {
	out := eip712.Batch{
		Nonce: b.Nonce, L2ChainID: new(big.Int).SetUint64(d.L2ChainId), Timeout: b.Timeout, Partition: [32]byte(d.Partition),
		ClaimTotal: new(big.Int),
	}
	for _, r := range b.Records {
		out.Recipients = append(out.Recipients, common.HexToAddress(r.Recipient))
		out.Amounts = append(out.Amounts, r.Amount.Mul(TokenUnitsPerUdpn).BigInt())
	}
	for _, r := range b.Refunds {
		out.RefundTo = append(out.RefundTo, common.HexToAddress(r.To))
		out.RefundWei = append(out.RefundWei, r.AmountWei.BigInt())
	}
	return out
}

// Digest is what validators sign to settle the batch on d.
func (b Batch) Digest(d Destination, dpnChainID string) common.Hash {
	return eip712.BatchDigest(d.Domain(dpnChainID), b.Contract(d))
}

// PopDigest is what a validator's Ethereum key signs to prove possession: it binds the key
// to the validator operator and the DPN chain, and is never a valset or batch digest.
func PopDigest(chainID, valoper string) common.Hash {
	return crypto.Keccak256Hash([]byte("dpn/bridge/pop/v1"), []byte{0}, []byte(chainID), []byte{0}, []byte(valoper))
}

// RecoverSigner returns the address that signed digest with a 65-byte r ‖ s ‖ v signature
// (v in {27, 28}, low s), or a wrapped ErrInvalidSignature.
func RecoverSigner(digest common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, fmt.Errorf("%w: %d bytes, want 65", ErrInvalidSignature, len(sig))
	}
	a, err := eip712.Recover(digest, [65]byte(sig))
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrInvalidSignature, err)
	}
	return a, nil
}
