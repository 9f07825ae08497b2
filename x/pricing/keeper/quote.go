package keeper

import (
	"context"
	"errors"
	"time"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"
	"cosmossdk.io/math"

	"github.com/dpn-network/dpn/x/pricing/types"
)

// MaxQuoteDuration bounds a quote (ten years of 365 days).
const MaxQuoteDuration = 10 * 365 * 24 * time.Hour

// udpnPerDPN converts DPN to udpn.
var udpnPerDPN = math.LegacyNewDec(1_000_000)

// QuoteResult is the price of resources held for a duration.
type QuoteResult struct {
	// Udpn is what the marketplace charges, rounded up to a whole udpn.
	Udpn math.Int
	// UdpnExact is Udpn before rounding.
	UdpnExact math.LegacyDec
	// Usd is the same in USD at the current DPN/USD rate.
	Usd math.LegacyDec
	// ReferenceUsd is what the resources cost at the reference prices.
	ReferenceUsd math.LegacyDec
}

func isNotFound(err error) bool { return errors.Is(err, collections.ErrNotFound) }

// Quote prices resources held for duration: for each dimension, the amount (vCPU-hours,
// GiB-hours, GiB-months, GB, GPU-hours) × reference × (1 − discount) × multiplier, summed
// in USD and converted at the DPN/USD rate. The marketplace charges Udpn.
func (k Keeper) Quote(ctx context.Context, resources types.Resources, duration time.Duration) (QuoteResult, error) {
	if duration <= 0 || duration > MaxQuoteDuration {
		return QuoteResult{}, errorsmod.Wrapf(types.ErrInvalidDuration, "%v not in (0, %v]", duration, MaxQuoteDuration)
	}
	if duration%time.Second != 0 {
		return QuoteResult{}, errorsmod.Wrapf(types.ErrInvalidDuration, "%v is not whole seconds", duration)
	}
	params, err := k.Params.Get(ctx)
	if err != nil {
		return QuoteResult{}, err
	}
	if err := resources.Validate(params); err != nil {
		return QuoteResult{}, err
	}
	hours := math.LegacyNewDec(int64(duration / time.Second)).QuoInt64(3600)
	return k.quote(ctx, params, resources, hours)
}

func (k Keeper) quote(ctx context.Context, params types.Params, resources types.Resources, hours math.LegacyDec) (QuoteResult, error) {
	rate, err := k.rate(ctx)
	if err != nil {
		return QuoteResult{}, err
	}
	ref, usd := math.LegacyZeroDec(), math.LegacyZeroDec()
	factor := math.LegacyOneDec().Sub(params.Discount)
	for _, dim := range params.Dimensions() {
		amount, ok := resources.Amounts(hours)[dim]
		if !ok || amount.IsZero() {
			continue
		}
		q, err := k.dimensionQuote(ctx, dim, factor, rate)
		if err != nil {
			return QuoteResult{}, err
		}
		ref = ref.Add(amount.Mul(q.Price.ReferenceUsd))
		usd = usd.Add(amount.Mul(q.Usd))
	}
	exact := usd.Quo(rate).Mul(udpnPerDPN)
	return QuoteResult{Udpn: exact.Ceil().TruncateInt(), UdpnExact: exact, Usd: usd, ReferenceUsd: ref}, nil
}

func (k Keeper) rate(ctx context.Context) (math.LegacyDec, error) {
	rate, err := k.DpnUsd.Get(ctx)
	if isNotFound(err) || (err == nil && !rate.IsPositive()) {
		return math.LegacyDec{}, errorsmod.Wrap(types.ErrNoPrice, types.RateKey)
	}
	return rate, err
}

// DpnPerEth returns how many DPN one ETH buys at the last tallied rates (ETH/USD ÷
// DPN/USD), the rate at which x/bridge credits ETH paid on an L2.
func (k Keeper) DpnPerEth(ctx context.Context) (math.LegacyDec, error) {
	dpn, err := k.rate(ctx)
	if err != nil {
		return math.LegacyDec{}, err
	}
	eth, err := k.EthUsd.Get(ctx)
	if isNotFound(err) || (err == nil && !eth.IsPositive()) {
		return math.LegacyDec{}, errorsmod.Wrap(types.ErrNoPrice, types.EthRateKey)
	}
	if err != nil {
		return math.LegacyDec{}, err
	}
	return eth.Quo(dpn), nil
}

// Multiplier returns a dimension's utilization multiplier (1 until utilization is reported).
func (k Keeper) Multiplier(ctx context.Context, dim string) (math.LegacyDec, error) {
	m, err := k.Multipliers.Get(ctx, dim)
	if isNotFound(err) {
		return math.LegacyOneDec(), nil
	}
	return m, err
}

// DimensionQuote returns a dimension's price as the marketplace charges it.
func (k Keeper) DimensionQuote(ctx context.Context, dim string) (types.DimensionQuote, error) {
	params, err := k.Params.Get(ctx)
	if err != nil {
		return types.DimensionQuote{}, err
	}
	if !priced(params, dim) {
		return types.DimensionQuote{}, errorsmod.Wrapf(types.ErrInvalidDimension, "%q is not priced", dim)
	}
	rate, err := k.rate(ctx)
	if err != nil {
		return types.DimensionQuote{}, err
	}
	return k.dimensionQuote(ctx, dim, math.LegacyOneDec().Sub(params.Discount), rate)
}

func (k Keeper) dimensionQuote(ctx context.Context, dim string, factor, rate math.LegacyDec) (types.DimensionQuote, error) {
	p, err := k.Prices.Get(ctx, dim)
	if isNotFound(err) {
		return types.DimensionQuote{}, errorsmod.Wrap(types.ErrNoPrice, dim)
	}
	if err != nil {
		return types.DimensionQuote{}, err
	}
	m, err := k.Multiplier(ctx, dim)
	if err != nil {
		return types.DimensionQuote{}, err
	}
	usd := p.ReferenceUsd.Mul(factor).Mul(m)
	return types.DimensionQuote{Price: p, Multiplier: m, Usd: usd, Udpn: usd.Quo(rate).Mul(udpnPerDPN)}, nil
}

func priced(params types.Params, dim string) bool {
	for _, d := range params.Dimensions() {
		if d == dim {
			return true
		}
	}
	return false
}

// ComputeUnitValue returns the udpn price of one Compute Unit (its basket for one hour), or
// false while a dimension of the basket or the rate has no price.
func (k Keeper) ComputeUnitValue(ctx context.Context, params types.Params) (math.LegacyDec, bool, error) {
	q, err := k.quote(ctx, params, params.ComputeUnit, math.LegacyOneDec())
	if errors.Is(err, types.ErrNoPrice) {
		return math.LegacyZeroDec(), false, nil
	}
	if err != nil {
		return math.LegacyDec{}, false, err
	}
	return q.UdpnExact, true, nil
}
