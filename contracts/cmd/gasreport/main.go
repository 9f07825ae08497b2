// Command gasreport measures the gas of DPN's L2 contracts on go-ethereum's simulated
// backend (Osaka rules) and prints a markdown table with the cost in USD at a stated L2 gas
// price and ETH price. `make bench` runs it.
package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dpn-network/dpn/bridge"
	"github.com/dpn-network/dpn/bridge/quorum"
	"github.com/dpn-network/dpn/contracts/bindings"
	"github.com/dpn-network/dpn/contracts/eip712"
	"github.com/dpn-network/dpn/contracts/l2sim"
)

type row struct {
	what  string
	gas   uint64
	per   string
	notes string
}

type report struct {
	rows     []row
	gwei     float64
	ethUSD   float64
	testdata string
}

func (r *report) add(what string, gas uint64, per, notes string) {
	r.rows = append(r.rows, row{what, gas, per, notes})
	fmt.Fprintf(os.Stderr, "measured %-48s %10d gas\n", what, gas)
}

func (r *report) usd(gas uint64) float64 { return float64(gas) * r.gwei * 1e-9 * r.ethUSD }

func main() {
	gwei := flag.Float64("gwei", 0.01, "assumed L2 execution gas price in gwei")
	ethUSD := flag.Float64("eth-usd", 3000, "assumed ETH price in USD")
	testdata := flag.String("testdata", filepath.Join("contracts", "testdata"), "directory of the Groth16 test vectors")
	flag.Parse()
	r := &report{gwei: *gwei, ethUSD: *ethUSD, testdata: *testdata}
	if err := run(r); err != nil {
		fmt.Fprintln(os.Stderr, "gasreport:", err)
		os.Exit(1)
	}
	r.print()
}

func newSet(n int, nonce uint64) l2sim.Set {
	ms := make([]l2sim.Validator, n)
	for i := range ms {
		ms[i] = l2sim.Validator{Key: l2sim.NewKey(), Power: 100}
	}
	s, err := l2sim.NewSet(ms, nonce)
	if err != nil {
		panic(err)
	}
	return s
}

func recipients(n, offset int) []l2sim.Record {
	out := make([]l2sim.Record, n)
	for i := range out {
		out[i] = l2sim.Record{Recipient: common.BigToAddress(big.NewInt(int64(0x100000 + offset + i))), Amount: big.NewInt(1e18 + int64(i))}
	}
	return out
}

func all(int) bool { return true }

func header(e *l2sim.Env) uint64 {
	h, err := e.Client.HeaderByNumber(ctx(), nil)
	if err != nil {
		panic(err)
	}
	return h.Time
}

func mkBatch(e *l2sim.Env, nonce uint64, recs []l2sim.Record) bindings.DPNSettlementBatch {
	b := bindings.DPNSettlementBatch{
		Nonce: new(big.Int).SetUint64(nonce), L2ChainId: e.ChainID, Timeout: new(big.Int).SetUint64(header(e) + 3600),
		Partition: l2sim.PartitionEarnings, Recipients: []common.Address{}, Amounts: []*big.Int{},
		RefundTo: []common.Address{}, RefundWei: []*big.Int{}, ClaimTotal: new(big.Int),
	}
	for _, rc := range recs {
		b.Recipients = append(b.Recipients, rc.Recipient)
		b.Amounts = append(b.Amounts, rc.Amount)
	}
	return b
}

func submit(e *l2sim.Env, b bindings.DPNSettlementBatch) (*types.Receipt, error) {
	return submitSigned(e, b, e.Valset.Sign(e.Domain.BatchDigest(b), all))
}

func submitSigned(e *l2sim.Env, b bindings.DPNSettlementBatch, sigs []bindings.DPNSettlementSignature) (*types.Receipt, error) {
	o := *e.Deployer
	o.GasLimit = 16_000_000 // below Osaka's per-transaction cap (EIP-7825)
	return e.Mine(e.Settlement.SubmitBatch(&o, e.Valset.Binding(), b, sigs))
}

// relayerSignatures are the signature slots dpn-relayer sends for digest when every member
// of set signed it: bridge/quorum's choice of the fewest members holding more than 2/3 of
// the power, the other slots all zero. used is how many slots carry a signature.
func relayerSignatures(set l2sim.Set, digest common.Hash) (sigs []bindings.DPNSettlementSignature, used int, err error) {
	vs := bridge.Valset{Nonce: set.Nonce}
	signed := map[common.Address][]byte{}
	for _, m := range set.Members {
		vs.Members = append(vs.Members, bridge.Member{Address: m.Address(), Power: m.Power})
		sig := eip712.Sign(m.Key, digest)
		signed[m.Address()] = sig[:]
	}
	sigs, _, err = quorum.Select(vs, digest, signed)
	if err != nil {
		return nil, 0, err
	}
	for _, s := range sigs {
		if s.V != 0 {
			used++
		}
	}
	return sigs, used, nil
}

// measureRelayedBatches is submitBatch of 100 pushed records as dpn-relayer sends it
// (relayerSignatures), for sets of 4, 20 and 100 validators of equal power: first to
// addresses that hold no DPN yet, then the same records again to them as existing holders.
// Each set has its own deployment.
func measureRelayedBatches(r *report) error {
	const records = 100
	for _, n := range []int{4, 20, 100} {
		set := newSet(n, 0)
		e, err := l2sim.NewEnv(set)
		if err != nil {
			return err
		}
		// Batch 1 (one record elsewhere) writes the contract's and token's counters for the
		// first time, so that the rows below are what every later batch pays.
		if _, err := submit(e, mkBatch(e, 1, recipients(1, 500_000))); err != nil {
			e.Close()
			return fmt.Errorf("first batch, %d validators: %w", n, err)
		}
		recs := recipients(records, 0)
		for i, holders := range []string{"new holders", "existing holders"} {
			b := mkBatch(e, uint64(i+2), recs)
			sigs, used, err := relayerSignatures(set, e.Domain.BatchDigest(b))
			if err != nil {
				e.Close()
				return err
			}
			rcpt, err := submitSigned(e, b, sigs)
			if err != nil {
				e.Close()
				return fmt.Errorf("relayed batch, %d validators, %s: %w", n, holders, err)
			}
			r.add(fmt.Sprintf("submitBatch push, %d records, %s, %d validators", records, holders, n), rcpt.GasUsed,
				fmt.Sprintf("%d / record", rcpt.GasUsed/records), fmt.Sprintf("%d of %d signatures sent (relayer's subset)", used, n))
		}
		e.Close()
	}
	return nil
}

func run(r *report) error {
	// Batches: pushed records to existing holders, to new holders, and Merkle roots.
	e, err := l2sim.NewEnv(newSet(20, 0))
	if err != nil {
		return err
	}
	defer e.Close()
	nonce := uint64(0)
	var push1Existing uint64
	for _, n := range []int{1, 10, 100, 1000} {
		recs := recipients(n, 0)
		// The first settlement to these addresses creates their balances. A batch of 1,000
		// new holders exceeds Osaka's per-transaction gas cap, so it goes in chunks of 250.
		var newRcpt *types.Receipt
		for lo := 0; lo < n; lo += 250 {
			nonce++
			rc, err := submit(e, mkBatch(e, nonce, recs[lo:min(n, lo+250)]))
			if err != nil {
				return fmt.Errorf("push %d new: %w", n, err)
			}
			if newRcpt == nil {
				newRcpt = rc
			}
		}
		nonce++
		rcpt, err := submit(e, mkBatch(e, nonce, recs))
		if err != nil {
			return fmt.Errorf("push %d existing: %w", n, err)
		}
		if n == 1 {
			push1Existing = rcpt.GasUsed
		}
		per := fmt.Sprintf("%d / record", rcpt.GasUsed/uint64(n))
		note := ""
		if n > 1 {
			note = fmt.Sprintf("marginal %d / record", (rcpt.GasUsed-push1Existing)/uint64(n-1))
		}
		r.add(fmt.Sprintf("submitBatch push, %d records, existing holders", n), rcpt.GasUsed, per, note)
		if n <= 250 {
			r.add(fmt.Sprintf("submitBatch push, %d records, new holders", n), newRcpt.GasUsed, fmt.Sprintf("%d / record", newRcpt.GasUsed/uint64(n)), "first DPN for each address")
		}
	}
	for _, n := range []int{1, 10, 100, 1000} {
		recs := recipients(n, 100_000+2*n) // fresh addresses for every tree
		tree, err := l2sim.NewClaimTree(recs)
		if err != nil {
			return err
		}
		nonce++
		b := mkBatch(e, nonce, nil)
		b.ClaimRoot, b.ClaimTotal = tree.Root(), tree.Total
		rcpt, err := submit(e, b)
		if err != nil {
			return fmt.Errorf("merkle %d: %w", n, err)
		}
		r.add(fmt.Sprintf("submitBatch Merkle root, %d records", n), rcpt.GasUsed, fmt.Sprintf("%d / record", rcpt.GasUsed/uint64(n)), "records then claimed one by one")
		// claims: average over up to 20 claims (new holders, proof depth log2(n))
		k := min(n, 20)
		var sum uint64
		for i := 0; i < k; i++ {
			c, err := e.Mine(e.Settlement.Claim(e.Deployer, new(big.Int).SetUint64(nonce), big.NewInt(int64(i)), recs[i].Recipient, recs[i].Amount, tree.Proof(i)))
			if err != nil {
				return fmt.Errorf("claim %d/%d: %w", i, n, err)
			}
			sum += c.GasUsed
		}
		r.add(fmt.Sprintf("claim from a %d-record root", n), sum/uint64(k), "per claim", fmt.Sprintf("mean of %d claims to new holders", k))
	}

	// Valset updates.
	for _, n := range []int{4, 20, 100} {
		cur := newSet(n, 0)
		ev, err := l2sim.NewEnv(cur)
		if err != nil {
			return err
		}
		next := newSet(n, 1)
		rcpt, err := ev.Mine(ev.Settlement.UpdateValset(ev.Deployer, next.Binding(), cur.Binding(), cur.Sign(ev.Domain.ValsetDigest(next.Binding()), all)))
		ev.Close()
		if err != nil {
			return fmt.Errorf("valset %d: %w", n, err)
		}
		r.add(fmt.Sprintf("updateValset, %d validators", n), rcpt.GasUsed, "", "signatures checked until more than 2/3 of the power")
	}

	// Batches as the relayer sends them, by valset size.
	if err := measureRelayedBatches(r); err != nil {
		return err
	}

	// Retirement: after the last batch, with every claim made.
	{
		set := newSet(20, 0)
		ev, err := l2sim.NewEnv(set)
		if err != nil {
			return err
		}
		rcpt, err := ev.Mine(ev.Settlement.Retire(ev.Deployer, set.Binding(), new(big.Int), ev.RetireSignatures(0)))
		ev.Close()
		if err != nil {
			return fmt.Errorf("retire: %w", err)
		}
		r.add("retire, 20 validators", rcpt.GasUsed, "once", "finalizes the token's issuance")
	}

	if err := measureRefunds(r); err != nil {
		return err
	}
	if err := measureRedeem(r, e, nonce); err != nil {
		return err
	}

	// Proof delivery.
	if err := measureProof(r, e); err != nil {
		return err
	}
	if err := measurePurchase(r); err != nil {
		return err
	}
	return measureBundledPurchase(r)
}

// measureRefunds is a batch that only refunds 10 purchases, pushed to the buyers (EOAs that
// exist: they paid), against an empty batch in the same deployment.
func measureRefunds(r *report) error {
	const refunds = 10
	buyers := make([]*ecdsa.PrivateKey, refunds)
	for i := range buyers {
		buyers[i] = l2sim.NewKey()
	}
	e, err := l2sim.NewEnv(newSet(20, 0), buyers...)
	if err != nil {
		return err
	}
	defer e.Close()
	for _, k := range buyers {
		o := e.Transactor(k)
		o.Value = big.NewInt(1e16)
		if _, err := e.Mine(e.Credits.Buy(o, "dpn1"+strings.Repeat("q", 38))); err != nil {
			return fmt.Errorf("purchase to refund: %w", err)
		}
	}
	// Batch 1 writes the settlement's counters for the first time, as on a live L2.
	if _, err := submit(e, mkBatch(e, 1, nil)); err != nil {
		return err
	}
	empty, err := submit(e, mkBatch(e, 2, nil))
	if err != nil {
		return err
	}
	b := mkBatch(e, 3, nil)
	for _, k := range buyers {
		b.RefundTo = append(b.RefundTo, crypto.PubkeyToAddress(k.PublicKey))
		b.RefundWei = append(b.RefundWei, big.NewInt(1e15))
	}
	rcpt, err := submit(e, b)
	if err != nil {
		return fmt.Errorf("refund batch: %w", err)
	}
	r.add(fmt.Sprintf("submitBatch, %d refunds, no records", refunds), rcpt.GasUsed,
		fmt.Sprintf("%d / refund", (rcpt.GasUsed-empty.GasUsed)/refunds),
		fmt.Sprintf("marginal over an empty batch (%d); each pushed to its buyer", empty.GasUsed))
	return nil
}

// measureRedeem is a holder's redemption to a DPN account, after an earlier one (the
// redemption nonce shares the supply's slot, so the first costs the same).
func measureRedeem(r *report, e *l2sim.Env, nonce uint64) error {
	holder := e.Deployer.From
	if _, err := submit(e, mkBatch(e, nonce+1, []l2sim.Record{{Recipient: holder, Amount: big.NewInt(1e18)}})); err != nil {
		return err
	}
	account := []byte("dpn1" + strings.Repeat("q", 38))
	var last *types.Receipt
	for range 2 {
		rc, err := e.Mine(e.Token.RedeemByPartition(e.Deployer, l2sim.PartitionEarnings, big.NewInt(1e17), account))
		if err != nil {
			return fmt.Errorf("redeem: %w", err)
		}
		last = rc
	}
	r.add("DPNToken.redeemByPartition to a DPN account", last.GasUsed, "", "burn, RedeemedToDPN; the chain releases the udpn")
	return nil
}

func measureProof(r *report, e *l2sim.Env) error {
	read := func(name string) ([]byte, error) { return os.ReadFile(filepath.Join(r.testdata, name)) }
	vkJSON, err := read("verification_key.json")
	if err != nil {
		return err
	}
	proofJSON, err := read("proof.json")
	if err != nil {
		return err
	}
	pubJSON, err := read("public.json")
	if err != nil {
		return err
	}
	vk, err := l2sim.DecodeVerifyingKey(vkJSON)
	if err != nil {
		return err
	}
	proof, err := l2sim.DecodeProof(proofJSON)
	if err != nil {
		return err
	}
	inputs, err := l2sim.DecodePublicSignals(pubJSON)
	if err != nil {
		return err
	}
	vkID := crypto.Keccak256Hash(vk)
	reg, err := e.Mine(e.Settlement.RegisterVerifyingKey(e.Deployer, vkID, vk))
	if err != nil {
		return err
	}
	r.add("registerVerifyingKey, 8 public inputs", reg.GasUsed, "once per circuit", "")
	jobID := crypto.Keccak256Hash([]byte("gas-report-job"))
	ord, err := e.Mine(e.Settlement.OrderJob(e.Deployer, jobID, vkID, l2sim.InputsHash(inputs)))
	if err != nil {
		return err
	}
	r.add("orderJob", ord.GasUsed, "", "the L2 team, once per job")
	del, err := e.Mine(e.Settlement.DeliverProof(e.Deployer, e.Deployer.From, jobID, vkID, proof, inputs))
	if err != nil {
		return err
	}
	r.add(fmt.Sprintf("deliverProof, Groth16, %d public inputs", len(inputs)), del.GasUsed, "", "pairing 181,000 + 8 ecMul 48,000")
	return nil
}

func measurePurchase(r *report) error {
	bundler := l2sim.NewKey()
	e, err := l2sim.NewEnv(newSet(4, 0), bundler)
	if err != nil {
		return err
	}
	defer e.Close()
	owner := l2sim.NewKey()
	g := l2sim.PurchaseGas{Verification: 1_000_000, Call: 200_000, PaymasterVerification: 100_000, PostOp: 120_000,
		PreVerification: 60_000, MaxFeePerGas: big.NewInt(3e9), MaxPriorityFeePerGas: big.NewInt(1e9)}
	value := big.NewInt(1e16)
	allowance := new(big.Int).Add(g.MaxCost(), big.NewInt(1e12))
	dpnAccount := "dpn1" + strings.Repeat("q", 38)
	op, sender, err := e.PurchaseOp(owner, dpnAccount, value, allowance, big.NewInt(0), true, g)
	if err != nil {
		return err
	}
	if err := e.SendETH(e.DeployerKey, sender, l2sim.Ether(1)); err != nil {
		return err
	}
	first, err := handle(e, bundler, op)
	if err != nil {
		return err
	}
	r.add("UserOp purchase, account deployed in the op", first, "", "handleOps tx, paymaster-sponsored")
	op2, _, err := e.PurchaseOp(owner, dpnAccount, value, allowance, big.NewInt(1), false, g)
	if err != nil {
		return err
	}
	second, err := handle(e, bundler, op2)
	if err != nil {
		return err
	}
	r.add("UserOp purchase, existing account", second, "", "handleOps tx, paymaster-sponsored")
	buyer := *e.Deployer
	buyer.Value = value
	direct, err := e.Mine(e.Credits.Buy(&buyer, dpnAccount))
	if err != nil {
		return err
	}
	r.add("ComputeCredits.buy from an EOA (no 4337)", direct.GasUsed, "", "for comparison")
	return nil
}

var errOpFailed = errors.New("user operation failed")

func handle(e *l2sim.Env, bundler *ecdsa.PrivateKey, op bindings.PackedUserOperation) (uint64, error) {
	rcpt, err := e.HandleOps(bundler, op)
	if err != nil {
		return 0, err
	}
	for _, lg := range rcpt.Logs {
		if ev, err := e.EntryPoint.ParseUserOperationEvent(*lg); err == nil && !ev.Success {
			return 0, errOpFailed
		}
	}
	return rcpt.GasUsed, nil
}

func (r *report) print() {
	fmt.Printf("Gas price %.4g gwei (L2 execution), ETH $%.0f; cost = gas x price, L1 data fee not included.\n\n", r.gwei, r.ethUSD)
	fmt.Println("| operation | gas | per | USD | notes |")
	fmt.Println("|---|---:|---|---:|---|")
	for _, w := range r.rows {
		fmt.Printf("| %s | %d | %s | %.5f | %s |\n", w.what, w.gas, w.per, r.usd(w.gas), w.notes)
	}
}

func ctx() context.Context { return context.Background() }
