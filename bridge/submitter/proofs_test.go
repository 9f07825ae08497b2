package submitter_test

import (
	"crypto/ecdsa"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dpn-network/dpn/bridge"
	"github.com/dpn-network/dpn/bridge/bridgetest"
	"github.com/dpn-network/dpn/bridge/metrics"
	"github.com/dpn-network/dpn/contracts/l2sim"
)

func testdata(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "contracts", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// orderProof registers the testdata key, has team order job id on the L2, and returns the
// chain's order for it.
func orderProof(t *testing.T, r *rig, team *ecdsa.PrivateKey, id uint64) bridge.ProofOrder {
	t.Helper()
	order := bridge.ProofOrder{
		JobID: id, Team: crypto.PubkeyToAddress(team.PublicKey), VerifyingKey: testdata(t, "verification_key.json"),
		Proof: testdata(t, "proof.json"), PublicSignals: testdata(t, "public.json"),
	}
	vk, err := l2sim.DecodeVerifyingKey(order.VerifyingKey)
	if err != nil {
		t.Fatal(err)
	}
	inputs, err := l2sim.DecodePublicSignals(order.PublicSignals)
	if err != nil {
		t.Fatal(err)
	}
	vkID := bridge.VerifyingKeyID(vk)
	r.miner.Do(func() {
		if _, err := r.env.Mine(r.env.Settlement.RegisterVerifyingKey(r.env.Deployer, vkID, vk)); err != nil {
			t.Fatal(err)
		}
		if _, err := r.env.Mine(r.env.Settlement.OrderJob(r.env.Transactor(team), bridge.JobID(order.JobID), vkID, l2sim.InputsHash(inputs))); err != nil {
			t.Fatal(err)
		}
	})
	return order
}

func TestProofDeliveredOnce(t *testing.T) {
	keyA, keyB, team := bridgetest.Key(), bridgetest.Key(), bridgetest.Key()
	r := newRig(t, 4, keyA, keyB, team)
	order := orderProof(t, r, team, 7)
	r.chain.AddProofOrder(dest, order)

	// Two relayers deliver at once: one proof lands, the other learns AlreadyDelivered.
	r.miner.Pause()
	a, b := r.relayer(keyA, nil), r.relayer(keyB, nil)
	a.start(t)
	b.start(t)
	eventually(t, 20*time.Second, "both broadcast", func() bool { return len(a.broadcasts()) >= 1 && len(b.broadcasts()) >= 1 })
	r.miner.Resume()
	total := func(result string) float64 {
		return a.submissions(metrics.KindProof, result) + b.submissions(metrics.KindProof, result)
	}
	eventually(t, 20*time.Second, "one delivery and one lost race", func() bool {
		return total(metrics.ResultSuccess) == 1 && total(metrics.ResultLostRace) == 1
	})
	job, err := r.env.Settlement.Jobs(&bind.CallOpts{}, order.Team, bridge.JobID(order.JobID))
	if err != nil || job.DeliveredAt == 0 {
		t.Fatalf("job %+v, %v", job, err)
	}

	// Delivered: later polls, and a relayer started afresh, read the order and send nothing.
	nonceA, nonceB := r.nonce(keyA), r.nonce(keyB)
	fresh := bridgetest.Key()
	c := r.relayer(fresh, nil)
	c.start(t)
	calls := r.chain.Calls()
	eventually(t, 10*time.Second, "several polls", func() bool { return r.chain.Calls() > calls+60 })
	if r.nonce(keyA) != nonceA || r.nonce(keyB) != nonceB || len(c.broadcasts()) != 0 {
		t.Fatalf("a delivered proof was sent again")
	}
	if total(metrics.ResultSuccess) != 1 || total(metrics.ResultLostRace) != 1 || c.submissions(metrics.KindProof, metrics.ResultLostRace) != 0 {
		t.Fatal("later polls counted submissions")
	}
}

func TestUnorderedOrUndecodableProofIsNotSent(t *testing.T) {
	key, team := bridgetest.Key(), bridgetest.Key()
	r := newRig(t, 4, key)
	order := bridge.ProofOrder{
		JobID: 8, Team: crypto.PubkeyToAddress(team.PublicKey), VerifyingKey: testdata(t, "verification_key.json"),
		Proof: testdata(t, "proof.json"), PublicSignals: testdata(t, "public.json"),
	}
	r.chain.AddProofOrder(dest, order) // the team never ordered it on the L2
	broken := order
	broken.JobID, broken.Proof = 9, []byte(`{"pi_a": []}`)
	r.chain.AddProofOrder(dest, broken)
	rl := r.relayer(key, nil)
	rl.start(t)
	eventually(t, 10*time.Second, "undecodable proof noted", func() bool { return rl.submissions(metrics.KindProof, metrics.ResultNotSent) == 1 })
	calls := r.chain.Calls()
	eventually(t, 10*time.Second, "several polls", func() bool { return r.chain.Calls() > calls+30 })
	if r.nonce(key) != 0 || len(rl.broadcasts()) != 0 {
		t.Fatal("sent a proof nobody ordered, or one that does not decode")
	}
	if rl.submissions(metrics.KindProof, metrics.ResultNotSent) != 1 {
		t.Fatal("not_sent counted more than once")
	}
}

func TestRetiredSettlementTakesProofsOnly(t *testing.T) {
	key, team := bridgetest.Key(), bridgetest.Key()
	r := newRig(t, 4, key, team)
	order := orderProof(t, r, team, 3)
	r.miner.Do(func() {
		if _, err := r.env.Mine(r.env.Settlement.Retire(r.env.Deployer, r.set.Binding(), big.NewInt(0), r.env.RetireSignatures(0))); err != nil {
			t.Fatal(err)
		}
	})
	r.chain.PutBatch(dest, r.batch(1, addresses(1), 1))
	r.chain.AddProofOrder(dest, order)
	rl := r.relayer(key, nil)
	rl.start(t)
	eventually(t, 20*time.Second, "proof delivered", func() bool { return rl.submissions(metrics.KindProof, metrics.ResultSuccess) == 1 })
	calls := r.chain.Calls()
	eventually(t, 10*time.Second, "several polls", func() bool { return r.chain.Calls() > calls+30 })
	if r.nonce(key) != 1 || r.lastBatch() != 0 {
		t.Fatalf("nonce %d, last batch %d: a batch went to a retired settlement", r.nonce(key), r.lastBatch())
	}
}
