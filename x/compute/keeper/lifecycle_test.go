package keeper_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"

	"github.com/dpn-network/dpn/x/compute/types"
)

func TestSubmitJobRejections(t *testing.T) {
	f := newFixture(t, 3)
	tests := []struct {
		name string
		edit func(m *types.MsgSubmitJob)
		err  error
	}{
		{"over max price", func(m *types.MsgSubmitJob) { m.MaxPrice = sdk.NewInt64Coin(denom, 2999) }, types.ErrOverMaxPrice},
		{"unknown kind", func(m *types.MsgSubmitJob) { m.Kind = 42 }, types.ErrUnknownKind},
		{"train not yet", func(m *types.MsgSubmitJob) { m.Kind = types.JOB_KIND_TRAIN }, types.ErrKindNotSupported},
		{"inline hash mismatch", func(m *types.MsgSubmitJob) { m.Inline[0].Data = []byte("inpux") }, types.ErrContentMismatch},
		{"inline size mismatch", func(m *types.MsgSubmitJob) { m.Input.Size_ = 6 }, types.ErrContentMismatch},
		{"inline with no reference", func(m *types.MsgSubmitJob) { m.Input = content("other") }, types.ErrInvalidContent},
		{"module missing", func(m *types.MsgSubmitJob) { m.Module = types.Content{} }, types.ErrInvalidContent},
		{"short hash", func(m *types.MsgSubmitJob) { m.Module.Sha256 = m.Module.Sha256[:31] }, types.ErrInvalidContent},
		{"no cpu", func(m *types.MsgSubmitJob) { m.Resources.CpuMillicores = 0 }, types.ErrInvalidResources},
		{"gpu without class", func(m *types.MsgSubmitJob) { m.Resources.GpuCount = 1 }, types.ErrInvalidResources},
		{"zero duration", func(m *types.MsgSubmitJob) { m.DurationSeconds = 0 }, types.ErrInvalidResources},
		{"quorum not a majority", func(m *types.MsgSubmitJob) { m.Replicas, m.Quorum = 4, 2 }, types.ErrInvalidReplicas},
		{"too many replicas", func(m *types.MsgSubmitJob) { m.Replicas, m.Quorum = 8, 5 }, types.ErrInvalidReplicas},
		{"bad region", func(m *types.MsgSubmitJob) { m.Region = "EU West" }, types.ErrInvalidRegion},
		{"bad tier", func(m *types.MsgSubmitJob) { m.Tier = 3 }, types.ErrInvalidRegion},
		{"bad payout", func(m *types.MsgSubmitJob) { m.Payout = types.L2Payout{Chain: "base", Recipient: "0x00"} }, types.ErrInvalidPayout},
		{"max price in another denom", func(m *types.MsgSubmitJob) { m.MaxPrice = sdk.NewInt64Coin("uatom", 10_000) }, types.ErrInvalidPrice},
		{"bad buyer", func(m *types.MsgSubmitJob) { m.Buyer = "dpn1nope" }, types.ErrInvalidAddress},
		{"zkey on a wasm job", func(m *types.MsgSubmitJob) { m.Zkey = content("zkey") }, types.ErrInvalidContent},
		{"content url not http", func(m *types.MsgSubmitJob) { m.ContentUrl = "file:///etc/passwd" }, types.ErrInvalidContent},
		{"content url without host", func(m *types.MsgSubmitJob) { m.ContentUrl = "http://" }, types.ErrInvalidContent},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := wasmJob(3, 2)
			tc.edit(m)
			f.requireRejected(t, tc.err, func(ctx sdk.Context) error { _, err := f.msg.SubmitJob(ctx, m); return err })
		})
	}
	t.Run("insufficient funds", func(t *testing.T) {
		m := wasmJob(3, 2)
		m.MaxPrice = sdk.NewInt64Coin(denom, 10_000_000)
		m.DurationSeconds = 3600 * 400 // 3 × 400,000 udpn > the buyer's 1,000,000
		before := f.snapshot(t)
		_, err := f.msg.SubmitJob(f.Ctx, m)
		require.ErrorContains(t, err, "insufficient funds")
		require.Equal(t, before, f.snapshot(t))
	})
}

func TestGroth16SubmitRejections(t *testing.T) {
	f := newFixture(t, 1)
	tests := []struct {
		name string
		edit func(m *types.MsgSubmitJob)
		err  error
	}{
		{"no verifying key", func(m *types.MsgSubmitJob) { m.VerifyingKey = nil }, types.ErrInvalidVerifyKey},
		{"verifying key not json", func(m *types.MsgSubmitJob) { m.VerifyingKey = []byte("{") }, types.ErrInvalidVerifyKey},
		{"more public inputs than signals", func(m *types.MsgSubmitJob) { m.PublicInputs = []string{"1", "2"} }, types.ErrPublicInputs},
		{"public input not a field element", func(m *types.MsgSubmitJob) { m.PublicInputs = []string{"-1"} }, types.ErrPublicInputs},
		{"two replicas", func(m *types.MsgSubmitJob) { m.Replicas = 2 }, types.ErrInvalidReplicas},
		{"no zkey", func(m *types.MsgSubmitJob) { m.Zkey = types.Content{} }, types.ErrInvalidContent},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := groth16Job(t)
			tc.edit(m)
			f.requireRejected(t, tc.err, func(ctx sdk.Context) error { _, err := f.msg.SubmitJob(ctx, m); return err })
		})
	}
}

// TestWasmThreeOfThree: a job is escrowed, assigned to three nodes, committed, revealed and
// settled: providers paid equally, the protocol share burned, supply down by exactly that.
func TestWasmThreeOfThree(t *testing.T) {
	f := newFixture(t, 3)
	supply := f.bank.supply
	id := f.submit(t, wasmJob(3, 3))
	job := f.job(t, id)
	require.Equal(t, types.JOB_STATUS_ASSIGNED, job.Status)
	require.Len(t, job.Nodes, 3)
	require.Equal(t, sdk.NewInt64Coin(denom, 3000), job.Escrow)
	require.Equal(t, int64(3000), f.bank.bal(moduleAddr()).Int64())
	f.checkEscrow(t)
	f.endBlocks(t, 1)
	require.Equal(t, uint64(3000), f.reported.CpuMillicores, "three replicas' load reported to the price anchor")

	res := result("42")
	for _, n := range job.Nodes {
		require.NoError(t, f.commit(t, id, n, res))
	}
	require.Equal(t, types.JOB_STATUS_REVEALING, f.job(t, id).Status, "all committed: reveal phase")
	// A commitment cannot be changed, nor a reveal made for another hash.
	f.requireRejected(t, types.ErrNotCommitPhase, func(ctx sdk.Context) error { return f.commit(t, id, job.Nodes[0], res) })
	f.requireRejected(t, types.ErrRevealMismatch, func(ctx sdk.Context) error { return f.reveal(t, id, job.Nodes[0], result("43")) })
	for _, n := range job.Nodes {
		require.NoError(t, f.reveal(t, id, n, res))
	}
	job = f.job(t, id)
	require.Equal(t, types.JOB_STATUS_SETTLED, job.Status)
	r, err := f.q.Result(f.Ctx, &types.QueryResultRequest{JobId: id})
	require.NoError(t, err)
	require.Equal(t, res, r.Result.ResultHash)
	require.Equal(t, sdk.NewInt64Coin(denom, 600), r.Result.Burned, "20 % of 3000")
	require.Equal(t, sdk.NewInt64Coin(denom, 2400), r.Result.Paid)
	for i := 0; i < 3; i++ {
		require.Equal(t, int64(800), f.bank.bal(addr(i)).Int64())
	}
	require.Equal(t, supply.SubRaw(600), f.bank.supply, "supply falls by exactly the burn")
	require.True(t, f.bank.bal(moduleAddr()).IsZero())
	f.checkEscrow(t)
	stats, err := f.q.NodeStats(f.Ctx, &types.QueryNodeStatsRequest{NodeIndex: 0})
	require.NoError(t, err)
	require.Equal(t, int64(1), stats.Stats.Reputation)
	require.Zero(t, stats.Stats.Load.CpuMillicores, "load released")
	f.endBlocks(t, 1)
	require.Zero(t, f.reported.CpuMillicores)
}

// TestWasmLiarPenalised: two of three agree; the third revealed another hash and is
// penalised, the majority is paid.
func TestWasmLiarPenalised(t *testing.T) {
	f := newFixture(t, 3)
	id := f.submit(t, wasmJob(3, 2))
	job := f.job(t, id)
	honest, liar := result("42"), result("41")
	for i, n := range job.Nodes {
		r := honest
		if i == 2 {
			r = liar
		}
		require.NoError(t, f.commit(t, id, n, r))
	}
	for i, n := range job.Nodes {
		r := honest
		if i == 2 {
			r = liar
		}
		require.NoError(t, f.reveal(t, id, n, r))
	}
	require.Equal(t, types.JOB_STATUS_SETTLED, f.job(t, id).Status)
	liarNode := job.Nodes[2]
	require.Equal(t, 1, f.reg.slashed[liarNode])
	require.True(t, f.bank.bal(addr(int(liarNode))).IsZero())
	for _, n := range job.Nodes[:2] {
		require.Equal(t, int64(1200), f.bank.bal(addr(int(n))).Int64())
	}
	stats, err := f.q.NodeStats(f.Ctx, &types.QueryNodeStatsRequest{NodeIndex: liarNode})
	require.NoError(t, err)
	require.Equal(t, int64(-10), stats.Stats.Reputation)
	f.checkEscrow(t)
}

// TestCommitRevealRejections covers results from unassigned nodes, other owners, copies and
// late submissions.
func TestCommitRevealRejections(t *testing.T) {
	f := newFixture(t, 4)
	id := f.submit(t, wasmJob(3, 2))
	job := f.job(t, id)
	var outsider uint64
	for i := uint64(0); i < 4; i++ {
		if i != job.Nodes[0] && i != job.Nodes[1] && i != job.Nodes[2] {
			outsider = i
		}
	}
	res := result("42")
	f.requireRejected(t, types.ErrNotAssigned, func(ctx sdk.Context) error { return f.commit(t, id, outsider, res) })
	f.requireRejected(t, types.ErrNotNodeOwner, func(ctx sdk.Context) error {
		_, err := f.msg.CommitResult(ctx, &types.MsgCommitResult{Owner: addr(int(outsider)).String(), JobId: id, NodeIndex: job.Nodes[0], Commitment: res})
		return err
	})
	f.requireRejected(t, types.ErrInvalidCommitment, func(ctx sdk.Context) error {
		_, err := f.msg.CommitResult(ctx, &types.MsgCommitResult{Owner: addr(int(job.Nodes[0])).String(), JobId: id, NodeIndex: job.Nodes[0], Commitment: []byte{1}})
		return err
	})
	f.requireRejected(t, types.ErrJobNotFound, func(ctx sdk.Context) error { return f.commit(t, 77, job.Nodes[0], res) })
	f.requireRejected(t, types.ErrNotRevealPhase, func(ctx sdk.Context) error { return f.reveal(t, id, job.Nodes[0], res) })
	require.NoError(t, f.commit(t, id, job.Nodes[0], res))
	f.requireRejected(t, types.ErrAlreadySubmitted, func(ctx sdk.Context) error { return f.commit(t, id, job.Nodes[0], res) })
	// A node copying another's commitment cannot open it: the node index is inside.
	copied, err := f.q.Submissions(f.Ctx, &types.QuerySubmissionsRequest{JobId: id})
	require.NoError(t, err)
	_, err = f.msg.CommitResult(f.Ctx, &types.MsgCommitResult{Owner: addr(int(job.Nodes[1])).String(), JobId: id, NodeIndex: job.Nodes[1], Commitment: copied.Submissions[0].Commitment})
	require.NoError(t, err)
	// Late: past the commit window the phase ends; node 2 never committed.
	params := types.DefaultParams()
	f.endBlocks(t, int(params.CommitWindowBlocks))
	require.Equal(t, types.JOB_STATUS_REVEALING, f.job(t, id).Status)
	require.Equal(t, 1, f.reg.slashed[job.Nodes[2]], "no commitment")
	f.requireRejected(t, types.ErrNotCommitPhase, func(ctx sdk.Context) error { return f.commit(t, id, job.Nodes[2], res) })
	require.NoError(t, f.reveal(t, id, job.Nodes[0], res))
	f.requireRejected(t, types.ErrRevealMismatch, func(ctx sdk.Context) error { return f.reveal(t, id, job.Nodes[1], res) })
	f.endBlocks(t, int(params.RevealWindowBlocks)+1)
	// One honest reveal is below the quorum of 2: the copier is penalised for not revealing and
	// the round goes back to the queue; with two of four nodes excluded, three cannot be found.
	after := f.job(t, id)
	require.Equal(t, types.JOB_STATUS_QUEUED, after.Status)
	require.ElementsMatch(t, []uint64{job.Nodes[2], job.Nodes[1]}, after.Excluded)
	require.Equal(t, 1, f.reg.slashed[job.Nodes[1]])
	require.Zero(t, f.reg.slashed[job.Nodes[0]], "the honest node is not penalised")
	require.Equal(t, int64(3000), after.Escrow.Amount.Int64(), "escrow still held for the retry")
	f.checkEscrow(t)
}

// TestGroth16Job: the proof of a circom2-compiled circuit is verified on chain; a tampered
// proof or wrong public input is rejected with nothing changed.
func TestGroth16Job(t *testing.T) {
	f := newFixture(t, 1)
	m := groth16Job(t)
	m.PublicInputs = nil
	id := f.submit(t, m)
	job := f.job(t, id)
	require.Equal(t, types.JOB_STATUS_ASSIGNED, job.Status)
	node := job.Nodes[0]
	proof, public := testdata(t, "multiplier_proof.json"), testdata(t, "multiplier_public.json")
	submit := func(ctx sdk.Context, p, pub []byte) error {
		_, err := f.msg.SubmitProof(ctx, &types.MsgSubmitProof{Owner: addr(int(node)).String(), JobId: id, NodeIndex: node, Proof: p, PublicSignals: pub})
		return err
	}
	tampered := []byte(string(proof))
	for i := range tampered {
		if tampered[i] >= '1' && tampered[i] <= '8' {
			tampered[i]++
			break
		}
	}
	f.requireRejected(t, types.ErrInvalidProof, func(ctx sdk.Context) error { return submit(ctx, tampered, public) })
	f.requireRejected(t, types.ErrInvalidProof, func(ctx sdk.Context) error { return submit(ctx, proof, []byte(`["34"]`)) })
	f.requireRejected(t, types.ErrInvalidProof, func(ctx sdk.Context) error { return submit(ctx, []byte("{}"), public) })
	f.requireRejected(t, types.ErrPublicInputs, func(ctx sdk.Context) error { return submit(ctx, proof, []byte(`["33","1"]`)) })
	gasBefore := f.Ctx.GasMeter().GasConsumed()
	require.NoError(t, submit(f.Ctx, proof, public))
	require.GreaterOrEqual(t, f.Ctx.GasMeter().GasConsumed()-gasBefore, uint64(types.DefaultGroth16VerifyGas))
	require.Equal(t, types.JOB_STATUS_SETTLED, f.job(t, id).Status)
	r, err := f.q.Result(f.Ctx, &types.QueryResultRequest{JobId: id})
	require.NoError(t, err)
	require.Equal(t, proof, r.Result.Proof)
	f.checkEscrow(t)
}

// TestGroth16PublicInputPinned: a job that pins its public input refuses a valid proof of
// another input.
func TestGroth16PublicInputPinned(t *testing.T) {
	f := newFixture(t, 1)
	m := groth16Job(t)
	m.PublicInputs = []string{"34"}
	id := f.submit(t, m)
	node := f.job(t, id).Nodes[0]
	f.requireRejected(t, types.ErrPublicInputs, func(ctx sdk.Context) error {
		_, err := f.msg.SubmitProof(ctx, &types.MsgSubmitProof{Owner: addr(int(node)).String(), JobId: id, NodeIndex: node,
			Proof: testdata(t, "multiplier_proof.json"), PublicSignals: testdata(t, "multiplier_public.json")})
		return err
	})
}

// TestNobodyCanRunIt: a job needing more than any node has waits, then expires with a full
// refund; a queued job can be cancelled by its buyer only.
func TestNobodyCanRunIt(t *testing.T) {
	f := newFixture(t, 3)
	m := wasmJob(3, 2)
	m.Resources.MemoryBytes = 64 << 30
	id := f.submit(t, m)
	require.Equal(t, types.JOB_STATUS_QUEUED, f.job(t, id).Status)
	require.Equal(t, int64(1_000_000-3000), f.bank.bal(buyer()).Int64())
	f.checkEscrow(t)
	f.endBlocks(t, int(types.DefaultAssignTimeoutBlocks))
	job := f.job(t, id)
	require.Equal(t, types.JOB_STATUS_EXPIRED, job.Status)
	require.Equal(t, int64(1_000_000), f.bank.bal(buyer()).Int64(), "refunded in full")
	f.checkEscrow(t)

	id = f.submit(t, m)
	f.requireRejected(t, types.ErrNotBuyer, func(ctx sdk.Context) error {
		_, err := f.msg.CancelJob(ctx, &types.MsgCancelJob{Buyer: addr(0).String(), Id: id})
		return err
	})
	_, err := f.msg.CancelJob(f.Ctx, &types.MsgCancelJob{Buyer: buyer().String(), Id: id})
	require.NoError(t, err)
	require.Equal(t, types.JOB_STATUS_CANCELLED, f.job(t, id).Status)
	require.Equal(t, int64(1_000_000), f.bank.bal(buyer()).Int64())
	f.requireRejected(t, types.ErrInvalidStatus, func(ctx sdk.Context) error {
		_, err := f.msg.CancelJob(ctx, &types.MsgCancelJob{Buyer: buyer().String(), Id: id})
		return err
	})
	f.checkEscrow(t)
}

// TestUnansweredProofReassigned: a groth16 node that never delivers is penalised and the job
// goes to another node.
func TestUnansweredProofReassigned(t *testing.T) {
	f := newFixture(t, 2)
	id := f.submit(t, groth16Job(t))
	first := f.job(t, id).Nodes[0]
	f.endBlocks(t, int(types.DefaultCommitWindowBlocks)+1)
	job := f.job(t, id)
	require.Equal(t, types.JOB_STATUS_ASSIGNED, job.Status)
	require.NotEqual(t, first, job.Nodes[0])
	require.Equal(t, uint32(2), job.Attempts)
	require.Equal(t, 1, f.reg.slashed[first])
	f.checkEscrow(t)
}

func TestGenesisRoundTrip(t *testing.T) {
	f := newFixture(t, 3)
	f.submit(t, wasmJob(3, 2))
	m := wasmJob(3, 2)
	m.Resources.MemoryBytes = 64 << 30
	f.submit(t, m)
	gs, err := f.k.ExportGenesis(f.Ctx)
	require.NoError(t, err)
	require.NoError(t, gs.Validate())

	g := newFixture(t, 3)
	require.NoError(t, g.k.InitGenesis(g.Ctx, *gs))
	again, err := g.k.ExportGenesis(g.Ctx)
	require.NoError(t, err)
	require.Equal(t, gs, again)
	f.bank, g.bank = nil, nil
	require.Equal(t, storeDump(t, f), storeDump(t, g), "indexes rebuilt identically")
}

func storeDump(t *testing.T, f *fixture) string {
	t.Helper()
	bank := f.bank
	f.bank = newFakeBank()
	defer func() { f.bank = bank }()
	return f.snapshot(t)
}

// TestL2Payouts: a provider that asked to be paid on an L2 gets a PAYOUT record and its fee is
// held for x/bridge; the buyer's L2 request gives a RESULT record holding nothing.
func TestL2Payouts(t *testing.T) {
	f := newFixture(t, 1)
	recipient := "0x2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a"
	set := func(ctx sdk.Context, owner sdk.AccAddress, p types.L2Payout) error {
		_, err := f.msg.SetPayout(ctx, &types.MsgSetPayout{Owner: owner.String(), NodeIndex: 0, Payout: p})
		return err
	}
	f.requireRejected(t, types.ErrNotNodeOwner, func(ctx sdk.Context) error {
		return set(ctx, addr(5), types.L2Payout{Chain: "optimism", Recipient: recipient})
	})
	f.requireRejected(t, types.ErrInvalidPayout, func(ctx sdk.Context) error {
		return set(ctx, addr(0), types.L2Payout{Chain: "optimism", Recipient: "0x12"})
	})
	require.NoError(t, set(f.Ctx, addr(0), types.L2Payout{Chain: "optimism", Recipient: recipient}))
	got, err := f.q.Payout(f.Ctx, &types.QueryPayoutRequest{NodeIndex: 0})
	require.NoError(t, err)
	require.Equal(t, "optimism", got.Payout.Chain)

	m := wasmJob(1, 1)
	m.Payout = types.L2Payout{Chain: "arbitrum", Recipient: recipient}
	id := f.submit(t, m)
	res := result("42")
	require.NoError(t, f.commit(t, id, 0, res))
	require.NoError(t, f.reveal(t, id, 0, res))
	require.Equal(t, types.JOB_STATUS_SETTLED, f.job(t, id).Status)
	require.True(t, f.bank.bal(addr(0)).IsZero(), "paid on the L2, not on DPN")
	require.Equal(t, int64(800), f.bank.bal(moduleAddr()).Int64(), "the fee is held for the bridge")
	recs, err := f.q.Settlements(f.Ctx, &types.QuerySettlementsRequest{})
	require.NoError(t, err)
	require.Len(t, recs.Settlements, 2)
	require.Equal(t, types.SETTLEMENT_KIND_PAYOUT, recs.Settlements[0].Kind)
	require.Equal(t, "optimism", recs.Settlements[0].Chain)
	require.Equal(t, int64(800), recs.Settlements[0].Amount.Amount.Int64())
	require.Equal(t, types.SETTLEMENT_KIND_RESULT, recs.Settlements[1].Kind)
	require.Equal(t, "arbitrum", recs.Settlements[1].Chain)
	f.checkEscrow(t)

	// x/bridge takes the records one at a time; the fee moves with its PAYOUT record, so
	// both modules' books balance after each step.
	taken, err := f.k.TakeSettlements(f.Ctx, "bridge", 1)
	require.NoError(t, err)
	require.Len(t, taken, 1)
	require.Equal(t, types.SETTLEMENT_KIND_PAYOUT, taken[0].Kind)
	require.Equal(t, int64(800), f.bank.bal(authtypes.NewModuleAddress("bridge")).Int64())
	require.True(t, f.bank.bal(moduleAddr()).IsZero())
	f.checkEscrow(t)
	taken, err = f.k.TakeSettlements(f.Ctx, "bridge", 10)
	require.NoError(t, err)
	require.Len(t, taken, 1)
	require.Equal(t, types.SETTLEMENT_KIND_RESULT, taken[0].Kind)
	require.Equal(t, int64(800), f.bank.bal(authtypes.NewModuleAddress("bridge")).Int64(), "a RESULT record holds nothing")
	recs, err = f.q.Settlements(f.Ctx, &types.QuerySettlementsRequest{})
	require.NoError(t, err)
	require.Empty(t, recs.Settlements)
	f.checkEscrow(t)

	// Back to DPN: the next job pays the owner directly.
	require.NoError(t, set(f.Ctx, addr(0), types.L2Payout{}))
	id = f.submit(t, wasmJob(1, 1))
	require.NoError(t, f.commit(t, id, 0, res))
	require.NoError(t, f.reveal(t, id, 0, res))
	require.Equal(t, int64(800), f.bank.bal(addr(0)).Int64())
	f.checkEscrow(t)
}

// TestReplicasHaveDistinctOwners: one owner with several nodes cannot fill a job's quorum.
// Nodes 0, 1 and 2 belong to one owner, node 3 to another: a 2-replica job takes one node
// of each, and a 3-replica job waits (and expires) rather than run on two nodes of one owner.
func TestReplicasHaveDistinctOwners(t *testing.T) {
	f := newFixture(t, 4)
	for i := uint64(0); i < 3; i++ {
		n := f.reg.nodes[i]
		n.Owner = addr(0).String()
		f.reg.nodes[i] = n
	}
	id := f.submit(t, wasmJob(2, 2))
	j := f.job(t, id)
	require.Equal(t, types.JOB_STATUS_ASSIGNED, j.Status)
	owners := map[string]bool{}
	for _, n := range j.Nodes {
		owners[f.reg.nodes[n].Owner] = true
	}
	require.Len(t, owners, 2, "nodes %v share an owner", j.Nodes)

	id = f.submit(t, wasmJob(3, 2))
	require.Equal(t, types.JOB_STATUS_QUEUED, f.job(t, id).Status, "only two owners exist: a 3-replica job cannot be matched")
	f.checkEscrow(t)
}
