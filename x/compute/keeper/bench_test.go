package keeper_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	storetypes "github.com/cosmos/cosmos-sdk/store/v2/types"

	attestationtypes "github.com/dpn-network/dpn/x/attestation/types"
	"github.com/dpn-network/dpn/x/compute/types"
)

// BenchmarkSubmitToSettle drives 1,000 wasm jobs (one replica each) through submit → commit
// → reveal → settle on the keeper over a real in-memory store: escrow, matching over 100
// active nodes, commitments, reveals, payment and burn. The bank and node registry are the
// test's in-memory ones, so the figure is the marketplace's own state machine; signature
// checks and block overhead come on top (see bench-chain).
func BenchmarkSubmitToSettle(b *testing.B) {
	const jobsPerRun = 1000
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		f := newFixture(b, 100)
		for n := uint64(0); n < 100; n++ {
			node := f.reg.nodes[n]
			node.Capacity = attestationtypes.Capacity{CpuMillicores: 64_000, MemoryBytes: 1 << 40, StorageBytes: 1 << 40}
			f.reg.nodes[n] = node
		}
		f.bank.mint(buyer(), 1_000_000_000)
		res := result("42")
		b.StartTimer()
		for j := 0; j < jobsPerRun; j++ {
			id, err := f.msg.SubmitJob(f.Ctx, wasmJob(1, 1))
			if err != nil {
				b.Fatal(err)
			}
			job, err := f.k.Jobs.Get(f.Ctx, id.Id)
			if err != nil || len(job.Nodes) != 1 {
				b.Fatalf("job %d not assigned: %v", id.Id, err)
			}
			node := job.Nodes[0]
			if _, err := f.msg.CommitResult(f.Ctx, &types.MsgCommitResult{Owner: addr(int(node)).String(), JobId: id.Id, NodeIndex: node,
				Commitment: types.Commitment(id.Id, node, res, salt(int(node)))}); err != nil {
				b.Fatal(err)
			}
			if _, err := f.msg.RevealResult(f.Ctx, &types.MsgRevealResult{Owner: addr(int(node)).String(), JobId: id.Id, NodeIndex: node,
				ResultHash: res, Salt: salt(int(node))}); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		if msg, broken := f.k.CheckEscrow(f.Ctx); broken || !f.bank.bal(moduleAddr()).IsZero() {
			b.Fatalf("not every job settled: %s", msg)
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(jobsPerRun*b.N)/b.Elapsed().Seconds(), "jobs/s")
}

// BenchmarkGroth16Verify is MsgSubmitProof for a circom2-compiled circuit (one public
// signal): decoding, the pairing check and settlement. It reports the gas charged and the
// time per verification.
func BenchmarkGroth16Verify(b *testing.B) {
	proof, public := testdata(b, "multiplier_proof.json"), testdata(b, "multiplier_public.json")
	var gas uint64
	var elapsed time.Duration
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		f := newFixture(b, 1)
		id := f.submit(b, groth16Job(b))
		node := f.job(b, id).Nodes[0]
		ctx := f.Ctx.WithGasMeter(storetypes.NewInfiniteGasMeter())
		msg := &types.MsgSubmitProof{Owner: addr(int(node)).String(), JobId: id, NodeIndex: node, Proof: proof, PublicSignals: public}
		b.StartTimer()
		start := time.Now()
		if _, err := f.msg.SubmitProof(ctx, msg); err != nil {
			b.Fatal(err)
		}
		elapsed += time.Since(start)
		gas = ctx.GasMeter().GasConsumed()
	}
	b.ReportMetric(float64(gas), "gas/proof")
	b.ReportMetric(float64(elapsed.Microseconds())/float64(b.N)/1000, "ms/proof")
	require.NotZero(b, gas)
}
