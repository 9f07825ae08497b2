package feed

import (
	"context"
	"errors"

	"github.com/prometheus/client_golang/prometheus"
)

// Why a price vote or a source failed, as the metrics' reason label says it.
const (
	ReasonNoSource    = "no_source"    // app.toml [pricing] names no source
	ReasonTimeout     = "timeout"      // the source did not answer within the timeout
	ReasonUnreachable = "unreachable"  // connection refused, HTTP status other than 200, file missing
	ReasonBadDocument = "bad_document" // the source answered something that is not a price document
	ReasonNoRate      = "no_rate"      // sources answered, but none gave the DPN/USD rate
	ReasonInvalid     = "invalid"      // the combined vote fails the chain's own checks
	ReasonState       = "state"        // the chain's params could not be read
)

// The feed's metrics, in the process's default Prometheus registry: CometBFT serves it at
// instrumentation.prometheus_listen_addr (config.toml) and the SDK at the REST server's
// /metrics?format=prometheus. A vote that is not cast counts as a miss on chain, so these say
// before the slash window does that a validator has stopped voting.
var (
	votesCast = prometheus.NewCounter(prometheus.CounterOpts{
		Namespace: "dpn", Subsystem: "pricing", Name: "votes_cast_total",
		Help: "Price votes this validator put in its vote extensions.",
	})
	voteMisses = prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: "dpn", Subsystem: "pricing", Name: "vote_misses_total",
		Help: "Vote extensions this validator sent without a price vote, by reason.",
	}, []string{"reason"})
	sourceFailures = prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: "dpn", Subsystem: "pricing", Name: "source_failures_total",
		Help: "Failed reads of a configured price source, by source and reason.",
	}, []string{"source", "reason"})
)

func init() {
	prometheus.MustRegister(votesCast, voteMisses, sourceFailures)
}

// VotesCast is the count of price votes cast (for tests and status pages).
func VotesCast() prometheus.Counter { return votesCast }

// VoteMisses is the count of votes not cast, by reason.
func VoteMisses() *prometheus.CounterVec { return voteMisses }

// SourceFailures is the count of failed source reads, by source and reason.
func SourceFailures() *prometheus.CounterVec { return sourceFailures }

// sourceReason classifies a source's error.
func sourceReason(err error) string {
	switch {
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		return ReasonTimeout
	case errors.Is(err, ErrDocument):
		return ReasonBadDocument
	}
	return ReasonUnreachable
}

// VoteError is a price vote that could not be made, with the reason the metrics count it by.
type VoteError struct {
	Reason string
	Err    error
}

func (e *VoteError) Error() string { return e.Reason + ": " + e.Err.Error() }
func (e *VoteError) Unwrap() error { return e.Err }

// missReason is the reason label of an error from Vote or the provider.
func missReason(err error) string {
	var ve *VoteError
	if errors.As(err, &ve) {
		return ve.Reason
	}
	return ReasonInvalid
}
