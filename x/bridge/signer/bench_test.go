package signer_test

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dpn-network/dpn/x/bridge/signer"
	"github.com/dpn-network/dpn/x/bridge/types"
)

// openBatches is a fixture of 4 validators whose state holds items open batches for
// optimism, each of records payout records, none of them signed by anyone.
func openBatches(tb testing.TB, items, records int) *fixture {
	tb.Helper()
	p := testParams()
	p.MaxOpenBatches = uint32(items)
	p.BatchMaxRecords = uint32(records)
	f := newFixture(tb, 4, p)
	for i := 0; i < items*records; i++ {
		f.chain.payout(uint64(i+1), "optimism", common.BigToAddress(big.NewInt(int64(0x100000+i))), int64(1_000_000+i))
	}
	// x/bridge takes at most 1,000 records from x/compute per block.
	for len(f.chain.records) > 0 {
		f.endBlock(tb)
	}
	if n := f.openItems(tb); n != items {
		tb.Fatalf("%d open items, want %d", n, items)
	}
	return f
}

// BenchmarkExtendVote is the bridge part of one validator's ExtendVote: Signer.Part over a
// state with 100 open batches this validator has not signed (max_open_batches 100), on the
// keeper over a real in-memory store. It reads the params and the validator's registration,
// walks the open items (each batch is read and its EIP-712 digest computed over its
// records), looks up the validator's stored signature for each and signs the 100 digests.
// The peer is what the signing alone costs: 100 × go-ethereum's crypto.Sign over the same
// digests with the same key.
func BenchmarkExtendVote(b *testing.B) {
	const items = 100
	var (
		digests []common.Hash
		key     *ecdsa.PrivateKey
	)
	for _, records := range []int{1, 100} {
		f := openBatches(b, items, records)
		s := signer.New(f.vals[0].eth, f.k, nil, nil)
		if records == 100 {
			key = f.vals[0].eth
			if err := f.k.OpenItems(f.Ctx, func(_ types.Item, d common.Hash) bool { digests = append(digests, d); return false }); err != nil {
				b.Fatal(err)
			}
		}
		b.Run(fmt.Sprintf("Part/items=%d/records_per_batch=%d", items, records), func(b *testing.B) {
			signed := 0
			for b.Loop() {
				part, err := s.Part(f.Ctx)
				if err != nil {
					b.Fatal(err)
				}
				signed = len(part.Signatures)
			}
			if signed != items {
				b.Fatalf("signed %d digests, want %d", signed, items)
			}
			b.ReportMetric(float64(signed), "digests/op")
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*signed), "ns/digest")
		})
	}
	b.Run(fmt.Sprintf("peer/crypto.Sign_x%d", items), func(b *testing.B) {
		for b.Loop() {
			for _, d := range digests {
				if _, err := crypto.Sign(d[:], key); err != nil {
					b.Fatal(err)
				}
			}
		}
		b.ReportMetric(float64(len(digests)), "digests/op")
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(digests)), "ns/digest")
	})
}
