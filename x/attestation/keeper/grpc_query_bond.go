package keeper

import (
	"context"
	"errors"

	"cosmossdk.io/collections"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/cosmos/cosmos-sdk/types/query"

	"github.com/dpn-network/dpn/x/attestation/types"
)

func (q queryServer) Unbonding(ctx context.Context, req *types.QueryUnbondingRequest) (*types.QueryUnbondingResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	entries, page, err := query.CollectionPaginate(ctx, q.k.UnbondingQueue, req.Pagination,
		func(key collections.Pair[int64, uint64], _ collections.NoValue) (types.UnbondingEntry, error) {
			return types.UnbondingEntry{CompletionHeight: key.K1(), NodeIndex: key.K2()}, nil
		})
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	return &types.QueryUnbondingResponse{Entries: entries, Pagination: page}, nil
}

func (q queryServer) ReputationWeight(ctx context.Context, req *types.QueryReputationWeightRequest) (*types.QueryReputationWeightResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	w, err := q.k.ReputationWeight(ctx, req.Index)
	if errors.Is(err, types.ErrNodeNotFound) {
		return nil, status.Errorf(codes.NotFound, "node %d", req.Index)
	}
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	return &types.QueryReputationWeightResponse{Weight: w}, nil
}
