package l2sim_test

import (
	"bytes"
	"context"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
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
	got, err = e.Settlement.BatchDigest(nil, b)
	if err != nil {
		t.Fatal(err)
	}
	if want := e.Domain.BatchDigest(b); got != want {
		t.Fatalf("batch digest: contract %x, Go %x", got, want)
	}
}

func TestUpdateValset(t *testing.T) {
	e := newEnv(t, 4)
	sa := mustABI(t, bindings.DPNSettlementMetaData)
	cur := e.Valset
	next := newSet(t, 5, 1)
	digest := e.Domain.ValsetDigest(next.Binding())

	// two of four (1/2 of the power) is not enough
	_, err := e.Settlement.UpdateValset(e.Deployer, next.Binding(), cur.Binding(), cur.Sign(digest, func(i int) bool { return i < 2 }))
	args := wantError(t, sa, err, "InsufficientPower")
	if args[0].(*big.Int).Cmp(args[1].(*big.Int)) >= 0 {
		t.Fatalf("InsufficientPower args %v", args)
	}
	// a signature from outside the set in a member's slot
	sigs := cur.Sign(digest, all)
	sigs[1] = l2sim.SignDigest(l2sim.NewKey(), digest)
	_, err = e.Settlement.UpdateValset(e.Deployer, next.Binding(), cur.Binding(), sigs)
	if args := wantError(t, sa, err, "InvalidSignature"); args[0].(*big.Int).Int64() != 1 {
		t.Fatalf("InvalidSignature index %v", args[0])
	}
	// signatures over a different valset
	other := newSet(t, 3, 1)
	_, err = e.Settlement.UpdateValset(e.Deployer, next.Binding(), cur.Binding(), cur.Sign(e.Domain.ValsetDigest(other.Binding()), all))
	wantError(t, sa, err, "InvalidSignature")
	// a claimed current set that is not the stored one
	_, err = e.Settlement.UpdateValset(e.Deployer, next.Binding(), other.Binding(), other.Sign(digest, all))
	wantError(t, sa, err, "ValsetMismatch")

	// three of four (3/4 >= 2/3) succeed
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

	// exactly 2/3 of the power is enough: a 3-member set where 2 sign
	three := newSet(t, 3, 2)
	mine(t, e)(e.Settlement.UpdateValset(e.Deployer, three.Binding(), next.Binding(), next.Sign(e.Domain.ValsetDigest(three.Binding()), all)))
	four := newSet(t, 4, 3)
	d4 := e.Domain.ValsetDigest(four.Binding())
	_, err = e.Settlement.UpdateValset(e.Deployer, four.Binding(), three.Binding(), three.Sign(d4, func(i int) bool { return i == 0 }))
	wantError(t, sa, err, "InsufficientPower")
	mine(t, e)(e.Settlement.UpdateValset(e.Deployer, four.Binding(), three.Binding(), three.Sign(d4, func(i int) bool { return i < 2 })))

	// batches now need the newest set: the previous one is refused, the new one settles
	b := batch(e, 1, l2sim.PartitionEarnings, records(2, 5), now(t, e)+3600)
	_, err = e.Settlement.SubmitBatch(e.Deployer, three.Binding(), b, three.Sign(e.Domain.BatchDigest(b), all))
	wantError(t, sa, err, "ValsetMismatch")
	mine(t, e)(e.Settlement.SubmitBatch(e.Deployer, four.Binding(), b, four.Sign(e.Domain.BatchDigest(b), all)))
}

func TestSubmitBatchPush(t *testing.T) {
	e := newEnv(t, 4)
	sa := mustABI(t, bindings.DPNSettlementMetaData)
	vs := e.Valset
	recs := records(5, 1e18)
	b := batch(e, 1, l2sim.PartitionEarnings, recs, now(t, e)+3600)
	sigs := vs.Sign(e.Domain.BatchDigest(b), all)

	// under 2/3
	_, err := e.Settlement.SubmitBatch(e.Deployer, vs.Binding(), b, vs.Sign(e.Domain.BatchDigest(b), func(i int) bool { return i < 2 }))
	wantError(t, sa, err, "InsufficientPower")
	// tampered records break the signatures
	tb := b
	tb.Amounts = append([]*big.Int{big.NewInt(2e18)}, b.Amounts[1:]...)
	_, err = e.Settlement.SubmitBatch(e.Deployer, vs.Binding(), tb, sigs)
	wantError(t, sa, err, "InvalidSignature")

	mine(t, e)(e.Settlement.SubmitBatch(e.Deployer, vs.Binding(), b, sigs))
	for _, r := range recs {
		bal, _ := e.Token.BalanceOfByPartition(nil, l2sim.PartitionEarnings, r.Recipient)
		if bal.Cmp(r.Amount) != 0 {
			t.Fatalf("balance of %s: %v", r.Recipient, bal)
		}
	}
	if ts, _ := e.Token.TotalSupply(nil); ts.Cmp(new(big.Int).Mul(big.NewInt(5), big.NewInt(1e18))) != 0 {
		t.Fatalf("total supply %v", ts)
	}

	// replay and older nonces
	_, err = e.Settlement.SubmitBatch(e.Deployer, vs.Binding(), b, sigs)
	wantError(t, sa, err, "StaleBatchNonce")
	b0 := batch(e, 0, l2sim.PartitionEarnings, recs, now(t, e)+3600)
	_, err = e.Settlement.SubmitBatch(e.Deployer, vs.Binding(), b0, vs.Sign(e.Domain.BatchDigest(b0), all))
	wantError(t, sa, err, "StaleBatchNonce")

	// a batch for another L2 chain
	b2 := batch(e, 2, l2sim.PartitionEarnings, recs, now(t, e)+3600)
	b2.L2ChainId = big.NewInt(42161)
	otherDomain := e.Domain
	otherDomain.L2ChainID = big.NewInt(42161)
	_, err = e.Settlement.SubmitBatch(e.Deployer, vs.Binding(), b2, vs.Sign(otherDomain.BatchDigest(b2), all))
	wantError(t, sa, err, "WrongChainId")
	// signed for another chain's domain but claiming this chain id
	b2.L2ChainId = e.ChainID
	_, err = e.Settlement.SubmitBatch(e.Deployer, vs.Binding(), b2, vs.Sign(otherDomain.BatchDigest(b2), all))
	wantError(t, sa, err, "InvalidSignature")
	// signed for another DPN chain
	otherDPN := e.Domain
	otherDPN.DPNChainID = "dpn-other"
	_, err = e.Settlement.SubmitBatch(e.Deployer, vs.Binding(), b2, vs.Sign(otherDPN.BatchDigest(b2), all))
	wantError(t, sa, err, "InvalidSignature")

	// expired
	b3 := batch(e, 2, l2sim.PartitionEarnings, recs, now(t, e)+60)
	s3 := vs.Sign(e.Domain.BatchDigest(b3), all)
	if err := e.Backend.AdjustTime(2 * time.Minute); err != nil {
		t.Fatal(err)
	}
	e.Backend.Commit()
	_, err = e.Settlement.SubmitBatch(e.Deployer, vs.Binding(), b3, s3)
	wantError(t, sa, err, "BatchExpired")

	// a later nonce may skip ahead (missed batches are superseded, as in Gravity)
	b4 := batch(e, 7, l2sim.PartitionEarnings, recs[:1], now(t, e)+3600)
	mine(t, e)(e.Settlement.SubmitBatch(e.Deployer, vs.Binding(), b4, vs.Sign(e.Domain.BatchDigest(b4), all)))
	if n, _ := e.Settlement.LastBatchNonce(nil); n.Uint64() != 7 {
		t.Fatalf("last nonce %v", n)
	}
}

func TestSubmitBatchMerkleClaim(t *testing.T) {
	e := newEnv(t, 4)
	sa := mustABI(t, bindings.DPNSettlementMetaData)
	vs := e.Valset
	recs := records(7, 3e18)
	tree, err := l2sim.NewClaimTree(recs)
	if err != nil {
		t.Fatal(err)
	}
	b := batch(e, 1, l2sim.PartitionEarnings, nil, now(t, e)+3600)
	b.ClaimRoot = tree.Root()
	b.ClaimTotal = tree.Total

	// a root without a total is refused before signatures are checked
	bad := b
	bad.ClaimTotal = new(big.Int)
	_, err = e.Settlement.SubmitBatch(e.Deployer, vs.Binding(), bad, vs.Sign(e.Domain.BatchDigest(bad), all))
	wantError(t, sa, err, "InvalidClaimCommitment")

	mine(t, e)(e.Settlement.SubmitBatch(e.Deployer, vs.Binding(), b, vs.Sign(e.Domain.BatchDigest(b), all)))
	claimer := e.Deployer // anyone may submit a claim; the DPN goes to the recipient
	for i, r := range recs {
		mine(t, e)(e.Settlement.Claim(claimer, big.NewInt(1), big.NewInt(int64(i)), r.Recipient, r.Amount, tree.Proof(i)))
		bal, _ := e.Token.BalanceOf(nil, r.Recipient)
		if bal.Cmp(r.Amount) != 0 {
			t.Fatalf("claim %d: balance %v", i, bal)
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
	mine(t, e)(e.Settlement.SubmitBatch(e.Deployer, vs.Binding(), b2, vs.Sign(e.Domain.BatchDigest(b2), all)))
	_, err = e.Settlement.Claim(claimer, big.NewInt(2), big.NewInt(0), recs2[0].Recipient, big.NewInt(5e18), tree2.Proof(0))
	wantError(t, sa, err, "InvalidMerkleProof")
	_, err = e.Settlement.Claim(claimer, big.NewInt(2), big.NewInt(0), recs2[1].Recipient, recs2[0].Amount, tree2.Proof(0))
	wantError(t, sa, err, "InvalidMerkleProof")
	_, err = e.Settlement.Claim(claimer, big.NewInt(9), big.NewInt(0), recs2[0].Recipient, recs2[0].Amount, tree2.Proof(0))
	wantError(t, sa, err, "UnknownClaimBatch")

	// a root whose signed total is below its leaves caps what can be claimed
	b3 := batch(e, 3, l2sim.PartitionEarnings, nil, now(t, e)+3600)
	b3.ClaimRoot, b3.ClaimTotal = tree2.Root(), big.NewInt(15e17)
	mine(t, e)(e.Settlement.SubmitBatch(e.Deployer, vs.Binding(), b3, vs.Sign(e.Domain.BatchDigest(b3), all)))
	mine(t, e)(e.Settlement.Claim(claimer, big.NewInt(3), big.NewInt(0), recs2[0].Recipient, recs2[0].Amount, tree2.Proof(0)))
	_, err = e.Settlement.Claim(claimer, big.NewInt(3), big.NewInt(1), recs2[1].Recipient, recs2[1].Amount, tree2.Proof(1))
	wantError(t, sa, err, "ClaimExceedsTotal")
}

func loadTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDeliverProof(t *testing.T) {
	team := l2sim.NewKey()
	e := newEnv(t, 4, team)
	sa := mustABI(t, bindings.DPNSettlementMetaData)
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
	vkID := crypto.Keccak256Hash(vk)
	jobID := crypto.Keccak256Hash([]byte("job-1"))
	teamOpts := e.Transactor(team)

	// only the owner registers keys; unknown keys cannot be ordered
	_, err = e.Settlement.RegisterVerifyingKey(teamOpts, vkID, vk)
	wantError(t, sa, err, "OwnableUnauthorizedAccount")
	_, err = e.Settlement.OrderJob(teamOpts, jobID, vkID, [32]byte{})
	wantError(t, sa, err, "UnknownVerifyingKey")
	_, err = e.Settlement.RegisterVerifyingKey(e.Deployer, vkID, vk[:len(vk)-1])
	wantError(t, sa, err, "InvalidVerifyingKey")
	mine(t, e)(e.Settlement.RegisterVerifyingKey(e.Deployer, vkID, vk))
	_, err = e.Settlement.RegisterVerifyingKey(e.Deployer, vkID, vk)
	wantError(t, sa, err, "VerifyingKeyExists")
	stored, err := e.Settlement.VerifyingKey(nil, vkID)
	if err != nil || !bytes.Equal(stored, vk) {
		t.Fatalf("stored key differs (%v)", err)
	}

	_, err = e.Settlement.DeliverProof(e.Deployer, jobID, vkID, proof, inputs)
	wantError(t, sa, err, "JobNotOrdered")
	// jobID is bound to the statement (its public inputs); openJob accepts any statement
	mine(t, e)(e.Settlement.OrderJob(teamOpts, jobID, vkID, l2sim.InputsHash(inputs)))
	_, err = e.Settlement.OrderJob(teamOpts, jobID, vkID, [32]byte{})
	wantError(t, sa, err, "JobExists")
	openJob := crypto.Keccak256Hash([]byte("job-open"))
	mine(t, e)(e.Settlement.OrderJob(teamOpts, openJob, vkID, [32]byte{}))

	// invalid proofs: a changed public input, a changed proof point, a wrong count, out of field
	bad := append([]*big.Int(nil), inputs...)
	bad[0] = new(big.Int).Add(bad[0], big.NewInt(1))
	_, err = e.Settlement.DeliverProof(e.Deployer, jobID, vkID, proof, bad)
	wantError(t, sa, err, "InputsMismatch")
	_, err = e.Settlement.DeliverProof(e.Deployer, openJob, vkID, proof, bad)
	wantError(t, sa, err, "InvalidProof")
	badProof := proof
	badProof[6], badProof[7] = proof[0], proof[1] // C := A
	_, err = e.Settlement.DeliverProof(e.Deployer, jobID, vkID, badProof, inputs)
	wantError(t, sa, err, "InvalidProof")
	notOnCurve := proof
	notOnCurve[1] = new(big.Int).Add(proof[1], big.NewInt(1))
	_, err = e.Settlement.DeliverProof(e.Deployer, jobID, vkID, notOnCurve, inputs)
	wantError(t, sa, err, "InvalidProof")
	_, err = e.Settlement.DeliverProof(e.Deployer, openJob, vkID, proof, inputs[:7])
	wantError(t, sa, err, "WrongInputCount")
	r, _ := new(big.Int).SetString("21888242871839275222246405745257275088548364400416034343698204186575808495617", 10)
	oof := append([]*big.Int(nil), inputs...)
	oof[2] = new(big.Int).Add(oof[2], r) // same value mod r: must be refused, not reduced
	_, err = e.Settlement.DeliverProof(e.Deployer, openJob, vkID, proof, oof)
	wantError(t, sa, err, "InputOutOfField")
	_, err = e.Settlement.DeliverProof(e.Deployer, jobID, common.Hash{1}, proof, inputs)
	wantError(t, sa, err, "VerifyingKeyMismatch")

	rcpt := mine(t, e)(e.Settlement.DeliverProof(e.Deployer, jobID, vkID, proof, inputs))
	var delivered bool
	for _, lg := range rcpt.Logs {
		ev, err := e.Settlement.ParseProofDelivered(*lg)
		if err == nil {
			delivered = ev.JobId == jobID && ev.Team == teamOpts.From && ev.VkId == vkID && ev.InputsHash == l2sim.InputsHash(inputs)
		}
	}
	if !delivered {
		t.Fatal("no ProofDelivered event for the job and team")
	}
	job, _ := e.Settlement.Jobs(nil, jobID)
	if job.Team != teamOpts.From || job.DeliveredAt == 0 {
		t.Fatalf("job record %+v", job)
	}
	_, err = e.Settlement.DeliverProof(e.Deployer, jobID, vkID, proof, inputs)
	wantError(t, sa, err, "AlreadyDelivered")
	_ = context.Background
	_ = bind.CallOpts{}
}
