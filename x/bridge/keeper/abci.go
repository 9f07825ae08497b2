package keeper

import "context"

// EndBlock takes x/compute's new settlement records, makes a valset when the bonded set
// moved, renews timed-out batches, cuts new ones and judges the signatures due. It runs after
// x/compute's and x/staking's end-blockers, so a record settled in this block is batched in
// this block.
func (k Keeper) EndBlock(ctx context.Context) error {
	params, err := k.Params.Get(ctx)
	if err != nil {
		return err
	}
	if err := k.takeRecords(ctx); err != nil {
		return err
	}
	if err := k.maybeNewValset(ctx, params); err != nil {
		return err
	}
	if err := k.renewExpired(ctx, params); err != nil {
		return err
	}
	if err := k.cutBatches(ctx, params); err != nil {
		return err
	}
	return k.judgeDeadlines(ctx, params)
}
