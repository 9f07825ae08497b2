// Package eip712 computes the EIP-712 digests DPNSettlement verifies (validator-set
// checkpoints, settlement batches, the Retire message), normalizes validator powers the way
// the contract requires, and signs and recovers digests with the contract's rules. It
// depends only on go-ethereum's crypto, common and abi packages, so the DPN chain and the
// relayer compute byte-identical digests without the contract bindings; the golden vectors
// in contracts/testdata/eip712_vectors.json are checked both here and against the deployed
// contract.
package eip712

import (
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The EIP-712 domain name and version of DPNSettlement.
const (
	Name    = "DPNSettlement"
	Version = "1"
)

// Type hashes of the domain and of the structs the validators sign, as in DPNSettlement.
var (
	DomainTypeHash = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	ValsetTypeHash = crypto.Keccak256Hash([]byte("Valset(bytes32 dpnChainId,uint256 nonce,address[] validators,uint256[] powers)"))
	BatchTypeHash  = crypto.Keccak256Hash([]byte("Batch(bytes32 dpnChainId,uint256 nonce,uint256 l2ChainId,uint256 timeout,bytes32 partition,bytes32 recordsHash,bytes32 refundsHash,bytes32 claimRoot,uint256 claimTotal)"))
	RetireTypeHash = crypto.Keccak256Hash([]byte("Retire(bytes32 dpnChainId,uint256 lastBatchNonce)"))
)

var (
	tBytes32, _   = abi.NewType("bytes32", "", nil)
	tUint256, _   = abi.NewType("uint256", "", nil)
	tAddress, _   = abi.NewType("address", "", nil)
	tAddresses, _ = abi.NewType("address[]", "", nil)
	tUints, _     = abi.NewType("uint256[]", "", nil)
)

// Domain identifies one DPNSettlement deployment: the L2 chain, the contract, and the DPN
// chain whose validators it follows. Every digest binds all three.
type Domain struct {
	L2ChainID  *big.Int
	Settlement common.Address
	DPNChainID string // e.g. "dpn-1"; the contract stores its keccak256
}

// DPNChainIDHash is the dpnChainId field of every signed struct.
func (d Domain) DPNChainIDHash() common.Hash { return crypto.Keccak256Hash([]byte(d.DPNChainID)) }

// Separator is the EIP-712 domain separator (OpenZeppelin's _domainSeparatorV4).
func (d Domain) Separator() common.Hash {
	return crypto.Keccak256Hash(pack(
		word{tBytes32, DomainTypeHash},
		word{tBytes32, crypto.Keccak256Hash([]byte(Name))},
		word{tBytes32, crypto.Keccak256Hash([]byte(Version))},
		word{tUint256, orZero(d.L2ChainID)},
		word{tAddress, d.Settlement},
	))
}

// TypedDataHash is the digest of a struct hash under d: keccak256(0x1901 || separator ||
// structHash), what the contract's _hashTypedDataV4 returns.
func (d Domain) TypedDataHash(structHash common.Hash) common.Hash {
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, d.Separator().Bytes(), structHash.Bytes())
}

// ValsetDigest is the checkpoint of the validator set (validators[i] with powers[i]) at
// nonce: what the current set signs to adopt it, and what the contract stores. The contract
// accepts only sets with strictly ascending addresses and positive powers summing to at most
// MaxTotalPower (see NormalizePowers); the digest itself is defined for any input.
func ValsetDigest(d Domain, validators []common.Address, powers []uint64, nonce uint64) common.Hash {
	var va, pw []byte
	for _, v := range validators {
		va = append(va, common.LeftPadBytes(v.Bytes(), 32)...)
	}
	for _, p := range powers {
		pw = append(pw, common.LeftPadBytes(new(big.Int).SetUint64(p).Bytes(), 32)...)
	}
	return d.TypedDataHash(crypto.Keccak256Hash(pack(
		word{tBytes32, ValsetTypeHash},
		word{tBytes32, d.DPNChainIDHash()},
		word{tUint256, new(big.Int).SetUint64(nonce)},
		word{tBytes32, crypto.Keccak256Hash(va)},
		word{tBytes32, crypto.Keccak256Hash(pw)},
	)))
}

// Batch is a settlement batch as the validators sign it. Recipients[i] receives Amounts[i]
// at once; RefundTo[i] gets RefundWei[i] back from the settlement's ComputeCredits; a
// non-zero ClaimRoot commits to further records worth ClaimTotal. Timeout is an L2 block
// timestamp in seconds. Nil slices are empty arrays and nil big integers count as zero;
// amounts are taken modulo 2^256 as the EVM does, so they must be non-negative and below
// 2^256 to mean anything.
type Batch struct {
	Nonce      uint64
	L2ChainID  *big.Int
	Timeout    uint64
	Partition  [32]byte
	Recipients []common.Address
	Amounts    []*big.Int
	RefundTo   []common.Address
	RefundWei  []*big.Int
	ClaimRoot  [32]byte
	ClaimTotal *big.Int
}

// RecordsHash is keccak256(abi.encode(recipients, amounts)), the batch's recordsHash field.
func RecordsHash(recipients []common.Address, amounts []*big.Int) common.Hash {
	return pairsHash(recipients, amounts)
}

// RefundsHash is keccak256(abi.encode(refundTo, refundWei)), the batch's refundsHash field.
func RefundsHash(refundTo []common.Address, refundWei []*big.Int) common.Hash {
	return pairsHash(refundTo, refundWei)
}

// pairsHash is keccak256(abi.encode(address[] addrs, uint256[] values)).
func pairsHash(addrs []common.Address, values []*big.Int) common.Hash {
	if addrs == nil {
		addrs = []common.Address{}
	}
	vs := make([]*big.Int, len(values))
	for i, v := range values {
		vs[i] = orZero(v)
	}
	enc, err := abi.Arguments{{Type: tAddresses}, {Type: tUints}}.Pack(addrs, vs)
	if err != nil {
		panic("eip712: " + err.Error()) // unreachable: the types are fixed
	}
	return crypto.Keccak256Hash(enc)
}

// BatchDigest is what validators sign to settle b.
func BatchDigest(d Domain, b Batch) common.Hash {
	return d.TypedDataHash(crypto.Keccak256Hash(pack(
		word{tBytes32, BatchTypeHash},
		word{tBytes32, d.DPNChainIDHash()},
		word{tUint256, new(big.Int).SetUint64(b.Nonce)},
		word{tUint256, orZero(b.L2ChainID)},
		word{tUint256, new(big.Int).SetUint64(b.Timeout)},
		word{tBytes32, b.Partition},
		word{tBytes32, RecordsHash(b.Recipients, b.Amounts)},
		word{tBytes32, RefundsHash(b.RefundTo, b.RefundWei)},
		word{tBytes32, b.ClaimRoot},
		word{tUint256, orZero(b.ClaimTotal)},
	)))
}

// RetireDigest is what validators sign to retire the settlement after batch
// lastBatchNonce, ending issuance for good.
func RetireDigest(d Domain, lastBatchNonce uint64) common.Hash {
	return d.TypedDataHash(crypto.Keccak256Hash(pack(
		word{tBytes32, RetireTypeHash},
		word{tBytes32, d.DPNChainIDHash()},
		word{tUint256, new(big.Int).SetUint64(lastBatchNonce)},
	)))
}

type word struct {
	t abi.Type
	v any
}

// pack is abi.encode of static words.
func pack(ws ...word) []byte {
	args := make(abi.Arguments, len(ws))
	vals := make([]any, len(ws))
	for i, w := range ws {
		args[i] = abi.Argument{Type: w.t}
		switch v := w.v.(type) {
		case common.Hash:
			vals[i] = [32]byte(v)
		default:
			vals[i] = v
		}
	}
	out, err := args.Pack(vals...)
	if err != nil {
		panic("eip712: " + err.Error()) // unreachable: every word has a fixed type
	}
	return out
}

func orZero(x *big.Int) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	return x
}
