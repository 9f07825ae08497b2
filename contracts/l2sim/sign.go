package l2sim

import (
	"crypto/ecdsa"
	"errors"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dpn-network/dpn/contracts/bindings"
)

// MaxTotalPower is the sum validator powers are normalized to (Gravity Bridge's 2^32).
const MaxTotalPower = 1 << 32

var (
	eip712DomainType = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	valsetTypeHash   = crypto.Keccak256Hash([]byte("Valset(bytes32 dpnChainId,uint256 nonce,address[] validators,uint256[] powers)"))
	batchTypeHash    = crypto.Keccak256Hash([]byte("Batch(bytes32 dpnChainId,uint256 nonce,uint256 l2ChainId,uint256 timeout,bytes32 partition,bytes32 recordsHash,bytes32 claimRoot,uint256 claimTotal)"))

	tBytes32, _   = abi.NewType("bytes32", "", nil)
	tUint256, _   = abi.NewType("uint256", "", nil)
	tAddress, _   = abi.NewType("address", "", nil)
	tAddresses, _ = abi.NewType("address[]", "", nil)
	tUints, _     = abi.NewType("uint256[]", "", nil)

	// ErrEmptyValset is returned when a validator set has no members.
	ErrEmptyValset = errors.New("l2sim: empty validator set")
)

func words(args ...any) []byte {
	var ts abi.Arguments
	for _, a := range args {
		switch a.(type) {
		case common.Hash, [32]byte:
			ts = append(ts, abi.Argument{Type: tBytes32})
		case *big.Int:
			ts = append(ts, abi.Argument{Type: tUint256})
		case common.Address:
			ts = append(ts, abi.Argument{Type: tAddress})
		default:
			panic("l2sim: unsupported word type")
		}
	}
	for i, a := range args {
		if h, ok := a.(common.Hash); ok {
			args[i] = [32]byte(h)
		}
	}
	out, err := ts.Pack(args...)
	if err != nil {
		panic(err)
	}
	return out
}

// Domain is the EIP-712 domain of one DPNSettlement deployment plus its DPN chain id.
type Domain struct {
	L2ChainID  *big.Int
	Settlement common.Address
	DPNChainID string
}

func (d Domain) separator() common.Hash {
	return crypto.Keccak256Hash(words(eip712DomainType, crypto.Keccak256Hash([]byte("DPNSettlement")),
		crypto.Keccak256Hash([]byte("1")), d.L2ChainID, d.Settlement))
}

func (d Domain) digest(structHash common.Hash) common.Hash {
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, d.separator().Bytes(), structHash.Bytes())
}

// ValsetDigest is the checkpoint of vs: what the current set signs to adopt vs.
func (d Domain) ValsetDigest(vs bindings.DPNSettlementValset) common.Hash {
	var va, pw []byte
	for _, v := range vs.Validators {
		va = append(va, common.LeftPadBytes(v.Bytes(), 32)...)
	}
	for _, p := range vs.Powers {
		pw = append(pw, common.LeftPadBytes(p.Bytes(), 32)...)
	}
	sh := crypto.Keccak256Hash(words(valsetTypeHash, crypto.Keccak256Hash([]byte(d.DPNChainID)), vs.Nonce,
		crypto.Keccak256Hash(va), crypto.Keccak256Hash(pw)))
	return d.digest(sh)
}

// BatchDigest is what validators sign to settle b.
func (d Domain) BatchDigest(b bindings.DPNSettlementBatch) common.Hash {
	recs, err := abi.Arguments{{Type: tAddresses}, {Type: tUints}}.Pack(b.Recipients, b.Amounts)
	if err != nil {
		panic(err)
	}
	sh := crypto.Keccak256Hash(words(batchTypeHash, crypto.Keccak256Hash([]byte(d.DPNChainID)), b.Nonce, b.L2ChainId,
		b.Timeout, common.Hash(b.Partition), crypto.Keccak256Hash(recs), common.Hash(b.ClaimRoot), b.ClaimTotal))
	return d.digest(sh)
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

// NewSet sorts members by address and normalizes their powers to sum to at most 2^32.
func NewSet(members []Validator, nonce uint64) (Set, error) {
	if len(members) == 0 {
		return Set{}, ErrEmptyValset
	}
	ms := append([]Validator(nil), members...)
	sort.Slice(ms, func(i, j int) bool {
		return new(big.Int).SetBytes(ms[i].Address().Bytes()).Cmp(new(big.Int).SetBytes(ms[j].Address().Bytes())) < 0
	})
	var total uint64
	for _, m := range ms {
		total += m.Power
	}
	for i := range ms {
		ms[i].Power = uint64(new(big.Int).Div(new(big.Int).Mul(big.NewInt(int64(ms[i].Power)), big.NewInt(MaxTotalPower)),
			new(big.Int).SetUint64(total)).Uint64())
		if ms[i].Power == 0 {
			ms[i].Power = 1
		}
	}
	return Set{Members: ms, Nonce: nonce}, nil
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

// Sign returns signatures over digest by the members for which signs(i) is true, aligned
// with the set (unsigned slots have v = 0).
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

// SignDigest signs digest as OpenZeppelin's ECDSA.recover expects (v in {27, 28}).
func SignDigest(key *ecdsa.PrivateKey, digest common.Hash) bindings.DPNSettlementSignature {
	sig, err := crypto.Sign(digest.Bytes(), key)
	if err != nil {
		panic(err) // only on a malformed key
	}
	return bindings.DPNSettlementSignature{V: sig[64] + 27, R: [32]byte(sig[0:32]), S: [32]byte(sig[32:64])}
}
