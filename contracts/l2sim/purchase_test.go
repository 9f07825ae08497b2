package l2sim_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

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
	// The paymaster's deposit is made whole, the EntryPoint's unused-gas penalty included.
	depAfter, _ := e.Paymaster.GetDeposit(nil)
	loss := new(big.Int).Sub(depBefore, depAfter)
	if loss.Sign() > 0 {
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
// refused until it repays. This is the paymaster's stated limit, bounded to one operation.
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
	debt, _ := e.Paymaster.Debts(nil, sender)
	if debt.Sign() == 0 {
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

// validationError submits op and returns the name of the paymaster error that validation
// refused it with.
func validationError(t *testing.T, e *l2sim.Env, bundler *ecdsa.PrivateKey, op bindings.PackedUserOperation) (string, []any) {
	t.Helper()
	ea := mustABI(t, bindings.EntryPointMetaData)
	pa := mustABI(t, bindings.DPNPaymasterMetaData)
	o := e.Transactor(bundler)
	_, err := e.EntryPoint.HandleOps(o, []bindings.PackedUserOperation{op}, o.From)
	args := wantError(t, ea, err, "FailedOpWithRevert")
	inner := args[2].([]byte)
	for name, er := range pa.Errors {
		if len(inner) >= 4 && string(er.ID[:4]) == string(inner[:4]) {
			vals, _ := er.Inputs.Unpack(inner[4:])
			return name, vals
		}
	}
	t.Fatalf("inner revert %x", inner)
	return "", nil
}

// opOutcome is what one handled operation logged.
type opOutcome struct {
	event          *bindings.EntryPointUserOperationEvent
	repaid         *bindings.DPNPaymasterGasRepaid
	unpaid         *bindings.DPNPaymasterSponsorshipUnpaid
	purchased      bool
	postOpReverted bool
}

func handleOne(t *testing.T, e *l2sim.Env, bundler *ecdsa.PrivateKey, op bindings.PackedUserOperation) opOutcome {
	t.Helper()
	rcpt, err := e.HandleOps(bundler, op)
	if err != nil {
		t.Fatal(err)
	}
	var out opOutcome
	for _, lg := range rcpt.Logs {
		if ev, err := e.EntryPoint.ParseUserOperationEvent(*lg); err == nil {
			out.event = ev
		}
		if ev, err := e.Paymaster.ParseGasRepaid(*lg); err == nil {
			out.repaid = ev
		}
		if ev, err := e.Paymaster.ParseSponsorshipUnpaid(*lg); err == nil {
			out.unpaid = ev
		}
		if _, err := e.Credits.ParseCreditsPurchased(*lg); err == nil {
			out.purchased = true
		}
		if _, err := e.EntryPoint.ParsePostOpRevertReason(*lg); err == nil {
			out.postOpReverted = true
		}
	}
	if out.event == nil {
		t.Fatal("no UserOperationEvent")
	}
	return out
}

func deposit(t *testing.T, e *l2sim.Env, who common.Address) *big.Int {
	t.Helper()
	d, err := e.EntryPoint.BalanceOf(nil, who)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// A postOp gas limit too small for postOp made postOp revert, which undid the purchase and
// its repayment while the EntryPoint still charged the paymaster: its deposit could be
// drained for free. Validation now bounds postOp gas, call gas and pre-verification gas.
func TestPaymasterBoundsGasLimits(t *testing.T) {
	bundler := l2sim.NewKey()
	e := newEnv(t, 4, bundler)
	owner := l2sim.NewKey()
	value := big.NewInt(1e16)
	minPostOp, _ := e.Paymaster.MINPOSTOPGASLIMIT(nil)
	cases := []struct {
		name string
		edit func(*l2sim.PurchaseGas)
		want string
	}{
		{"zero postOp gas", func(g *l2sim.PurchaseGas) { g.PostOp = 0 }, "PostOpGasLimitOutOfRange"},
		{"postOp gas one short", func(g *l2sim.PurchaseGas) { g.PostOp = minPostOp.Uint64() - 1 }, "PostOpGasLimitOutOfRange"},
		{"huge postOp gas", func(g *l2sim.PurchaseGas) { g.PostOp = 5_000_000 }, "PostOpGasLimitOutOfRange"},
		{"zero call gas", func(g *l2sim.PurchaseGas) { g.Call = 0 }, "CallGasLimitOutOfRange"},
		{"huge call gas", func(g *l2sim.PurchaseGas) { g.Call = 10_000_000 }, "CallGasLimitOutOfRange"},
		{"huge pre-verification gas", func(g *l2sim.PurchaseGas) { g.PreVerification = 10_000_000 }, "PreVerificationGasTooHigh"},
	}
	funded := false
	for _, c := range cases {
		g := purchaseGas()
		c.edit(&g)
		allowance := new(big.Int).Add(g.MaxCost(), big.NewInt(1e12))
		op, sender, err := e.PurchaseOp(owner, testDPNAccount, value, allowance, big.NewInt(0), true, g)
		if err != nil {
			t.Fatal(err)
		}
		if !funded {
			if err := e.SendETH(e.DeployerKey, sender, l2sim.Ether(1)); err != nil {
				t.Fatal(err)
			}
			funded = true
		}
		depBefore := deposit(t, e, e.PaymasterAddr)
		if got, args := validationError(t, e, bundler, op); got != c.want {
			t.Fatalf("%s: got %s%v, want %s", c.name, got, args, c.want)
		}
		if dep := deposit(t, e, e.PaymasterAddr); dep.Cmp(depBefore) != 0 {
			t.Fatalf("%s: paymaster deposit %v -> %v", c.name, depBefore, dep)
		}
	}
	// The smallest postOp limit accepted is enough: the purchase and its repayment stand.
	g := purchaseGas()
	g.PostOp = minPostOp.Uint64()
	allowance := new(big.Int).Add(g.MaxCost(), big.NewInt(1e12))
	op, _, _ := e.PurchaseOp(owner, testDPNAccount, value, allowance, big.NewInt(0), true, g)
	out := handleOne(t, e, bundler, op)
	if !out.event.Success || out.postOpReverted || !out.purchased || out.repaid == nil {
		t.Fatalf("op at the smallest postOp limit: success %v, postOp reverted %v, purchased %v, repaid %v",
			out.event.Success, out.postOpReverted, out.purchased, out.repaid != nil)
	}
}

// deployTestAccount deploys a TestAccount holding bal wei and, when allow, lets the paymaster
// sponsor its code.
func deployTestAccount(t *testing.T, e *l2sim.Env, bal *big.Int, allow bool) (common.Address, *bindings.TestAccount) {
	t.Helper()
	o := *e.Deployer
	o.Value = bal
	addr, tx, acct, err := bindings.DeployTestAccount(&o, e.Client, e.EntryPointAddr)
	mine(t, e)(tx, err)
	if allow {
		code, err := e.Client.CodeAt(context.Background(), addr, nil)
		if err != nil {
			t.Fatal(err)
		}
		mine(t, e)(e.Paymaster.SetAccountCode(e.Deployer, crypto.Keccak256Hash(code), true))
	}
	return addr, acct
}

// An account whose execute does not make the call it names (here: it buys with a 1 wei gas
// allowance) used to be repaid from whatever it funded, so it got its gas for 1 wei. Unknown
// account code is now refused in validation, and a known account that still funds less than
// the approved allowance owes the shortfall and is refused until it repays it.
func TestPaymasterSettlesApprovedAllowance(t *testing.T) {
	bundler := l2sim.NewKey()
	e := newEnv(t, 4, bundler)
	g := purchaseGas()
	value := big.NewInt(1e16)
	allowance := new(big.Int).Add(g.MaxCost(), big.NewInt(1e12))
	call, err := e.PurchaseCall(testDPNAccount, value, allowance)
	if err != nil {
		t.Fatal(err)
	}

	// Unknown code: refused before the paymaster pays anything.
	stranger, sa := deployTestAccount(t, e, l2sim.Ether(1), false)
	mine(t, e)(sa.SetMode(e.Deployer, 1, false))
	if got, _ := validationError(t, e, bundler, e.SponsoredOp(stranger, big.NewInt(0), nil, call, g)); got != "UnknownAccountCode" {
		t.Fatalf("unknown account: got %s", got)
	}

	// Known code that buys with 1 wei: the op goes through, the shortfall is a debt.
	sender, acct := deployTestAccount(t, e, l2sim.Ether(1), true)
	mine(t, e)(acct.SetMode(e.Deployer, 1, false))
	out := handleOne(t, e, bundler, e.SponsoredOp(sender, big.NewInt(0), nil, call, g))
	if out.repaid != nil || out.unpaid == nil {
		t.Fatalf("1 wei allowance: repaid %+v, unpaid %+v", out.repaid, out.unpaid)
	}
	if want := new(big.Int).Sub(out.unpaid.CostWei, big.NewInt(1)); out.unpaid.OwedWei.Cmp(want) != 0 {
		t.Fatalf("owed %v, want cost %v - 1 wei", out.unpaid.OwedWei, out.unpaid.CostWei)
	}
	debt, _ := e.Paymaster.Debts(nil, sender)
	if debt.Cmp(out.unpaid.OwedWei) != 0 {
		t.Fatalf("debt %v, owed %v", debt, out.unpaid.OwedWei)
	}
	// The sender is refused, even when it now behaves.
	mine(t, e)(acct.SetMode(e.Deployer, 0, false))
	got, args := validationError(t, e, bundler, e.SponsoredOp(sender, big.NewInt(1), nil, call, g))
	if got != "SenderRefused" || args[1].(*big.Int).Cmp(debt) != 0 {
		t.Fatalf("after the shortfall: got %s%v", got, args)
	}

	// Repaying the debt lifts the refusal; overpaying and repaying nothing are refused.
	pa := mustABI(t, bindings.DPNPaymasterMetaData)
	pay := *e.Deployer
	pay.Value = new(big.Int).Add(debt, big.NewInt(1))
	_, err = e.Paymaster.RepayDebt(&pay, sender)
	wantError(t, pa, err, "InvalidRepayment")
	depBefore := deposit(t, e, e.PaymasterAddr)
	pay.Value = debt
	rcpt := mine(t, e)(e.Paymaster.RepayDebt(&pay, sender))
	var repaid *bindings.DPNPaymasterDebtRepaid
	for _, lg := range rcpt.Logs {
		if ev, err := e.Paymaster.ParseDebtRepaid(*lg); err == nil {
			repaid = ev
		}
	}
	if repaid == nil || repaid.RemainingWei.Sign() != 0 || repaid.AmountWei.Cmp(debt) != 0 || repaid.Payer != e.Deployer.From {
		t.Fatalf("DebtRepaid %+v", repaid)
	}
	if dep := deposit(t, e, e.PaymasterAddr); new(big.Int).Sub(dep, depBefore).Cmp(debt) != 0 {
		t.Fatalf("repayment not deposited: %v -> %v", depBefore, dep)
	}
	out = handleOne(t, e, bundler, e.SponsoredOp(sender, big.NewInt(1), nil, call, g))
	if !out.event.Success || out.repaid == nil || !out.purchased {
		t.Fatalf("after repaying: success %v repaid %+v", out.event.Success, out.repaid)
	}

	// An account that makes no call at all owes the whole cost; the owner may forgive it.
	mine(t, e)(acct.SetMode(e.Deployer, 2, false))
	out = handleOne(t, e, bundler, e.SponsoredOp(sender, big.NewInt(2), nil, call, g))
	if out.unpaid == nil || out.unpaid.OwedWei.Cmp(out.unpaid.CostWei) != 0 {
		t.Fatalf("no call: unpaid %+v", out.unpaid)
	}
	notOwner := e.Transactor(bundler)
	_, err = e.Paymaster.ForgiveDebt(notOwner, sender)
	if err == nil {
		t.Fatal("forgiveDebt by a stranger succeeded")
	}
	mine(t, e)(e.Paymaster.ForgiveDebt(e.Deployer, sender))
	if debt, _ := e.Paymaster.Debts(nil, sender); debt.Sign() != 0 {
		t.Fatalf("debt after forgiving: %v", debt)
	}
	_, err = e.Paymaster.ForgiveDebt(e.Deployer, sender)
	wantError(t, pa, err, "NoDebt")
	mine(t, e)(acct.SetMode(e.Deployer, 0, false))
	if out = handleOne(t, e, bundler, e.SponsoredOp(sender, big.NewInt(3), nil, call, g)); !out.event.Success || out.repaid == nil {
		t.Fatalf("after forgiving: success %v", out.event.Success)
	}
}

// When the account refuses the refund, postOp sends it to the account's EntryPoint deposit;
// that path's gas (the burnt stipend, the deposit) used to fall on the paymaster.
func TestPaymasterRefusedRefundCovered(t *testing.T) {
	bundler := l2sim.NewKey()
	e := newEnv(t, 4, bundler)
	g := purchaseGas()
	minPostOp, _ := e.Paymaster.MINPOSTOPGASLIMIT(nil)
	value := big.NewInt(1e16)
	for _, postOp := range []uint64{minPostOp.Uint64(), g.PostOp} {
		g.PostOp = postOp
		allowance := new(big.Int).Add(g.MaxCost(), big.NewInt(1e12))
		call, err := e.PurchaseCall(testDPNAccount, value, allowance)
		if err != nil {
			t.Fatal(err)
		}
		sender, acct := deployTestAccount(t, e, l2sim.Ether(1), true)
		mine(t, e)(acct.SetMode(e.Deployer, 0, true))
		depBefore := deposit(t, e, e.PaymasterAddr)
		out := handleOne(t, e, bundler, e.SponsoredOp(sender, big.NewInt(0), nil, call, g))
		if !out.event.Success || out.postOpReverted || out.repaid == nil || !out.repaid.RefundDeposited {
			t.Fatalf("postOp limit %d: success %v, postOp reverted %v, repaid %+v", postOp, out.event.Success, out.postOpReverted, out.repaid)
		}
		if d := deposit(t, e, sender); d.Cmp(out.repaid.RefundWei) != 0 || d.Sign() == 0 {
			t.Fatalf("sender's deposit %v, refund %v", d, out.repaid.RefundWei)
		}
		depAfter := deposit(t, e, e.PaymasterAddr)
		if depAfter.Cmp(depBefore) < 0 {
			t.Fatalf("postOp limit %d: paymaster deposit %v -> %v (lost %v; charged %v, actualGasCost %v)", postOp,
				depBefore, depAfter, new(big.Int).Sub(depBefore, depAfter), out.repaid.CostWei, out.event.ActualGasCost)
		}
		t.Logf("postOp limit %d: refused refund, paymaster deposit delta %v", postOp, new(big.Int).Sub(depAfter, depBefore))
	}
}

// buySponsored called outside a sponsored operation leaves its allowance as the buyer's
// pending gas fund, which used to be stranded there; the buyer can now take it back.
func TestGasFundWithdraw(t *testing.T) {
	bundler := l2sim.NewKey()
	e := newEnv(t, 4, bundler)
	pa := mustABI(t, bindings.DPNPaymasterMetaData)
	buyer := l2sim.NewKey()
	if err := e.SendETH(e.DeployerKey, crypto.PubkeyToAddress(buyer.PublicKey), l2sim.Ether(1)); err != nil {
		t.Fatal(err)
	}
	o := e.Transactor(buyer)
	o.Value = big.NewInt(1e16)
	gasFund := big.NewInt(3e15)
	mine(t, e)(e.Credits.BuySponsored(o, testDPNAccount, gasFund))
	o.Value = nil
	if p, _ := e.Paymaster.PendingGasFunds(nil, o.From); p.Cmp(gasFund) != 0 {
		t.Fatalf("pending %v, want %v", p, gasFund)
	}
	_, err := e.Paymaster.WithdrawGasFund(o, common.Address{})
	wantError(t, pa, err, "ZeroAddress")
	to := common.HexToAddress("0x00000000000000000000000000000000000d0e5")
	rcpt := mine(t, e)(e.Paymaster.WithdrawGasFund(o, to))
	var withdrawn *bindings.DPNPaymasterGasFundWithdrawn
	for _, lg := range rcpt.Logs {
		if ev, err := e.Paymaster.ParseGasFundWithdrawn(*lg); err == nil {
			withdrawn = ev
		}
	}
	if withdrawn == nil || withdrawn.AmountWei.Cmp(gasFund) != 0 || withdrawn.To != to || withdrawn.Buyer != o.From {
		t.Fatalf("GasFundWithdrawn %+v", withdrawn)
	}
	if b, _ := e.Client.BalanceAt(context.Background(), to, nil); b.Cmp(gasFund) != 0 {
		t.Fatalf("withdrawn %v, want %v", b, gasFund)
	}
	_, err = e.Paymaster.WithdrawGasFund(o, to)
	wantError(t, pa, err, "NothingToWithdraw")

	// A sponsored operation draws its allowance and leaves nothing pending.
	owner := l2sim.NewKey()
	g := purchaseGas()
	allowance := new(big.Int).Add(g.MaxCost(), big.NewInt(1e12))
	op, sender, err := e.PurchaseOp(owner, testDPNAccount, big.NewInt(1e16), allowance, big.NewInt(0), true, g)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.SendETH(e.DeployerKey, sender, l2sim.Ether(1)); err != nil {
		t.Fatal(err)
	}
	out := handleOne(t, e, bundler, op)
	if !out.event.Success || out.repaid == nil {
		t.Fatal("first purchase failed")
	}
	if p, _ := e.Paymaster.PendingGasFunds(nil, sender); p.Sign() != 0 {
		t.Fatalf("pending after a sponsored op: %v", p)
	}
}

// TestDPNAccountShape: isValidDPNAccount (the check both ComputeCredits and the paymaster
// make) takes exactly "dpn1" and 38 to 86 bech32 data characters, whatever byte stands
// where.
func TestDPNAccountShape(t *testing.T) {
	e := newEnv(t, 1)
	bech32 := "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
	want := func(s string) bool {
		if len(s) < 42 || len(s) > 90 || !strings.HasPrefix(s, "dpn1") {
			return false
		}
		for _, c := range []byte(s[4:]) {
			if !strings.ContainsRune(bech32, rune(c)) {
				return false
			}
		}
		return true
	}
	check := func(s string) {
		t.Helper()
		got, err := e.Credits.IsValidDPNAccount(nil, s)
		if err != nil {
			t.Fatal(err)
		}
		if got != want(s) {
			t.Fatalf("isValidDPNAccount(%q) = %v", s, got)
		}
	}
	body := strings.Repeat(bech32, 3) // 96 characters
	for n := 36; n <= 88; n++ {
		check("dpn1" + body[:n])
	}
	for _, s := range []string{"", "dpn1", "dpn2" + body[:38], "DPN1" + body[:38], "dpn" + body[:39], "xdpn1" + body[:37]} {
		check(s)
	}
	// every byte at the first, a middle and the last data position
	for c := 0; c < 256; c++ {
		for _, at := range []int{4, 20, 41} {
			b := []byte("dpn1" + body[:38])
			b[at] = byte(c)
			check(string(b))
		}
	}
}
