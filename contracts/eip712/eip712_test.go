package eip712_test

import (
	"math/big"
	"strconv"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/dpn-network/dpn/contracts/eip712"
)

var testDomain = eip712.Domain{L2ChainID: big.NewInt(10), Settlement: common.HexToAddress("0x00000000000000000000000000000000005e771e"), DPNChainID: "dpn-1"}

// typedData hashes a message with go-ethereum's general EIP-712 encoder, an implementation
// independent of this package's.
func typedData(t *testing.T, d eip712.Domain, primary string, fields []apitypes.Type, msg apitypes.TypedDataMessage) common.Hash {
	t.Helper()
	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"}, {Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
			primary:        fields,
		},
		PrimaryType: primary,
		Domain: apitypes.TypedDataDomain{Name: eip712.Name, Version: eip712.Version, ChainId: (*math.HexOrDecimal256)(d.L2ChainID),
			VerifyingContract: d.Settlement.Hex()},
		Message: msg,
	}
	h, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	return common.BytesToHash(h)
}

func TestDigestsAgreeWithGenericEncoder(t *testing.T) {
	vals := []common.Address{common.HexToAddress("0x01"), common.HexToAddress("0x02"), common.HexToAddress("0xff")}
	powers := []uint64{1 << 30, 1 << 31, 1 << 30}
	var vs []any
	var ps []any
	for i := range vals {
		vs = append(vs, vals[i].Hex())
		ps = append(ps, strconv.FormatUint(powers[i], 10))
	}
	want := typedData(t, testDomain, "Valset",
		[]apitypes.Type{{Name: "dpnChainId", Type: "bytes32"}, {Name: "nonce", Type: "uint256"}, {Name: "validators", Type: "address[]"}, {Name: "powers", Type: "uint256[]"}},
		apitypes.TypedDataMessage{"dpnChainId": testDomain.DPNChainIDHash().Bytes(), "nonce": "9", "validators": vs, "powers": ps})
	if got := eip712.ValsetDigest(testDomain, vals, powers, 9); got != want {
		t.Errorf("valset digest %s, generic encoder %s", got, want)
	}

	b := eip712.Batch{Nonce: 3, L2ChainID: big.NewInt(10), Timeout: 1_800_000_000, Partition: [32]byte{'e'},
		Recipients: vals, Amounts: []*big.Int{big.NewInt(1), big.NewInt(2), big.NewInt(3)},
		RefundTo: vals[:2], RefundWei: []*big.Int{big.NewInt(4), big.NewInt(5)}, ClaimRoot: [32]byte{9}, ClaimTotal: big.NewInt(77)}
	want = typedData(t, testDomain, "Batch",
		[]apitypes.Type{{Name: "dpnChainId", Type: "bytes32"}, {Name: "nonce", Type: "uint256"}, {Name: "l2ChainId", Type: "uint256"},
			{Name: "timeout", Type: "uint256"}, {Name: "partition", Type: "bytes32"}, {Name: "recordsHash", Type: "bytes32"},
			{Name: "refundsHash", Type: "bytes32"}, {Name: "claimRoot", Type: "bytes32"}, {Name: "claimTotal", Type: "uint256"}},
		apitypes.TypedDataMessage{"dpnChainId": testDomain.DPNChainIDHash().Bytes(), "nonce": "3", "l2ChainId": "10", "timeout": "1800000000",
			"partition": b.Partition[:], "recordsHash": eip712.RecordsHash(b.Recipients, b.Amounts).Bytes(),
			"refundsHash": eip712.RefundsHash(b.RefundTo, b.RefundWei).Bytes(), "claimRoot": b.ClaimRoot[:], "claimTotal": "77"})
	if got := eip712.BatchDigest(testDomain, b); got != want {
		t.Errorf("batch digest %s, generic encoder %s", got, want)
	}

	want = typedData(t, testDomain, "Retire",
		[]apitypes.Type{{Name: "dpnChainId", Type: "bytes32"}, {Name: "lastBatchNonce", Type: "uint256"}},
		apitypes.TypedDataMessage{"dpnChainId": testDomain.DPNChainIDHash().Bytes(), "lastBatchNonce": "12"})
	if got := eip712.RetireDigest(testDomain, 12); got != want {
		t.Errorf("retire digest %s, generic encoder %s", got, want)
	}
}

func TestRecordsHashEncoding(t *testing.T) {
	// abi.encode(address[] [], uint256[] []): two offsets (0x40, 0x60) and two zero lengths.
	empty := make([]byte, 128)
	empty[31], empty[63] = 0x40, 0x60
	if got, want := eip712.RecordsHash(nil, nil), crypto.Keccak256Hash(empty); got != want {
		t.Errorf("empty records hash %s, want %s", got, want)
	}
	if eip712.RecordsHash(nil, nil) != eip712.RecordsHash([]common.Address{}, []*big.Int{}) {
		t.Error("nil and empty records hash differently")
	}
	// refunds are encoded as records are: a batch without them hashes the empty arrays
	if got, want := eip712.RefundsHash(nil, nil), crypto.Keccak256Hash(empty); got != want {
		t.Errorf("empty refunds hash %s, want %s", got, want)
	}
	a2 := []common.Address{{7}}
	if eip712.RefundsHash(a2, []*big.Int{big.NewInt(3)}) != eip712.RecordsHash(a2, []*big.Int{big.NewInt(3)}) {
		t.Error("refunds and records of the same pairs hash differently")
	}
	// nil amounts count as zero
	a := []common.Address{{1}}
	if eip712.RecordsHash(a, []*big.Int{nil}) != eip712.RecordsHash(a, []*big.Int{new(big.Int)}) {
		t.Error("a nil amount is not zero")
	}
}

func TestDigestsBindEveryField(t *testing.T) {
	base := eip712.Batch{Nonce: 1, L2ChainID: big.NewInt(10), Timeout: 100, Partition: [32]byte{1},
		Recipients: []common.Address{{1}}, Amounts: []*big.Int{big.NewInt(5)},
		RefundTo: []common.Address{{3}}, RefundWei: []*big.Int{big.NewInt(7)}, ClaimRoot: [32]byte{2}, ClaimTotal: big.NewInt(3)}
	ref := eip712.BatchDigest(testDomain, base)
	for name, change := range map[string]func(*eip712.Batch, *eip712.Domain){
		"nonce":     func(b *eip712.Batch, _ *eip712.Domain) { b.Nonce++ },
		"l2ChainId": func(b *eip712.Batch, _ *eip712.Domain) { b.L2ChainID = big.NewInt(11) },
		"timeout":   func(b *eip712.Batch, _ *eip712.Domain) { b.Timeout++ },
		"partition": func(b *eip712.Batch, _ *eip712.Domain) { b.Partition[0]++ },
		"recipient": func(b *eip712.Batch, _ *eip712.Domain) { b.Recipients = []common.Address{{2}} },
		"amount":    func(b *eip712.Batch, _ *eip712.Domain) { b.Amounts = []*big.Int{big.NewInt(6)} },
		"refundTo":  func(b *eip712.Batch, _ *eip712.Domain) { b.RefundTo = []common.Address{{4}} },
		"refundWei": func(b *eip712.Batch, _ *eip712.Domain) { b.RefundWei = []*big.Int{big.NewInt(8)} },
		"no refund": func(b *eip712.Batch, _ *eip712.Domain) { b.RefundTo, b.RefundWei = nil, nil },
		"refund as a record": func(b *eip712.Batch, _ *eip712.Domain) {
			b.Recipients, b.Amounts, b.RefundTo, b.RefundWei = b.RefundTo, b.RefundWei, b.Recipients, b.Amounts
		},
		"claimRoot":   func(b *eip712.Batch, _ *eip712.Domain) { b.ClaimRoot[0]++ },
		"claimTotal":  func(b *eip712.Batch, _ *eip712.Domain) { b.ClaimTotal = big.NewInt(4) },
		"chain id":    func(_ *eip712.Batch, d *eip712.Domain) { d.L2ChainID = big.NewInt(42161) },
		"contract":    func(_ *eip712.Batch, d *eip712.Domain) { d.Settlement[0] ^= 1 },
		"DPN chain":   func(_ *eip712.Batch, d *eip712.Domain) { d.DPNChainID = "dpn-2" },
		"no a record": func(b *eip712.Batch, _ *eip712.Domain) { b.Recipients, b.Amounts = nil, nil },
	} {
		b, d := base, testDomain
		b.Partition, b.ClaimRoot = base.Partition, base.ClaimRoot
		change(&b, &d)
		if eip712.BatchDigest(d, b) == ref {
			t.Errorf("changing the %s leaves the batch digest unchanged", name)
		}
	}
	if eip712.RetireDigest(testDomain, 1) == eip712.RetireDigest(testDomain, 2) {
		t.Error("the retire digest ignores the nonce")
	}
}

func TestNormalizePowers(t *testing.T) {
	const m = eip712.MaxTotalPower
	for _, c := range []struct {
		name string
		in   []uint64
		want []uint64
		err  error
	}{
		{"single", []uint64{5}, []uint64{m}, nil},
		{"equal", []uint64{3, 3, 3, 3}, []uint64{m / 4, m / 4, m / 4, m / 4}, nil},
		{"rounds down", []uint64{1, 1, 1}, []uint64{m / 3, m / 3, m / 3}, nil},
		{"uneven", []uint64{1, 3}, []uint64{m / 4, 3 * m / 4}, nil},
		{"order kept", []uint64{3, 1}, []uint64{3 * m / 4, m / 4}, nil},
		{"tiny keeps 1", []uint64{1, 1 << 40}, []uint64{1, m - 1}, nil},
		{"sum beyond 2^64", []uint64{1 << 63, 1 << 63}, []uint64{m / 2, m / 2}, nil},
		{"at least 1 overflows", []uint64{1, 1, 1 << 40}, nil, eip712.ErrPowerOverflow},
		{"zero power", []uint64{0, 10}, nil, eip712.ErrZeroPower},
		{"empty", nil, nil, eip712.ErrNoValidators},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := eip712.NormalizePowers(c.in)
			if err != c.err {
				t.Fatalf("err %v, want %v", err, c.err)
			}
			if len(got) != len(c.want) {
				t.Fatalf("got %v, want %v", got, c.want)
			}
			var sum uint64
			for i := range got {
				if got[i] != c.want[i] {
					t.Fatalf("got %v, want %v", got, c.want)
				}
				sum += got[i]
			}
			if sum > m {
				t.Fatalf("sum %d above 2^32", sum)
			}
		})
	}
}
