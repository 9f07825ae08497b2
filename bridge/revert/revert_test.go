package revert_test

import (
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/dpn-network/dpn/bridge/revert"
	"github.com/dpn-network/dpn/contracts/bindings"
)

func settlementABI(t testing.TB) *abi.ABI {
	t.Helper()
	a, err := bindings.DPNSettlementMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func selector(a *abi.ABI, name string) []byte {
	id := a.Errors[name].ID
	return append([]byte(nil), id[:4]...)
}

// dataError is how go-ethereum's RPC client hands over a JSON-RPC error with data.
type dataError struct{ data any }

func (e dataError) Error() string  { return "execution reverted" }
func (e dataError) ErrorData() any { return e.data }

func TestDecodeCustomError(t *testing.T) {
	a := settlementABI(t)
	data, err := a.Errors["StaleBatchNonce"].Inputs.Pack(big.NewInt(3), big.NewInt(4))
	if err != nil {
		t.Fatal(err)
	}
	data = append(selector(a, "StaleBatchNonce"), data...)
	d := revert.NewDecoder(a)
	re, ok := d.FromRPC(fmt.Errorf("estimate: %w", dataError{hexutil.Encode(data)}))
	if !ok || re.Name != "StaleBatchNonce" || re.Args[0].(*big.Int).Int64() != 3 || re.Args[1].(*big.Int).Int64() != 4 {
		t.Fatalf("decoded %+v, %v", re, ok)
	}
	if !revert.Is(fmt.Errorf("wrapped: %w", re), "AlreadyDelivered", "StaleBatchNonce") {
		t.Fatal("Is does not see through wrapping")
	}
	if got := re.Error(); got != "execution reverted: StaleBatchNonce(3, 4)" {
		t.Fatalf("message %q", got)
	}
}

func TestDecodeBuiltins(t *testing.T) {
	d := revert.NewDecoder()
	msg, _ := abi.NewType("string", "", nil)
	enc, _ := abi.Arguments{{Type: msg}}.Pack("nope")
	re, err := d.Decode(append(hexutil.MustDecode("0x08c379a0"), enc...))
	if err != nil || re.Name != "Error" || re.Args[0] != "nope" {
		t.Fatalf("Error(string): %+v %v", re, err)
	}
	u, _ := abi.NewType("uint256", "", nil)
	enc, _ = abi.Arguments{{Type: u}}.Pack(big.NewInt(0x11))
	re, err = d.Decode(append(hexutil.MustDecode("0x4e487b71"), enc...))
	if err != nil || re.Name != "Panic" {
		t.Fatalf("Panic: %+v %v", re, err)
	}
	if re, err := d.Decode(nil); err != nil || re.Name != "" {
		t.Fatalf("empty revert: %+v %v", re, err)
	}
}

func TestDecodeRefuses(t *testing.T) {
	d := revert.NewDecoder(settlementABI(t))
	if _, err := d.Decode([]byte{1, 2}); !errors.Is(err, revert.ErrShort) {
		t.Fatalf("short: %v", err)
	}
	if _, err := d.Decode([]byte{1, 2, 3, 4}); !errors.Is(err, revert.ErrUnknownSelector) {
		t.Fatalf("unknown: %v", err)
	}
	a := settlementABI(t)
	if _, err := d.Decode(append(selector(a, "StaleBatchNonce"), 0)); !errors.Is(err, revert.ErrMalformed) {
		t.Fatalf("malformed: %v", err)
	}
	if _, ok := d.FromRPC(errors.New("connection refused")); ok {
		t.Fatal("a network error taken for a revert")
	}
	// the node says it reverted, even if its data cannot be read
	if re, ok := d.FromRPC(dataError{"0xzz"}); !ok || re.Name != "" {
		t.Fatalf("revert with unreadable data: %+v %v", re, ok)
	}
}

func FuzzDecode(f *testing.F) {
	a := settlementABI(f)
	d := revert.NewDecoder(a)
	for _, e := range a.Errors {
		f.Add(append(selector(a, e.Name), make([]byte, 64)...))
	}
	f.Add(hexutil.MustDecode("0x08c379a0"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		re, err := d.Decode(data)
		if err == nil {
			_ = re.Error()
		}
		if re2, ok := d.FromRPC(dataError{hexutil.Encode(data)}); !ok || re2 == nil {
			t.Fatal("hex revert data not recognised as a revert")
		}
	})
}
