package l2sim

import (
	"bytes"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dpn-network/dpn/contracts/bindings"
	"github.com/dpn-network/dpn/contracts/eip712"
)

// MaxTotalPower is the sum validator powers are normalized to (Gravity Bridge's 2^32).
const MaxTotalPower = eip712.MaxTotalPower

var (
	tUint256, _ = abi.NewType("uint256", "", nil)
	tAddress, _ = abi.NewType("address", "", nil)
	tUints, _   = abi.NewType("uint256[]", "", nil)

	// ErrEmptyValset is returned when a validator set has no members.
	ErrEmptyValset = eip712.ErrNoValidators
)

// Domain is the EIP-712 domain of one DPNSettlement deployment plus its DPN chain id. The
// digests are package eip712's; this type only accepts the bindings' structs.
type Domain struct {
	L2ChainID  *big.Int
	Settlement common.Address
	DPNChainID string
}

// EIP712 is d as package eip712 takes it.
func (d Domain) EIP712() eip712.Domain {
	return eip712.Domain{L2ChainID: d.L2ChainID, Settlement: d.Settlement, DPNChainID: d.DPNChainID}
}

// ValsetDigest is the checkpoint of vs: what the current set signs to adopt vs. It panics
// if the nonce or a power does not fit in 64 bits (the contract refuses such a set).
func (d Domain) ValsetDigest(vs bindings.DPNSettlementValset) common.Hash {
	powers := make([]uint64, len(vs.Powers))
	for i, p := range vs.Powers {
		powers[i] = u64("power", p)
	}
	return eip712.ValsetDigest(d.EIP712(), vs.Validators, powers, u64("valset nonce", vs.Nonce))
}

// BatchDigest is what validators sign to settle b. It panics if the nonce or the timeout
// does not fit in 64 bits.
func (d Domain) BatchDigest(b bindings.DPNSettlementBatch) common.Hash {
	return eip712.BatchDigest(d.EIP712(), BatchOf(b))
}

// RetireDigest is what validators sign to retire the settlement after batch lastBatchNonce.
func (d Domain) RetireDigest(lastBatchNonce uint64) common.Hash {
	return eip712.RetireDigest(d.EIP712(), lastBatchNonce)
}

// BatchOf is b as package eip712 takes it. It panics if the nonce or the timeout does not
// fit in 64 bits.
func BatchOf(b bindings.DPNSettlementBatch) eip712.Batch {
	return eip712.Batch{Nonce: u64("batch nonce", b.Nonce), L2ChainID: b.L2ChainId, Timeout: u64("timeout", b.Timeout),
		Partition: b.Partition, Recipients: b.Recipients, Amounts: b.Amounts, RefundTo: b.RefundTo, RefundWei: b.RefundWei,
		ClaimRoot: b.ClaimRoot, ClaimTotal: b.ClaimTotal}
}

// BatchBinding is b as the contract's Batch argument.
func BatchBinding(b eip712.Batch) bindings.DPNSettlementBatch {
	out := bindings.DPNSettlementBatch{Nonce: new(big.Int).SetUint64(b.Nonce), L2ChainId: b.L2ChainID,
		Timeout: new(big.Int).SetUint64(b.Timeout), Partition: b.Partition, Recipients: b.Recipients, Amounts: b.Amounts,
		RefundTo: b.RefundTo, RefundWei: b.RefundWei, ClaimRoot: b.ClaimRoot, ClaimTotal: b.ClaimTotal}
	if out.L2ChainId == nil {
		out.L2ChainId = new(big.Int)
	}
	if out.ClaimTotal == nil {
		out.ClaimTotal = new(big.Int)
	}
	if out.Recipients == nil {
		out.Recipients = []common.Address{}
	}
	if out.Amounts == nil {
		out.Amounts = []*big.Int{}
	}
	if out.RefundTo == nil {
		out.RefundTo = []common.Address{}
	}
	if out.RefundWei == nil {
		out.RefundWei = []*big.Int{}
	}
	return out
}

func u64(what string, x *big.Int) uint64 {
	if x == nil {
		return 0
	}
	if !x.IsUint64() {
		panic(fmt.Sprintf("l2sim: %s %v does not fit in 64 bits", what, x))
	}
	return x.Uint64()
}

// Validator is one member of a set: its key and its power.
type Validator struct {
	Key   *ecdsa.PrivateKey
	Power uint64
}

// Address is the validator's Ethereum address.
func (v Validator) Address() common.Address { return crypto.PubkeyToAddress(v.Key.PublicKey) }

// Set is a validator set in the order the contract wants (ascending addresses).
type Set struct {
	Members []Validator
	Nonce   uint64
}

// NewSet sorts members by address and normalizes their powers with eip712.NormalizePowers
// (sum at most 2^32, each at least 1).
func NewSet(members []Validator, nonce uint64) (Set, error) {
	if len(members) == 0 {
		return Set{}, ErrEmptyValset
	}
	ms := append([]Validator(nil), members...)
	sort.Slice(ms, func(i, j int) bool {
		ai, aj := ms[i].Address(), ms[j].Address()
		return bytes.Compare(ai[:], aj[:]) < 0
	})
	powers := make([]uint64, len(ms))
	for i, m := range ms {
		powers[i] = m.Power
	}
	norm, err := eip712.NormalizePowers(powers)
	if err != nil {
		return Set{}, err
	}
	for i := range ms {
		ms[i].Power = norm[i]
	}
	return Set{Members: ms, Nonce: nonce}, nil
}

// Addresses are the members' addresses, in the set's order.
func (s Set) Addresses() []common.Address {
	out := make([]common.Address, len(s.Members))
	for i, m := range s.Members {
		out[i] = m.Address()
	}
	return out
}

// Powers are the members' powers, in the set's order.
func (s Set) Powers() []uint64 {
	out := make([]uint64, len(s.Members))
	for i, m := range s.Members {
		out[i] = m.Power
	}
	return out
}

// Binding is the set as the contract's Valset argument.
func (s Set) Binding() bindings.DPNSettlementValset {
	vs := bindings.DPNSettlementValset{Nonce: new(big.Int).SetUint64(s.Nonce)}
	for _, m := range s.Members {
		vs.Validators = append(vs.Validators, m.Address())
		vs.Powers = append(vs.Powers, new(big.Int).SetUint64(m.Power))
	}
	return vs
}

// Sign returns signatures over digest by the members for which signs(i) is true (all if
// signs is nil), aligned with the set; unsigned slots are all zero, the contract's "did not
// sign".
func (s Set) Sign(digest common.Hash, signs func(i int) bool) []bindings.DPNSettlementSignature {
	out := make([]bindings.DPNSettlementSignature, len(s.Members))
	for i, m := range s.Members {
		if signs != nil && !signs(i) {
			continue
		}
		out[i] = SignDigest(m.Key, digest)
	}
	return out
}

// SignDigest signs digest as the contract checks it (eip712.Sign: low s, v in {27, 28}).
func SignDigest(key *ecdsa.PrivateKey, digest common.Hash) bindings.DPNSettlementSignature {
	return SignatureBinding(eip712.Sign(key, digest))
}

// SignatureBinding is an r || s || v signature as the contract's Signature argument.
func SignatureBinding(sig [65]byte) bindings.DPNSettlementSignature {
	return bindings.DPNSettlementSignature{V: sig[64], R: [32]byte(sig[0:32]), S: [32]byte(sig[32:64])}
}
