package keeper_test

import (
	"fmt"
	"testing"
	"time"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	"github.com/dpn-network/dpn/x/bridge/signer"
	"github.com/dpn-network/dpn/x/bridge/types"
)

// cachedReadings stands in for a validator's watcher: the events it holds once they are
// visible (confirmed on the L2 and read).
type cachedReadings struct{ events []types.L2Event }

func (r *cachedReadings) Statuses([]types.Destination) []types.L2Status { return nil }
func (r *cachedReadings) Events(cursors []types.SourceCursor, max int) []types.L2Event {
	var out []types.L2Event
	for _, c := range cursors {
		for _, e := range r.events {
			if e.Destination == c.Destination && e.Source == c.Source && e.Nonce >= c.Next && len(out) < max {
				out = append(out, e)
			}
		}
	}
	return out
}

// blocksToCredit drives the order of ABCI calls block by block on a branch of the state: at
// each height x, ExtendVote (the signers' parts on the state x − 1 committed), then PreBlock
// with the extended commit of x − 1, then EndBlock. The purchase becomes visible to every
// watcher right after ExtendVote of the first height ran, the latest moment it can miss
// that height. It returns the blocks from that height to the one whose PreBlock credits it.
func blocksToCredit(tb testing.TB, f *fixture, signers []*signer.Signer, readings []*cachedReadings, e types.L2Event) int64 {
	tb.Helper()
	base, _ := f.Ctx.CacheContext()
	h := base.BlockHeight() + 1
	for _, r := range readings {
		r.events = nil
	}
	var prev []types.ValidatorPart
	for x := h; x <= h+10; x++ {
		ctx := base.WithBlockHeight(x).WithBlockTime(base.BlockTime().Add(time.Duration(x-h+1) * 2 * time.Second))
		var ext []types.ValidatorPart
		for i, s := range signers {
			part, err := s.Part(ctx)
			must(tb, err)
			ext = append(ext, types.ValidatorPart{ConsAddr: f.vals[i].cons, Power: 100, Part: part})
		}
		if x == h {
			for _, r := range readings {
				r.events = []types.L2Event{e}
			}
		}
		must(tb, f.k.ApplyVotes(ctx, prev))
		must(tb, f.k.EndBlock(ctx))
		if _, err := f.k.Observations.Get(ctx, obsKey(e)); err == nil {
			return x - h
		}
		prev = ext
	}
	tb.Fatalf("purchase %d not credited 10 blocks after it was visible", e.Nonce)
	return 0
}

func obsKey(e types.L2Event) collections.Triple[string, int32, uint64] {
	return collections.Join3(e.Destination, int32(e.Source), e.Nonce)
}

func creditPipeline(tb testing.TB) (*fixture, []*signer.Signer, []*cachedReadings) {
	f := newBenchFixture(tb, 4, testParams())
	f.chain.balances[types.TreasuryName] = math.NewInt(1_000_000_000_000)
	var signers []*signer.Signer
	var readings []*cachedReadings
	for _, v := range f.vals {
		r := &cachedReadings{}
		readings = append(readings, r)
		signers = append(signers, signer.New(v.eth, f.k, r, nil))
	}
	return f, signers, readings
}

// TestConfirmedToCreditedBlocks: a purchase a watcher reads just after ExtendVote of H is
// in the parts of H + 1 and credited by PreBlock of H + 2.
func TestConfirmedToCreditedBlocks(t *testing.T) {
	f, signers, readings := creditPipeline(t)
	if got := blocksToCredit(t, f, signers, readings, purchase(1, dpnAccount(7), milliEth(1))); got != 2 {
		t.Fatalf("credited %d blocks after the purchase was visible, want 2", got)
	}
}

// BenchmarkConfirmedToCredited reports the same count ("blocks", goal ≤ 2).
func BenchmarkConfirmedToCredited(b *testing.B) {
	f, signers, readings := creditPipeline(b)
	var blocks int64
	for b.Loop() {
		blocks = blocksToCredit(b, f, signers, readings, purchase(1, dpnAccount(7), milliEth(1)))
	}
	if blocks > 2 {
		b.Fatalf("credited %d blocks after the purchase was visible, goal ≤ 2", blocks)
	}
	b.ReportMetric(float64(blocks), "blocks")
}

// BenchmarkApplyObservations: PreBlock with a commit of n validators, each part carrying
// max_events_per_vote (64) purchases, the most one block applies per source; every purchase
// credited. It reports the bytes of one part's events, against the 64 KiB extension limit;
// its peer is the SHA-256 of every report alone.
func BenchmarkApplyObservations(b *testing.B) {
	for _, n := range []int{4, 20, 100} {
		p := testParams()
		f := newBenchFixture(b, n, p)
		f.chain.balances[types.TreasuryName] = math.NewInt(1_000_000_000_000_000)
		events := make([]types.L2Event, p.MaxEventsPerVote)
		for i := range events {
			events[i] = purchase(uint64(i+1), dpnAccount(byte(i)), milliEth(int64(i+1)))
		}
		part := &types.BridgeVote{Events: events}
		bz, err := part.Marshal()
		must(b, err)
		var votes []types.ValidatorPart
		for _, v := range f.vals {
			votes = append(votes, types.ValidatorPart{ConsAddr: v.cons, Power: 100, Part: part})
		}
		b.Run(fmt.Sprintf("validators=%d", n), func(b *testing.B) {
			var applied int
			for b.Loop() {
				ctx, _ := f.Ctx.CacheContext()
				must(b, f.k.ApplyVotes(ctx, votes))
				st, err := f.k.Destinations.Get(ctx, "optimism")
				must(b, err)
				applied = int(st.AppliedPurchaseNonce)
			}
			if applied != len(events) {
				b.Fatalf("%d of %d purchases applied", applied, len(events))
			}
			b.ReportMetric(float64(applied), "events/block")
			b.ReportMetric(float64(len(bz)), "part-bytes")
		})
		// Peer: hashing every report, the least any tally of the same commit must do.
		b.Run(fmt.Sprintf("validators=%d/peer=sha256-of-reports", n), func(b *testing.B) {
			for b.Loop() {
				for range votes {
					for _, e := range events {
						_ = e.Hash()
					}
				}
			}
		})
	}
}
