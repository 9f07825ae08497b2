package keeper

import (
	"context"

	"cosmossdk.io/collections"

	"github.com/dpn-network/dpn/x/compute/types"
)

// InitGenesis loads the state; indexes (status, deadlines, node jobs) are rebuilt from the jobs.
func (k Keeper) InitGenesis(ctx context.Context, gs types.GenesisState) error {
	if err := gs.Validate(); err != nil {
		return err
	}
	if err := k.Params.Set(ctx, gs.Params); err != nil {
		return err
	}
	for _, j := range gs.Jobs {
		if err := k.Jobs.Set(ctx, j.Id, j); err != nil {
			return err
		}
		if j.DeadlineHeight != 0 {
			if err := k.Deadlines.Set(ctx, collections.Join(j.DeadlineHeight, j.Id)); err != nil {
				return err
			}
		}
		if j.IsOpen() {
			for _, n := range j.Nodes {
				if err := k.NodeJobs.Set(ctx, collections.Join(n, j.Id)); err != nil {
					return err
				}
			}
		}
	}
	if err := k.NextJobID.Set(ctx, gs.NextJobId); err != nil {
		return err
	}
	for _, s := range gs.Submissions {
		if err := k.Submissions.Set(ctx, collections.Join(s.JobId, s.NodeIndex), s); err != nil {
			return err
		}
	}
	for _, r := range gs.Results {
		if err := k.Results.Set(ctx, r.JobId, r); err != nil {
			return err
		}
	}
	for _, s := range gs.Settlements {
		if err := k.Settlements.Set(ctx, s.Id, s); err != nil {
			return err
		}
	}
	if err := k.NextSettlementID.Set(ctx, gs.NextSettlementId); err != nil {
		return err
	}
	for _, e := range gs.Payouts {
		if err := k.Payouts.Set(ctx, e.NodeIndex, e.Payout); err != nil {
			return err
		}
	}
	var total types.Resources
	for _, e := range gs.NodeStats {
		if err := k.NodeStats.Set(ctx, e.NodeIndex, e.Stats); err != nil {
			return err
		}
		total = total.Add(e.Stats.Load)
	}
	// The total load is the sum of the nodes' loads, not exported separately.
	if total != (types.Resources{}) {
		return k.TotalLoad.Set(ctx, total)
	}
	return nil
}

// ExportGenesis writes the state out.
func (k Keeper) ExportGenesis(ctx context.Context) (*types.GenesisState, error) {
	gs := &types.GenesisState{}
	var err error
	if gs.Params, err = k.Params.Get(ctx); err != nil {
		return nil, err
	}
	if err := k.Jobs.Walk(ctx, nil, func(_ uint64, j types.Job) (bool, error) {
		gs.Jobs = append(gs.Jobs, j)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if gs.NextJobId, err = k.NextJobID.Peek(ctx); err != nil {
		return nil, err
	}
	if err := k.Submissions.Walk(ctx, nil, func(_ collections.Pair[uint64, uint64], s types.Submission) (bool, error) {
		gs.Submissions = append(gs.Submissions, s)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.Results.Walk(ctx, nil, func(_ uint64, r types.Result) (bool, error) {
		gs.Results = append(gs.Results, r)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.Settlements.Walk(ctx, nil, func(_ uint64, s types.SettlementRecord) (bool, error) {
		gs.Settlements = append(gs.Settlements, s)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if gs.NextSettlementId, err = k.NextSettlementID.Peek(ctx); err != nil {
		return nil, err
	}
	if err := k.NodeStats.Walk(ctx, nil, func(n uint64, s types.NodeStats) (bool, error) {
		gs.NodeStats = append(gs.NodeStats, types.NodeStatsEntry{NodeIndex: n, Stats: s})
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.Payouts.Walk(ctx, nil, func(n uint64, p types.L2Payout) (bool, error) {
		gs.Payouts = append(gs.Payouts, types.PayoutEntry{NodeIndex: n, Payout: p})
		return false, nil
	}); err != nil {
		return nil, err
	}
	return gs, nil
}
