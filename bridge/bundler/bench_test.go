package bundler

import (
	"math/big"
	"testing"

	"github.com/dpn-network/dpn/contracts/bindings"
)

// BenchmarkBundleSimulate measures the accept path of eth_sendUserOperation for a DPN
// purchase (the static checks, the head, the mempool's rules and the eth_simulateV1 of
// handleOps) on go-ethereum's simulated backend, for an operation that creates its account
// and for one from an existing account. After the timed loop the operation goes through
// the bundler, and three gas figures are reported: its handleOps transaction's (handleOps-
// gas, what the bundler pays), what the EntryPoint charged for it (op-gas, actualGasUsed,
// taken from the paymaster's deposit), and what the paymaster kept of the buyer's allowance
// (paid-gas: GasRepaid's cost over the operation's gas price, what the buyer pays).
func BenchmarkBundleSimulate(b *testing.B) {
	for _, c := range []struct {
		name     string
		existing bool
	}{{"new-account", false}, {"existing-account", true}} {
		b.Run(c.name, func(b *testing.B) {
			h := newHarness(b, false)
			op := benchOp(b, h, c.existing)
			ep := h.env.EntryPointAddr
			for b.Loop() {
				if err := h.b.validate(h.ctx, op, ep); err != nil {
					b.Fatal(err)
				}
			}
			hash, err := h.b.Accept(h.ctx, op, ep)
			if err != nil {
				b.Fatal(err)
			}
			if err := h.b.bundleOnce(h.ctx); err != nil {
				b.Fatal(err)
			}
			rec := h.b.results.get(hash)
			if rec == nil || !rec.result.Success {
				b.Fatalf("the operation did not land: %+v", rec)
			}
			var paid *big.Int
			pm, _ := bindings.NewDPNPaymasterFilterer(h.env.PaymasterAddr, nil)
			for _, lg := range rec.result.Logs {
				if ev, err := pm.ParseGasRepaid(*lg); err == nil {
					paid = ev.CostWei
				}
			}
			if paid == nil {
				b.Fatal("no GasRepaid in the operation's logs")
			}
			price := new(big.Int).Div(rec.result.ActualGasCost, rec.result.ActualGasUsed)
			b.ReportMetric(float64(rec.receipt.GasUsed), "handleOps-gas")
			b.ReportMetric(float64(rec.result.ActualGasUsed.Uint64()), "op-gas")
			b.ReportMetric(float64(new(big.Int).Div(paid, price).Uint64()), "paid-gas")
		})
	}
}

// benchOp is a signed, estimated purchase of 0.01 ETH of credits, from an account that the
// operation creates or, with existing, from one a first purchase created.
func benchOp(b *testing.B, h *harness, existing bool) UserOperation {
	a := h.account(1)
	credited := big.NewInt(1e16)
	if existing {
		op, _ := h.estimated(a, credited)
		if _, err := h.b.Accept(h.ctx, op, h.env.EntryPointAddr); err != nil {
			b.Fatal(err)
		}
		if err := h.b.bundleOnce(h.ctx); err != nil {
			b.Fatal(err)
		}
	}
	op, _ := h.estimated(a, credited)
	return op
}

// BenchmarkBundleSimulatePeer is the floor under the accept path: a plain eth_call of the
// same handleOps (existing account) on the same backend, which says whether validation
// passes but not whether the purchase itself would revert.
func BenchmarkBundleSimulatePeer(b *testing.B) {
	h := newHarness(b, false)
	op := benchOp(b, h, true)
	head, err := h.env.Client.HeaderByNumber(h.ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	call, err := h.b.handleOpsCall([]bindings.PackedUserOperation{op.Packed()}, head.BaseFee)
	if err != nil {
		b.Fatal(err)
	}
	call.GasFeeCap, call.GasTipCap = nil, nil
	for b.Loop() {
		if _, err := h.env.Client.CallContract(h.ctx, call, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBundleEstimate measures eth_estimateUserOperationGas for a DPN purchase from a
// new account: the bisections and checks, some twenty simulations.
func BenchmarkBundleEstimate(b *testing.B) {
	h := newHarness(b, false)
	a := h.account(1)
	op := h.purchase(a, big.NewInt(1e16), GasEstimate{}, h.maxFee())
	ep := h.env.EntryPointAddr
	for b.Loop() {
		if _, err := h.b.Estimate(h.ctx, op, ep); err != nil {
			b.Fatal(err)
		}
	}
}
