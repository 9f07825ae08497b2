package keeper

import (
	"context"
	"errors"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"cosmossdk.io/collections"

	"github.com/cosmos/cosmos-sdk/types/query"

	"github.com/dpn-network/dpn/x/compute/types"
)

type queryServer struct{ k Keeper }

// NewQueryServerImpl returns the Query service.
func NewQueryServerImpl(k Keeper) types.QueryServer { return queryServer{k: k} }

var _ types.QueryServer = queryServer{}

func notFound(err error, format string, args ...any) error {
	if errors.Is(err, collections.ErrNotFound) {
		return status.Errorf(codes.NotFound, format, args...)
	}
	return status.Error(codes.Internal, err.Error())
}

func (q queryServer) Params(ctx context.Context, _ *types.QueryParamsRequest) (*types.QueryParamsResponse, error) {
	p, err := q.k.Params.Get(ctx)
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	return &types.QueryParamsResponse{Params: p}, nil
}

func (q queryServer) Job(ctx context.Context, req *types.QueryJobRequest) (*types.QueryJobResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	job, err := q.k.Jobs.Get(ctx, req.Id)
	if err != nil {
		return nil, notFound(err, "job %d", req.Id)
	}
	return &types.QueryJobResponse{Job: job}, nil
}

func (q queryServer) Jobs(ctx context.Context, req *types.QueryJobsRequest) (*types.QueryJobsResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	if req.Status == types.JOB_STATUS_UNSPECIFIED {
		jobs, page, err := query.CollectionPaginate(ctx, q.k.Jobs, req.Pagination, func(_ uint64, j types.Job) (types.Job, error) { return j, nil })
		if err != nil {
			return nil, status.Error(codes.InvalidArgument, err.Error())
		}
		return &types.QueryJobsResponse{Jobs: jobs, Pagination: page}, nil
	}
	jobs, page, err := query.CollectionPaginate(ctx, q.k.Jobs.Indexes.Status, req.Pagination,
		func(key collections.Pair[int32, uint64], _ collections.NoValue) (types.Job, error) {
			return q.k.Jobs.Get(ctx, key.K2())
		},
		query.WithCollectionPaginationPairPrefix[int32, uint64](int32(req.Status)))
	if err != nil {
		return nil, status.Error(codes.InvalidArgument, err.Error())
	}
	return &types.QueryJobsResponse{Jobs: jobs, Pagination: page}, nil
}

func (q queryServer) NodeJobs(ctx context.Context, req *types.QueryNodeJobsRequest) (*types.QueryJobsResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	var jobs []types.Job
	err := q.k.NodeJobs.Walk(ctx, collections.NewPrefixedPairRange[uint64, uint64](req.NodeIndex), func(key collections.Pair[uint64, uint64]) (bool, error) {
		j, err := q.k.Jobs.Get(ctx, key.K2())
		if err != nil {
			return true, err
		}
		jobs = append(jobs, j)
		return false, nil
	})
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	return &types.QueryJobsResponse{Jobs: jobs}, nil
}

func (q queryServer) Submissions(ctx context.Context, req *types.QuerySubmissionsRequest) (*types.QuerySubmissionsResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	var subs []types.Submission
	err := q.k.Submissions.Walk(ctx, collections.NewPrefixedPairRange[uint64, uint64](req.JobId), func(_ collections.Pair[uint64, uint64], s types.Submission) (bool, error) {
		subs = append(subs, s)
		return false, nil
	})
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	return &types.QuerySubmissionsResponse{Submissions: subs}, nil
}

func (q queryServer) Result(ctx context.Context, req *types.QueryResultRequest) (*types.QueryResultResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	r, err := q.k.Results.Get(ctx, req.JobId)
	if err != nil {
		return nil, notFound(err, "no result for job %d", req.JobId)
	}
	return &types.QueryResultResponse{Result: r}, nil
}

func (q queryServer) NodeStats(ctx context.Context, req *types.QueryNodeStatsRequest) (*types.QueryNodeStatsResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	s, err := q.k.nodeStats(ctx, req.NodeIndex)
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	return &types.QueryNodeStatsResponse{Stats: s}, nil
}

func (q queryServer) Payout(ctx context.Context, req *types.QueryPayoutRequest) (*types.QueryPayoutResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	p, err := q.k.Payouts.Get(ctx, req.NodeIndex)
	if errors.Is(err, collections.ErrNotFound) {
		return &types.QueryPayoutResponse{}, nil
	}
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	return &types.QueryPayoutResponse{Payout: p}, nil
}

func (q queryServer) Settlements(ctx context.Context, req *types.QuerySettlementsRequest) (*types.QuerySettlementsResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	recs, page, err := query.CollectionPaginate(ctx, q.k.Settlements, req.Pagination, func(_ uint64, r types.SettlementRecord) (types.SettlementRecord, error) { return r, nil })
	if err != nil {
		return nil, status.Error(codes.InvalidArgument, err.Error())
	}
	return &types.QuerySettlementsResponse{Settlements: recs, Pagination: page}, nil
}
