package keeper

import (
	"context"
	"encoding/hex"
	"errors"

	"cosmossdk.io/collections"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/cosmos/cosmos-sdk/types/query"

	"github.com/dpn-network/dpn/x/attestation/types"
)

type queryServer struct{ k Keeper }

// NewQueryServerImpl returns the Query service.
func NewQueryServerImpl(k Keeper) types.QueryServer { return queryServer{k: k} }

var _ types.QueryServer = queryServer{}

func (q queryServer) Params(ctx context.Context, _ *types.QueryParamsRequest) (*types.QueryParamsResponse, error) {
	p, err := q.k.Params.Get(ctx)
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	return &types.QueryParamsResponse{Params: p}, nil
}

func (q queryServer) node(ctx context.Context, index uint64) (*types.QueryNodeResponse, error) {
	n, err := q.k.Nodes.Get(ctx, index)
	if errors.Is(err, collections.ErrNotFound) {
		return nil, status.Errorf(codes.NotFound, "node %d", index)
	}
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	return &types.QueryNodeResponse{Node: n}, nil
}

func (q queryServer) Node(ctx context.Context, req *types.QueryNodeRequest) (*types.QueryNodeResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	return q.node(ctx, req.Index)
}

func (q queryServer) NodeByFingerprint(ctx context.Context, req *types.QueryNodeByFingerprintRequest) (*types.QueryNodeResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	fp, err := hex.DecodeString(req.Fingerprint)
	if err != nil || len(fp) != 32 {
		return nil, status.Errorf(codes.InvalidArgument, "fingerprint must be 64 hex characters")
	}
	idx, err := q.k.Nodes.Indexes.Fingerprint.Holder(ctx, fp)
	if errors.Is(err, collections.ErrNotFound) {
		return nil, status.Errorf(codes.NotFound, "no active node with fingerprint %s", req.Fingerprint)
	}
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	return q.node(ctx, idx)
}

// Nodes pages through the index whose key order matches the filters given: status alone or
// with region (and tier) uses (status, region, tier); status with tier alone uses
// (status, tier, region). Without any filter it pages through all nodes by index.
func (q queryServer) Nodes(ctx context.Context, req *types.QueryNodesRequest) (*types.QueryNodesResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	if req.Region != "" {
		if err := types.ValidateRegion(req.Region); err != nil {
			return nil, status.Error(codes.InvalidArgument, err.Error())
		}
	}
	if req.Tier != types.TIER_UNSPECIFIED {
		if err := types.ValidateTier(req.Tier); err != nil {
			return nil, status.Error(codes.InvalidArgument, err.Error())
		}
	}
	if _, ok := types.NodeStatus_name[int32(req.Status)]; !ok {
		return nil, status.Errorf(codes.InvalidArgument, "unknown status %d", req.Status)
	}
	st := int32(req.Status)
	get := func(idx uint64) (types.Node, error) { return q.k.Nodes.Get(ctx, idx) }
	var (
		nodes []types.Node
		page  *query.PageResponse
		err   error
	)
	switch {
	case req.Status == types.NODE_STATUS_UNSPECIFIED && (req.Region != "" || req.Tier != types.TIER_UNSPECIFIED):
		return nil, status.Error(codes.InvalidArgument, types.ErrInvalidNodesRequest.Error())
	case req.Status == types.NODE_STATUS_UNSPECIFIED:
		nodes, page, err = query.CollectionPaginate(ctx, q.k.Nodes, req.Pagination,
			func(_ uint64, n types.Node) (types.Node, error) { return n, nil })
	case req.Region != "" && req.Tier != types.TIER_UNSPECIFIED:
		nodes, page, err = paginateIndex(ctx, q.k.Nodes.Indexes.StatusRegionTier, req.Pagination, get,
			collections.Join3(st, req.Region, int32(req.Tier)))
	case req.Tier != types.TIER_UNSPECIFIED:
		nodes, page, err = paginateIndex(ctx, q.k.Nodes.Indexes.StatusTierRegion, req.Pagination, get,
			collections.TripleSuperPrefix[int32, int32, string](st, int32(req.Tier)))
	case req.Region != "":
		nodes, page, err = paginateIndex(ctx, q.k.Nodes.Indexes.StatusRegionTier, req.Pagination, get,
			collections.TripleSuperPrefix[int32, string, int32](st, req.Region))
	default:
		nodes, page, err = paginateIndex(ctx, q.k.Nodes.Indexes.StatusRegionTier, req.Pagination, get,
			collections.TriplePrefix[int32, string, int32](st))
	}
	if err != nil {
		return nil, status.Error(codes.InvalidArgument, err.Error())
	}
	return &types.QueryNodesResponse{Nodes: nodes, Pagination: page}, nil
}

func (q queryServer) Participation(ctx context.Context, req *types.QueryParticipationRequest) (*types.QueryParticipationResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	b, err := q.k.Participation.Get(ctx, req.Epoch)
	if err != nil && !errors.Is(err, collections.ErrNotFound) {
		return nil, status.Error(codes.Internal, err.Error())
	}
	return &types.QueryParticipationResponse{Epoch: req.Epoch, Bitmap: b, Count: types.BitmapCount(b)}, nil
}

func (q queryServer) Uptime(ctx context.Context, req *types.QueryUptimeRequest) (*types.QueryUptimeResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	n, err := q.node(ctx, req.Index)
	if err != nil {
		return nil, err
	}
	u, start, end, err := q.k.NodeUptime(ctx, n.Node)
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	// Epochs before the node was active are not its record: the window starts where it did,
	// and a node with no ended epoch yet has no uptime to report (not a perfect one).
	if n.Node.ActiveSinceEpoch > start {
		start = n.Node.ActiveSinceEpoch
	}
	bps := u.bps()
	if u.active == 0 {
		bps = 0
	}
	return &types.QueryUptimeResponse{
		WindowStart: start, WindowEnd: end, ActiveEpochs: u.active, ParticipatedEpochs: u.participated, UptimeBps: bps,
	}, nil
}

func (q queryServer) Audits(ctx context.Context, req *types.QueryAuditsRequest) (*types.QueryAuditsResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	var out []types.Audit
	err := q.k.Audits.Walk(ctx, collections.NewPrefixedPairRange[uint64, uint64](req.Epoch),
		func(_ collections.Pair[uint64, uint64], a types.Audit) (bool, error) {
			out = append(out, a)
			return false, nil
		})
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	return &types.QueryAuditsResponse{Audits: out}, nil
}

func (q queryServer) CurrentBeacon(ctx context.Context, _ *types.QueryCurrentBeaconRequest) (*types.QueryCurrentBeaconResponse, error) {
	e, err := q.k.currentEpoch(ctx)
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	if e == 0 {
		return nil, status.Error(codes.NotFound, types.ErrNoEpoch.Error())
	}
	b, err := q.k.Beacons.Get(ctx, e)
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	return &types.QueryCurrentBeaconResponse{Epoch: e, Beacon: b}, nil
}

// NodeUptime measures n over the ended epochs of the window before the current epoch, from
// its active_since_epoch on. Only an active node's record is meaningful.
func (k Keeper) NodeUptime(ctx context.Context, n types.Node) (uptimeCount, uint64, uint64, error) {
	params, err := k.Params.Get(ctx)
	if err != nil {
		return uptimeCount{}, 0, 0, err
	}
	cur, err := k.currentEpoch(ctx)
	if err != nil || cur < 2 {
		return uptimeCount{}, 0, 0, err
	}
	end := cur - 1
	start := uint64(1)
	if w := uint64(params.UptimeWindowEpochs); end >= w {
		start = end - w + 1
	}
	bitmaps, err := k.bitmaps(ctx, start, end)
	if err != nil {
		return uptimeCount{}, 0, 0, err
	}
	missed, err := k.missedAudits(ctx, start, end)
	if err != nil {
		return uptimeCount{}, 0, 0, err
	}
	return uptime(bitmaps, start, n.Index, n.ActiveSinceEpoch, missed[n.Index]), start, end, nil
}
