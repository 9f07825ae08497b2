package l2sim_test

import (
	"bytes"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dpn-network/dpn/contracts/bindings"
	"github.com/dpn-network/dpn/contracts/l2sim"
)

func TestDigestsMatchContract(t *testing.T) {
	e := newEnv(t, 4)
	vs := e.Valset.Binding()
	got, err := e.Settlement.ValsetDigest(nil, vs)
	if err != nil {
		t.Fatal(err)
	}
	if want := e.Domain.ValsetDigest(vs); got != want {
		t.Fatalf("valset digest: contract %x, Go %x", got, want)
	}
	cp, _ := e.Settlement.ValsetCheckpoint(nil)
	if cp != got {
		t.Fatalf("checkpoint %x != digest %x", cp, got)
	}
	b := batch(e, 1, l2sim.PartitionEarnings, records(3, 7), 1<<40)
	b.ClaimRoot = [32]byte{1}
	b.ClaimTotal = big.NewInt(5)
	for _, refunds := range []int{0, 2} {
		for _, r := range records(refunds, 3e15) {
			b.RefundTo, b.RefundWei = append(b.RefundTo, r.Recipient), append(b.RefundWei, r.Amount)
		}
		got, err = e.Settlement.BatchDigest(nil, b)
		if err != nil {
			t.Fatal(err)
		}
		if want := e.Domain.BatchDigest(b); got != want {
			t.Fatalf("batch digest, %d refunds: contract %x, Go %x", refunds, got, want)
		}
	}
	for _, n := range []uint64{0, 1, 1 << 40} {
		got, err = e.Settlement.RetireDigest(nil, u(n))
		if err != nil {
			t.Fatal(err)
		}
		if want := e.Domain.RetireDigest(n); got != want {
			t.Fatalf("retire digest %d: contract %x, Go %x", n, got, want)
		}
	}
}

func TestUpdateValset(t *testing.T) {
	e := newEnv(t, 4)
	sa := mustABI(t, bindings.DPNSettlementMetaData)
	cur := e.Valset
	next := newSet(t, 5, 1)
	digest := e.Domain.ValsetDigest(next.Binding())

	// two of four (1/2 of the power) is not enough
	_, err := e.Settlement.UpdateValset(e.Deployer, next.Binding(), cur.Binding(), cur.Sign(digest, first(2)))
	args := wantError(t, sa, err, "InsufficientPower")
	if args[0].(*big.Int).Cmp(args[1].(*big.Int)) >= 0 {
		t.Fatalf("InsufficientPower args %v", args)
	}
	// signatures over a different valset
	other := newSet(t, 3, 1)
	_, err = e.Settlement.UpdateValset(e.Deployer, next.Binding(), cur.Binding(), cur.Sign(e.Domain.ValsetDigest(other.Binding()), all))
	wantError(t, sa, err, "InvalidSignature")
	// a claimed current set that is not the stored one
	_, err = e.Settlement.UpdateValset(e.Deployer, next.Binding(), other.Binding(), other.Sign(digest, all))
	wantError(t, sa, err, "ValsetMismatch")

	// three of four (3/4 > 2/3) succeed
	mine(t, e)(e.Settlement.UpdateValset(e.Deployer, next.Binding(), cur.Binding(), cur.Sign(digest, func(i int) bool { return i != 2 })))
	if n, _ := e.Settlement.ValsetNonce(nil); n.Uint64() != 1 {
		t.Fatalf("valset nonce %v", n)
	}
	// the old set can no longer act, and the same nonce cannot be replayed
	_, err = e.Settlement.UpdateValset(e.Deployer, next.Binding(), cur.Binding(), cur.Sign(digest, all))
	wantError(t, sa, err, "ValsetMismatch")
	_, err = e.Settlement.UpdateValset(e.Deployer, next.Binding(), next.Binding(), next.Sign(digest, all))
	wantError(t, sa, err, "StaleValsetNonce")
	older := newSet(t, 3, 0)
	_, err = e.Settlement.UpdateValset(e.Deployer, older.Binding(), next.Binding(), next.Sign(e.Domain.ValsetDigest(older.Binding()), all))
	wantError(t, sa, err, "StaleValsetNonce")

	// an invalid new set (unsorted) is refused
	bad := newSet(t, 3, 2).Binding()
	bad.Validators[0], bad.Validators[1] = bad.Validators[1], bad.Validators[0]
	_, err = e.Settlement.UpdateValset(e.Deployer, bad, next.Binding(), next.Sign(e.Domain.ValsetDigest(bad), all))
	wantError(t, sa, err, "InvalidValset")

	// a 3-member set: two of three (exactly 2/3) can no longer move it, all three can
	three := newSet(t, 3, 2)
	mine(t, e)(e.Settlement.UpdateValset(e.Deployer, three.Binding(), next.Binding(), next.Sign(e.Domain.ValsetDigest(three.Binding()), all)))
	four := newSet(t, 4, 3)
	d4 := e.Domain.ValsetDigest(four.Binding())
	_, err = e.Settlement.UpdateValset(e.Deployer, four.Binding(), three.Binding(), three.Sign(d4, first(2)))
	wantError(t, sa, err, "InsufficientPower")
	mine(t, e)(e.Settlement.UpdateValset(e.Deployer, four.Binding(), three.Binding(), three.Sign(d4, all)))

	// batches now need the newest set: the previous one is refused, the new one settles
	b := batch(e, 1, l2sim.PartitionEarnings, records(2, 5), now(t, e)+3600)
	_, err = e.Settlement.SubmitBatch(e.Deployer, three.Binding(), b, three.Sign(e.Domain.BatchDigest(b), all))
	wantError(t, sa, err, "ValsetMismatch")
	mine(t, e)(e.Settlement.SubmitBatch(e.Deployer, four.Binding(), b, four.Sign(e.Domain.BatchDigest(b), all)))
}

// TestSignatureThreshold: a batch needs strictly more than 2/3 of the power; exactly 2/3
// is refused, and InsufficientPower reports the least power that would do.
func TestSignatureThreshold(t *testing.T) {
	sa := mustABI(t, bindings.DPNSettlementMetaData)
	for _, c := range []struct {
		name   string
		powers []uint64
		signs  func(l2sim.Set) func(int) bool
		ok     bool
	}{
		{"1 of 1", []uint64{1}, func(l2sim.Set) func(int) bool { return all }, true},
		{"3 of 3", []uint64{1, 1, 1}, func(l2sim.Set) func(int) bool { return all }, true},
		{"2 of 3 is exactly 2/3", []uint64{1, 1, 1}, func(l2sim.Set) func(int) bool { return first(2) }, false},
		{"1 of 3", []uint64{1, 1, 1}, func(l2sim.Set) func(int) bool { return first(1) }, false},
		{"3 of 4", []uint64{1, 1, 1, 1}, func(l2sim.Set) func(int) bool { return first(3) }, true},
		{"2 of 4", []uint64{1, 1, 1, 1}, func(l2sim.Set) func(int) bool { return first(2) }, false},
		{"4 of 6 is exactly 2/3", []uint64{1, 1, 1, 1, 1, 1}, func(l2sim.Set) func(int) bool { return first(4) }, false},
		{"5 of 6", []uint64{1, 1, 1, 1, 1, 1}, func(l2sim.Set) func(int) bool { return first(5) }, true},
		{"none", []uint64{1, 1, 1, 1}, func(l2sim.Set) func(int) bool { return func(int) bool { return false } }, false},
		{"the 2/3 validator alone", []uint64{2, 1}, func(s l2sim.Set) func(int) bool {
			return func(i int) bool { return s.Members[i].Power > l2sim.MaxTotalPower/2 }
		}, false},
		{"the 2/3 validator and the 1/3", []uint64{2, 1}, func(l2sim.Set) func(int) bool { return all }, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			ms := make([]l2sim.Validator, len(c.powers))
			for i, p := range c.powers {
				ms[i] = l2sim.Validator{Key: l2sim.NewKey(), Power: p}
			}
			set, err := l2sim.NewSet(ms, 0)
			if err != nil {
				t.Fatal(err)
			}
			e, err := l2sim.NewEnv(set)
			if err != nil {
				t.Fatal(err)
			}
			defer e.Close()
			b := batch(e, 1, l2sim.PartitionEarnings, records(1, 1), now(t, e)+3600)
			signs := c.signs(set)
			err = submit(e, b, set.Sign(e.Domain.BatchDigest(b), signs))
			if c.ok {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			var total, signedPower uint64
			for i, m := range set.Members {
				total += m.Power
				if signs(i) {
					signedPower += m.Power
				}
			}
			wantArgs(t, sa, err, "InsufficientPower", u(signedPower), u(total*2/3+1))
		})
	}
}

func highS(sig bindings.DPNSettlementSignature) bindings.DPNSettlementSignature {
	n := crypto.S256().Params().N
	s := new(big.Int).Sub(n, new(big.Int).SetBytes(sig.S[:]))
	s.FillBytes(sig.S[:])
	sig.V ^= 1 // 27 <-> 28: the same signature, re-encoded
	return sig
}

// TestSignatureRefusals covers the ways a signature slot can be wrong.
func TestSignatureRefusals(t *testing.T) {
	e := newEnv(t, 4)
	sa := mustABI(t, bindings.DPNSettlementMetaData)
	b := batch(e, 1, l2sim.PartitionEarnings, records(2, 5), now(t, e)+3600)
	digest := e.Domain.BatchDigest(b)
	members := e.Valset.Addresses()
	outsider := l2sim.NewKey()
	zero := common.Address{}
	for _, c := range []struct {
		name   string
		mutate func([]bindings.DPNSettlementSignature) []bindings.DPNSettlementSignature
		err    string
		args   []any
	}{
		{"a non-member's signature in a member's slot", func(s []bindings.DPNSettlementSignature) []bindings.DPNSettlementSignature {
			s[1] = l2sim.SignDigest(outsider, digest)
			return s
		}, "InvalidSignature", []any{u(1), crypto.PubkeyToAddress(outsider.PublicKey)}},
		{"the same signature in two slots", func(s []bindings.DPNSettlementSignature) []bindings.DPNSettlementSignature {
			s[1] = s[0]
			return s
		}, "InvalidSignature", []any{u(1), members[0]}},
		{"a high-s signature", func(s []bindings.DPNSettlementSignature) []bindings.DPNSettlementSignature {
			s[0] = highS(s[0])
			return s
		}, "InvalidSignature", []any{u(0), zero}},
		{"v = 1", func(s []bindings.DPNSettlementSignature) []bindings.DPNSettlementSignature {
			s[0].V = 1
			return s
		}, "InvalidSignature", []any{u(0), zero}},
		{"v = 0 with r and s (a raw recovery id)", func(s []bindings.DPNSettlementSignature) []bindings.DPNSettlementSignature {
			s[2].V -= 27
			return s
		}, "InvalidSignature", []any{u(2), zero}},
		{"v = 29", func(s []bindings.DPNSettlementSignature) []bindings.DPNSettlementSignature {
			s[0].V = 29
			return s
		}, "InvalidSignature", []any{u(0), zero}},
		{"all-zero slots do not sign", func(s []bindings.DPNSettlementSignature) []bindings.DPNSettlementSignature {
			s[0], s[3] = bindings.DPNSettlementSignature{}, bindings.DPNSettlementSignature{}
			return s
		}, "InsufficientPower", []any{u(e.Valset.Members[1].Power + e.Valset.Members[2].Power), u(l2sim.MaxTotalPower*2/3 + 1)}},
		{"a signature over another digest", func([]bindings.DPNSettlementSignature) []bindings.DPNSettlementSignature {
			return e.Valset.Sign(crypto.Keccak256Hash(digest[:]), all)
		}, "InvalidSignature", nil},
		{"one slot short", func(s []bindings.DPNSettlementSignature) []bindings.DPNSettlementSignature {
			return s[:3]
		}, "LengthMismatch", []any{u(3), u(4)}},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := submit(e, b, c.mutate(e.Valset.Sign(digest, all)))
			if c.args == nil {
				wantError(t, sa, err, c.err)
				return
			}
			wantArgs(t, sa, err, c.err, c.args...)
		})
	}
	// the set's own signatures still work: nothing above changed state
	if err := submit(e, b, e.Valset.Sign(digest, all)); err != nil {
		t.Fatal(err)
	}
}

// TestValsetListingAnAddressTwice: a set naming one key twice would let it sign twice.
func TestValsetListingAnAddressTwice(t *testing.T) {
	e := newEnv(t, 4)
	sa := mustABI(t, bindings.DPNSettlementMetaData)
	k := l2sim.NewKey()
	a := crypto.PubkeyToAddress(k.PublicKey)
	dup := bindings.DPNSettlementValset{Validators: []common.Address{a, a}, Powers: []*big.Int{u(1 << 31), u(1 << 31)}, Nonce: u(1)}
	_, err := e.Settlement.UpdateValset(e.Deployer, dup, e.Valset.Binding(), e.Valset.Sign(e.Domain.ValsetDigest(dup), all))
	wantError(t, sa, err, "InvalidValset")
	_, _, _, err = bindings.DeployDPNSettlement(e.Deployer, e.Client, e.TokenAddr, l2sim.DPNChainID, dup, e.Deployer.From)
	wantError(t, sa, err, "InvalidValset")
}

func TestSubmitBatchPush(t *testing.T) {
	e := newEnv(t, 4)
	sa := mustABI(t, bindings.DPNSettlementMetaData)
	vs := e.Valset
	recs := records(5, 1e18)
	b := batch(e, 1, l2sim.PartitionEarnings, recs, now(t, e)+3600)
	sigs := signed(e, b)

	// tampered records break the signatures
	tb := b
	tb.Amounts = append([]*big.Int{big.NewInt(2e18)}, b.Amounts[1:]...)
	wantError(t, sa, submit(e, tb, sigs), "InvalidSignature")

	rcpt := mine(t, e)(e.Settlement.SubmitBatch(e.Deployer, vs.Binding(), b, sigs))
	for _, r := range recs {
		bal, _ := e.Token.BalanceOfByPartition(nil, l2sim.PartitionEarnings, r.Recipient)
		if bal.Cmp(r.Amount) != 0 {
			t.Fatalf("balance of %s: %v", r.Recipient, bal)
		}
	}
	if ts, _ := e.Token.TotalSupply(nil); ts.Cmp(new(big.Int).Mul(big.NewInt(5), big.NewInt(1e18))) != 0 {
		t.Fatalf("total supply %v", ts)
	}
	var settled bool
	for _, lg := range rcpt.Logs {
		if ev, err := e.Settlement.ParseBatchSettled(*lg); err == nil {
			settled = ev.Nonce.Uint64() == 1 && ev.Records.Uint64() == 5 && ev.Partition == l2sim.PartitionEarnings
		}
	}
	if !settled {
		t.Fatal("no BatchSettled event")
	}
	// replay
	wantArgs(t, sa, submit(e, b, sigs), "StaleBatchNonce", u(1), u(1))
}

// TestBatchNonceSequence: nonces are strictly sequential, so a later signed batch cannot
// void an earlier one by landing first.
func TestBatchNonceSequence(t *testing.T) {
	e := newEnv(t, 4)
	sa := mustABI(t, bindings.DPNSettlementMetaData)
	deadline := now(t, e) + 3600
	b1 := batch(e, 1, l2sim.PartitionEarnings, records(2, 10), deadline)
	b2 := batch(e, 2, l2sim.PartitionEarnings, records(3, 20), deadline)
	b3 := batch(e, 3, l2sim.PartitionEarnings, records(1, 30), deadline)

	wantArgs(t, sa, submit(e, b2, signed(e, b2)), "BatchNonceGap", u(2), u(1))
	if err := submit(e, b1, signed(e, b1)); err != nil {
		t.Fatal(err)
	}
	wantArgs(t, sa, submit(e, b1, signed(e, b1)), "StaleBatchNonce", u(1), u(1))
	wantArgs(t, sa, submit(e, b3, signed(e, b3)), "BatchNonceGap", u(3), u(2))
	if err := submit(e, b2, signed(e, b2)); err != nil {
		t.Fatal(err)
	}
	b0 := batch(e, 0, l2sim.PartitionEarnings, records(1, 1), deadline)
	wantArgs(t, sa, submit(e, b0, signed(e, b0)), "StaleBatchNonce", u(0), u(2))
	if n, _ := e.Settlement.LastBatchNonce(nil); n.Uint64() != 2 {
		t.Fatalf("last nonce %v", n)
	}
	// both batches issued: record 0 of b1 (10) and of b2 (20) go to the same address
	if bal, _ := e.Token.BalanceOf(nil, records(1, 0)[0].Recipient); bal.Int64() != 30 {
		t.Fatalf("balance %v, want 30", bal)
	}
}

// TestBatchRenewal: an expired batch is renewed under the same nonce with a later timeout;
// its records are issued once, and the expired copy is then stale.
func TestBatchRenewal(t *testing.T) {
	e := newEnv(t, 4)
	sa := mustABI(t, bindings.DPNSettlementMetaData)
	recs := records(3, 1e18)
	old := batch(e, 1, l2sim.PartitionEarnings, recs, now(t, e)+60)
	oldSigs := signed(e, old)
	wait(t, e, 2*time.Minute)
	args := wantError(t, sa, submit(e, old, oldSigs), "BatchExpired")
	if args[0].(*big.Int).Cmp(old.Timeout) != 0 {
		t.Fatalf("BatchExpired%v", args)
	}

	renewed := batch(e, 1, l2sim.PartitionEarnings, recs, now(t, e)+3600)
	if err := submit(e, renewed, signed(e, renewed)); err != nil {
		t.Fatal(err)
	}
	wantArgs(t, sa, submit(e, old, oldSigs), "StaleBatchNonce", u(1), u(1))
	wantArgs(t, sa, submit(e, renewed, signed(e, renewed)), "StaleBatchNonce", u(1), u(1))
	for _, r := range recs {
		if bal, _ := e.Token.BalanceOf(nil, r.Recipient); bal.Cmp(r.Amount) != 0 {
			t.Fatalf("balance of %s: %v, want %v once", r.Recipient, bal, r.Amount)
		}
	}
}

// TestCrossChainReplay: the same deployer on two L2s yields the same settlement address;
// what the validators signed for one chain must not settle on the other.
func TestCrossChainReplay(t *testing.T) {
	sa := mustABI(t, bindings.DPNSettlementMetaData)
	set := newSet(t, 4, 0)
	deployer := l2sim.NewKey()
	envOn := func(chainID int64) *l2sim.Env {
		e, err := l2sim.NewEnvWith(set, l2sim.Options{ChainID: big.NewInt(chainID), DeployerKey: deployer})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(e.Close)
		return e
	}
	a, b := envOn(10), envOn(42161)
	if a.SettlementAddr != b.SettlementAddr || a.ChainID.Int64() != 10 || b.ChainID.Int64() != 42161 {
		t.Fatalf("settlements %s on %v and %s on %v", a.SettlementAddr, a.ChainID, b.SettlementAddr, b.ChainID)
	}

	forA := batch(a, 1, l2sim.PartitionEarnings, records(2, 5), now(t, a)+3600)
	sigsA := signed(a, forA)
	wantArgs(t, sa, submit(b, forA, sigsA), "WrongChainId", u(10), u(42161))

	// the chain id field forged to B's: the struct no longer matches the signatures
	forged := forA
	forged.L2ChainId = b.ChainID
	wantError(t, sa, submit(b, forged, sigsA), "InvalidSignature")
	// a batch naming B but signed under A's domain: only the domain differs
	namingB := forged
	wantError(t, sa, submit(b, namingB, a.Valset.Sign(a.Domain.BatchDigest(namingB), all)), "InvalidSignature")

	// valset updates and retirement are bound to the domain too
	next := newSet(t, 4, 1)
	_, err := b.Settlement.UpdateValset(b.Deployer, next.Binding(), set.Binding(), set.Sign(a.Domain.ValsetDigest(next.Binding()), all))
	wantError(t, sa, err, "InvalidSignature")
	_, err = b.Settlement.Retire(b.Deployer, set.Binding(), u(0), a.RetireSignatures(0))
	wantError(t, sa, err, "InvalidSignature")

	// and A takes its own batch
	if err := submit(a, forA, sigsA); err != nil {
		t.Fatal(err)
	}
}

func TestSubmitBatchMerkleClaim(t *testing.T) {
	e := newEnv(t, 4)
	sa := mustABI(t, bindings.DPNSettlementMetaData)
	recs := records(7, 3e18)
	tree, err := l2sim.NewClaimTree(recs)
	if err != nil {
		t.Fatal(err)
	}
	b := batch(e, 1, l2sim.PartitionEarnings, nil, now(t, e)+3600)
	b.ClaimRoot = tree.Root()
	b.ClaimTotal = tree.Total
	outstanding := func() *big.Int {
		t.Helper()
		o, err := e.Settlement.OutstandingClaims(nil)
		if err != nil {
			t.Fatal(err)
		}
		return o
	}

	// a root without a total is refused before signatures are checked
	bad := b
	bad.ClaimTotal = new(big.Int)
	wantError(t, sa, submit(e, bad, signed(e, bad)), "InvalidClaimCommitment")

	if err := submit(e, b, signed(e, b)); err != nil {
		t.Fatal(err)
	}
	if o := outstanding(); o.Cmp(tree.Total) != 0 {
		t.Fatalf("outstanding %v, want %v", o, tree.Total)
	}
	claimer := e.Deployer // anyone may submit a claim; the DPN goes to the recipient
	left := new(big.Int).Set(tree.Total)
	for i, r := range recs {
		mine(t, e)(e.Settlement.Claim(claimer, big.NewInt(1), big.NewInt(int64(i)), r.Recipient, r.Amount, tree.Proof(i)))
		bal, _ := e.Token.BalanceOf(nil, r.Recipient)
		if bal.Cmp(r.Amount) != 0 {
			t.Fatalf("claim %d: balance %v", i, bal)
		}
		left.Sub(left, r.Amount)
		if o := outstanding(); o.Cmp(left) != 0 {
			t.Fatalf("after claim %d: outstanding %v, want %v", i, o, left)
		}
	}
	// double claim
	_, err = e.Settlement.Claim(claimer, big.NewInt(1), big.NewInt(3), recs[3].Recipient, recs[3].Amount, tree.Proof(3))
	if args := wantError(t, sa, err, "AlreadyClaimed"); args[1].(*big.Int).Int64() != 3 {
		t.Fatalf("AlreadyClaimed args %v", args)
	}
	if ok, _ := e.Settlement.IsClaimed(nil, big.NewInt(1), big.NewInt(3)); !ok {
		t.Fatal("isClaimed false after claim")
	}
	// a second tree to test wrong proofs on an unclaimed record
	recs2 := records(4, 1e18)
	tree2, _ := l2sim.NewClaimTree(recs2)
	b2 := batch(e, 2, l2sim.PartitionEarnings, nil, now(t, e)+3600)
	b2.ClaimRoot, b2.ClaimTotal = tree2.Root(), tree2.Total
	if err := submit(e, b2, signed(e, b2)); err != nil {
		t.Fatal(err)
	}
	_, err = e.Settlement.Claim(claimer, big.NewInt(2), big.NewInt(0), recs2[0].Recipient, big.NewInt(5e18), tree2.Proof(0))
	wantError(t, sa, err, "InvalidMerkleProof")
	_, err = e.Settlement.Claim(claimer, big.NewInt(2), big.NewInt(0), recs2[1].Recipient, recs2[0].Amount, tree2.Proof(0))
	wantError(t, sa, err, "InvalidMerkleProof")
	_, err = e.Settlement.Claim(claimer, big.NewInt(9), big.NewInt(0), recs2[0].Recipient, recs2[0].Amount, tree2.Proof(0))
	wantError(t, sa, err, "UnknownClaimBatch")

	// a root whose signed total is below its leaves caps what can be claimed
	b3 := batch(e, 3, l2sim.PartitionEarnings, nil, now(t, e)+3600)
	b3.ClaimRoot, b3.ClaimTotal = tree2.Root(), big.NewInt(15e17)
	if err := submit(e, b3, signed(e, b3)); err != nil {
		t.Fatal(err)
	}
	mine(t, e)(e.Settlement.Claim(claimer, big.NewInt(3), big.NewInt(0), recs2[0].Recipient, recs2[0].Amount, tree2.Proof(0)))
	_, err = e.Settlement.Claim(claimer, big.NewInt(3), big.NewInt(1), recs2[1].Recipient, recs2[1].Amount, tree2.Proof(1))
	wantError(t, sa, err, "ClaimExceedsTotal")
	if o, want := outstanding(), new(big.Int).Add(tree2.Total, big.NewInt(5e17)); o.Cmp(want) != 0 {
		t.Fatalf("outstanding %v, want %v", o, want)
	}
}

// TestRetire: issuance ends only through a signed Retire naming the last batch, once no
// claim is left; afterwards nothing is settled.
func TestRetire(t *testing.T) {
	e := newEnv(t, 4)
	sa := mustABI(t, bindings.DPNSettlementMetaData)
	ta := mustABI(t, bindings.DPNTokenMetaData)
	recs := records(2, 4e18)
	tree, err := l2sim.NewClaimTree(recs)
	if err != nil {
		t.Fatal(err)
	}
	b1 := batch(e, 1, l2sim.PartitionEarnings, records(1, 1e18), now(t, e)+3600)
	b1.ClaimRoot, b1.ClaimTotal = tree.Root(), tree.Total
	retire := func(last uint64, sigs []bindings.DPNSettlementSignature) error {
		_, err := e.Mine(e.Settlement.Retire(e.Deployer, e.Valset.Binding(), u(last), sigs))
		return err
	}

	// signed too early: once batch 1 lands, a Retire naming batch 0 is useless
	early := e.RetireSignatures(0)
	if err := submit(e, b1, signed(e, b1)); err != nil {
		t.Fatal(err)
	}
	wantArgs(t, sa, retire(0, early), "RetireNonceMismatch", u(0), u(1))
	wantArgs(t, sa, retire(2, e.RetireSignatures(2)), "RetireNonceMismatch", u(2), u(1))
	wantArgs(t, sa, retire(1, e.RetireSignatures(1)), "ClaimsOutstanding", tree.Total)
	mine(t, e)(e.Settlement.Claim(e.Deployer, u(1), u(0), recs[0].Recipient, recs[0].Amount, tree.Proof(0)))
	wantArgs(t, sa, retire(1, e.RetireSignatures(1)), "ClaimsOutstanding", recs[1].Amount)
	mine(t, e)(e.Settlement.Claim(e.Deployer, u(1), u(1), recs[1].Recipient, recs[1].Amount, tree.Proof(1)))

	for _, c := range []struct {
		name string
		sigs []bindings.DPNSettlementSignature
		err  string
	}{
		{"half the power", e.Valset.Sign(e.Domain.RetireDigest(1), first(2)), "InsufficientPower"},
		{"signed for another nonce", e.RetireSignatures(0), "InvalidSignature"},
		{"a batch's signatures", signed(e, b1), "InvalidSignature"},
	} {
		wantError(t, sa, retire(1, c.sigs), c.err)
	}
	other := newSet(t, 4, 0)
	_, err = e.Settlement.Retire(e.Deployer, other.Binding(), u(1), other.Sign(e.Domain.RetireDigest(1), all))
	wantError(t, sa, err, "ValsetMismatch")
	// the token's finalizeIssuance is the settlement's alone
	_, err = e.Token.FinalizeIssuance(e.Deployer)
	wantError(t, ta, err, "NotIssuer")
	if _, err := e.TokenAsOwner("finalizeIssuance"); err == nil {
		t.Fatal("the owner finalized issuance")
	}

	rcpt := mine(t, e)(e.Settlement.Retire(e.Deployer, e.Valset.Binding(), u(1), e.RetireSignatures(1)))
	var retired, finalized bool
	for _, lg := range rcpt.Logs {
		if ev, err := e.Settlement.ParseRetired(*lg); err == nil {
			retired = ev.LastBatchNonce.Uint64() == 1
		}
		if _, err := e.Token.ParseIssuanceFinalized(*lg); err == nil {
			finalized = true
		}
	}
	if !retired || !finalized {
		t.Fatalf("events: Retired %v, IssuanceFinalized %v", retired, finalized)
	}
	if ok, _ := e.Token.IsIssuable(nil); ok {
		t.Fatal("token still issuable")
	}
	if ok, _ := e.Settlement.Retired(nil); !ok {
		t.Fatal("settlement not retired")
	}

	b2 := batch(e, 2, l2sim.PartitionEarnings, records(1, 1), now(t, e)+3600)
	wantError(t, sa, submit(e, b2, signed(e, b2)), "SettlementRetired")
	wantError(t, sa, retire(1, e.RetireSignatures(1)), "SettlementRetired")
	next := newSet(t, 4, 1)
	_, err = e.Settlement.UpdateValset(e.Deployer, next.Binding(), e.Valset.Binding(), e.Valset.Sign(e.Domain.ValsetDigest(next.Binding()), all))
	wantError(t, sa, err, "SettlementRetired")
}

func loadTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

type proofData struct {
	vk     []byte
	vkID   common.Hash
	proof  [8]*big.Int
	inputs []*big.Int
}

func loadProof(t testing.TB) proofData {
	t.Helper()
	vk, err := l2sim.DecodeVerifyingKey(loadTestdata(t, "verification_key.json"))
	if err != nil {
		t.Fatal(err)
	}
	proof, err := l2sim.DecodeProof(loadTestdata(t, "proof.json"))
	if err != nil {
		t.Fatal(err)
	}
	inputs, err := l2sim.DecodePublicSignals(loadTestdata(t, "public.json"))
	if err != nil {
		t.Fatal(err)
	}
	return proofData{vk: vk, vkID: crypto.Keccak256Hash(vk), proof: proof, inputs: inputs}
}

func TestDeliverProof(t *testing.T) {
	team := l2sim.NewKey()
	e := newEnv(t, 4, team)
	sa := mustABI(t, bindings.DPNSettlementMetaData)
	p := loadProof(t)
	vkID, proof, inputs := p.vkID, p.proof, p.inputs
	jobID := crypto.Keccak256Hash([]byte("job-1"))
	teamOpts := e.Transactor(team)
	tm := teamOpts.From
	order := func(id common.Hash, in []*big.Int) {
		t.Helper()
		mine(t, e)(e.Settlement.OrderJob(teamOpts, id, vkID, l2sim.InputsHash(in)))
	}

	// only the owner registers keys; unknown keys cannot be ordered
	_, err := e.Settlement.RegisterVerifyingKey(teamOpts, vkID, p.vk)
	wantError(t, sa, err, "OwnableUnauthorizedAccount")
	_, err = e.Settlement.OrderJob(teamOpts, jobID, vkID, l2sim.InputsHash(inputs))
	wantError(t, sa, err, "UnknownVerifyingKey")
	_, err = e.Settlement.RegisterVerifyingKey(e.Deployer, vkID, p.vk[:len(p.vk)-1])
	wantError(t, sa, err, "InvalidVerifyingKey")
	mine(t, e)(e.Settlement.RegisterVerifyingKey(e.Deployer, vkID, p.vk))
	_, err = e.Settlement.RegisterVerifyingKey(e.Deployer, vkID, p.vk)
	wantError(t, sa, err, "VerifyingKeyExists")
	stored, err := e.Settlement.VerifyingKey(nil, vkID)
	if err != nil || !bytes.Equal(stored, p.vk) {
		t.Fatalf("stored key differs (%v)", err)
	}

	_, err = e.Settlement.DeliverProof(e.Deployer, tm, jobID, vkID, proof, inputs)
	wantArgs(t, sa, err, "JobNotOrdered", tm, [32]byte(jobID))
	order(jobID, inputs)
	_, err = e.Settlement.OrderJob(teamOpts, jobID, vkID, l2sim.InputsHash(inputs))
	wantArgs(t, sa, err, "JobExists", tm, [32]byte(jobID))

	// invalid proofs: a changed public input, a changed proof point, a wrong count, out of
	// field; each against an order for exactly the statement delivered
	bad := append([]*big.Int(nil), inputs...)
	bad[0] = new(big.Int).Add(bad[0], big.NewInt(1))
	_, err = e.Settlement.DeliverProof(e.Deployer, tm, jobID, vkID, proof, bad)
	wantError(t, sa, err, "InputsMismatch")
	badJob := crypto.Keccak256Hash([]byte("job-bad"))
	order(badJob, bad)
	_, err = e.Settlement.DeliverProof(e.Deployer, tm, badJob, vkID, proof, bad)
	wantError(t, sa, err, "InvalidProof")
	badProof := proof
	badProof[6], badProof[7] = proof[0], proof[1] // C := A
	_, err = e.Settlement.DeliverProof(e.Deployer, tm, jobID, vkID, badProof, inputs)
	wantError(t, sa, err, "InvalidProof")
	notOnCurve := proof
	notOnCurve[1] = new(big.Int).Add(proof[1], big.NewInt(1))
	_, err = e.Settlement.DeliverProof(e.Deployer, tm, jobID, vkID, notOnCurve, inputs)
	wantError(t, sa, err, "InvalidProof")
	shortJob := crypto.Keccak256Hash([]byte("job-short"))
	order(shortJob, inputs[:7])
	_, err = e.Settlement.DeliverProof(e.Deployer, tm, shortJob, vkID, proof, inputs[:7])
	wantError(t, sa, err, "WrongInputCount")
	r, _ := new(big.Int).SetString("21888242871839275222246405745257275088548364400416034343698204186575808495617", 10)
	oof := append([]*big.Int(nil), inputs...)
	oof[2] = new(big.Int).Add(oof[2], r) // same value mod r: must be refused, not reduced
	oofJob := crypto.Keccak256Hash([]byte("job-oof"))
	order(oofJob, oof)
	_, err = e.Settlement.DeliverProof(e.Deployer, tm, oofJob, vkID, proof, oof)
	wantError(t, sa, err, "InputOutOfField")
	_, err = e.Settlement.DeliverProof(e.Deployer, tm, jobID, common.Hash{1}, proof, inputs)
	wantError(t, sa, err, "VerifyingKeyMismatch")

	ordered, _ := e.Settlement.JobEventNonce(nil) // orders and deliveries share one sequence
	rcpt := mine(t, e)(e.Settlement.DeliverProof(e.Deployer, tm, jobID, vkID, proof, inputs))
	var delivered bool
	for _, lg := range rcpt.Logs {
		ev, err := e.Settlement.ParseProofDelivered(*lg)
		if err == nil {
			delivered = ev.JobId == jobID && ev.Team == tm && ev.VkId == vkID && ev.InputsHash == l2sim.InputsHash(inputs) &&
				ev.EventNonce.Uint64() == ordered+1
		}
	}
	if !delivered {
		t.Fatal("no ProofDelivered event for the job and team")
	}
	job, _ := e.Settlement.Jobs(nil, tm, jobID)
	if job.OrderedAt == 0 || job.DeliveredAt < job.OrderedAt || job.VkId != vkID || job.InputsHash != l2sim.InputsHash(inputs) {
		t.Fatalf("job record %+v", job)
	}
	_, err = e.Settlement.DeliverProof(e.Deployer, tm, jobID, vkID, proof, inputs)
	wantArgs(t, sa, err, "AlreadyDelivered", tm, [32]byte(jobID))
}

// TestJobOrdersPerTeam: job ids are a public sequence, so orders are kept per team; and an
// order always names its statement, so an earlier public proof cannot close another one.
func TestJobOrdersPerTeam(t *testing.T) {
	team, mallory := l2sim.NewKey(), l2sim.NewKey()
	e := newEnv(t, 4, team, mallory)
	sa := mustABI(t, bindings.DPNSettlementMetaData)
	p := loadProof(t)
	mine(t, e)(e.Settlement.RegisterVerifyingKey(e.Deployer, p.vkID, p.vk))
	to, mo := e.Transactor(team), e.Transactor(mallory)
	jobID := crypto.Keccak256Hash([]byte("dpn job 1234")) // the next id the DPN chain will assign

	// an unbound order is refused
	_, err := e.Settlement.OrderJob(to, jobID, p.vkID, [32]byte{})
	wantError(t, sa, err, "UnboundInputsHash")

	// mallory orders the id first, for another statement
	wrong := crypto.Keccak256Hash([]byte("not the team's statement"))
	rcpt := mine(t, e)(e.Settlement.OrderJob(mo, jobID, p.vkID, wrong))
	for _, lg := range rcpt.Logs {
		if ev, err := e.Settlement.ParseJobOrdered(*lg); err == nil && (ev.Team != mo.From || ev.EventNonce.Uint64() != 1) {
			t.Fatalf("JobOrdered team %s nonce %v, want %s and 1", ev.Team, ev.EventNonce, mo.From)
		}
	}
	// the team still orders it, and its proof is delivered against its own order
	mine(t, e)(e.Settlement.OrderJob(to, jobID, p.vkID, l2sim.InputsHash(p.inputs)))
	mine(t, e)(e.Settlement.DeliverProof(e.Deployer, to.From, jobID, p.vkID, p.proof, p.inputs))
	if job, _ := e.Settlement.Jobs(nil, to.From, jobID); job.DeliveredAt == 0 {
		t.Fatal("the team's job is not delivered")
	}
	// mallory's order is untouched and cannot be closed with the team's (public) proof
	if job, _ := e.Settlement.Jobs(nil, mo.From, jobID); job.DeliveredAt != 0 || job.InputsHash != wrong {
		t.Fatalf("mallory's order %+v", job)
	}
	_, err = e.Settlement.DeliverProof(e.Deployer, mo.From, jobID, p.vkID, p.proof, p.inputs)
	wantArgs(t, sa, err, "InputsMismatch", [32]byte(l2sim.InputsHash(p.inputs)), [32]byte(wrong))
	// an address that ordered nothing has no job
	_, err = e.Settlement.DeliverProof(e.Deployer, e.Deployer.From, jobID, p.vkID, p.proof, p.inputs)
	wantArgs(t, sa, err, "JobNotOrdered", e.Deployer.From, [32]byte(jobID))
}
