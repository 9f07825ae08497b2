package submitter_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dpn-network/dpn/bridge/bridgetest"
	"github.com/dpn-network/dpn/bridge/metrics"
	"github.com/dpn-network/dpn/bridge/submitter"
	"github.com/dpn-network/dpn/contracts/eip712"
)

func TestBatchSettles(t *testing.T) {
	key := bridgetest.Key()
	r := newRig(t, 4, key)
	to := addresses(3)
	r.chain.PutBatch(dest, r.batch(1, to, 5e18, 7, 1))
	rl := r.relayer(key, nil)
	rl.start(t)

	eventually(t, 20*time.Second, "batch 1 settled", func() bool { return r.lastBatch() == 1 })
	for i, want := range []int64{5e18, 7, 1} {
		if got := r.balance(to[i]); got.Cmp(big.NewInt(want)) != 0 {
			t.Errorf("recipient %d holds %v, want %d", i, got, want)
		}
	}
	eventually(t, 5*time.Second, "success counted", func() bool { return rl.submissions(metrics.KindBatch, metrics.ResultSuccess) == 1 })
	// The poll that settled goes on to read the contract again, then the balance.
	eventually(t, 5*time.Second, "lag, inclusion time and balance recorded", func() bool {
		return value(rl.metrics.Lag.WithLabelValues(dest)) == 0 &&
			observations(rl.metrics.Inclusion.WithLabelValues(dest, metrics.KindBatch)) == 1 &&
			value(rl.metrics.SignerBalance.WithLabelValues(dest)) > 0
	})
	if n := observations(rl.metrics.GasUsed.WithLabelValues(dest, metrics.KindBatch)); n != 1 {
		t.Errorf("gas used observed %d times", n)
	}
	if n := observations(rl.metrics.FeePaid.WithLabelValues(dest, metrics.KindBatch)); n != 1 {
		t.Errorf("fee observed %d times", n)
	}
}

func TestValsetUpdatesThenBatchOfNewSet(t *testing.T) {
	key := bridgetest.Key()
	r := newRig(t, 4, key)
	// Two new sets: the contract must go 0 → 1 → 2, each update signed by the set it holds,
	// and the batch is signed only by set 2, so it cannot settle before both updates.
	for nonce := uint64(1); nonce <= 2; nonce++ {
		s, err := bridgetest.NewSet(3+int(nonce), nonce)
		if err != nil {
			t.Fatal(err)
		}
		r.chain.AddValset(s)
	}
	to := addresses(1)
	r.chain.PutBatch(dest, r.batch(1, to, 42))
	rl := r.relayer(key, nil)
	rl.start(t)

	eventually(t, 20*time.Second, "batch settled", func() bool { return r.lastBatch() == 1 })
	if r.valsetNonce() != 2 {
		t.Fatalf("valset nonce %d", r.valsetNonce())
	}
	it, err := r.env.Settlement.FilterValsetUpdated(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	var nonces []uint64
	for it.Next() {
		nonces = append(nonces, it.Event.Nonce.Uint64())
	}
	if len(nonces) != 3 || nonces[1] != 1 || nonces[2] != 2 {
		t.Fatalf("ValsetUpdated nonces %v, want [0 1 2]", nonces)
	}
	if got := r.balance(to[0]); got.Int64() != 42 {
		t.Fatalf("balance %v", got)
	}
	if got := rl.submissions(metrics.KindValset, metrics.ResultSuccess); got != 2 {
		t.Fatalf("valset successes %v", got)
	}
}

func TestRestartAfterBroadcastLosesNothing(t *testing.T) {
	key := bridgetest.Key()
	r := newRig(t, 4, key)
	to := addresses(2)
	r.chain.PutBatch(dest, r.batch(1, to, 10, 20))

	// The first relayer is killed right after its transaction reaches the node, before any
	// block includes it.
	r.miner.Pause()
	first := r.relayer(key, nil)
	stopFirst := first.start(t)
	eventually(t, 20*time.Second, "first broadcast", func() bool { return len(first.broadcasts()) == 1 })
	stopFirst()

	// A new process with the same key knows nothing but what the chain and the contract say.
	second := r.relayer(key, nil)
	second.start(t)
	eventually(t, 20*time.Second, "second broadcast", func() bool { return len(second.broadcasts()) >= 1 })
	r.miner.Resume()
	eventually(t, 20*time.Second, "batch settled", func() bool { return r.lastBatch() == 1 })

	if first.broadcasts()[0].Nonce() != second.broadcasts()[0].Nonce() {
		t.Errorf("the restarted relayer used nonce %d, not the pending %d", second.broadcasts()[0].Nonce(), first.broadcasts()[0].Nonce())
	}
	if n := r.settledEvents(1); n != 1 {
		t.Fatalf("batch 1 settled %d times", n)
	}
	if r.balance(to[0]).Int64() != 10 || r.balance(to[1]).Int64() != 20 {
		t.Fatalf("balances %v %v", r.balance(to[0]), r.balance(to[1]))
	}
	// Nothing stuck: one transaction mined for the key, the pool empty, the next batch goes.
	eventually(t, 5*time.Second, "pool drained", func() bool { return r.pending() == 0 })
	if n := r.nonce(key); n != 1 {
		t.Fatalf("key has %d mined transactions", n)
	}
	r.chain.PutBatch(dest, r.batch(2, to[:1], 1))
	eventually(t, 20*time.Second, "batch 2 settled", func() bool { return r.lastBatch() == 2 })
	if r.balance(to[0]).Int64() != 11 {
		t.Fatalf("balance after batch 2: %v", r.balance(to[0]))
	}
}

func TestTwoRelayersRaceOneSettles(t *testing.T) {
	keyA, keyB := bridgetest.Key(), bridgetest.Key()
	r := newRig(t, 4, keyA, keyB)
	to := addresses(1)
	r.chain.PutBatch(dest, r.batch(1, to, 1000))

	// Both simulate successfully against the same state and broadcast; one block holds both.
	r.miner.Pause()
	a, b := r.relayer(keyA, nil), r.relayer(keyB, nil)
	a.start(t)
	b.start(t)
	eventually(t, 20*time.Second, "both broadcast", func() bool { return len(a.broadcasts()) >= 1 && len(b.broadcasts()) >= 1 })
	r.miner.Resume()

	total := func(result string) float64 {
		return a.submissions(metrics.KindBatch, result) + b.submissions(metrics.KindBatch, result)
	}
	eventually(t, 20*time.Second, "one success and one lost race", func() bool {
		return total(metrics.ResultSuccess) == 1 && total(metrics.ResultLostRace) == 1
	})
	if r.settledEvents(1) != 1 || r.balance(to[0]).Int64() != 1000 {
		t.Fatalf("settled %d times, balance %v", r.settledEvents(1), r.balance(to[0]))
	}
	if got := total(metrics.ResultError) + total(metrics.ResultReverted); got != 0 {
		t.Fatalf("%v errors or reverts besides the lost race", got)
	}

	// Both go on: the next batch settles once, and neither key is left with a stuck nonce.
	r.chain.PutBatch(dest, r.batch(2, to, 1))
	eventually(t, 20*time.Second, "batch 2 settled", func() bool { return r.lastBatch() == 2 })
	eventually(t, 5*time.Second, "pool drained", func() bool { return r.pending() == 0 })
	if r.settledEvents(2) != 1 || r.balance(to[0]).Int64() != 1001 {
		t.Fatalf("batch 2 settled %d times, balance %v", r.settledEvents(2), r.balance(to[0]))
	}
	eventually(t, 5*time.Second, "the second success counted", func() bool { return total(metrics.ResultSuccess) == 2 })
}

func TestBadSignaturesAreNeverSent(t *testing.T) {
	outsider := bridgetest.Key()
	tests := []struct {
		name       string
		validators int
		tamper     func(r *rig, digest common.Hash, sigs map[common.Address][]byte)
	}{
		{"half of the power", 4, func(r *rig, _ common.Hash, sigs map[common.Address][]byte) {
			delete(sigs, r.set.Members[0].Address())
			delete(sigs, r.set.Members[1].Address())
		}},
		{"exactly two thirds", 3, func(r *rig, _ common.Hash, sigs map[common.Address][]byte) { delete(sigs, r.set.Members[0].Address()) }},
		{"a non-member in a member's place", 4, func(r *rig, digest common.Hash, sigs map[common.Address][]byte) {
			delete(sigs, r.set.Members[0].Address())
			sig := eip712.Sign(outsider, digest)
			sigs[r.set.Members[1].Address()] = sig[:]
			sigs[crypto.PubkeyToAddress(outsider.PublicKey)] = sig[:] // not a member: ignored
		}},
		{"a duplicate signer", 4, func(r *rig, _ common.Hash, sigs map[common.Address][]byte) {
			delete(sigs, r.set.Members[0].Address())
			sigs[r.set.Members[1].Address()] = sigs[r.set.Members[2].Address()]
		}},
		{"a high s", 4, func(r *rig, _ common.Hash, sigs map[common.Address][]byte) {
			delete(sigs, r.set.Members[0].Address())
			sigs[r.set.Members[1].Address()] = highS(sigs[r.set.Members[1].Address()])
		}},
		{"a v of 0", 4, func(r *rig, _ common.Hash, sigs map[common.Address][]byte) {
			delete(sigs, r.set.Members[0].Address())
			sigs[r.set.Members[1].Address()][64] -= 27
		}},
		{"a v of 1", 4, func(r *rig, _ common.Hash, sigs map[common.Address][]byte) {
			delete(sigs, r.set.Members[0].Address())
			sigs[r.set.Members[1].Address()][64] = 1
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			key := bridgetest.Key()
			r := newRig(t, tc.validators, key)
			r.chain.SetTamper(func(_, _ string, _ uint64, digest common.Hash, sigs map[common.Address][]byte) {
				tc.tamper(r, digest, sigs)
			})
			r.chain.PutBatch(dest, r.batch(1, addresses(1), 1))
			rl := r.relayer(key, nil)
			rl.start(t)
			calls := r.chain.Calls()
			eventually(t, 10*time.Second, "several polls", func() bool { return r.chain.Calls() > calls+40 })
			if n := r.nonce(key); n != 0 || len(rl.broadcasts()) != 0 || r.pending() != 0 {
				t.Fatalf("sent: nonce %d, %d broadcasts, %d pending", n, len(rl.broadcasts()), r.pending())
			}
			if r.lastBatch() != 0 {
				t.Fatal("batch settled")
			}
			if got := rl.submissions(metrics.KindBatch, metrics.ResultNotSent); got != 1 {
				t.Fatalf("not_sent counted %v times; want once however many polls", got)
			}
		})
	}
}

// highS is sig's malleable twin (n - s, the other v), which ecrecover accepts and the
// contract does not.
func highS(sig []byte) []byte {
	out := append([]byte(nil), sig...)
	s := new(big.Int).SetBytes(sig[32:64])
	s.Sub(crypto.S256().Params().N, s).FillBytes(out[32:64])
	out[64] = 27 + 28 - out[64]
	return out
}

func TestStuckTransactionIsReplaced(t *testing.T) {
	key := bridgetest.Key()
	r := newRig(t, 4, key)
	to := addresses(1)
	r.chain.PutBatch(dest, r.batch(1, to, 3))
	// The sequencer includes nothing for a while: the first transaction waits past
	// ReplaceAfter and is replaced under the same nonce with higher fees.
	r.miner.Pause()
	rl := r.relayer(key, func(c *submitter.Config) { c.Fees.ReplaceAfter = 200 * time.Millisecond })
	rl.start(t)
	eventually(t, 20*time.Second, "a replacement", func() bool { return len(rl.broadcasts()) >= 2 })
	r.miner.Resume()
	eventually(t, 20*time.Second, "batch settled", func() bool { return r.lastBatch() == 1 })

	sent := rl.broadcasts()
	first, second := sent[0], sent[1]
	if first.Nonce() != second.Nonce() {
		t.Fatalf("replacement nonce %d, first %d", second.Nonce(), first.Nonce())
	}
	for _, p := range [][2]*big.Int{{first.GasFeeCap(), second.GasFeeCap()}, {first.GasTipCap(), second.GasTipCap()}} {
		least := new(big.Int).Div(new(big.Int).Mul(p[0], big.NewInt(1125)), big.NewInt(1000))
		if p[1].Cmp(least) < 0 {
			t.Fatalf("bumped from %v to %v, less than 12.5 %%", p[0], p[1])
		}
	}
	if _, err := r.env.Client.TransactionReceipt(context.Background(), first.Hash()); err == nil {
		t.Fatal("the replaced transaction was mined")
	}
	if r.settledEvents(1) != 1 || r.balance(to[0]).Int64() != 3 || r.nonce(key) != 1 {
		t.Fatalf("settled %d times, balance %v, nonce %d", r.settledEvents(1), r.balance(to[0]), r.nonce(key))
	}
}

func TestExpiringBatchWaitsForRenewal(t *testing.T) {
	key := bridgetest.Key()
	r := newRig(t, 4, key)
	to := addresses(1)
	b := r.batch(1, to, 9)
	b.Timeout = r.now() + 5 // inside the expiry margin
	r.chain.PutBatch(dest, b)
	rl := r.relayer(key, nil)
	rl.start(t)
	eventually(t, 10*time.Second, "noted as not sent", func() bool { return rl.submissions(metrics.KindBatch, metrics.ResultNotSent) == 1 })
	if r.nonce(key) != 0 {
		t.Fatal("an expiring batch was sent")
	}
	// The chain renews it under the same nonce with a later timeout and fresh signatures.
	r.chain.PutBatch(dest, r.batch(1, to, 9))
	eventually(t, 20*time.Second, "renewed batch settled", func() bool { return r.lastBatch() == 1 })
	if r.balance(to[0]).Int64() != 9 {
		t.Fatalf("balance %v", r.balance(to[0]))
	}
}

func TestBatchGapIsNotSent(t *testing.T) {
	key := bridgetest.Key()
	r := newRig(t, 4, key)
	r.chain.PutBatch(dest, r.batch(2, addresses(1), 1))
	rl := r.relayer(key, nil)
	rl.start(t)
	eventually(t, 10*time.Second, "noted as not sent", func() bool { return rl.submissions(metrics.KindBatch, metrics.ResultNotSent) == 1 })
	if lag := value(rl.metrics.Lag.WithLabelValues(dest)); lag != 2 {
		t.Fatalf("lag %v, want 2", lag)
	}
	r.chain.PutBatch(dest, r.batch(1, addresses(1), 1))
	eventually(t, 20*time.Second, "both batches settled", func() bool { return r.lastBatch() == 2 })
}

func TestWaitsForTheChainToStart(t *testing.T) {
	key := bridgetest.Key()
	r := newRig(t, 4, key)
	r.chain.SetDown(true)
	r.chain.PutBatch(dest, r.batch(1, addresses(1), 1))
	h := metrics.NewHealth(time.Minute, dest)
	rl := r.relayerWith(key, nil, h)
	rl.start(t)
	calls := r.chain.Calls()
	eventually(t, 10*time.Second, "retries", func() bool { return r.chain.Calls() > calls+3 })
	if h.Check() == nil {
		t.Fatal("healthy while the chain is down")
	}
	r.chain.SetDown(false)
	eventually(t, 60*time.Second, "batch settled once the chain is up", func() bool { return r.lastBatch() == 1 })
	eventually(t, 5*time.Second, "healthy", func() bool { return h.Check() == nil })
}
