// Package keeper is x/compute's state and logic: jobs and their escrow, automatic matching over
// x/attestation's active-node index, commit-reveal of wasm results, on-chain Groth16
// verification, settlement with the protocol burn, and refunds.
package keeper

import (
	"cosmossdk.io/collections"
	"cosmossdk.io/collections/indexes"
	"cosmossdk.io/core/store"

	"github.com/cosmos/cosmos-sdk/codec"

	"github.com/dpn-network/dpn/x/compute/types"
)

// JobIndexes are the secondary indexes of Jobs.
type JobIndexes struct {
	// Status lists jobs by status (the queue of unassigned jobs is its QUEUED prefix).
	Status *indexes.Multi[int32, uint64, types.Job]
}

// IndexesList implements collections.Indexes.
func (i JobIndexes) IndexesList() []collections.Index[uint64, types.Job] {
	return []collections.Index[uint64, types.Job]{i.Status}
}

// Keeper owns x/compute's store.
type Keeper struct {
	cdc         codec.BinaryCodec
	authority   string
	bank        types.BankKeeper
	accounts    types.AccountKeeper
	attestation types.AttestationKeeper
	pricing     types.PricingKeeper

	Schema    collections.Schema
	Params    collections.Item[types.Params]
	Jobs      *collections.IndexedMap[uint64, types.Job, JobIndexes]
	NextJobID collections.Sequence
	// Deadlines orders open jobs by the height that ends their current phase.
	Deadlines collections.KeySet[collections.Pair[int64, uint64]]
	// Submissions holds the current round's commitments and reveals, by (job, node).
	Submissions collections.Map[collections.Pair[uint64, uint64], types.Submission]
	Results     collections.Map[uint64, types.Result]
	Settlements collections.Map[uint64, types.SettlementRecord]
	// NextSettlementID numbers the records x/bridge batches.
	NextSettlementID collections.Sequence
	NodeStats        collections.Map[uint64, types.NodeStats]
	// NodeJobs lists the open jobs assigned to each node: what its agent must run.
	NodeJobs collections.KeySet[collections.Pair[uint64, uint64]]
	// TotalLoad is what all running jobs hold: the demand side of utilization.
	TotalLoad collections.Item[types.Resources]
	// Payouts holds the nodes whose fees settle on an L2.
	Payouts collections.Map[uint64, types.L2Payout]
}

// NewKeeper builds the keeper. authority is the only address allowed to change params.
func NewKeeper(cdc codec.BinaryCodec, storeService store.KVStoreService, authority string,
	bank types.BankKeeper, accounts types.AccountKeeper, attestation types.AttestationKeeper, pricing types.PricingKeeper,
) Keeper {
	sb := collections.NewSchemaBuilder(storeService)
	pair := collections.PairKeyCodec(collections.Uint64Key, collections.Uint64Key)
	k := Keeper{
		cdc: cdc, authority: authority, bank: bank, accounts: accounts, attestation: attestation, pricing: pricing,
		Params: collections.NewItem(sb, types.ParamsKey, "params", codec.CollValue[types.Params](cdc)),
		Jobs: collections.NewIndexedMap(sb, types.JobsKey, "jobs", collections.Uint64Key, codec.CollValue[types.Job](cdc), JobIndexes{
			Status: indexes.NewMulti(sb, types.JobsByStatusKey, "jobs_by_status", collections.Int32Key, collections.Uint64Key,
				func(_ uint64, j types.Job) (int32, error) { return int32(j.Status), nil }),
		}),
		NextJobID:        collections.NewSequence(sb, types.NextJobIDKey, "next_job_id"),
		Deadlines:        collections.NewKeySet(sb, types.DeadlinesKey, "deadlines", collections.PairKeyCodec(collections.Int64Key, collections.Uint64Key)),
		Submissions:      collections.NewMap(sb, types.SubmissionsKey, "submissions", pair, codec.CollValue[types.Submission](cdc)),
		Results:          collections.NewMap(sb, types.ResultsKey, "results", collections.Uint64Key, codec.CollValue[types.Result](cdc)),
		Settlements:      collections.NewMap(sb, types.SettlementsKey, "settlements", collections.Uint64Key, codec.CollValue[types.SettlementRecord](cdc)),
		NextSettlementID: collections.NewSequence(sb, types.NextSettlementIDKey, "next_settlement_id"),
		NodeStats:        collections.NewMap(sb, types.NodeStatsKey, "node_stats", collections.Uint64Key, codec.CollValue[types.NodeStats](cdc)),
		NodeJobs:         collections.NewKeySet(sb, types.NodeJobsKey, "node_jobs", pair),
		TotalLoad:        collections.NewItem(sb, types.TotalLoadKey, "total_load", codec.CollValue[types.Resources](cdc)),
		Payouts:          collections.NewMap(sb, types.PayoutsKey, "payouts", collections.Uint64Key, codec.CollValue[types.L2Payout](cdc)),
	}
	schema, err := sb.Build()
	if err != nil {
		panic(err)
	}
	k.Schema = schema
	return k
}

// Authority returns the address allowed to change params.
func (k Keeper) Authority() string { return k.authority }
