package keeper

import (
	"context"
	"errors"
	"fmt"
	"sort"

	"cosmossdk.io/collections"
	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	attestationtypes "github.com/dpn-network/dpn/x/attestation/types"
	"github.com/dpn-network/dpn/x/compute/types"
)

// Reputation steps: an honest result earns a little, a fault costs much more, and nodes far
// below zero are no longer matched.
const (
	reputationReward = 1
	reputationFault  = 10
	minReputation    = -50
)

// setPhase stores job with a new status and phase deadline, keeping the deadline index in
// step. deadline 0 means none (a terminal status).
func (k Keeper) setPhase(ctx context.Context, job *types.Job, status types.JobStatus, deadline int64) error {
	if job.DeadlineHeight != 0 {
		if err := k.Deadlines.Remove(ctx, collections.Join(job.DeadlineHeight, job.Id)); err != nil {
			return err
		}
	}
	job.Status, job.DeadlineHeight = status, deadline
	if deadline != 0 {
		if err := k.Deadlines.Set(ctx, collections.Join(deadline, job.Id)); err != nil {
			return err
		}
	}
	return k.Jobs.Set(ctx, job.Id, *job)
}

func height(ctx context.Context) int64 { return sdk.UnwrapSDKContext(ctx).BlockHeight() }

// tryAssign picks the job's nodes if enough active nodes fit it. Matching is deterministic:
// it scans at most max_match_scan active nodes of the job's region and tier from the
// registry's index, starting at an offset derived from the job id so that load spreads,
// keeps those with room for the resources and a reputation above the floor, and takes the
// best by (reputation, fewest running jobs, index), at most one node per owner: the
// replicas of a job check each other only if no one controls two of them.
func (k Keeper) tryAssign(ctx context.Context, job *types.Job, params types.Params) (bool, error) {
	excluded := make(map[uint64]bool, len(job.Excluded))
	for _, n := range job.Excluded {
		excluded[n] = true
	}
	type candidate struct {
		index uint64
		owner string
		stats types.NodeStats
	}
	var cands []candidate
	var scanErr error
	start := job.Id * 0x9E3779B97F4A7C15 >> 40 // spread start points; the registry wraps around
	err := k.attestation.ActiveNodes(ctx, job.Region, attestationtypes.Tier(job.Tier), start, params.MaxMatchScan, func(n attestationtypes.Node) bool {
		if excluded[n.Index] {
			return false
		}
		stats, err := k.nodeStats(ctx, n.Index)
		if err != nil {
			scanErr = err
			return true
		}
		if stats.Reputation < minReputation || !job.Resources.Fits(n.Capacity, stats.Load) {
			return false
		}
		cands = append(cands, candidate{n.Index, n.Owner, stats})
		return false
	})
	if err != nil {
		return false, err
	}
	if scanErr != nil {
		return false, scanErr
	}
	sort.Slice(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.stats.Reputation != b.stats.Reputation {
			return a.stats.Reputation > b.stats.Reputation
		}
		if a.stats.Load.CpuMillicores != b.stats.Load.CpuMillicores {
			return a.stats.Load.CpuMillicores < b.stats.Load.CpuMillicores
		}
		return a.index < b.index
	})
	picked := make([]candidate, 0, job.Replicas)
	owners := make(map[string]bool, job.Replicas)
	for _, c := range cands {
		if uint32(len(picked)) == job.Replicas {
			break
		}
		if owners[c.owner] {
			continue
		}
		owners[c.owner] = true
		picked = append(picked, c)
	}
	if uint32(len(picked)) < job.Replicas {
		return false, nil
	}
	job.Nodes = job.Nodes[:0]
	for _, c := range picked {
		c.stats.Load = c.stats.Load.Add(job.Resources)
		if err := k.NodeStats.Set(ctx, c.index, c.stats); err != nil {
			return false, err
		}
		if err := k.NodeJobs.Set(ctx, collections.Join(c.index, job.Id)); err != nil {
			return false, err
		}
		job.Nodes = append(job.Nodes, c.index)
	}
	if err := k.addLoad(ctx, job.Resources, uint32(len(job.Nodes)), true); err != nil {
		return false, err
	}
	job.Attempts++
	deadline := height(ctx) + params.CommitWindowBlocks
	if err := k.setPhase(ctx, job, types.JOB_STATUS_ASSIGNED, deadline); err != nil {
		return false, err
	}
	return true, sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventJobAssigned{
		Id: job.Id, Nodes: job.Nodes, Attempt: job.Attempts, DeadlineHeight: deadline,
	})
}

func (k Keeper) nodeStats(ctx context.Context, index uint64) (types.NodeStats, error) {
	s, err := k.NodeStats.Get(ctx, index)
	if errors.Is(err, collections.ErrNotFound) {
		return types.NodeStats{}, nil
	}
	return s, err
}

// addLoad adds (or removes) n replicas of r to the total load.
func (k Keeper) addLoad(ctx context.Context, r types.Resources, n uint32, add bool) error {
	total, err := k.totalLoad(ctx)
	if err != nil {
		return err
	}
	for i := uint32(0); i < n; i++ {
		if add {
			total = total.Add(r)
		} else {
			total = total.Sub(r)
		}
	}
	return k.TotalLoad.Set(ctx, total)
}

func (k Keeper) totalLoad(ctx context.Context) (types.Resources, error) {
	t, err := k.TotalLoad.Get(ctx)
	if errors.Is(err, collections.ErrNotFound) {
		return types.Resources{}, nil
	}
	return t, err
}

// release frees the job's hold on its nodes and drops the round's submissions.
func (k Keeper) release(ctx context.Context, job *types.Job) error {
	if err := k.addLoad(ctx, job.Resources, uint32(len(job.Nodes)), false); err != nil {
		return err
	}
	for _, n := range job.Nodes {
		stats, err := k.nodeStats(ctx, n)
		if err != nil {
			return err
		}
		stats.Load = stats.Load.Sub(job.Resources)
		if err := k.NodeStats.Set(ctx, n, stats); err != nil {
			return err
		}
		if err := k.NodeJobs.Remove(ctx, collections.Join(n, job.Id)); err != nil {
			return err
		}
		if err := k.Submissions.Remove(ctx, collections.Join(job.Id, n)); err != nil {
			return err
		}
	}
	job.Nodes = nil
	return nil
}

// penalise burns part of the node's bond and lowers its reputation.
func (k Keeper) penalise(ctx context.Context, job *types.Job, node uint64, reason string, params types.Params) error {
	slashed, err := k.attestation.SlashNode(ctx, node, params.SlashBps, reason)
	if err != nil {
		return err
	}
	stats, err := k.nodeStats(ctx, node)
	if err != nil {
		return err
	}
	stats.Reputation -= reputationFault
	stats.Faults++
	if err := k.NodeStats.Set(ctx, node, stats); err != nil {
		return err
	}
	job.Excluded = append(job.Excluded, node)
	return sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventNodePenalised{
		JobId: job.Id, NodeIndex: node, Reason: reason, Slashed: slashed,
	})
}

// retryOrExpire ends a round without a result: the job goes back to the queue while attempts
// remain, else it expires with a full refund.
func (k Keeper) retryOrExpire(ctx context.Context, job *types.Job, params types.Params, reason string) error {
	if err := k.release(ctx, job); err != nil {
		return err
	}
	if job.Attempts < params.MaxAttempts {
		if err := k.setPhase(ctx, job, types.JOB_STATUS_QUEUED, height(ctx)+params.AssignTimeoutBlocks); err != nil {
			return err
		}
		_, err := k.tryAssign(ctx, job, params)
		return err
	}
	return k.expire(ctx, job, reason)
}

// expire refunds the whole escrow.
func (k Keeper) expire(ctx context.Context, job *types.Job, reason string) error {
	if err := k.refund(ctx, job); err != nil {
		return err
	}
	refunded := job.Escrow
	job.Escrow = sdk.NewCoin(job.Escrow.Denom, sdkmath.ZeroInt())
	if err := k.setPhase(ctx, job, types.JOB_STATUS_EXPIRED, 0); err != nil {
		return err
	}
	return sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventJobExpired{Id: job.Id, Reason: reason, Refunded: refunded})
}

func (k Keeper) refund(ctx context.Context, job *types.Job) error {
	buyer, err := sdk.AccAddressFromBech32(job.Buyer)
	if err != nil {
		return err
	}
	if job.Escrow.IsPositive() {
		if err := k.bank.SendCoinsFromModuleToAccount(ctx, types.ModuleName, buyer, sdk.NewCoins(job.Escrow)); err != nil {
			return err
		}
	}
	return k.release(ctx, job)
}

// settle pays the providers equally from the escrow after burning the protocol share (the
// rounding remainder is burned too), records the result and, if the buyer asked, a
// settlement record for x/bridge.
func (k Keeper) settle(ctx context.Context, job *types.Job, providers []uint64, result types.Result, params types.Params) error {
	escrow := job.Escrow.Amount
	burn := escrow.MulRaw(int64(params.BurnBps)).QuoRaw(10_000)
	each := escrow.Sub(burn).QuoRaw(int64(len(providers)))
	paid := each.MulRaw(int64(len(providers)))
	burn = escrow.Sub(paid)
	denom := job.Escrow.Denom
	var payouts []types.SettlementRecord
	for _, n := range providers {
		node, err := k.attestation.GetNode(ctx, n)
		if err != nil {
			return err
		}
		owner, err := sdk.AccAddressFromBech32(node.Owner)
		if err != nil {
			return err
		}
		payout, err := k.Payouts.Get(ctx, n)
		switch {
		case err == nil && each.IsPositive():
			// The fee stays in the module account, held for x/bridge to pay on the L2.
			payouts = append(payouts, types.SettlementRecord{Kind: types.SETTLEMENT_KIND_PAYOUT, NodeIndex: n,
				Chain: payout.Chain, Recipient: payout.Recipient, Amount: sdk.NewCoin(denom, each)})
		case err == nil:
		case !errors.Is(err, collections.ErrNotFound):
			return err
		case each.IsPositive():
			if err := k.bank.SendCoinsFromModuleToAccount(ctx, types.ModuleName, owner, sdk.NewCoins(sdk.NewCoin(denom, each))); err != nil {
				return err
			}
		}
		stats, err := k.nodeStats(ctx, n)
		if err != nil {
			return err
		}
		stats.Reputation += reputationReward
		stats.JobsSettled++
		if err := k.NodeStats.Set(ctx, n, stats); err != nil {
			return err
		}
	}
	if burn.IsPositive() {
		if err := k.bank.BurnCoins(ctx, types.ModuleName, sdk.NewCoins(sdk.NewCoin(denom, burn))); err != nil {
			return err
		}
	}
	if err := k.release(ctx, job); err != nil {
		return err
	}
	result.JobId, result.Providers, result.Height = job.Id, providers, height(ctx)
	result.Paid, result.Burned = sdk.NewCoin(denom, paid), sdk.NewCoin(denom, burn)
	if err := k.Results.Set(ctx, job.Id, result); err != nil {
		return err
	}
	job.Escrow = sdk.NewCoin(denom, sdkmath.ZeroInt())
	if err := k.setPhase(ctx, job, types.JOB_STATUS_SETTLED, 0); err != nil {
		return err
	}
	em := sdk.UnwrapSDKContext(ctx).EventManager()
	if err := em.EmitTypedEvent(&types.EventJobSettled{Id: job.Id, ResultHash: result.ResultHash, Providers: providers, Paid: result.Paid, Burned: result.Burned}); err != nil {
		return err
	}
	if job.Payout.Chain != "" {
		payouts = append(payouts, types.SettlementRecord{Kind: types.SETTLEMENT_KIND_RESULT,
			Chain: job.Payout.Chain, Recipient: job.Payout.Recipient, Amount: result.Paid})
	}
	for _, rec := range payouts {
		id, err := k.NextSettlementID.Next(ctx)
		if err != nil {
			return err
		}
		rec.Id, rec.JobId, rec.Height = id, job.Id, height(ctx)
		if err := k.Settlements.Set(ctx, id, rec); err != nil {
			return err
		}
		if err := em.EmitTypedEvent(&types.EventSettlementRecorded{Id: id, JobId: job.Id, Chain: rec.Chain, Recipient: rec.Recipient, Amount: rec.Amount}); err != nil {
			return err
		}
	}
	return nil
}

// tally closes a wasm job's reveal phase: the result hash revealed by at least quorum nodes
// (at most one can, quorum being a majority) wins; its nodes are paid, nodes that revealed
// another hash or committed without revealing are penalised. Without a quorum the round is
// retried on other nodes.
func (k Keeper) tally(ctx context.Context, job *types.Job, params types.Params) error {
	counts := map[string]int{}
	subs := make(map[uint64]types.Submission, len(job.Nodes))
	for _, n := range job.Nodes {
		s, err := k.Submissions.Get(ctx, collections.Join(job.Id, n))
		if errors.Is(err, collections.ErrNotFound) {
			continue
		}
		if err != nil {
			return err
		}
		subs[n] = s
		if s.Revealed {
			counts[string(s.ResultHash)]++
		}
	}
	var winner string
	for h, c := range counts {
		if uint32(c) >= job.Quorum {
			winner = h
		}
	}
	nodes := append([]uint64(nil), job.Nodes...)
	if winner == "" {
		for _, n := range nodes {
			if s, ok := subs[n]; ok && !s.Revealed {
				if err := k.penalise(ctx, job, n, "no reveal", params); err != nil {
					return err
				}
			}
		}
		return k.retryOrExpire(ctx, job, params, fmt.Sprintf("no %d of %d nodes agreed", job.Quorum, job.Replicas))
	}
	var providers []uint64
	result := types.Result{ResultHash: []byte(winner)}
	for _, n := range nodes {
		s, ok := subs[n]
		switch {
		case ok && s.Revealed && string(s.ResultHash) == winner:
			providers = append(providers, n)
			result.Output = s.Output
			if len(result.OutputData) == 0 {
				result.OutputData = s.OutputData
			}
			if s.OutputUrl != "" {
				result.OutputUrls = append(result.OutputUrls, s.OutputUrl)
			}
		case ok && s.Revealed:
			if err := k.penalise(ctx, job, n, "minority result", params); err != nil {
				return err
			}
		case ok:
			if err := k.penalise(ctx, job, n, "no reveal", params); err != nil {
				return err
			}
		} // a node without a commitment was penalised when the commit window closed
	}
	return k.settle(ctx, job, providers, result, params)
}

// EndBlock ends every phase whose deadline is this height or earlier, then retries queued
// jobs, a bounded number per block.
func (k Keeper) EndBlock(ctx context.Context) error {
	params, err := k.Params.Get(ctx)
	if err != nil {
		return err
	}
	h := height(ctx)
	var due []uint64
	rng := new(collections.Range[collections.Pair[int64, uint64]]).EndInclusive(collections.Join(h, uint64(1<<63-1)))
	if err := k.Deadlines.Walk(ctx, rng, func(key collections.Pair[int64, uint64]) (bool, error) {
		due = append(due, key.K2())
		return false, nil
	}); err != nil {
		return err
	}
	for _, id := range due {
		job, err := k.Jobs.Get(ctx, id)
		if err != nil {
			return err
		}
		if err := k.phaseEnded(ctx, &job, params); err != nil {
			return err
		}
	}
	var queued []uint64
	if err := k.Jobs.Indexes.Status.Walk(ctx, collections.NewPrefixedPairRange[int32, uint64](int32(types.JOB_STATUS_QUEUED)), func(_ int32, id uint64) (bool, error) {
		queued = append(queued, id)
		return uint32(len(queued)) >= params.MaxAssignmentsPerBlock, nil
	}); err != nil {
		return err
	}
	for _, id := range queued {
		job, err := k.Jobs.Get(ctx, id)
		if err != nil {
			return err
		}
		if _, err := k.tryAssign(ctx, &job, params); err != nil {
			return err
		}
	}
	return k.reportUtilization(ctx)
}

// reportUtilization tells x/pricing what share of the active capacity running jobs hold.
// Nothing is reported while no node is active.
func (k Keeper) reportUtilization(ctx context.Context) error {
	capacity, err := k.attestation.ActiveCapacity(ctx)
	if err != nil {
		return err
	}
	if capacity.CpuMillicores == 0 {
		return nil
	}
	load, err := k.totalLoad(ctx)
	if err != nil {
		return err
	}
	return k.pricing.ReportUtilization(ctx, load, capacity)
}

func (k Keeper) phaseEnded(ctx context.Context, job *types.Job, params types.Params) error {
	switch job.Status {
	case types.JOB_STATUS_QUEUED:
		return k.expire(ctx, job, "no matching nodes before the assignment timeout")
	case types.JOB_STATUS_ASSIGNED:
		if job.Kind == types.JOB_KIND_GROTH16 {
			for _, n := range append([]uint64(nil), job.Nodes...) {
				if err := k.penalise(ctx, job, n, "no proof before the deadline", params); err != nil {
					return err
				}
			}
			return k.retryOrExpire(ctx, job, params, "no valid proof")
		}
		committed := 0
		for _, n := range append([]uint64(nil), job.Nodes...) {
			ok, err := k.Submissions.Has(ctx, collections.Join(job.Id, n))
			if err != nil {
				return err
			}
			if ok {
				committed++
			} else if err := k.penalise(ctx, job, n, "no commitment", params); err != nil {
				return err
			}
		}
		if uint32(committed) >= job.Quorum {
			return k.setPhase(ctx, job, types.JOB_STATUS_REVEALING, height(ctx)+params.RevealWindowBlocks)
		}
		return k.retryOrExpire(ctx, job, params, "too few commitments")
	case types.JOB_STATUS_REVEALING:
		return k.tally(ctx, job, params)
	}
	return k.setPhase(ctx, job, job.Status, 0)
}
