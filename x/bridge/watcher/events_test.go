package watcher_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"cosmossdk.io/log/v2"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dpn-network/dpn/contracts/bindings"
	"github.com/dpn-network/dpn/contracts/l2sim"
	"github.com/dpn-network/dpn/x/bridge/types"
	"github.com/dpn-network/dpn/x/bridge/watcher"
)

const simURL = "simulated"

type simEnv struct {
	*l2sim.Env
	dest types.Destination
	w    *watcher.Watcher
}

func newSimEnv(t *testing.T, depth uint64, extra ...*ecdsa.PrivateKey) *simEnv {
	t.Helper()
	ms := []l2sim.Validator{{Key: l2sim.NewKey(), Power: 100}}
	set, err := l2sim.NewSet(ms, 0)
	if err != nil {
		t.Fatal(err)
	}
	e, err := l2sim.NewEnv(set, extra...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(e.Close)
	s := &simEnv{Env: e, dest: types.Destination{Name: "optimism", L2ChainId: e.ChainID.Uint64(), Settlement: e.SettlementAddr.Hex(),
		Partition: l2sim.PartitionEarnings[:]}}
	s.w = watcher.NewWithDialer(map[string]string{"optimism": simURL}, depth, 20*time.Millisecond, log.NewNopLogger(),
		func(context.Context, string) (watcher.Client, error) { return e.Client, nil })
	s.w.Statuses([]types.Destination{s.dest})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { s.w.Run(ctx); close(done) }()
	t.Cleanup(func() { cancel(); <-done })
	return s
}

// events waits until the watcher's view from nonce next on has n events (or d passes).
func (s *simEnv) events(t *testing.T, src types.EventSource, next uint64, n int, d time.Duration) []types.L2Event {
	t.Helper()
	deadline := time.Now().Add(d)
	for {
		s.w.Statuses([]types.Destination{s.dest})
		got := s.w.Events([]types.SourceCursor{{Destination: "optimism", Source: src, Next: next}}, 64)
		if len(got) >= n || time.Now().After(deadline) {
			return got
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// buy sends a purchase; with nonce set, it replaces whatever the pool holds at that
// account nonce (an orphaned copy put back by a reorg) by outbidding it with tip gwei.
func (s *simEnv) buy(t *testing.T, key *ecdsa.PrivateKey, account string, wei int64, nonce *uint64, tip ...int64) common.Hash {
	t.Helper()
	o := s.Transactor(key)
	o.Value = big.NewInt(wei)
	if nonce != nil {
		o.Nonce = new(big.Int).SetUint64(*nonce)
		o.GasTipCap = big.NewInt(tip[0] * 1e9)
	}
	tx, err := s.Credits.Buy(o, account)
	if err != nil {
		t.Fatal(err)
	}
	return tx.Hash()
}

const acctA = "dpn1qzry9x8gf2tvdw0s3jn54khce6mua7lqpzry9x"
const acctB = "dpn1pzry9x8gf2tvdw0s3jn54khce6mua7lqpzry9x"

// The watcher reports purchases only from blocks the confirmation depth covers, in nonce
// order, decoded as the chain expects; a reorg below the depth never shows the orphaned
// purchase, and one beyond it (a cached event whose block left the chain) is noticed and
// the events read again.
func TestWatcherEventsAndReorg(t *testing.T) {
	buyer := l2sim.NewKey()
	s := newSimEnv(t, 2, buyer)
	head := func() uint64 {
		h, err := s.Client.HeaderByNumber(context.Background(), nil)
		if err != nil {
			t.Fatal(err)
		}
		return h.Number.Uint64()
	}
	base := head()
	baseHdr, _ := s.Client.HeaderByNumber(context.Background(), new(big.Int).SetUint64(base))

	// Purchase 1 (account A) in block base+1, then one block on it: depth 1 < 2.
	s.buy(t, buyer, acctA, 2e15, nil)
	s.Backend.Commit()
	s.Backend.Commit()
	if got := s.events(t, types.EVENT_SOURCE_PURCHASES, 1, 1, 300*time.Millisecond); len(got) != 0 {
		t.Fatalf("an event one block deep is reported: %v", got)
	}

	// Reorg from base: the fork holds another purchase 1 (account B) and is longer.
	if err := s.Backend.Fork(baseHdr.Hash()); err != nil {
		t.Fatal(err)
	}
	nonce := uint64(0)
	s.buy(t, buyer, acctB, 3e15, &nonce, 5)
	for range 4 {
		s.Backend.Commit()
	}
	got := s.events(t, types.EVENT_SOURCE_PURCHASES, 1, 1, 5*time.Second)
	if len(got) != 1 || got[0].Purchase.DpnAccount != acctB || got[0].Purchase.AmountWei.Int64() != 3e15 {
		t.Fatalf("want the fork's purchase 1 for %s, got %v", acctB, got)
	}
	e := got[0]
	if e.Nonce != 1 || e.Purchase.Buyer != s.Transactor(buyer).From.Hex() || len(e.Purchase.PurchaseId) != 32 || e.L2Height != base+1 {
		t.Fatalf("decoded %+v", e)
	}
	if err := e.ValidateBasic(); err != nil {
		t.Fatal(err)
	}

	// A reorg deeper than the depth: the cached block leaves the chain. The watcher reads
	// again and reports the new chain's purchase 1.
	s.buy(t, buyer, acctA, 4e15, nil) // purchase 2 on the fork
	for range 3 {
		s.Backend.Commit()
	}
	if got := s.events(t, types.EVENT_SOURCE_PURCHASES, 1, 2, 5*time.Second); len(got) != 2 {
		t.Fatalf("want purchases 1 and 2, got %d", len(got))
	}
	if err := s.Backend.Fork(baseHdr.Hash()); err != nil {
		t.Fatal(err)
	}
	s.buy(t, buyer, acctA, 5e15, &nonce, 50)
	for range 12 {
		s.Backend.Commit()
	}
	deadline := time.Now().Add(5 * time.Second)
	for {
		got = s.events(t, types.EVENT_SOURCE_PURCHASES, 1, 1, time.Second)
		// Purchase 2's transaction went back to the pool and is mined again on the new
		// chain, after the new purchase 1.
		if len(got) == 2 && got[0].Purchase.AmountWei.Int64() == 5e15 && got[1].Purchase.AmountWei.Int64() == 4e15 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after a deep reorg the watcher still reports %v", got)
		}
	}

	// The chain applied purchase 1: the watcher drops it and starts from 2.
	got = s.w.Events([]types.SourceCursor{{Destination: "optimism", Source: types.EVENT_SOURCE_PURCHASES, Next: 2}}, 64)
	if len(got) != 1 || got[0].Nonce != 2 {
		t.Fatalf("from nonce 2: %v", got)
	}
	if got := s.w.Events([]types.SourceCursor{{Destination: "optimism", Source: types.EVENT_SOURCE_PURCHASES, Next: 1}}, 64); len(got) != 0 {
		t.Fatalf("an applied nonce is reported again: %v", got)
	}
}

// Redemptions are read from the token the settlement names, with their DPN account bytes;
// a look-alike purchase from a ComputeCredits the settlement does not name is never reported.
func TestWatcherRedemptions(t *testing.T) {
	holder := l2sim.NewKey()
	s := newSimEnv(t, 1, holder)
	ho := s.Transactor(holder)
	h, _ := s.Client.HeaderByNumber(context.Background(), nil)
	b := bindings.DPNSettlementBatch{Nonce: big.NewInt(1), L2ChainId: s.ChainID, Timeout: new(big.Int).SetUint64(h.Time + 3600),
		Partition: l2sim.PartitionEarnings, Recipients: []common.Address{ho.From}, Amounts: []*big.Int{big.NewInt(3e12)}, ClaimTotal: new(big.Int)}
	all := func(int) bool { return true }
	if _, err := s.Mine(s.Settlement.SubmitBatch(s.Deployer, s.Valset.Binding(), b, s.Valset.Sign(s.Domain.BatchDigest(b), all))); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Mine(s.Token.Redeem(ho, big.NewInt(2e12), []byte(acctA))); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Mine(s.Token.RedeemByPartition(ho, l2sim.PartitionEarnings, big.NewInt(1e12), []byte("garbage"))); err != nil {
		t.Fatal(err)
	}
	_, tx, other, err := bindings.DeployComputeCredits(ho, s.Client, ho.From, big.NewInt(1))
	if _, err := s.Mine(tx, err); err != nil {
		t.Fatal(err)
	}
	o := s.Transactor(holder)
	o.Value = big.NewInt(1e15)
	if _, err := s.Mine(other.Buy(o, acctA)); err != nil {
		t.Fatal(err)
	}
	s.Backend.Commit()
	got := s.events(t, types.EVENT_SOURCE_REDEMPTIONS, 1, 2, 5*time.Second)
	if len(got) != 2 {
		t.Fatalf("want 2 redemptions, got %v", got)
	}
	r := got[0].Redemption
	if got[0].Nonce != 1 || string(r.DpnAccount) != acctA || r.Value.Int64() != 2e12 || r.From != ho.From.Hex() || [32]byte(r.Partition) != l2sim.PartitionEarnings {
		t.Fatalf("decoded %+v", got[0])
	}
	if got[1].Nonce != 2 || string(got[1].Redemption.DpnAccount) != "garbage" {
		t.Fatalf("decoded %+v", got[1])
	}
	if got := s.events(t, types.EVENT_SOURCE_PURCHASES, 1, 1, 300*time.Millisecond); len(got) != 0 {
		t.Fatalf("a purchase from a foreign ComputeCredits is reported: %v", got)
	}

	// A validator restarted mid-observation reads the L2 again from the deployment and
	// reports the same bytes: its votes count with the others' as before.
	restarted := watcher.NewWithDialer(map[string]string{"optimism": simURL}, 1, 20*time.Millisecond, log.NewNopLogger(),
		func(context.Context, string) (watcher.Client, error) { return s.Client, nil })
	restarted.Statuses([]types.Destination{s.dest})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { restarted.Run(ctx); close(done) }()
	defer func() { cancel(); <-done }()
	deadline := time.Now().Add(5 * time.Second)
	for {
		again := restarted.Events([]types.SourceCursor{{Destination: "optimism", Source: types.EVENT_SOURCE_REDEMPTIONS, Next: 1}}, 64)
		if len(again) == 2 {
			for i := range again {
				if !bytes.Equal(again[i].Hash(), got[i].Hash()) {
					t.Fatalf("redemption %d reads differently after a restart", i+1)
				}
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the restarted watcher reports %v", again)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// One busy source is not held to its share of a part: what the others leave goes to it.
func TestWatcherEventsShare(t *testing.T) {
	buyer := l2sim.NewKey()
	s := newSimEnv(t, 0, buyer)
	for range 6 {
		s.buy(t, buyer, acctA, 1e15, nil)
		s.Backend.Commit()
	}
	s.events(t, types.EVENT_SOURCE_PURCHASES, 1, 6, 5*time.Second)
	cursors := []types.SourceCursor{
		{Destination: "arbitrum", Source: types.EVENT_SOURCE_PURCHASES, Next: 1},
		{Destination: "optimism", Source: types.EVENT_SOURCE_PURCHASES, Next: 1},
		{Destination: "optimism", Source: types.EVENT_SOURCE_REDEMPTIONS, Next: 1},
	}
	got := s.w.Events(cursors, 5)
	if len(got) != 5 || got[0].Nonce != 1 || got[4].Nonce != 5 {
		t.Fatalf("want purchases 1-5 of optimism, got %v", got)
	}
}
