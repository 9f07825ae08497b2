package keeper_test

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dpn-network/dpn/contracts/eip712"
	"github.com/dpn-network/dpn/x/bridge/types"
	computetypes "github.com/dpn-network/dpn/x/compute/types"
)

// buyerChecksummed is the L2 address that pays in these tests.
const buyerChecksummed = "0x00000000000000000000000000000000000000B1"

// milliEth is n × 10^15 wei (n thousandths of an ETH).
func milliEth(n int64) math.Int { return math.NewInt(n).Mul(math.NewInt(1_000_000_000_000_000)) }

func dpnAccount(i byte) string { return sdk.AccAddress(bytes.Repeat([]byte{i}, 20)).String() }

func purchase(nonce uint64, account string, amount math.Int) types.L2Event {
	return types.L2Event{Destination: "optimism", Source: types.EVENT_SOURCE_PURCHASES, Nonce: nonce, L2Height: 100 + nonce,
		TxHash: bytes.Repeat([]byte{byte(nonce)}, 32), Purchase: &types.Purchase{Buyer: buyerChecksummed, DpnAccount: account,
			AmountWei: amount, PurchaseId: bytes.Repeat([]byte{0xee, byte(nonce)}, 16), GasPaidWei: math.NewInt(7)}}
}

func redemption(nonce uint64, account []byte, value math.Int) types.L2Event {
	return types.L2Event{Destination: "optimism", Source: types.EVENT_SOURCE_REDEMPTIONS, Nonce: nonce, L2Height: 200 + nonce,
		TxHash: bytes.Repeat([]byte{0xd0 + byte(nonce)}, 32), Redemption: &types.Redemption{Partition: bytes.Repeat([]byte{0xb}, 32),
			From: buyerChecksummed, Value: value, DpnAccount: account}}
}

// report is a commit in which the validators in who each report events.
func (f *fixture) report(who []int, events ...types.L2Event) []types.ValidatorPart {
	parts := map[int]*types.BridgeVote{}
	for _, i := range who {
		parts[i] = &types.BridgeVote{Events: events}
	}
	return f.votes(parts)
}

func (f *fixture) observation(t *testing.T, src types.EventSource, after uint64) []types.Observation {
	t.Helper()
	res, err := f.q.Observations(f.Ctx, &types.QueryObservationsRequest{Destination: "optimism", Source: types.SourceName(src), After: after})
	require.NoError(t, err)
	return res.Observations
}

func (f *fixture) state(t *testing.T, dest string) types.DestinationState {
	t.Helper()
	st, err := f.k.Destinations.Get(f.Ctx, dest)
	require.NoError(t, err)
	return st
}

// observeFixture: four validators of equal power, ETH at 6,000 DPN (ETH $3,000, DPN $0.50)
// and a treasury of 1,000 DPN.
func observeFixture(t *testing.T) *fixture {
	f := newFixture(t, 4, 4)
	f.endBlock(t)
	f.pricing.dpnPerEth = math.LegacyNewDec(6000)
	f.chain.balances[types.TreasuryName] = math.NewInt(1_000_000_000)
	return f
}

// A purchase reported by more than 2/3 of the power is credited once, at ETH × DPN per ETH ×
// (1 − spread); reported again, it is not credited again.
func TestPurchaseCreditedOnce(t *testing.T) {
	f := observeFixture(t)
	acct := dpnAccount(7)
	e := purchase(1, acct, milliEth(10)) // 0.01 ETH = 60 DPN, less 0.5 %
	require.NoError(t, f.k.ApplyVotes(f.Ctx, f.report([]int{0, 1, 2}, e)))
	want := math.NewInt(59_700_000)
	require.Equal(t, want, f.chain.accounts[acct])
	require.Equal(t, math.NewInt(1_000_000_000).Sub(want), f.chain.bal(types.TreasuryName))
	obs := f.observation(t, types.EVENT_SOURCE_PURCHASES, 0)
	require.Len(t, obs, 1)
	require.Equal(t, types.OUTCOME_CREDITED, obs[0].Outcome)
	require.Equal(t, want, obs[0].Udpn)
	require.Equal(t, e.Hash(), obs[0].Hash)
	require.EqualValues(t, 1, f.state(t, "optimism").AppliedPurchaseNonce)
	f.checkInvariants(t)

	f.next(t)
	require.NoError(t, f.k.ApplyVotes(f.Ctx, f.report([]int{0, 1, 2, 3}, e)))
	require.Equal(t, want, f.chain.accounts[acct], "credited exactly once")
	res, err := f.q.Credits(f.Ctx, &types.QueryCreditsRequest{Account: acct})
	require.NoError(t, err)
	require.Len(t, res.Credits, 1)
	require.Equal(t, want, res.Outflow)
	require.Equal(t, math.NewInt(1_000_000_000).Sub(want), res.Treasury)
	f.checkInvariants(t)
}

// Exactly 2/3 of the power is not enough; a lying minority neither applies its version nor
// stops the honest one, and the conflict is kept as evidence.
func TestObservationThresholdAndConflicts(t *testing.T) {
	f := newFixture(t, 3, 3)
	f.endBlock(t)
	f.pricing.dpnPerEth = math.LegacyNewDec(10000)
	f.chain.balances[types.TreasuryName] = math.NewInt(1_000_000_000)
	acct := dpnAccount(7)
	e := purchase(1, acct, milliEth(1))
	require.NoError(t, f.k.ApplyVotes(f.Ctx, f.report([]int{0, 1}, e)))
	require.Empty(t, f.observation(t, types.EVENT_SOURCE_PURCHASES, 0), "exactly 2/3 of the power applies nothing")
	st, err := f.k.Destinations.Get(f.Ctx, "optimism")
	require.True(t, err != nil || st.AppliedPurchaseNonce == 0)

	lie := purchase(1, dpnAccount(9), milliEth(1000)) // a lying RPC: another account, more ETH
	parts := map[int]*types.BridgeVote{0: {Events: []types.L2Event{e}}, 1: {Events: []types.L2Event{e}}, 2: {Events: []types.L2Event{lie}}}
	require.NoError(t, f.k.ApplyVotes(f.Ctx, f.votes(parts)))
	require.Empty(t, f.observation(t, types.EVENT_SOURCE_PURCHASES, 0))
	ev, err := f.q.Events(f.Ctx, &types.QueryEventsRequest{})
	require.NoError(t, err)
	require.Len(t, ev.Conflicts, 1)
	require.Len(t, ev.Conflicts[0].Reports, 2)
	require.Equal(t, e.Hash(), ev.Conflicts[0].Reports[0].Hash, "the version with the most power first")
	require.Len(t, ev.Conflicts[0].Reports[1].Validators, 1)

	f.addValidator(t, 3, 100)
	f.next(t)
	parts[3] = &types.BridgeVote{Events: []types.L2Event{e}}
	require.NoError(t, f.k.ApplyVotes(f.Ctx, f.votes(parts)))
	obs := f.observation(t, types.EVENT_SOURCE_PURCHASES, 0)
	require.Len(t, obs, 1, "3 of 4 honest validators apply the true event")
	require.Equal(t, e.Hash(), obs[0].Hash)
	require.True(t, f.chain.accounts[dpnAccount(9)].IsNil(), "the lie credits nobody")
	f.checkInvariants(t)
}

// Events apply in strict nonce order: a gap stalls the source (and only that source); the
// next block with the missing nonce applies everything after it at once.
func TestObservationNonceOrder(t *testing.T) {
	f := observeFixture(t)
	acct := dpnAccount(7)
	e1, e2, e3 := purchase(1, acct, milliEth(1)), purchase(2, acct, milliEth(2)), purchase(3, acct, milliEth(3))
	r1 := redemption(1, []byte(acct), math.ZeroInt())
	require.NoError(t, f.k.ApplyVotes(f.Ctx, f.report([]int{0, 1, 2, 3}, e2, e3, r1)))
	require.Empty(t, f.observation(t, types.EVENT_SOURCE_PURCHASES, 0), "nonce 1 missing: nothing applies")
	require.Len(t, f.observation(t, types.EVENT_SOURCE_REDEMPTIONS, 0), 1, "the other source goes on")
	ev, err := f.q.Events(f.Ctx, &types.QueryEventsRequest{})
	require.NoError(t, err)
	for _, s := range ev.Sources {
		if s.Destination == "optimism" && s.Source == types.EVENT_SOURCE_PURCHASES {
			require.Zero(t, s.AppliedNonce)
			require.Empty(t, s.Next, "nobody reported nonce 1")
			require.EqualValues(t, 400, s.TotalPower)
		}
	}
	f.next(t)
	require.NoError(t, f.k.ApplyVotes(f.Ctx, f.report([]int{0, 1, 2}, e1, e2, e3)))
	obs := f.observation(t, types.EVENT_SOURCE_PURCHASES, 0)
	require.Len(t, obs, 3)
	require.EqualValues(t, 3, f.state(t, "optimism").AppliedPurchaseNonce)
	after := f.observation(t, types.EVENT_SOURCE_PURCHASES, 2)
	require.Len(t, after, 1)
	require.EqualValues(t, 3, after[0].Event.Nonce)
	f.checkInvariants(t)
}

// A purchase that cannot be credited (malformed or blocked account, no rate, an empty
// treasury, a failing bank) is refunded in ETH through the next batch: the batch's digest
// covers the refund, and the chain goes on.
func TestPurchaseRefunds(t *testing.T) {
	f := observeFixture(t)
	blocked := sdk.AccAddress(f.chain.GetModuleAddress(types.ModuleName)).String()
	events := []types.L2Event{
		purchase(1, "dpn1notanaddress", milliEth(1)),
		purchase(2, blocked, milliEth(2)),
		purchase(3, dpnAccount(7), milliEth(1_000_000)), // 6 M DPN: more than the treasury holds
	}
	require.NoError(t, f.k.ApplyVotes(f.Ctx, f.report([]int{0, 1, 2, 3}, events...)))
	f.pricing.dpnPerEth = math.LegacyDec{}
	f.next(t)
	require.NoError(t, f.k.ApplyVotes(f.Ctx, f.report([]int{0, 1, 2, 3}, purchase(4, dpnAccount(7), milliEth(4)))))
	f.pricing.dpnPerEth = math.LegacyNewDec(10000)
	f.chain.failSend = true
	f.next(t)
	require.NoError(t, f.k.ApplyVotes(f.Ctx, f.report([]int{0, 1, 2, 3}, purchase(5, dpnAccount(7), milliEth(5)))))
	f.chain.failSend = false

	obs := f.observation(t, types.EVENT_SOURCE_PURCHASES, 0)
	require.Len(t, obs, 5)
	for i, o := range obs {
		require.Equal(t, types.OUTCOME_REFUNDED, o.Outcome, "purchase %d", i+1)
		require.True(t, o.Udpn.IsZero())
		require.NotEmpty(t, o.Reason)
	}
	require.Contains(t, obs[0].Reason, "not a DPN address")
	require.Contains(t, obs[1].Reason, "may not receive")
	require.Contains(t, obs[2].Reason, "treasury holds")
	require.Contains(t, obs[3].Reason, "rate")
	require.Contains(t, obs[4].Reason, "bank is down")
	require.Equal(t, math.NewInt(1_000_000_000), f.chain.bal(types.TreasuryName), "nothing left the treasury")
	require.Empty(t, f.chain.accounts)

	f.endBlock(t)
	res, err := f.q.Batches(f.Ctx, &types.QueryBatchesRequest{Destination: "optimism"})
	require.NoError(t, err)
	require.Len(t, res.Batches, 1)
	b := res.Batches[0]
	require.Len(t, b.Refunds, 5)
	require.Empty(t, b.Records)
	require.True(t, b.Total.IsZero(), "refunds move no udpn")
	for i, r := range b.Refunds {
		require.EqualValues(t, i+1, r.PurchaseNonce)
		require.Equal(t, buyerChecksummed, r.To)
		require.Equal(t, events0Amount(i), r.AmountWei)
	}
	d, _ := testParams().Destination("optimism")
	var to []common.Address
	var wei []*big.Int
	for _, r := range b.Refunds {
		to = append(to, common.HexToAddress(r.To))
		wei = append(wei, r.AmountWei.BigInt())
	}
	want := eip712.BatchDigest(d.Domain(f.Ctx.ChainID()), eip712.Batch{Nonce: 1, L2ChainID: big.NewInt(10), Timeout: b.Timeout,
		Partition: [32]byte(d.Partition), RefundTo: to, RefundWei: wei, ClaimTotal: new(big.Int)})
	one, err := f.q.Batch(f.Ctx, &types.QueryBatchRequest{Destination: "optimism", Nonce: 1})
	require.NoError(t, err)
	require.Equal(t, want.Bytes(), one.Digest, "the batch digest is the contract's, refunds included")
	gs, err := f.k.ExportGenesis(f.Ctx)
	require.NoError(t, err)
	require.Empty(t, gs.PendingRefunds, "refunds left the queue for the batch")
}

func events0Amount(i int) math.Int {
	return []math.Int{milliEth(1), milliEth(2), milliEth(1_000_000), milliEth(4), milliEth(5)}[i]
}

// DPN redeemed on an L2 leaves that destination's escrow for the account the redemption
// names; a malformed account has the DPN re-issued to the holder on the L2; less than one
// udpn is dust; more than the escrow releases nothing.
func TestRedemptions(t *testing.T) {
	f := observeFixture(t)
	f.chain.payout(1, "optimism", recipient, 5_000_000)
	f.next(t)
	f.endBlock(t) // batch 1 moves 5 DPN into optimism's escrow
	require.Equal(t, math.NewInt(5_000_000), f.state(t, "optimism").Escrow)

	acct := dpnAccount(8)
	token := func(udpn int64) math.Int { return math.NewInt(udpn).Mul(math.NewInt(1_000_000_000_000)) }
	events := []types.L2Event{
		redemption(1, []byte(acct), token(1_000_000).AddRaw(5)), // 1 DPN and 5 units of dust
		redemption(2, []byte("not an account"), token(2_000_000)),
		redemption(3, []byte(acct), math.NewInt(999_999_999_999)),
		redemption(4, []byte(acct), token(3_000_000)), // the escrow now holds 2 DPN
	}
	f.next(t)
	require.NoError(t, f.k.ApplyVotes(f.Ctx, f.report([]int{0, 1, 2, 3}, events...)))
	obs := f.observation(t, types.EVENT_SOURCE_REDEMPTIONS, 0)
	require.Len(t, obs, 4)
	require.Equal(t, []types.Outcome{types.OUTCOME_RELEASED, types.OUTCOME_REFUNDED, types.OUTCOME_DUST, types.OUTCOME_REFUNDED},
		[]types.Outcome{obs[0].Outcome, obs[1].Outcome, obs[2].Outcome, obs[3].Outcome})
	require.Equal(t, math.NewInt(1_000_000), f.chain.accounts[acct])
	st := f.state(t, "optimism")
	require.Equal(t, math.NewInt(2_000_000), st.Escrow, "5 − 1 released − 2 re-queued")
	require.Equal(t, math.NewInt(3_000_000), st.Redeemed)
	f.checkInvariants(t)

	pend, err := f.q.Pending(f.Ctx, &types.QueryPendingRequest{Destination: "optimism"})
	require.NoError(t, err)
	require.Len(t, pend.Records, 1, "the malformed redemption is re-issued to its holder")
	require.Equal(t, buyerChecksummed, pend.Records[0].Record.Recipient)
	require.Equal(t, math.NewInt(2_000_000), pend.Records[0].Record.Amount)
	require.GreaterOrEqual(t, pend.Records[0].Record.RecordId, types.ReissueIDBase)
	f.endBlock(t)
	st = f.state(t, "optimism")
	require.Equal(t, math.NewInt(4_000_000), st.Escrow, "re-issued DPN is backed again once batched")
	require.Equal(t, st.Issued.Sub(st.Redeemed), st.Escrow)
}

// Observations, conflicts, refunds, the outflow and the re-issue counter survive an export
// and an import.
func TestObservationGenesisRoundTrip(t *testing.T) {
	f := observeFixture(t)
	acct := dpnAccount(7)
	require.NoError(t, f.k.ApplyVotes(f.Ctx, f.report([]int{0, 1, 2, 3}, purchase(1, acct, milliEth(1)), purchase(2, "dpn1bad", milliEth(1)))))
	parts := map[int]*types.BridgeVote{0: {Events: []types.L2Event{purchase(3, acct, milliEth(1))}}, 1: {Events: []types.L2Event{purchase(3, acct, milliEth(2))}}}
	require.NoError(t, f.k.ApplyVotes(f.Ctx, f.votes(parts)))
	gs, err := f.k.ExportGenesis(f.Ctx)
	require.NoError(t, err)
	require.Len(t, gs.Observations, 2)
	require.Len(t, gs.Conflicts, 1)
	require.Len(t, gs.PendingRefunds, 1)
	require.True(t, gs.TreasuryOutflow.IsPositive())
	require.NoError(t, gs.Validate())

	g := newFixture(t, 4, 0)
	g.chain.balances = f.chain.balances
	require.NoError(t, g.k.InitGenesis(g.Ctx, *gs))
	again, err := g.k.ExportGenesis(g.Ctx)
	require.NoError(t, err)
	require.Equal(t, gs.Observations, again.Observations)
	require.Equal(t, gs.Conflicts, again.Conflicts)
	require.Equal(t, gs.PendingRefunds, again.PendingRefunds)
	require.Equal(t, gs.TreasuryOutflow, again.TreasuryOutflow)
	res, err := g.q.Credits(g.Ctx, &types.QueryCreditsRequest{Account: acct})
	require.NoError(t, err)
	require.Len(t, res.Credits, 1, "the account index is rebuilt")
}

// Query rejections are InvalidArgument and change nothing.
func TestObservationQueryRejections(t *testing.T) {
	f := observeFixture(t)
	_, err := f.q.Observations(f.Ctx, &types.QueryObservationsRequest{Destination: "optimism", Source: "orders"})
	require.ErrorContains(t, err, "InvalidArgument")
	_, err = f.q.Credits(f.Ctx, &types.QueryCreditsRequest{Account: "cosmos1xyz"})
	require.ErrorContains(t, err, "InvalidArgument")
	_, err = f.q.Credits(f.Ctx, nil)
	require.ErrorContains(t, err, "InvalidArgument")
}

func jobEvent(nonce uint64, delivered bool, job uint64, team string) types.L2Event {
	id := make([]byte, 32)
	for i := 0; i < 8; i++ {
		id[31-i] = byte(job >> (8 * i))
	}
	return types.L2Event{Destination: "optimism", Source: types.EVENT_SOURCE_JOBS, Nonce: nonce, L2Height: 300 + nonce,
		TxHash: bytes.Repeat([]byte{0xc0 + byte(nonce)}, 32), Job: &types.JobEvent{Delivered: delivered, JobId: id, Team: team,
			VkId: bytes.Repeat([]byte{1}, 32), InputsHash: bytes.Repeat([]byte{2}, 32)}}
}

// An L2 team's order is recorded; a proof delivered on the L2 to the team the chain's proof
// order names closes that order, and a delivery to another team (or of no DPN job) does not.
func TestJobEvents(t *testing.T) {
	f := observeFixture(t)
	for _, j := range []uint64{7, 9} {
		f.chain.jobs[j] = computetypes.Job{Id: j, Kind: computetypes.JOB_KIND_GROTH16}
		f.chain.records = append(f.chain.records, computetypes.SettlementRecord{Id: j, JobId: j, Chain: "optimism", Recipient: recipient,
			Amount: sdk.NewInt64Coin(denom, 5), Kind: computetypes.SETTLEMENT_KIND_RESULT})
	}
	f.endBlock(t)
	other := "0x00000000000000000000000000000000000000C3"
	foreign := jobEvent(4, true, 0, recipient)
	foreign.Job.JobId[0] = 1 // an id no DPN job has
	require.NoError(t, f.k.ApplyVotes(f.Ctx, f.report([]int{0, 1, 2, 3},
		jobEvent(1, false, 7, recipient), jobEvent(2, true, 7, recipient), jobEvent(3, true, 9, other), foreign)))
	obs := f.observation(t, types.EVENT_SOURCE_JOBS, 0)
	require.Len(t, obs, 4)
	require.Equal(t, []types.Outcome{types.OUTCOME_ORDERED, types.OUTCOME_DELIVERED, types.OUTCOME_DELIVERED, types.OUTCOME_DELIVERED},
		[]types.Outcome{obs[0].Outcome, obs[1].Outcome, obs[2].Outcome, obs[3].Outcome})
	require.Empty(t, obs[1].Reason)
	require.Contains(t, obs[2].Reason, "another team")
	require.Contains(t, obs[3].Reason, "no DPN job")
	res, err := f.q.ProofOrders(f.Ctx, &types.QueryProofOrdersRequest{Destination: "optimism"})
	require.NoError(t, err)
	require.Len(t, res.Orders, 1, "job 7's order is done; job 9's was delivered to someone else")
	require.EqualValues(t, 9, res.Orders[0].JobId)
	f.checkInvariants(t)
}
