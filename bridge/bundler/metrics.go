package bundler

import "github.com/prometheus/client_golang/prometheus"

// Metrics are the bundler's collectors.
type Metrics struct {
	Received  prometheus.Counter
	Accepted  prometheus.Counter
	Rejected  *prometheus.CounterVec
	Dropped   *prometheus.CounterVec
	Included  *prometheus.CounterVec
	Bundles   *prometheus.CounterVec
	GasUsed   prometheus.Counter
	FeePaid   prometheus.Counter
	Collected prometheus.Counter
	Balance   prometheus.Gauge
}

func newMetrics(reg prometheus.Registerer, pool *mempool) *Metrics {
	m := &Metrics{
		Received: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "dpn_bundler_ops_received_total", Help: "eth_sendUserOperation requests."}),
		Accepted: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "dpn_bundler_ops_accepted_total", Help: "Operations taken into the mempool."}),
		Rejected: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "dpn_bundler_ops_rejected_total",
			Help: "Operations refused, by reason: a bundler check (invalid_fields, wrong_entry_point, foreign_paymaster, gas_limits, fee_too_low, already_known, sender_busy, replacement_underpriced, mempool_full), the EntryPoint's AA code with the contract's error (entrypoint:AA33:SenderBalanceTooLow), execution or postop reverts, l2_error."},
			[]string{"reason"}),
		Dropped: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "dpn_bundler_ops_dropped_total", Help: "Accepted operations dropped before bundling because they no longer validate, by reason (as rejections)."},
			[]string{"reason"}),
		Included: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "dpn_bundler_ops_included_total", Help: "Operations in mined bundles, by result (success, reverted)."},
			[]string{"result"}),
		Bundles: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "dpn_bundler_bundles_total", Help: "handleOps transactions by result (mined, reverted, not_sent, error)."},
			[]string{"result"}),
		GasUsed: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "dpn_bundler_gas_used_total", Help: "Gas used by the bundler's mined handleOps transactions."}),
		FeePaid: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "dpn_bundler_fee_paid_wei_total", Help: "Execution fees the bundler paid for its handleOps transactions, in wei."}),
		Collected: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "dpn_bundler_collected_wei_total", Help: "What the EntryPoint paid the bundler (the operations' actualGasCost), in wei."}),
		Balance: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "dpn_bundler_balance_wei", Help: "The bundler account's balance, in wei."}),
	}
	pending := prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "dpn_bundler_mempool_ops", Help: "Operations in the mempool (waiting or being bundled)."},
		func() float64 { return float64(pool.size()) })
	reg.MustRegister(m.Received, m.Accepted, m.Rejected, m.Dropped, m.Included, m.Bundles, m.GasUsed, m.FeePaid, m.Collected, m.Balance, pending)
	return m
}
