package keeper_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"testing"
	"time"

	"cosmossdk.io/collections"
	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/crypto/keys/ed25519"
	sdk "github.com/cosmos/cosmos-sdk/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dpn-network/dpn/contracts/eip712"
	testkeeper "github.com/dpn-network/dpn/testutil/keeper"
	"github.com/dpn-network/dpn/x/bridge/keeper"
	"github.com/dpn-network/dpn/x/bridge/signer"
	"github.com/dpn-network/dpn/x/bridge/types"
)

// benchChain is fakeChain with x/staking's consensus-address lookup from an index rather
// than a scan of every validator, so that ApplyVotes's figures at 100 validators are the
// keeper's, not the fake's.
type benchChain struct {
	*fakeChain
	byCons map[string]stakingtypes.Validator
}

func (c benchChain) ValidatorByConsAddr(_ context.Context, a sdk.ConsAddress) (stakingtypes.ValidatorI, error) {
	v, ok := c.byCons[string(a)]
	if !ok {
		return nil, errors.New("no validator")
	}
	return v, nil
}

// newBenchFixture is newFixture for benchmarks: n bonded validators of equal power, all
// with a registered Ethereum key, params p, and valset 1 made.
func newBenchFixture(tb testing.TB, n int, p types.Params) *fixture {
	tb.Helper()
	base := testkeeper.New(tb, types.StoreKey, types.RegisterInterfaces)
	chain := newFakeChain()
	staking := benchChain{fakeChain: chain, byCons: map[string]stakingtypes.Validator{}}
	pricing := &fakePricing{dpnPerEth: sdkmath.LegacyNewDec(6000)}
	k := keeper.NewKeeper(base.Codec, base.StoreService, authority(), keeper.Dependencies{
		Staking: staking, Slashing: chain, Compute: chain, Bank: chain, Account: chain, Pricing: pricing, Denom: denom,
	})
	gs := types.DefaultGenesis()
	gs.Params = p
	must(tb, k.InitGenesis(base.Ctx, *gs))
	f := &fixture{Fixture: base, k: k, chain: chain, pricing: pricing, msg: keeper.NewMsgServerImpl(k), q: keeper.NewQueryServerImpl(k)}
	for i := 0; i < n; i++ {
		pk := ed25519.GenPrivKeyFromSecret([]byte{byte(i), byte(i >> 8)}).PubKey()
		va := sdk.ValAddress(bytes.Repeat([]byte{byte(i + 1), byte(i >> 8)}, 10))
		v, err := stakingtypes.NewValidator(va.String(), pk, stakingtypes.Description{})
		must(tb, err)
		v.Status = stakingtypes.Bonded
		v.Tokens = sdk.TokensFromConsensusPower(100, sdk.DefaultPowerReduction)
		chain.validators = append(chain.validators, &v)
		cons := sdk.ConsAddress(pk.Address())
		staking.byCons[string(cons)] = v
		key, err := crypto.ToECDSA(crypto.Keccak256([]byte{'e', byte(i), byte(i >> 8)}))
		must(tb, err)
		f.vals = append(f.vals, val{cons: cons, valoper: va.String(), eth: key})
		_, err = f.msg.RegisterEthKey(f.Ctx, f.registerMsg(i, key, f.Ctx.ChainID()))
		must(tb, err)
	}
	must(tb, f.k.EndBlock(f.Ctx))
	if vs, ok, err := f.k.LatestValset(f.Ctx); err != nil || !ok || len(vs.Members) != n {
		tb.Fatalf("valset 1 not made with %d members: %v", n, err)
	}
	f.Fixture = f.Fixture.NextBlock(2 * time.Second)
	return f
}

func must(tb testing.TB, err error) {
	tb.Helper()
	if err != nil {
		tb.Fatal(err)
	}
}

// cutFullBatches settles batches × records payout records for optimism (distinct recipients)
// and ends blocks until they are all cut.
func cutFullBatches(tb testing.TB, f *fixture, batches, records int) {
	tb.Helper()
	for i := 0; i < batches*records; i++ {
		f.chain.payout(uint64(i+1), "optimism", common.BigToAddress(big.NewInt(int64(0x100000+i))).Hex(), 1_000_000+int64(i))
	}
	for len(f.chain.records) > 0 { // x/bridge takes at most 1,000 records per block
		must(tb, f.k.EndBlock(f.Ctx))
		f.Fixture = f.Fixture.NextBlock(2 * time.Second)
	}
	n := 0
	must(tb, f.k.OpenItems(f.Ctx, func(types.Item, common.Hash) bool { n++; return false }))
	if n != batches {
		tb.Fatalf("%d open items, want %d", n, batches)
	}
}

// benchCommit is a commit in which every validator sends its signatures over every open item and
// each destination's L2 reading (nothing settled there yet).
func (f *fixture) benchCommit(tb testing.TB) []types.ValidatorPart {
	tb.Helper()
	params, err := f.k.Params.Get(f.Ctx)
	must(tb, err)
	var statuses []types.L2Status
	for _, d := range params.Destinations {
		statuses = append(statuses, types.L2Status{Destination: d.Name, L2Height: 100, L2Time: uint64(f.Ctx.BlockTime().Unix()), ValsetNonce: 1})
	}
	var out []types.ValidatorPart
	for _, v := range f.vals {
		part := &types.BridgeVote{Statuses: statuses}
		must(tb, f.k.OpenItems(f.Ctx, func(it types.Item, digest common.Hash) bool {
			sig := eip712.Sign(v.eth, digest)
			part.Signatures = append(part.Signatures, types.BridgeSignature{Kind: it.Kind, Destination: it.Destination, Nonce: it.Nonce, Signature: sig[:]})
			return false
		}))
		must(tb, part.ValidateBasic())
		out = append(out, types.ValidatorPart{ConsAddr: v.cons, Power: 100, Part: part})
	}
	return out
}

// BenchmarkApplyVotes is PreBlock's bridge step: Keeper.ApplyVotes over a commit of n
// validators, each carrying its signatures over the 16 open batches of 100 records
// (max_open_batches and batch_max_records at their defaults) and its L2 readings, so 16 × n
// signature recoveries, each checked against the item's current digest and the
// validator's registered address, stored, and each item's signed power summed. Every
// iteration runs on a fresh branch of the same state (as PreBlock runs on the block's), so
// each sees the signatures for the first time. The peer is go-ethereum's crypto.Ecrecover
// over the same 1,600 signatures of the 100-validator commit.
func BenchmarkApplyVotes(b *testing.B) {
	const items = 16
	var peerSigs [][]byte
	var peerDigests []common.Hash
	for _, n := range []int{4, 20, 100} {
		f := newBenchFixture(b, n, testParams())
		cutFullBatches(b, f, items, 100)
		votes := f.benchCommit(b)
		if n == 100 {
			digests := map[string]common.Hash{}
			must(b, f.k.OpenItems(f.Ctx, func(it types.Item, d common.Hash) bool { digests[it.ID()] = d; return false }))
			for _, v := range votes {
				for _, s := range v.Part.Signatures {
					raw := append([]byte(nil), s.Signature...)
					raw[64] -= 27
					peerSigs = append(peerSigs, raw)
					peerDigests = append(peerDigests, digests[types.Item{Kind: s.Kind, Destination: s.Destination, Nonce: s.Nonce}.ID()])
				}
			}
		}
		sigs := n * items
		b.Run(fmt.Sprintf("validators=%d/signatures=%d", n, sigs), func(b *testing.B) {
			var last sdk.Context
			for b.Loop() {
				ctx, _ := f.Ctx.CacheContext()
				if err := f.k.ApplyVotes(ctx, votes); err != nil {
					b.Fatal(err)
				}
				last = ctx
			}
			b.StopTimer()
			for nonce := uint64(1); nonce <= items; nonce++ {
				res, err := f.q.Signatures(last, &types.QuerySignaturesRequest{Destination: "optimism", Kind: "batch", Nonce: nonce})
				must(b, err)
				if len(res.Signatures) != n || !res.Ready {
					b.Fatalf("batch %d: %d signatures stored, ready %v", nonce, len(res.Signatures), res.Ready)
				}
			}
			b.ReportMetric(float64(sigs), "sigs/op")
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*sigs), "ns/sig")
		})
	}
	b.Run(fmt.Sprintf("peer/crypto.Ecrecover/signatures=%d", len(peerSigs)), func(b *testing.B) {
		for b.Loop() {
			for i, s := range peerSigs {
				if _, err := crypto.Ecrecover(peerDigests[i][:], s); err != nil {
					b.Fatal(err)
				}
			}
		}
		b.ReportMetric(float64(len(peerSigs)), "sigs/op")
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(peerSigs)), "ns/sig")
	})
}

// blocksToReady settles one payout record in the next block, H, and runs the pipeline
// block by block on a branch of f's state until its batch is ready, returning how many
// blocks after H that is. In each block x, in CometBFT's order:
//
//   - ExtendVote(x), while block x is decided: every validator's signer signs what the
//     state block x-1 committed holds;
//   - FinalizeBlock(x): PreBlock applies the extended commit of x-1 (ApplyVotes), x/compute
//     settles the record (x = H only), and x/bridge's EndBlock takes and cuts it;
//   - the batch is ready once its signed power is more than 2/3.
func blocksToReady(tb testing.TB, f *fixture, signers []*signer.Signer, id uint64) int64 {
	tb.Helper()
	base, _ := f.Ctx.CacheContext()
	h := base.BlockHeight() + 1
	at := func(x int64) sdk.Context {
		return base.WithBlockHeight(x).WithBlockTime(base.BlockTime().Add(time.Duration(x-h+1) * 2 * time.Second))
	}
	var prev []types.ValidatorPart // the extended commit of the block before
	var nonce uint64
	for x := h; x <= h+10; x++ {
		ctx := at(x)
		var ext []types.ValidatorPart
		for i, s := range signers {
			part, err := s.Part(ctx)
			must(tb, err)
			ext = append(ext, types.ValidatorPart{ConsAddr: f.vals[i].cons, Power: 100, Part: part})
		}
		must(tb, f.k.ApplyVotes(ctx, prev))
		if x == h {
			f.chain.payout(id, "optimism", recipient, 500)
		}
		must(tb, f.k.EndBlock(ctx))
		if x == h {
			st, err := f.k.Destinations.Get(ctx, "optimism")
			must(tb, err)
			nonce = st.NextBatchNonce - 1
			b, err := f.k.Batches.Get(ctx, collections.Join("optimism", nonce))
			must(tb, err)
			if len(b.Records) != 1 || b.Records[0].RecordId != id || b.Height != h {
				tb.Fatalf("record %d was not cut in the block that settled it: batch %d %+v", id, nonce, b)
			}
		}
		res, err := f.q.Signatures(ctx, &types.QuerySignaturesRequest{Destination: "optimism", Kind: "batch", Nonce: nonce})
		must(tb, err)
		if res.Ready {
			return x - h
		}
		prev = ext
	}
	tb.Fatalf("batch %d not ready 10 blocks after its record settled", nonce)
	return 0
}

func pipelineFixture(tb testing.TB) (*fixture, []*signer.Signer) {
	tb.Helper()
	p := testParams()
	if p.BatchMaxAgeBlocks != 0 {
		tb.Fatalf("batch_max_age_blocks defaults to %d, the pipeline below assumes 0", p.BatchMaxAgeBlocks)
	}
	f := newBenchFixture(tb, 4, p)
	var signers []*signer.Signer
	for _, v := range f.vals {
		signers = append(signers, signer.New(v.eth, f.k, nil, nil))
	}
	return f, signers
}

// TestSettledToReadyBlocks: a record settled in block H is in a batch ready to relay at
// H + 2 (cut in H's EndBlock, signed in ExtendVote of H + 1, stored by PreBlock of H + 2).
func TestSettledToReadyBlocks(t *testing.T) {
	f, signers := pipelineFixture(t)
	if got := blocksToReady(t, f, signers, 1); got != 2 {
		t.Fatalf("ready %d blocks after the record settled, want 2", got)
	}
}

// BenchmarkSettledToReady reports the same count ("blocks", goal ≤ 2); its time is that of
// the three blocks' bridge work with 4 validators.
func BenchmarkSettledToReady(b *testing.B) {
	f, signers := pipelineFixture(b)
	var blocks int64
	id := uint64(0)
	for b.Loop() {
		id++
		blocks = blocksToReady(b, f, signers, id)
	}
	if blocks > 2 {
		b.Fatalf("ready %d blocks after the record settled, goal ≤ 2", blocks)
	}
	b.ReportMetric(float64(blocks), "blocks")
}
