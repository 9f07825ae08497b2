// Package metrics is the relayer's Prometheus instrumentation and its HTTP endpoint:
// /metrics for the collectors, /healthz for whether every destination's loop is current.
package metrics

import (
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Kinds of submission.
const (
	KindValset = "valset"
	KindBatch  = "batch"
	KindProof  = "proof"
)

// Results of a submission.
const (
	// ResultSuccess: mined and succeeded.
	ResultSuccess = "success"
	// ResultLostRace: another relayer's transaction got there first (StaleBatchNonce,
	// StaleValsetNonce, AlreadyDelivered in simulation or in the receipt).
	ResultLostRace = "lost_race"
	// ResultReverted: mined and failed, or refused in simulation for another reason.
	ResultReverted = "reverted"
	// ResultNotSent: the relayer's own checks kept it back (signatures under 2/3, an
	// expired batch, an undecodable proof); counted once per item and reason.
	ResultNotSent = "not_sent"
	// ResultError: the node refused the transaction or the wait for it failed.
	ResultError = "error"
)

// Metrics are the relayer's collectors.
type Metrics struct {
	Lag           *prometheus.GaugeVec
	Inclusion     *prometheus.HistogramVec
	GasUsed       *prometheus.HistogramVec
	FeePaid       *prometheus.HistogramVec
	Submissions   *prometheus.CounterVec
	SignerBalance *prometheus.GaugeVec
}

// New creates the collectors and registers them on reg.
func New(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		Lag: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "dpn_relayer_batch_lag",
			Help: "The chain's newest batch nonce for the destination minus the contract's last settled one.",
		}, []string{"destination"}),
		Inclusion: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "dpn_relayer_inclusion_seconds",
			Help:    "Time from the relayer first seeing an item on the chain to its inclusion on the L2 (by anyone).",
			Buckets: prometheus.ExponentialBuckets(0.5, 2, 12),
		}, []string{"destination", "kind"}),
		GasUsed: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "dpn_relayer_gas_used",
			Help:    "Gas used by each mined submission.",
			Buckets: prometheus.ExponentialBuckets(25_000, 2, 10),
		}, []string{"destination", "kind"}),
		FeePaid: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "dpn_relayer_fee_paid_wei",
			Help:    "Execution fee (gas used × effective gas price) of each mined submission, in wei.",
			Buckets: prometheus.ExponentialBuckets(1e9, 10, 10),
		}, []string{"destination", "kind"}),
		Submissions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "dpn_relayer_submissions_total",
			Help: "Submissions by destination, kind (valset, batch, proof) and result (success, lost_race, reverted, not_sent, error).",
		}, []string{"destination", "kind", "result"}),
		SignerBalance: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "dpn_relayer_signer_balance_wei",
			Help: "The relayer account's balance on the destination, in wei.",
		}, []string{"destination"}),
	}
	reg.MustRegister(m.Lag, m.Inclusion, m.GasUsed, m.FeePaid, m.Submissions, m.SignerBalance)
	return m
}

// Wei is v as a float for a gauge or histogram (exact enough for fees and balances).
func Wei(v *big.Int) float64 {
	f, _ := new(big.Float).SetInt(v).Float64()
	return f
}

// Errors of Health.Check.
var (
	ErrNoPoll    = errors.New("no poll completed yet")
	ErrStalePoll = errors.New("no poll completed recently")
	ErrUnhealthy = errors.New("unhealthy")
)

// Health tracks when each destination's loop last completed a poll.
type Health struct {
	// Stale is how long a destination may go without a completed poll and still be healthy.
	Stale time.Duration

	mu   sync.Mutex
	last map[string]time.Time
	errs map[string]error
}

// NewHealth expects every destination named to report within stale.
func NewHealth(stale time.Duration, destinations ...string) *Health {
	h := &Health{Stale: stale, last: map[string]time.Time{}, errs: map[string]error{}}
	for _, d := range destinations {
		h.errs[d] = ErrNoPoll
	}
	return h
}

// Report records a destination's poll: nil for one that completed.
func (h *Health) Report(destination string, err error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if err == nil {
		h.last[destination] = time.Now()
	}
	h.errs[destination] = err
}

// Check is nil while every destination completed a poll within Stale.
func (h *Health) Check() error {
	h.mu.Lock()
	defer h.mu.Unlock()
	var bad []string
	for d, err := range h.errs {
		last, ok := h.last[d]
		if ok && time.Since(last) <= h.Stale {
			continue
		}
		if err == nil {
			err = fmt.Errorf("%w: the last %s ago", ErrStalePoll, time.Since(last).Round(time.Second))
		}
		bad = append(bad, d+": "+err.Error())
	}
	if len(bad) == 0 {
		return nil
	}
	sort.Strings(bad)
	return fmt.Errorf("%w: %s", ErrUnhealthy, strings.Join(bad, "; "))
}

// Handler serves /metrics from g and /healthz from h.
func Handler(g prometheus.Gatherer, h *Health) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(g, promhttp.HandlerOpts{}))
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) {
		if err := h.Check(); err != nil {
			http.Error(w, err.Error(), http.StatusServiceUnavailable)
			return
		}
		_, _ = w.Write([]byte("ok\n"))
	})
	return mux
}
