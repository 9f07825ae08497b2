package l2sim_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/dpn-network/dpn/contracts/bindings"
	"github.com/dpn-network/dpn/contracts/l2sim"
)

func mustABI(t testing.TB, md interface{ GetAbi() (*abi.ABI, error) }) *abi.ABI {
	t.Helper()
	a, err := md.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// wantError asserts err is the revert of custom error name and returns its arguments.
func wantError(t testing.TB, a *abi.ABI, err error, name string) []any {
	t.Helper()
	if err == nil {
		t.Fatalf("want revert %s, got success", name)
	}
	got, args, derr := l2sim.CustomError(a, err)
	if derr != nil {
		t.Fatalf("want revert %s: %v", name, derr)
	}
	if got != name {
		t.Fatalf("want revert %s, got %s%v", name, got, args)
	}
	return args
}

func newSet(t testing.TB, n int, nonce uint64) l2sim.Set {
	t.Helper()
	ms := make([]l2sim.Validator, n)
	for i := range ms {
		ms[i] = l2sim.Validator{Key: l2sim.NewKey(), Power: 100}
	}
	s, err := l2sim.NewSet(ms, nonce)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func newEnv(t testing.TB, validators int, extra ...*ecdsa.PrivateKey) *l2sim.Env {
	t.Helper()
	e, err := l2sim.NewEnv(newSet(t, validators, 0), extra...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(e.Close)
	return e
}

// mine returns a function that mines a transaction and fails the test if it reverted:
// mine(t, e)(contract.Method(opts, ...)).
func mine(t testing.TB, e *l2sim.Env) func(*types.Transaction, error) *types.Receipt {
	return func(tx *types.Transaction, err error) *types.Receipt {
		t.Helper()
		r, err := e.Mine(tx, err)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
}

func now(t testing.TB, e *l2sim.Env) uint64 {
	t.Helper()
	h, err := e.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return h.Time
}

func batch(e *l2sim.Env, nonce uint64, partition [32]byte, recs []l2sim.Record, timeout uint64) bindings.DPNSettlementBatch {
	b := bindings.DPNSettlementBatch{
		Nonce:      new(big.Int).SetUint64(nonce),
		L2ChainId:  e.ChainID,
		Timeout:    new(big.Int).SetUint64(timeout),
		Partition:  partition,
		Recipients: []common.Address{},
		Amounts:    []*big.Int{},
		ClaimRoot:  [32]byte{},
		ClaimTotal: new(big.Int),
	}
	for _, r := range recs {
		b.Recipients = append(b.Recipients, r.Recipient)
		b.Amounts = append(b.Amounts, r.Amount)
	}
	return b
}

func records(n int, amount int64) []l2sim.Record {
	out := make([]l2sim.Record, n)
	for i := range out {
		out[i] = l2sim.Record{Recipient: common.BigToAddress(big.NewInt(int64(0x1000 + i))), Amount: big.NewInt(amount)}
	}
	return out
}

func all(int) bool { return true }

// first returns a signer predicate for the first k members.
func first(k int) func(int) bool { return func(i int) bool { return i < k } }

// submit settles b with sigs from the current set, returning the revert as an error.
func submit(e *l2sim.Env, b bindings.DPNSettlementBatch, sigs []bindings.DPNSettlementSignature) error {
	_, err := e.Mine(e.Settlement.SubmitBatch(e.Deployer, e.Valset.Binding(), b, sigs))
	return err
}

// signed is b signed by every member of the env's set.
func signed(e *l2sim.Env, b bindings.DPNSettlementBatch) []bindings.DPNSettlementSignature {
	return e.Valset.Sign(e.Domain.BatchDigest(b), all)
}

// asOwner runs the token call through the owner's timelock and fails the test if it reverts.
func asOwner(t testing.TB, e *l2sim.Env, method string, args ...any) {
	t.Helper()
	if _, err := e.TokenAsOwner(method, args...); err != nil {
		t.Fatalf("%s as owner: %v", method, err)
	}
}

func wait(t testing.TB, e *l2sim.Env, d time.Duration) {
	t.Helper()
	if err := e.Wait(d); err != nil {
		t.Fatal(err)
	}
}

func u(x uint64) *big.Int { return new(big.Int).SetUint64(x) }

// wantArgs asserts err is custom error name with exactly the given arguments.
func wantArgs(t testing.TB, a *abi.ABI, err error, name string, want ...any) {
	t.Helper()
	got := wantError(t, a, err, name)
	if len(got) != len(want) {
		t.Fatalf("%s%v, want %v", name, got, want)
	}
	for i := range want {
		if fmt.Sprint(got[i]) != fmt.Sprint(want[i]) {
			t.Fatalf("%s%v, want %v", name, got, want)
		}
	}
}
