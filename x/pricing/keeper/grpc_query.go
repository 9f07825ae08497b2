package keeper

import (
	"context"
	"strings"
	"time"

	errorsmod "cosmossdk.io/errors"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/dpn-network/dpn/x/pricing/types"
)

type queryServer struct{ k Keeper }

// NewQueryServerImpl returns the Query service over k.
func NewQueryServerImpl(k Keeper) types.QueryServer { return queryServer{k: k} }

var _ types.QueryServer = queryServer{}

func (q queryServer) Params(ctx context.Context, _ *types.QueryParamsRequest) (*types.QueryParamsResponse, error) {
	p, err := q.k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	return &types.QueryParamsResponse{Params: p}, nil
}

func (q queryServer) Prices(ctx context.Context, _ *types.QueryPricesRequest) (*types.QueryPricesResponse, error) {
	params, err := q.k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	res := &types.QueryPricesResponse{DpnUsd: math.LegacyZeroDec(), EthUsd: math.LegacyZeroDec()}
	if eth, err := q.k.EthUsd.Get(ctx); err == nil {
		res.EthUsd = eth
	}
	rate, err := q.k.rate(ctx)
	if err != nil {
		return res, nil // nothing can be priced before the first rate
	}
	res.DpnUsd = rate
	factor := math.LegacyOneDec().Sub(params.Discount)
	for _, d := range params.Dimensions() {
		dq, err := q.k.dimensionQuote(ctx, d, factor, rate)
		if err != nil {
			continue // a dimension not yet tallied is left out
		}
		res.Prices = append(res.Prices, dq)
	}
	return res, nil
}

func (q queryServer) Price(ctx context.Context, req *types.QueryPriceRequest) (*types.QueryPriceResponse, error) {
	if err := types.ValidateDimension(req.Dimension); err != nil {
		return nil, err
	}
	dq, err := q.k.DimensionQuote(ctx, req.Dimension)
	if err != nil {
		return nil, err
	}
	return &types.QueryPriceResponse{Price: dq}, nil
}

func (q queryServer) Quote(ctx context.Context, req *types.QueryQuoteRequest) (*types.QueryQuoteResponse, error) {
	if req.DurationSeconds == 0 || req.DurationSeconds > uint64(MaxQuoteDuration/time.Second) {
		return nil, errorsmod.Wrapf(types.ErrInvalidDuration, "%d s not in [1, %d]", req.DurationSeconds, uint64(MaxQuoteDuration/time.Second))
	}
	r := req.Resources
	for _, d := range []*math.LegacyDec{&r.Vcpus, &r.MemoryGib, &r.StorageGib, &r.BandwidthGb} {
		if d.IsNil() { // an amount left out of the request is zero
			*d = math.LegacyZeroDec()
		}
	}
	res, err := q.k.Quote(ctx, r, time.Duration(req.DurationSeconds)*time.Second)
	if err != nil {
		return nil, err
	}
	return &types.QueryQuoteResponse{Udpn: res.Udpn, Usd: res.Usd, ReferenceUsd: res.ReferenceUsd}, nil
}

func (q queryServer) Anchor(ctx context.Context, _ *types.QueryAnchorRequest) (*types.QueryAnchorResponse, error) {
	params, err := q.k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	value, _, err := q.k.ComputeUnitValue(ctx, params)
	if err != nil {
		return nil, err
	}
	ctrl, err := q.k.Controller.Get(ctx)
	if err != nil {
		return nil, err
	}
	return &types.QueryAnchorResponse{ComputeUnitUdpn: value, Controller: ctrl}, nil
}

func (q queryServer) VoteStatus(ctx context.Context, req *types.QueryVoteStatusRequest) (*types.QueryVoteStatusResponse, error) {
	addr, err := q.consAddr(ctx, req.Validator)
	if err != nil {
		return nil, err
	}
	st, err := q.k.Voters.Get(ctx, addr)
	if isNotFound(err) {
		return nil, errorsmod.Wrap(types.ErrNoVoterStatus, req.Validator)
	}
	if err != nil {
		return nil, err
	}
	periods, err := q.k.PeriodsInWindow.Get(ctx)
	if err != nil && !isNotFound(err) {
		return nil, err
	}
	return &types.QueryVoteStatusResponse{ConsensusAddress: addr.String(), Status: st, PeriodsInWindow: periods}, nil
}

// consAddr accepts a consensus address, or an operator address resolved through x/staking.
func (q queryServer) consAddr(ctx context.Context, s string) (sdk.ConsAddress, error) {
	if s == "" {
		return nil, errorsmod.Wrap(types.ErrInvalidValidator, "empty address")
	}
	if strings.HasPrefix(s, sdk.GetConfig().GetBech32ConsensusAddrPrefix()) {
		addr, err := sdk.ConsAddressFromBech32(s)
		if err != nil {
			return nil, errorsmod.Wrapf(types.ErrInvalidValidator, "%v", err)
		}
		return addr, nil
	}
	valAddr, err := sdk.ValAddressFromBech32(s)
	if err != nil {
		return nil, errorsmod.Wrapf(types.ErrInvalidValidator, "%v", err)
	}
	if q.k.staking == nil {
		return nil, errorsmod.Wrap(types.ErrInvalidValidator, "no staking keeper to resolve an operator address")
	}
	val, err := q.k.staking.Validator(ctx, valAddr)
	if err != nil {
		return nil, errorsmod.Wrapf(types.ErrInvalidValidator, "%s: %v", s, err)
	}
	bz, err := val.GetConsAddr()
	if err != nil {
		return nil, errorsmod.Wrapf(types.ErrInvalidValidator, "%v", err)
	}
	return sdk.ConsAddress(bz), nil
}
