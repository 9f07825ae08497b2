package eip712vectors

import (
	"fmt"
	"math/big"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dpn-network/dpn/contracts/eip712"
)

// DeployerKeySeed derives the key that deploys the on-chain domains' settlements.
const DeployerKeySeed = "dpn eip712 vectors: deployer (test key)"

func bytes32(s string) common.Hash {
	var h common.Hash
	copy(h[:], s)
	return h
}

func addr(tag string, i int) common.Address {
	return common.BytesToAddress(crypto.Keccak256([]byte(tag + "/" + strconv.Itoa(i)))[12:])
}

// sortedAddrs is n distinct addresses in ascending order, as a valset needs them.
func sortedAddrs(tag string, n int) []common.Address {
	out := make([]common.Address, n)
	for i := range out {
		out[i] = addr(tag, i)
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Cmp(out[j-1]) < 0; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func nonce(n uint64) *uint64 { return &n }

// Generate builds the vectors: the inputs are fixed here, the outputs come from package
// eip712 (and are what the contract must agree with).
func Generate() (*File, error) {
	key, err := Key(DeployerKeySeed)
	if err != nil {
		return nil, err
	}
	deployer := crypto.PubkeyToAddress(key.PublicKey)
	f := &File{
		Comment: "Golden EIP-712 vectors for DPNSettlement. Domains with deployNonce are settlements the " +
			"account of keccak256(deployerKeySeed) deploys at that nonce on go-ethereum's simulated chain " +
			"(chain id 1337); their digests are also checked against the contract. Regenerate with " +
			"go test ./contracts/eip712 -run TestVectors -update.",
		DeployerKeySeed: DeployerKeySeed,
		Domains: []Domain{
			{Name: "sim dpn-1", L2ChainID: strconv.Itoa(SimChainID), Settlement: crypto.CreateAddress(deployer, 0), DPNChainID: "dpn-1", DeployNonce: nonce(0)},
			{Name: "sim dpn-test-1", L2ChainID: strconv.Itoa(SimChainID), Settlement: crypto.CreateAddress(deployer, 1), DPNChainID: "dpn-test-1", DeployNonce: nonce(1)},
			{Name: "optimism dpn-1", L2ChainID: "10", Settlement: common.HexToAddress("0x5e771e4e7d4e0c1a5e771e4e7d4e0c1a5e771e4e"), DPNChainID: "dpn-1"},
			{Name: "arbitrum one dpn-1", L2ChainID: "42161", Settlement: common.HexToAddress("0x5e771e4e7d4e0c1a5e771e4e7d4e0c1a5e771e4e"), DPNChainID: "dpn-1"},
		},
	}

	// Valsets: the powers are NormalizePowers' output, as the chain would produce them.
	four, _ := eip712.NormalizePowers([]uint64{100, 100, 100, 100})
	uneven, _ := eip712.NormalizePowers([]uint64{5_000_000, 1_250_000, 3_000_000, 700_000, 50_000})
	hundred := make([]uint64, 100)
	for i := range hundred {
		hundred[i] = uint64(1_000 + 37*i)
	}
	hundred, _ = eip712.NormalizePowers(hundred)
	for _, v := range []struct {
		name   string
		domain int
		n      int
		powers []uint64
		nonce  uint64
	}{
		{"one validator, all the power", 0, 1, []uint64{eip712.MaxTotalPower}, 0},
		{"four equal validators", 0, 4, four, 1},
		{"four equal validators, other DPN chain", 1, 4, four, 1},
		{"five uneven validators", 1, 5, uneven, 42},
		{"one hundred validators", 0, 100, hundred, 7},
		{"four equal validators on Optimism", 2, 4, four, 1},
	} {
		vals := sortedAddrs("validator", v.n)
		d, err := f.Domains[v.domain].EIP712()
		if err != nil {
			return nil, err
		}
		f.Valsets = append(f.Valsets, Valset{Name: v.name, Domain: v.domain, Validators: vals, Powers: v.powers, Nonce: v.nonce,
			Digest: eip712.ValsetDigest(d, vals, v.powers, v.nonce)})
	}

	// Batches.
	records := func(n int) ([]common.Address, []string) {
		rs, as := []common.Address{}, []string{}
		for i := 0; i < n; i++ {
			rs = append(rs, addr("recipient", i))
			a := new(big.Int).Mul(big.NewInt(int64(i+1)), big.NewInt(1e18))
			as = append(as, a.Add(a, big.NewInt(int64(i))).String())
		}
		return rs, as
	}
	r3, a3 := records(3)
	r100, a100 := records(100)
	refunds := func(n int) ([]common.Address, []string) {
		ts, ws := []common.Address{}, []string{}
		for i := 0; i < n; i++ {
			ts = append(ts, addr("buyer", i))
			w := new(big.Int).Mul(big.NewInt(int64(i+1)), big.NewInt(1e15))
			ws = append(ws, w.Add(w, big.NewInt(int64(i))).String())
		}
		return ts, ws
	}
	t2, w2 := refunds(2)
	t10, w10 := refunds(10)
	for _, b := range []Batch{
		{Name: "empty records, no claims", Domain: 0, Nonce: 1, L2ChainID: "1337", Timeout: 1_800_000_000, Partition: bytes32("earnings"), ClaimTotal: "0"},
		{Name: "empty records, claim root only", Domain: 0, Nonce: 2, L2ChainID: "1337", Timeout: 1_800_003_600, Partition: bytes32("earnings"),
			ClaimRoot: crypto.Keccak256Hash([]byte("a claim root")), ClaimTotal: "123456789000000000000000"},
		{Name: "three records and a claim root", Domain: 1, Nonce: 3, L2ChainID: "1337", Timeout: 1_800_000_000, Partition: bytes32("regulated"),
			Recipients: r3, Amounts: a3, ClaimRoot: crypto.Keccak256Hash([]byte("another root")), ClaimTotal: "5"},
		{Name: "one hundred records", Domain: 0, Nonce: 4, L2ChainID: "1337", Timeout: 1_900_000_000, Partition: bytes32("earnings"),
			Recipients: r100, Amounts: a100, ClaimTotal: "0"},
		{Name: "l2ChainId field unlike the domain's chain", Domain: 0, Nonce: 5, L2ChainID: "42161", Timeout: 1_800_000_000, Partition: bytes32("earnings"),
			Recipients: r3, Amounts: a3, ClaimTotal: "0"},
		{Name: "three records on Arbitrum One", Domain: 3, Nonce: 1, L2ChainID: "42161", Timeout: 1_800_000_000, Partition: bytes32("earnings"),
			Recipients: r3, Amounts: a3, ClaimTotal: "0"},
		{Name: "refunds only", Domain: 0, Nonce: 6, L2ChainID: "1337", Timeout: 1_800_000_000, Partition: bytes32("earnings"),
			RefundTo: t2, RefundWei: w2, ClaimTotal: "0"},
		{Name: "three records, ten refunds and a claim root", Domain: 1, Nonce: 7, L2ChainID: "1337", Timeout: 1_800_000_000, Partition: bytes32("regulated"),
			Recipients: r3, Amounts: a3, RefundTo: t10, RefundWei: w10, ClaimRoot: crypto.Keccak256Hash([]byte("a third root")), ClaimTotal: "9"},
		{Name: "records and refunds of the same pairs", Domain: 0, Nonce: 8, L2ChainID: "1337", Timeout: 1_800_000_000, Partition: bytes32("earnings"),
			Recipients: t2, Amounts: w2, RefundTo: t2, RefundWei: w2, ClaimTotal: "0"},
		{Name: "two refunds on Optimism", Domain: 2, Nonce: 1, L2ChainID: "10", Timeout: 1_800_000_000, Partition: bytes32("earnings"),
			Recipients: r3, Amounts: a3, RefundTo: t2, RefundWei: w2, ClaimTotal: "0"},
	} {
		if b.Recipients == nil {
			b.Recipients, b.Amounts = []common.Address{}, []string{}
		}
		if b.RefundTo == nil {
			b.RefundTo, b.RefundWei = []common.Address{}, []string{}
		}
		d, err := f.Domains[b.Domain].EIP712()
		if err != nil {
			return nil, err
		}
		eb, err := b.EIP712()
		if err != nil {
			return nil, err
		}
		b.RecordsHash = eip712.RecordsHash(eb.Recipients, eb.Amounts)
		b.RefundsHash = eip712.RefundsHash(eb.RefundTo, eb.RefundWei)
		b.Digest = eip712.BatchDigest(d, eb)
		f.Batches = append(f.Batches, b)
	}

	// Retire.
	for _, r := range []Retire{
		{Name: "no batch settled", Domain: 0, LastBatchNonce: 0},
		{Name: "after batch 7", Domain: 1, LastBatchNonce: 7},
		{Name: "after batch 2^40", Domain: 0, LastBatchNonce: 1 << 40},
		{Name: "on Optimism after batch 7", Domain: 2, LastBatchNonce: 7},
	} {
		d, err := f.Domains[r.Domain].EIP712()
		if err != nil {
			return nil, err
		}
		r.Digest = eip712.RetireDigest(d, r.LastBatchNonce)
		f.Retires = append(f.Retires, r)
	}

	// NormalizePowers.
	for _, n := range []Normalize{
		{Name: "single validator", Powers: []uint64{5}},
		{Name: "four equal", Powers: []uint64{100, 100, 100, 100}},
		{Name: "three equal: rounds down, sum below 2^32", Powers: []uint64{7, 7, 7}},
		{Name: "uneven", Powers: []uint64{1, 2, 3}},
		{Name: "a tiny validator keeps 1", Powers: []uint64{1, 1 << 40}},
		{Name: "large powers", Powers: []uint64{1 << 62, 1 << 62, 3 << 61}},
		{Name: "at least 1 would exceed 2^32", Powers: []uint64{1, 1, 1 << 40}},
		{Name: "zero power", Powers: []uint64{0, 10}},
		{Name: "empty", Powers: []uint64{}},
	} {
		out, err := eip712.NormalizePowers(n.Powers)
		if err != nil {
			n.Error = err.Error()
		} else {
			n.Normalized = out
		}
		f.Normalize = append(f.Normalize, n)
	}

	// Sign.
	for i, dg := range []common.Hash{f.Valsets[1].Digest, f.Batches[3].Digest, f.Retires[0].Digest} {
		seed := fmt.Sprintf("dpn eip712 vectors: validator %d (test key)", i)
		k, err := Key(seed)
		if err != nil {
			return nil, err
		}
		sig := eip712.Sign(k, dg)
		f.Signatures = append(f.Signatures, Signature{Name: fmt.Sprintf("validator %d", i), KeySeed: seed, Digest: dg,
			Signature: hexutil.Encode(sig[:]), Signer: crypto.PubkeyToAddress(k.PublicKey)})
	}
	return f, nil
}
