package feed

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cast"

	"cosmossdk.io/log/v2"
	"cosmossdk.io/math"

	servertypes "github.com/cosmos/cosmos-sdk/server/types"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/dpn-network/dpn/x/pricing/keeper"
	"github.com/dpn-network/dpn/x/pricing/types"
)

// App option keys: the [pricing] section of app.toml.
const (
	FlagSources = "pricing.sources"
	FlagTimeout = "pricing.timeout"
	// DefaultTimeout leaves most of a second-long block for the rest of ExtendVote.
	DefaultTimeout = 400 * time.Millisecond
)

// ConfigTemplate is the [pricing] section appended to app.toml by `dpnd init`.
const ConfigTemplate = `
###############################################################################
###                         Price feed (x/pricing)                          ###
###############################################################################

[pricing]
# Where this validator reads USD reference prices and the DPN/USD rate for its vote
# extensions: http(s) URLs serving the JSON document described in x/pricing/README.md, or
# file:///path. The median across sources is voted. Leave empty to vote no prices.
sources = [{{ range $i, $s := .Pricing.Sources }}{{ if $i }}, {{ end }}"{{ $s }}"{{ end }}]
# How long ExtendVote waits for the sources.
timeout = "{{ .Pricing.Timeout }}"
`

// Config is the [pricing] section.
type Config struct {
	Sources []string `mapstructure:"sources"`
	Timeout string   `mapstructure:"timeout"`
}

// DefaultConfig has no sources: a validator votes prices only once its operator says where
// they come from.
func DefaultConfig() Config { return Config{Timeout: DefaultTimeout.String()} }

// Feed asks every source at once and keeps, per key, the median of the answers.
type Feed struct {
	sources []Source
	timeout time.Duration
	logger  log.Logger
}

// FromAppOptions builds the feed from app.toml's [pricing] section (or flags of the same
// names). A node without sources gets a feed that votes nothing.
func FromAppOptions(opts servertypes.AppOptions, logger log.Logger) (*Feed, error) {
	specs := trimmed(cast.ToStringSlice(opts.Get(FlagSources)))
	timeout := DefaultTimeout
	if raw := opts.Get(FlagTimeout); raw != nil && cast.ToString(raw) != "" {
		d, err := cast.ToDurationE(raw)
		if err != nil || d <= 0 {
			return nil, fmt.Errorf("%s: %v is not a positive duration", FlagTimeout, raw)
		}
		timeout = d
	}
	return New(specs, timeout, logger)
}

// New builds a feed over the given source addresses.
func New(specs []string, timeout time.Duration, logger log.Logger) (*Feed, error) {
	f := &Feed{timeout: timeout, logger: logger}
	for _, s := range specs {
		src, err := NewSource(s)
		if err != nil {
			return nil, err
		}
		f.sources = append(f.sources, src)
	}
	return f, nil
}

// NewWithSources builds a feed over ready-made sources.
func NewWithSources(sources []Source, timeout time.Duration, logger log.Logger) *Feed {
	return &Feed{sources: sources, timeout: timeout, logger: logger}
}

// Enabled reports whether the feed has any source.
func (f *Feed) Enabled() bool { return f != nil && len(f.sources) > 0 }

// Vote fetches every source within the timeout and returns the price vote for dims: per
// dimension the median of the sources that gave it (dimensions no source gave are left
// out), and the median DPN/USD rate. It returns nil, and no error, when the feed has no
// source; an error when no source gave a rate.
func (f *Feed) Vote(ctx context.Context, dims []string) (*types.PriceVote, error) {
	if !f.Enabled() {
		return nil, nil
	}
	ctx, cancel := context.WithTimeout(ctx, f.timeout)
	defer cancel()
	obs := make([]Observation, len(f.sources))
	errs := make([]error, len(f.sources))
	var wg sync.WaitGroup
	for i, src := range f.sources {
		wg.Add(1)
		go func() {
			defer wg.Done()
			o, err := src.Fetch(ctx)
			if err != nil {
				errs[i] = err
				return
			}
			obs[i] = o
		}()
	}
	wg.Wait()
	// Logged at WARN: a source that fails every block is a validator about to collect
	// misses, and the operator must see it without turning on debug logs.
	var failed []string
	reason := ""
	for i, err := range errs {
		if err == nil {
			continue
		}
		r := sourceReason(err)
		if reason == "" {
			reason = r
		}
		sourceFailures.WithLabelValues(f.sources[i].Name(), r).Inc()
		failed = append(failed, fmt.Sprintf("%s: %v", f.sources[i].Name(), err))
		if f.logger != nil {
			f.logger.Warn("price source failed", "source", f.sources[i].Name(), "reason", r, "err", err)
		}
	}
	vote, err := Combine(obs, dims)
	if err != nil && len(failed) == len(f.sources) {
		return nil, &VoteError{Reason: reason, Err: fmt.Errorf("every source failed: %s", strings.Join(failed, "; "))}
	}
	return vote, err
}

// Combine builds a vote from the observations (nil entries are sources that failed).
func Combine(obs []Observation, dims []string) (*types.PriceVote, error) {
	rate, ok := median(obs, types.RateKey)
	if !ok {
		return nil, &VoteError{Reason: ReasonNoRate, Err: fmt.Errorf("no source gave %s", types.RateKey)}
	}
	vote := &types.PriceVote{DpnUsd: rate}
	if eth, ok := median(obs, types.EthRateKey); ok {
		vote.EthUsd = &eth
	}
	sorted := append([]string(nil), dims...)
	sort.Strings(sorted)
	for i, d := range sorted {
		if (i > 0 && d == sorted[i-1]) || types.ValidateDimension(d) != nil {
			continue // a repeat, or not a dimension (the rate has its own field)
		}
		if v, ok := median(obs, d); ok {
			vote.Prices = append(vote.Prices, types.DimensionPrice{Dimension: d, Usd: v})
		}
	}
	if err := vote.ValidateBasic(); err != nil {
		return nil, &VoteError{Reason: ReasonInvalid, Err: err}
	}
	return vote, nil
}

// median returns the lower median of the sources' values for key.
func median(obs []Observation, key string) (math.LegacyDec, bool) {
	var vals []math.LegacyDec
	for _, o := range obs {
		if v, ok := o[key]; ok {
			vals = append(vals, v)
		}
	}
	if len(vals) == 0 {
		return math.LegacyDec{}, false
	}
	sort.Slice(vals, func(i, j int) bool { return vals[i].LT(vals[j]) })
	return vals[(len(vals)-1)/2], true
}

// Provider is the price part of the vote extension: the feed's vote for the dimensions the
// chain prices now (read from the committed params), or nil when the node has no source.
// Each call counts as a vote cast or a miss by reason (see the metrics).
func Provider(f *Feed, k keeper.Keeper) func(ctx sdk.Context) (*types.PriceVote, error) {
	return func(ctx sdk.Context) (*types.PriceVote, error) {
		if !f.Enabled() {
			voteMisses.WithLabelValues(ReasonNoSource).Inc()
			return nil, nil
		}
		params, err := k.Params.Get(ctx)
		if err != nil {
			voteMisses.WithLabelValues(ReasonState).Inc()
			return nil, err
		}
		vote, err := f.Vote(ctx.Context(), params.Dimensions())
		if err != nil {
			voteMisses.WithLabelValues(missReason(err)).Inc()
			return nil, err
		}
		votesCast.Inc()
		return vote, nil
	}
}
