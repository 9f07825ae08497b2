package l2sim_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dpn-network/dpn/contracts/bindings"
	"github.com/dpn-network/dpn/contracts/l2sim"
)

// Modes of TestRefundRecipient's receive.
const (
	recipientAccepts uint8 = iota
	recipientReverts
	recipientBurnsGas
)

// refundBatch is batch `nonce` with no records and refunds[i] of amounts[i].
func refundBatch(t *testing.T, e *l2sim.Env, nonce uint64, to []common.Address, wei []*big.Int) bindings.DPNSettlementBatch {
	t.Helper()
	b := batch(e, nonce, l2sim.PartitionEarnings, nil, now(t, e)+3600)
	b.RefundTo, b.RefundWei = to, wei
	return b
}

// fund buys credits worth wei from key, which is how ETH reaches ComputeCredits.
func fund(t *testing.T, e *l2sim.Env, key *ecdsa.PrivateKey, wei *big.Int) {
	t.Helper()
	o := e.Transactor(key)
	o.Value = wei
	mine(t, e)(e.Credits.Buy(o, testDPNAccount))
}

func balance(t *testing.T, e *l2sim.Env, a common.Address) *big.Int {
	t.Helper()
	b, err := e.Client.BalanceAt(context.Background(), a, nil)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func newRecipient(t *testing.T, e *l2sim.Env, mode uint8) (common.Address, *bindings.TestRefundRecipient) {
	t.Helper()
	addr, tx, r, err := bindings.DeployTestRefundRecipient(e.Deployer, e.Client)
	mine(t, e)(tx, err)
	if mode != recipientAccepts {
		mine(t, e)(r.SetMode(e.Deployer, mode))
	}
	return addr, r
}

// refundEvents are the refunds r paid and owed, by recipient.
func refundEvents(t *testing.T, e *l2sim.Env, r *types.Receipt) (paid, owed map[common.Address]*big.Int) {
	t.Helper()
	paid, owed = map[common.Address]*big.Int{}, map[common.Address]*big.Int{}
	for _, lg := range r.Logs {
		if ev, err := e.Credits.ParsePurchaseRefunded(*lg); err == nil {
			paid[ev.To] = ev.AmountWei
		}
		if ev, err := e.Credits.ParseRefundOwed(*lg); err == nil {
			owed[ev.To] = ev.AmountWei
		}
	}
	return paid, owed
}

func wantWei(t *testing.T, what string, got *big.Int, want int64) {
	t.Helper()
	if got == nil || got.Cmp(big.NewInt(want)) != 0 {
		t.Fatalf("%s: %v wei, want %d", what, got, want)
	}
}

// TestBatchRefundsPaid: a batch's refunds reach the buyers alongside its records.
func TestBatchRefundsPaid(t *testing.T) {
	alice, bob := l2sim.NewKey(), l2sim.NewKey()
	e := newEnv(t, 4, alice, bob)
	a, b := crypto.PubkeyToAddress(alice.PublicKey), crypto.PubkeyToAddress(bob.PublicKey)
	fund(t, e, alice, big.NewInt(3e15))
	fund(t, e, bob, big.NewInt(2e15))
	aBefore, bBefore := balance(t, e, a), balance(t, e, b)

	bt := batch(e, 1, l2sim.PartitionEarnings, records(2, 1e18), now(t, e)+3600)
	bt.RefundTo, bt.RefundWei = []common.Address{a, b}, []*big.Int{big.NewInt(3e15), big.NewInt(1e15)}
	r := mine(t, e)(e.Settlement.SubmitBatch(e.Deployer, e.Valset.Binding(), bt, signed(e, bt)))
	paid, owed := refundEvents(t, e, r)
	wantWei(t, "alice's PurchaseRefunded", paid[a], 3e15)
	wantWei(t, "bob's PurchaseRefunded", paid[b], 1e15)
	if len(owed) != 0 {
		t.Fatalf("owed %v", owed)
	}
	wantWei(t, "alice's gain", new(big.Int).Sub(balance(t, e, a), aBefore), 3e15)
	wantWei(t, "bob's gain", new(big.Int).Sub(balance(t, e, b), bBefore), 1e15)
	wantWei(t, "ComputeCredits' balance", balance(t, e, e.CreditsAddr), 1e15)
	for _, rc := range records(2, 1e18) {
		if got, _ := e.Token.BalanceOf(nil, rc.Recipient); got.Cmp(rc.Amount) != 0 {
			t.Fatalf("record to %s: %v", rc.Recipient, got)
		}
	}
	if total, _ := e.Credits.TotalRefundOwed(nil); total.Sign() != 0 {
		t.Fatalf("totalRefundOwed %v", total)
	}

	// refundTo and refundWei of different lengths
	bt = refundBatch(t, e, 2, []common.Address{a}, []*big.Int{big.NewInt(1), big.NewInt(2)})
	wantArgs(t, mustABI(t, bindings.DPNSettlementMetaData), submit(e, bt, signed(e, bt)), "LengthMismatch", u(1), u(2))
}

// TestRefundsOwedNeverBlock: a recipient that reverts or burns its gas, and refunds beyond
// the ETH not already owed, are owed, not reverted; the batch lands, the owed ETH is
// claimable, and the owner cannot withdraw it.
func TestRefundsOwedNeverBlock(t *testing.T) {
	alice := l2sim.NewKey()
	e := newEnv(t, 4, alice)
	ca := mustABI(t, bindings.ComputeCreditsMetaData)
	a := crypto.PubkeyToAddress(alice.PublicKey)
	reverter, rv := newRecipient(t, e, recipientReverts)
	burner, bn := newRecipient(t, e, recipientBurnsGas)
	fund(t, e, alice, big.NewInt(10e15))

	// 10e15 held: alice's 4e15 is paid, the two contracts' 3e15 and 2e15 are owed, and the
	// last 3e15 to alice exceeds what is not owed (10 - 4 - 5 = 1e15), so it is owed too.
	bt := refundBatch(t, e, 1, []common.Address{a, reverter, burner, a},
		[]*big.Int{big.NewInt(4e15), big.NewInt(3e15), big.NewInt(2e15), big.NewInt(3e15)})
	r := mine(t, e)(e.Settlement.SubmitBatch(e.Deployer, e.Valset.Binding(), bt, signed(e, bt)))
	if last, _ := e.Settlement.LastBatchNonce(nil); last.Uint64() != 1 {
		t.Fatalf("lastBatchNonce %v", last)
	}
	// the gas burner costs the batch its stipend, not the block
	if r.GasUsed > 400_000 {
		t.Fatalf("the batch used %d gas", r.GasUsed)
	}
	t.Logf("a batch of 4 refunds, 1 paid and 3 owed (a reverting and a gas-burning recipient): %d gas", r.GasUsed)
	paid, _ := refundEvents(t, e, r)
	wantWei(t, "alice paid", paid[a], 4e15)
	var owedEvents []*bindings.ComputeCreditsRefundOwed
	for _, lg := range r.Logs {
		if ev, err := e.Credits.ParseRefundOwed(*lg); err == nil {
			owedEvents = append(owedEvents, ev)
		}
	}
	if len(owedEvents) != 3 || owedEvents[0].To != reverter || owedEvents[1].To != burner || owedEvents[2].To != a {
		t.Fatalf("RefundOwed events %+v", owedEvents)
	}
	wantWei(t, "RefundOwed.owedWei of alice", owedEvents[2].OwedWei, 3e15)
	for who, want := range map[common.Address]int64{reverter: 3e15, burner: 2e15, a: 3e15} {
		got, _ := e.Credits.RefundOwed(nil, who)
		wantWei(t, "refundOwed of "+who.Hex(), got, want)
	}
	total, _ := e.Credits.TotalRefundOwed(nil)
	wantWei(t, "totalRefundOwed", total, 8e15)
	wantWei(t, "balance", balance(t, e, e.CreditsAddr), 6e15)

	// The owner can take what is not owed (none here: 6e15 held, 8e15 owed), never more.
	if w, _ := e.Credits.Withdrawable(nil); w.Sign() != 0 {
		t.Fatalf("withdrawable %v", w)
	}
	_, err := e.Credits.Withdraw(e.Deployer, e.Deployer.From, big.NewInt(1))
	wantArgs(t, ca, err, "WithdrawExceedsFree", u(1), u(0))

	// The reverter cannot take ETH, so it claims to an address that can; the burner first
	// takes ETH again and claims to itself. Alice's claim waits for ETH to come back.
	rcvr := common.HexToAddress("0x00000000000000000000000000000000000c1a1")
	mine(t, e)(rv.ClaimTo(e.Deployer, e.CreditsAddr, rcvr))
	wantWei(t, "the reverter's claim", balance(t, e, rcvr), 3e15)
	_, err = rv.Claim(e.Deployer, e.CreditsAddr)
	wantError(t, ca, err, "NoRefundOwed") // claimed already
	// claimed with all the gas it likes, the burner still burns it all: the claim fails
	// and the refund stays owed
	o := *e.Deployer
	o.GasLimit = 1_000_000
	if _, err := e.Mine(bn.Claim(&o, e.CreditsAddr)); !errors.Is(err, l2sim.ErrTxFailed) {
		t.Fatalf("the burner's claim: %v", err)
	}
	if got, _ := e.Credits.RefundOwed(nil, burner); got.Cmp(big.NewInt(2e15)) != 0 {
		t.Fatalf("the burner is owed %v after a failed claim", got)
	}
	mine(t, e)(bn.SetMode(e.Deployer, recipientAccepts))
	mine(t, e)(bn.Claim(e.Deployer, e.CreditsAddr))
	wantWei(t, "the burner's claim", balance(t, e, burner), 2e15)
	_, err = e.Credits.ClaimRefund(e.Transactor(alice))
	wantArgs(t, ca, err, "RefundsUnderfunded", u(3e15), u(1e15))
	fo := e.Transactor(alice)
	fo.Value = big.NewInt(5e15)
	rf := mine(t, e)(e.Credits.FundRefunds(fo))
	if ev, err := e.Credits.ParseRefundsFunded(*rf.Logs[0]); err != nil || ev.From != a || ev.AmountWei.Cmp(fo.Value) != 0 {
		t.Fatalf("RefundsFunded %+v %v", ev, err)
	}
	before := balance(t, e, a)
	rc := mine(t, e)(e.Credits.ClaimRefund(e.Transactor(alice)))
	var claimed *bindings.ComputeCreditsRefundClaimed
	for _, lg := range rc.Logs {
		if ev, err := e.Credits.ParseRefundClaimed(*lg); err == nil {
			claimed = ev
		}
	}
	if claimed == nil || claimed.Account != a || claimed.To != a || claimed.AmountWei.Cmp(big.NewInt(3e15)) != 0 {
		t.Fatalf("RefundClaimed %+v", claimed)
	}
	fee := new(big.Int).Mul(new(big.Int).SetUint64(rc.GasUsed), rc.EffectiveGasPrice)
	wantWei(t, "alice's claim", new(big.Int).Sub(new(big.Int).Add(balance(t, e, a), fee), before), 3e15)
	_, err = e.Credits.ClaimRefund(e.Transactor(alice))
	wantArgs(t, ca, err, "NoRefundOwed", a)
	total, _ = e.Credits.TotalRefundOwed(nil)
	wantWei(t, "totalRefundOwed after the claims", total, 0)

	// Nothing is owed any more, so the owner may withdraw all, and no more.
	held := balance(t, e, e.CreditsAddr)
	_, err = e.Credits.Withdraw(e.Deployer, e.Deployer.From, new(big.Int).Add(held, big.NewInt(1)))
	wantError(t, ca, err, "WithdrawExceedsFree")
	mine(t, e)(e.Credits.Withdraw(e.Deployer, e.Deployer.From, held))

	// With nothing held, a refund is owed and a withdrawal is refused; the next batch lands.
	bt = refundBatch(t, e, 2, []common.Address{a}, []*big.Int{big.NewInt(7)})
	r = mine(t, e)(e.Settlement.SubmitBatch(e.Deployer, e.Valset.Binding(), bt, signed(e, bt)))
	if _, owed := refundEvents(t, e, r); owed[a] == nil {
		t.Fatal("a refund beyond the balance was not owed")
	}
	fo.Value = big.NewInt(10)
	mine(t, e)(e.Credits.FundRefunds(fo))
	_, err = e.Credits.Withdraw(e.Deployer, e.Deployer.From, big.NewInt(4))
	wantArgs(t, ca, err, "WithdrawExceedsFree", u(4), u(3))
}

// TestRefundGasEstimate: the gas eth_estimateGas finds for a batch is enough to push every
// refund with its whole stipend, and a limit too small to do so reverts (RefundGasTooLow or
// out of gas) instead of leaving the refund owed.
func TestRefundGasEstimate(t *testing.T) {
	alice := l2sim.NewKey()
	e := newEnv(t, 4, alice)
	recipient, _ := newRecipient(t, e, recipientAccepts)
	fund(t, e, alice, big.NewInt(1e15))
	bt := refundBatch(t, e, 1, []common.Address{recipient}, []*big.Int{big.NewInt(1e15)})
	sigs := signed(e, bt)
	sa := mustABI(t, bindings.DPNSettlementMetaData)
	data, err := sa.Pack("submitBatch", e.Valset.Binding(), bt, sigs)
	if err != nil {
		t.Fatal(err)
	}
	gas, err := e.Client.EstimateGas(context.Background(), ethereum.CallMsg{From: e.Deployer.From, To: &e.SettlementAddr, Data: data})
	if err != nil {
		t.Fatal(err)
	}
	// Well below the estimate but with room for everything before the push: the refund
	// must not become owed.
	for _, limit := range []uint64{gas - 30_000, gas} {
		o := *e.Deployer
		o.GasLimit = limit
		r, err := e.Mine(e.Settlement.SubmitBatch(&o, e.Valset.Binding(), bt, sigs))
		if limit < gas {
			if err == nil {
				t.Fatalf("a gas limit of %d (estimate %d) settled the batch", limit, gas)
			}
			if r != nil && len(r.Logs) != 0 {
				t.Fatal("a failed batch left logs")
			}
			continue
		}
		if err != nil {
			t.Fatalf("the estimate (%d gas): %v", gas, err)
		}
		if paid, _ := refundEvents(t, e, r); paid[recipient] == nil {
			t.Fatal("the refund was not pushed")
		}
	}
	// The same refund straight at ComputeCredits, as the settlement makes it: with too
	// little gas for the stipend it reverts RefundGasTooLow.
	ca := mustABI(t, bindings.ComputeCreditsMetaData)
	data, err = ca.Pack("refundPurchases", []common.Address{recipient}, []*big.Int{big.NewInt(1)})
	if err != nil {
		t.Fatal(err)
	}
	fund(t, e, alice, big.NewInt(1e15))
	call := ethereum.CallMsg{From: e.SettlementAddr, To: &e.CreditsAddr, Data: data, Gas: 70_000}
	_, err = e.Client.CallContract(context.Background(), call, nil)
	wantError(t, ca, err, "RefundGasTooLow")
	call.Gas = 200_000
	if _, err := e.Client.CallContract(context.Background(), call, nil); err != nil {
		t.Fatalf("with enough gas: %v", err)
	}
}

// TestRefundWiring: only the settlement refunds; credits and settlement name each other
// once; a batch with refunds while no credits contract is named reverts CreditsNotSet.
func TestRefundWiring(t *testing.T) {
	strangerKey := l2sim.NewKey()
	e := newEnv(t, 4, strangerKey)
	ca, sa := mustABI(t, bindings.ComputeCreditsMetaData), mustABI(t, bindings.DPNSettlementMetaData)
	if got, _ := e.Settlement.Credits(nil); got != e.CreditsAddr {
		t.Fatalf("settlement's credits %s", got)
	}
	if got, _ := e.Credits.Settlement(nil); got != e.SettlementAddr {
		t.Fatalf("credits' settlement %s", got)
	}
	_, err := e.Credits.RefundPurchases(e.Deployer, []common.Address{e.Deployer.From}, []*big.Int{big.NewInt(1)})
	wantArgs(t, ca, err, "NotSettlement", e.Deployer.From)
	_, err = e.Settlement.SetCredits(e.Deployer, e.CreditsAddr)
	wantError(t, sa, err, "CreditsAlreadySet")
	_, err = e.Credits.SetSettlement(e.Deployer, e.SettlementAddr)
	wantError(t, ca, err, "SettlementAlreadySet")

	// A second pair, not yet wired.
	creditsAddr, tx, credits, err := bindings.DeployComputeCredits(e.Deployer, e.Client, e.Deployer.From, big.NewInt(1))
	mine(t, e)(tx, err)
	settlementAddr, tx, settlement, err := bindings.DeployDPNSettlement(e.Deployer, e.Client, e.TokenAddr, l2sim.DPNChainID, e.Valset.Binding(), e.Deployer.From)
	mine(t, e)(tx, err)
	d := l2sim.Domain{L2ChainID: e.ChainID, Settlement: settlementAddr, DPNChainID: l2sim.DPNChainID}
	bt := refundBatch(t, e, 1, []common.Address{e.Deployer.From}, []*big.Int{big.NewInt(1)})
	_, err = e.Mine(settlement.SubmitBatch(e.Deployer, e.Valset.Binding(), bt, e.Valset.Sign(d.BatchDigest(bt), all)))
	wantError(t, sa, err, "CreditsNotSet")

	stranger := e.Transactor(strangerKey)
	_, err = settlement.SetCredits(stranger, creditsAddr)
	wantError(t, sa, err, "OwnableUnauthorizedAccount")
	_, err = credits.SetSettlement(stranger, settlementAddr)
	wantError(t, ca, err, "OwnableUnauthorizedAccount")
	_, err = settlement.SetCredits(e.Deployer, common.Address{})
	wantError(t, sa, err, "ZeroAddress")
	_, err = credits.SetSettlement(e.Deployer, common.Address{})
	wantError(t, ca, err, "ZeroAddress")
	// credits must name the settlement first: not yet, and then another one
	_, err = settlement.SetCredits(e.Deployer, creditsAddr)
	wantArgs(t, sa, err, "CreditsSettlementMismatch", creditsAddr, common.Address{})
	_, err = settlement.SetCredits(e.Deployer, e.CreditsAddr)
	wantArgs(t, sa, err, "CreditsSettlementMismatch", e.CreditsAddr, e.SettlementAddr)
	_, err = settlement.SetCredits(e.Deployer, e.KYCAddr) // no settlement() at all
	wantArgs(t, sa, err, "CreditsSettlementMismatch", e.KYCAddr, common.Address{})

	r := mine(t, e)(credits.SetSettlement(e.Deployer, settlementAddr))
	if ev, err := credits.ParseSettlementSet(*r.Logs[0]); err != nil || ev.Settlement != settlementAddr {
		t.Fatalf("SettlementSet %+v %v", ev, err)
	}
	r = mine(t, e)(settlement.SetCredits(e.Deployer, creditsAddr))
	if ev, err := settlement.ParseCreditsSet(*r.Logs[0]); err != nil || ev.Credits != creditsAddr {
		t.Fatalf("CreditsSet %+v %v", ev, err)
	}
	// now the batch lands, its refund owed (the new credits contract holds nothing)
	r = mine(t, e)(settlement.SubmitBatch(e.Deployer, e.Valset.Binding(), bt, e.Valset.Sign(d.BatchDigest(bt), all)))
	var owed bool
	for _, lg := range r.Logs {
		if _, err := credits.ParseRefundOwed(*lg); err == nil {
			owed = true
		}
	}
	if !owed {
		t.Fatal("no RefundOwed")
	}
}
