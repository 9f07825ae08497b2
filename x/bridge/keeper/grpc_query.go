package keeper

import (
	"context"
	"errors"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"cosmossdk.io/collections"

	"github.com/cosmos/cosmos-sdk/types/query"

	"github.com/dpn-network/dpn/x/bridge/types"
)

type queryServer struct{ k Keeper }

// NewQueryServerImpl returns the Query service.
func NewQueryServerImpl(k Keeper) types.QueryServer { return queryServer{k: k} }

var _ types.QueryServer = queryServer{}

const maxBatchesPerQuery = 100

func notFound(err error, format string, args ...any) error {
	if errors.Is(err, collections.ErrNotFound) {
		return status.Errorf(codes.NotFound, format, args...)
	}
	return status.Error(codes.Internal, err.Error())
}

func (q queryServer) params(ctx context.Context) (types.Params, error) {
	p, err := q.k.Params.Get(ctx)
	if err != nil {
		return p, status.Error(codes.Internal, err.Error())
	}
	return p, nil
}

func (q queryServer) Params(ctx context.Context, _ *types.QueryParamsRequest) (*types.QueryParamsResponse, error) {
	p, err := q.params(ctx)
	if err != nil {
		return nil, err
	}
	return &types.QueryParamsResponse{Params: p}, nil
}

func (q queryServer) EthKeys(ctx context.Context, req *types.QueryEthKeysRequest) (*types.QueryEthKeysResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	keys, page, err := query.CollectionPaginate(ctx, q.k.EthKeys, req.Pagination, func(_ string, k types.EthKey) (types.EthKey, error) { return k, nil })
	if err != nil {
		return nil, status.Error(codes.InvalidArgument, err.Error())
	}
	return &types.QueryEthKeysResponse{Keys: keys, Pagination: page}, nil
}

func (q queryServer) EthKey(ctx context.Context, req *types.QueryEthKeyRequest) (*types.QueryEthKeyResponse, error) {
	if req == nil || req.Validator == "" {
		return nil, status.Error(codes.InvalidArgument, "validator operator address required")
	}
	k, err := q.k.EthKeys.Get(ctx, req.Validator)
	if err != nil {
		return nil, notFound(err, "validator %s has no Ethereum key", req.Validator)
	}
	return &types.QueryEthKeyResponse{Key: k}, nil
}

func (q queryServer) Valset(ctx context.Context, req *types.QueryValsetRequest) (*types.QueryValsetResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	n := req.Nonce
	if n == 0 {
		latest, err := q.k.ValsetNonce.Peek(ctx)
		if err != nil {
			return nil, status.Error(codes.Internal, err.Error())
		}
		if latest == 0 {
			return nil, status.Error(codes.NotFound, "no valset yet: validators holding more than min_registered_power must register Ethereum keys")
		}
		n = latest
	}
	vs, err := q.k.Valsets.Get(ctx, n)
	if err != nil {
		return nil, notFound(err, "valset %d (pruned once every destination confirmed a newer one, or not made yet)", n)
	}
	return &types.QueryValsetResponse{Valset: vs}, nil
}

func (q queryServer) Valsets(ctx context.Context, req *types.QueryValsetsRequest) (*types.QueryValsetsResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	vs, page, err := query.CollectionPaginate(ctx, q.k.Valsets, req.Pagination, func(_ uint64, v types.Valset) (types.Valset, error) { return v, nil })
	if err != nil {
		return nil, status.Error(codes.InvalidArgument, err.Error())
	}
	return &types.QueryValsetsResponse{Valsets: vs, Pagination: page}, nil
}

func (q queryServer) Destinations(ctx context.Context, _ *types.QueryDestinationsRequest) (*types.QueryDestinationsResponse, error) {
	p, err := q.params(ctx)
	if err != nil {
		return nil, err
	}
	res := &types.QueryDestinationsResponse{Destinations: p.Destinations}
	for _, d := range p.Destinations {
		st, err := q.k.destState(ctx, d.Name)
		if err != nil {
			return nil, status.Error(codes.Internal, err.Error())
		}
		res.States = append(res.States, st)
	}
	return res, nil
}

func (q queryServer) destination(ctx context.Context, name string) (types.Params, types.Destination, error) {
	p, err := q.params(ctx)
	if err != nil {
		return p, types.Destination{}, err
	}
	d, ok := p.Destination(name)
	if !ok {
		return p, d, status.Errorf(codes.InvalidArgument, "unknown destination %q", name)
	}
	return p, d, nil
}

func (q queryServer) Batches(ctx context.Context, req *types.QueryBatchesRequest) (*types.QueryBatchesResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	if _, _, err := q.destination(ctx, req.Destination); err != nil {
		return nil, err
	}
	limit := int(req.Limit)
	if limit == 0 || limit > maxBatchesPerQuery {
		limit = maxBatchesPerQuery
	}
	rng := collections.NewPrefixedPairRange[string, uint64](req.Destination)
	if req.After > 0 {
		rng = collections.NewPrefixedPairRange[string, uint64](req.Destination).StartExclusive(req.After)
	}
	res := &types.QueryBatchesResponse{}
	if err := q.k.Batches.Walk(ctx, rng, func(_ collections.Pair[string, uint64], b types.Batch) (bool, error) {
		res.Batches = append(res.Batches, b)
		return len(res.Batches) >= limit, nil
	}); err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	return res, nil
}

func (q queryServer) Batch(ctx context.Context, req *types.QueryBatchRequest) (*types.QueryBatchResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	p, _, err := q.destination(ctx, req.Destination)
	if err != nil {
		return nil, err
	}
	b, err := q.k.Batches.Get(ctx, collections.Join(req.Destination, req.Nonce))
	if err != nil {
		return nil, notFound(err, "batch %d of %s (confirmed batches leave the store)", req.Nonce, req.Destination)
	}
	digest, _, err := q.k.itemDigest(ctx, p, types.Item{Kind: types.ITEM_KIND_BATCH, Destination: req.Destination, Nonce: req.Nonce})
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	return &types.QueryBatchResponse{Batch: b, Digest: digest.Bytes()}, nil
}

func (q queryServer) Signatures(ctx context.Context, req *types.QuerySignaturesRequest) (*types.QuerySignaturesResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	kind, err := types.ParseKind(req.Kind)
	if err != nil {
		return nil, status.Error(codes.InvalidArgument, err.Error())
	}
	p, _, err := q.destination(ctx, req.Destination)
	if err != nil {
		return nil, err
	}
	it := types.Item{Kind: kind, Destination: req.Destination, Nonce: req.Nonce}
	digest, ok, err := q.k.itemDigest(ctx, p, it)
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	if !ok {
		return nil, status.Errorf(codes.NotFound, "no open item %s", it.ID())
	}
	res := &types.QuerySignaturesResponse{Digest: digest.Bytes()}
	if err := q.k.Signatures.Walk(ctx, collections.NewPrefixedPairRange[string, string](it.ID()), func(_ collections.Pair[string, string], s types.StoredSignature) (bool, error) {
		res.Signatures = append(res.Signatures, s)
		return false, nil
	}); err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	res.SignedPower, res.TotalPower, err = q.k.SignedPower(ctx, p, it)
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	res.Ready = ready(res.SignedPower, res.TotalPower)
	return res, nil
}

func (q queryServer) Pending(ctx context.Context, req *types.QueryPendingRequest) (*types.QueryPendingResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	var opts []func(*query.CollectionsPaginateOptions[collections.Pair[string, uint64]])
	if req.Destination != "" {
		opts = append(opts, query.WithCollectionPaginationPairPrefix[string, uint64](req.Destination))
	}
	recs, page, err := query.CollectionPaginate(ctx, q.k.Pending, req.Pagination,
		func(_ collections.Pair[string, uint64], p types.PendingRecord) (types.PendingRecord, error) {
			return p, nil
		}, opts...)
	if err != nil {
		return nil, status.Error(codes.InvalidArgument, err.Error())
	}
	return &types.QueryPendingResponse{Records: recs, Pagination: page}, nil
}

func (q queryServer) ProofOrders(ctx context.Context, req *types.QueryProofOrdersRequest) (*types.QueryProofOrdersResponse, error) {
	if req == nil || req.Destination == "" {
		return nil, status.Error(codes.InvalidArgument, "destination required")
	}
	orders, page, err := query.CollectionPaginate(ctx, q.k.ProofOrders, req.Pagination,
		func(_ collections.Pair[string, uint64], o types.ProofOrder) (types.ProofOrder, error) { return o, nil },
		query.WithCollectionPaginationPairPrefix[string, uint64](req.Destination))
	if err != nil {
		return nil, status.Error(codes.InvalidArgument, err.Error())
	}
	return &types.QueryProofOrdersResponse{Orders: orders, Pagination: page}, nil
}

func (q queryServer) SigningInfo(ctx context.Context, req *types.QuerySigningInfoRequest) (*types.QuerySigningInfoResponse, error) {
	if req == nil || req.Validator == "" {
		return nil, status.Error(codes.InvalidArgument, "validator operator address required")
	}
	info, err := q.k.SigningInfos.Get(ctx, req.Validator)
	if errors.Is(err, collections.ErrNotFound) {
		return &types.QuerySigningInfoResponse{Info: types.SigningInfo{Validator: req.Validator}}, nil
	}
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	return &types.QuerySigningInfoResponse{Info: info}, nil
}

func (q queryServer) Observations(ctx context.Context, req *types.QueryObservationsRequest) (*types.QueryObservationsResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	if _, _, err := q.destination(ctx, req.Destination); err != nil {
		return nil, err
	}
	src, err := types.ParseSource(req.Source)
	if err != nil {
		return nil, status.Error(codes.InvalidArgument, err.Error())
	}
	limit := int(req.Limit)
	if limit == 0 || limit > maxBatchesPerQuery {
		limit = maxBatchesPerQuery
	}
	rng := collections.NewSuperPrefixedTripleRange[string, int32, uint64](req.Destination, int32(src))
	res := &types.QueryObservationsResponse{}
	if err := q.k.Observations.Walk(ctx, rng, func(key collections.Triple[string, int32, uint64], o types.Observation) (bool, error) {
		if key.K3() <= req.After {
			return false, nil
		}
		res.Observations = append(res.Observations, o)
		return len(res.Observations) >= limit, nil
	}); err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	return res, nil
}

func (q queryServer) Credits(ctx context.Context, req *types.QueryCreditsRequest) (*types.QueryCreditsResponse, error) {
	if req == nil || req.Account == "" {
		return nil, status.Error(codes.InvalidArgument, "account required")
	}
	if _, err := q.k.accounts.AddressCodec().StringToBytes(req.Account); err != nil {
		return nil, status.Errorf(codes.InvalidArgument, "account %q: %v", req.Account, err)
	}
	ids, page, err := query.CollectionPaginate(ctx, q.k.CreditsByAccount, req.Pagination,
		func(key collections.Pair[string, string], _ collections.NoValue) (string, error) {
			return key.K2(), nil
		},
		query.WithCollectionPaginationPairPrefix[string, string](req.Account))
	if err != nil {
		return nil, status.Error(codes.InvalidArgument, err.Error())
	}
	res := &types.QueryCreditsResponse{Pagination: page}
	for _, id := range ids {
		dest, nonce, err := types.ParsePurchaseID(id)
		if err != nil {
			return nil, status.Error(codes.Internal, err.Error())
		}
		o, err := q.k.Observations.Get(ctx, collections.Join3(dest, int32(types.EVENT_SOURCE_PURCHASES), nonce))
		if err != nil {
			return nil, status.Error(codes.Internal, err.Error())
		}
		res.Credits = append(res.Credits, o)
	}
	res.Treasury = q.k.bank.GetBalance(ctx, q.k.accounts.GetModuleAddress(types.TreasuryName), q.k.denom).Amount
	if res.Outflow, err = q.k.outflow(ctx); err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	return res, nil
}

func (q queryServer) Events(ctx context.Context, _ *types.QueryEventsRequest) (*types.QueryEventsResponse, error) {
	p, err := q.params(ctx)
	if err != nil {
		return nil, err
	}
	res := &types.QueryEventsResponse{}
	for _, d := range p.Destinations {
		st, err := q.k.destState(ctx, d.Name)
		if err != nil {
			return nil, status.Error(codes.Internal, err.Error())
		}
		for _, src := range types.Sources {
			sr, err := q.k.Reports.Get(ctx, collections.Join(d.Name, int32(src)))
			if errors.Is(err, collections.ErrNotFound) {
				sr, err = types.SourceReports{Destination: d.Name, Source: src}, nil
			}
			if err != nil {
				return nil, status.Error(codes.Internal, err.Error())
			}
			sr.AppliedNonce = appliedNonce(st, src)
			res.Sources = append(res.Sources, sr)
		}
	}
	if res.Conflicts, err = values(ctx, q.k.Conflicts); err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	return res, nil
}
