package l2sim_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/dpn-network/dpn/contracts/bindings"
	"github.com/dpn-network/dpn/contracts/l2sim"
)

const testDPNAccount = "dpn1qpzry9x8gf2tvdw0s3jn54khce6mua7lqpzry9"

func purchaseGas() l2sim.PurchaseGas {
	return l2sim.PurchaseGas{
		Verification: 1_000_000, Call: 200_000, PaymasterVerification: 100_000, PostOp: 120_000, PreVerification: 60_000,
		MaxFeePerGas: big.NewInt(3e9), MaxPriorityFeePerGas: big.NewInt(1e9),
	}
}

func TestUserOpPurchase(t *testing.T) {
	bundler := l2sim.NewKey()
	e := newEnv(t, 4, bundler)
	owner := l2sim.NewKey() // holds nothing; its counterfactual account gets ETH only
	ctx := context.Background()
	g := purchaseGas()
	value := big.NewInt(1e16)
	allowance := new(big.Int).Add(g.MaxCost(), big.NewInt(1e12))

	op, sender, err := e.PurchaseOp(owner, testDPNAccount, value, allowance, big.NewInt(0), true, g)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.SendETH(e.DeployerKey, sender, l2sim.Ether(1)); err != nil {
		t.Fatal(err)
	}
	onChain, err := e.EntryPoint.GetUserOpHash(nil, op)
	if err != nil {
		t.Fatal(err)
	}
	if want := l2sim.UserOpHash(op, e.EntryPointAddr, e.ChainID); onChain != want {
		t.Fatalf("userOpHash: EntryPoint %x, Go %x", onChain, want)
	}
	depBefore, _ := e.Paymaster.GetDeposit(nil)

	rcpt, err := e.HandleOps(bundler, op)
	if err != nil {
		name, args, _ := l2sim.CustomError(mustABI(t, bindings.EntryPointMetaData), err)
		t.Fatal(err, name, args)
	}
	var purchased *bindings.ComputeCreditsCreditsPurchased
	var repaid *bindings.DPNPaymasterGasRepaid
	var opEvent *bindings.EntryPointUserOperationEvent
	for _, lg := range rcpt.Logs {
		if ev, err := e.Credits.ParseCreditsPurchased(*lg); err == nil {
			purchased = ev
		}
		if ev, err := e.Paymaster.ParseGasRepaid(*lg); err == nil {
			repaid = ev
		}
		if ev, err := e.EntryPoint.ParseUserOperationEvent(*lg); err == nil {
			opEvent = ev
		}
		if ev, err := e.EntryPoint.ParseUserOperationRevertReason(*lg); err == nil {
			t.Errorf("operation reverted: %x", ev.RevertReason)
		}
		if ev, err := e.EntryPoint.ParsePostOpRevertReason(*lg); err == nil {
			t.Errorf("postOp reverted: %x", ev.RevertReason)
		}
	}
	if opEvent == nil || !opEvent.Success || opEvent.Paymaster != e.PaymasterAddr {
		ea := mustABI(t, bindings.EntryPointMetaData)
		for _, lg := range rcpt.Logs {
			for _, ev := range ea.Events {
				if ev.ID == lg.Topics[0] {
					t.Logf("event %s from %s data %x", ev.Name, lg.Address, lg.Data)
				}
			}
		}
		t.Fatalf("UserOperationEvent success=%v", opEvent != nil && opEvent.Success)
	}
	if purchased == nil || purchased.Buyer != sender || purchased.DpnAccount != testDPNAccount ||
		purchased.AmountWei.Cmp(new(big.Int).Sub(value, allowance)) != 0 || purchased.PurchaseNonce.Uint64() != 1 {
		t.Fatalf("CreditsPurchased %+v", purchased)
	}
	if repaid == nil || repaid.CostWei.Sign() <= 0 || new(big.Int).Add(repaid.CostWei, repaid.RefundWei).Cmp(allowance) != 0 {
		t.Fatalf("GasRepaid %+v", repaid)
	}
	// The account paid the purchase and the actual gas, nothing else.
	bal, _ := e.Client.BalanceAt(ctx, sender, nil)
	spent := new(big.Int).Sub(l2sim.Ether(1), bal)
	if want := new(big.Int).Sub(value, repaid.RefundWei); spent.Cmp(want) != 0 {
		t.Fatalf("account spent %v, want %v", spent, want)
	}
	// The paymaster's deposit is made whole (within the EntryPoint's unused-gas penalty).
	depAfter, _ := e.Paymaster.GetDeposit(nil)
	loss := new(big.Int).Sub(depBefore, depAfter)
	if loss.Cmp(new(big.Int).Div(repaid.CostWei, big.NewInt(10))) > 0 {
		t.Fatalf("paymaster deposit %v -> %v (cost %v, actualGasCost %v)", depBefore, depAfter, repaid.CostWei, opEvent.ActualGasCost)
	}
	t.Logf("purchase op: gas used %d, actualGasCost %v, charged %v, refund %v, paymaster deposit delta %v",
		rcpt.GasUsed, opEvent.ActualGasCost, repaid.CostWei, repaid.RefundWei, new(big.Int).Neg(loss))

	// A second purchase from the deployed account gets a new purchase id.
	op2, _, err := e.PurchaseOp(owner, testDPNAccount, value, allowance, big.NewInt(1), false, g)
	if err != nil {
		t.Fatal(err)
	}
	rcpt2, err := e.HandleOps(bundler, op2)
	if err != nil {
		t.Fatal(err)
	}
	for _, lg := range rcpt2.Logs {
		if ev, err := e.Credits.ParseCreditsPurchased(*lg); err == nil {
			if ev.PurchaseId == purchased.PurchaseId || ev.PurchaseNonce.Uint64() != 2 {
				t.Fatalf("second purchase id %x nonce %v", ev.PurchaseId, ev.PurchaseNonce)
			}
		}
	}
}

func TestPaymasterRejects(t *testing.T) {
	bundler := l2sim.NewKey()
	e := newEnv(t, 4, bundler)
	ea := mustABI(t, bindings.EntryPointMetaData)
	pa := mustABI(t, bindings.DPNPaymasterMetaData)
	owner := l2sim.NewKey()
	g := purchaseGas()
	value := big.NewInt(1e16)

	submit := func(op bindings.PackedUserOperation) string {
		op.Signature = l2sim.SignUserOp(owner, l2sim.UserOpHash(op, e.EntryPointAddr, e.ChainID))
		o := e.Transactor(bundler)
		_, err := e.EntryPoint.HandleOps(o, []bindings.PackedUserOperation{op}, o.From)
		args := wantError(t, ea, err, "FailedOpWithRevert")
		inner := args[2].([]byte)
		for name, er := range pa.Errors {
			if len(inner) >= 4 && string(er.ID[:4]) == string(inner[:4]) {
				return name
			}
		}
		t.Fatalf("inner revert %x", inner)
		return ""
	}

	// gas allowance below the operation's max cost
	op, sender, err := e.PurchaseOp(owner, testDPNAccount, value, big.NewInt(1e9), big.NewInt(0), true, g)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.SendETH(e.DeployerKey, sender, l2sim.Ether(1)); err != nil {
		t.Fatal(err)
	}
	if got := submit(op); got != "GasAllowanceTooLow" {
		t.Fatalf("got %s", got)
	}
	// a call to anything but ComputeCredits.buySponsored
	sa := mustABI(t, bindings.SimpleAccountMetaData)
	other, _ := sa.Pack("execute", e.TokenAddr, value, []byte{})
	op.CallData = other
	if got := submit(op); got != "WrongTarget" {
		t.Fatalf("got %s", got)
	}
	ca := mustABI(t, bindings.ComputeCreditsMetaData)
	plainBuy, _ := ca.Pack("buy", testDPNAccount)
	op.CallData, _ = sa.Pack("execute", e.CreditsAddr, value, plainBuy)
	if got := submit(op); got != "UnsupportedCall" {
		t.Fatalf("got %s", got)
	}
	// a malformed DPN account is refused in validation, before the paymaster pays anything
	op, _, _ = e.PurchaseOp(owner, "dpn1BAD", value, new(big.Int).Add(g.MaxCost(), big.NewInt(1)), big.NewInt(0), true, g)
	if got := submit(op); got != "InvalidDPNAccount" {
		t.Fatalf("got %s", got)
	}
	// more ETH named than the account holds
	allowance := new(big.Int).Add(g.MaxCost(), big.NewInt(1))
	op, _, _ = e.PurchaseOp(owner, testDPNAccount, l2sim.Ether(2), allowance, big.NewInt(0), true, g)
	if got := submit(op); got != "SenderBalanceTooLow" {
		t.Fatalf("got %s", got)
	}

	// ComputeCredits itself refuses malformed accounts and direct gas funding
	ce := mustABI(t, bindings.ComputeCreditsMetaData)
	buyer := e.Deployer
	pay := *buyer
	pay.Value = value
	_, err = e.Credits.Buy(&pay, "cosmos1qpzry9x8gf2tvdw0s3jn54khce6mua7lqpzry9")
	wantError(t, ce, err, "InvalidDPNAccount")
	pay.Value = big.NewInt(10)
	_, err = e.Credits.Buy(&pay, testDPNAccount)
	wantError(t, ce, err, "BelowMinimum")
	pay.Value = value
	_, err = e.Paymaster.FundGas(&pay, buyer.From)
	wantError(t, pa, err, "NotCredits")
	mine(t, e)(e.Credits.Buy(&pay, testDPNAccount))
}

// Two operations that each pass validation but together spend more than the account holds:
// the second one's purchase reverts, the paymaster is not repaid for it, and the sender is
// refused from then on. This is the paymaster's stated limit, bounded to one operation.
func TestPaymasterUnpaidSenderRefused(t *testing.T) {
	bundler := l2sim.NewKey()
	e := newEnv(t, 4, bundler)
	pa := mustABI(t, bindings.DPNPaymasterMetaData)
	ea := mustABI(t, bindings.EntryPointMetaData)
	owner := l2sim.NewKey()
	g := purchaseGas()
	value := big.NewInt(6e17)
	allowance := new(big.Int).Add(g.MaxCost(), big.NewInt(1e12))
	op1, sender, err := e.PurchaseOp(owner, testDPNAccount, value, allowance, big.NewInt(0), true, g)
	if err != nil {
		t.Fatal(err)
	}
	op2, _, _ := e.PurchaseOp(owner, testDPNAccount, value, allowance, big.NewInt(1), false, g)
	if err := e.SendETH(e.DeployerKey, sender, l2sim.Ether(1)); err != nil {
		t.Fatal(err)
	}
	rcpt, err := e.HandleOps(bundler, op1, op2)
	if err != nil {
		t.Fatal(err)
	}
	var unpaid, repaid int
	for _, lg := range rcpt.Logs {
		if _, err := e.Paymaster.ParseSponsorshipUnpaid(*lg); err == nil {
			unpaid++
		}
		if _, err := e.Paymaster.ParseGasRepaid(*lg); err == nil {
			repaid++
		}
	}
	if unpaid != 1 || repaid != 1 {
		t.Fatalf("unpaid %d, repaid %d", unpaid, repaid)
	}
	if refused, _ := e.Paymaster.Refused(nil, sender); !refused {
		t.Fatal("sender not refused")
	}
	op3, _, _ := e.PurchaseOp(owner, testDPNAccount, big.NewInt(1e16), allowance, big.NewInt(2), false, g)
	o := e.Transactor(bundler)
	_, err = e.EntryPoint.HandleOps(o, []bindings.PackedUserOperation{op3}, o.From)
	args := wantError(t, ea, err, "FailedOpWithRevert")
	inner := args[2].([]byte)
	refusedID := pa.Errors["SenderRefused"].ID
	if len(inner) < 4 || string(inner[:4]) != string(refusedID[:4]) {
		t.Fatalf("inner revert %x", inner)
	}
}
