package submitter_test

import (
	"context"
	"crypto/ecdsa"
	"io"
	"log/slog"
	"math/big"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"github.com/dpn-network/dpn/bridge"
	"github.com/dpn-network/dpn/bridge/bridgetest"
	"github.com/dpn-network/dpn/bridge/metrics"
	"github.com/dpn-network/dpn/bridge/sender"
	"github.com/dpn-network/dpn/bridge/submitter"
	"github.com/dpn-network/dpn/contracts/l2sim"
)

const dest = "optimism"

// rig is an L2 (chain id 10) with the DPN contracts, a DPN chain that settles to it, and a
// miner that seals pending transactions.
type rig struct {
	t     *testing.T
	env   *l2sim.Env
	chain *bridgetest.Chain
	miner *bridgetest.Miner
	set   l2sim.Set
}

func newRig(t *testing.T, validators int, funded ...*ecdsa.PrivateKey) *rig {
	t.Helper()
	set, err := bridgetest.NewSet(validators, 0)
	if err != nil {
		t.Fatal(err)
	}
	env, err := l2sim.NewEnvWith(set, l2sim.Options{ChainID: big.NewInt(10), Extra: funded})
	if err != nil {
		t.Fatal(err)
	}
	chain := bridgetest.NewChain(l2sim.DPNChainID, set)
	chain.AddDestination(dest, env.ChainID, env.SettlementAddr)
	r := &rig{t: t, env: env, chain: chain, set: set}
	r.miner = bridgetest.StartMiner(env, 10*time.Millisecond)
	t.Cleanup(func() { r.miner.Stop(); env.Close() })
	return r
}

func testLogger() *slog.Logger {
	if testing.Verbose() {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

// relayer is one relayer process: a submitter with its own key, metrics and broadcasts.
type relayer struct {
	*submitter.Submitter
	key     *ecdsa.PrivateKey
	metrics *metrics.Metrics

	mu   sync.Mutex
	sent []*types.Transaction
}

func (r *rig) relayer(key *ecdsa.PrivateKey, tune func(*submitter.Config)) *relayer {
	r.t.Helper()
	return r.relayerWith(key, tune, nil)
}

func (r *rig) relayerWith(key *ecdsa.PrivateKey, tune func(*submitter.Config), health *metrics.Health) *relayer {
	r.t.Helper()
	cfg := submitter.Config{
		Destination: dest, Settlement: r.env.SettlementAddr, Poll: 20 * time.Millisecond, Key: key,
		Fees: sender.Config{
			MaxFeePerGas: big.NewInt(100e9), MaxPriorityFeePerGas: big.NewInt(2e9),
			ReplaceAfter: time.Minute, ReceiptPoll: 10 * time.Millisecond,
		},
	}
	if tune != nil {
		tune(&cfg)
	}
	m := metrics.New(prometheus.NewRegistry())
	s, err := submitter.New(cfg, r.chain, r.env.Client, m, health, testLogger())
	if err != nil {
		r.t.Fatal(err)
	}
	rl := &relayer{Submitter: s, key: key, metrics: m}
	s.OnBroadcast(func(tx *types.Transaction) {
		rl.mu.Lock()
		rl.sent = append(rl.sent, tx)
		rl.mu.Unlock()
	})
	return rl
}

func (rl *relayer) broadcasts() []*types.Transaction {
	rl.mu.Lock()
	defer rl.mu.Unlock()
	return append([]*types.Transaction(nil), rl.sent...)
}

func (rl *relayer) submissions(kind, result string) float64 {
	return value(rl.metrics.Submissions.WithLabelValues(dest, kind, result))
}

// value reads a counter or gauge.
func value(c prometheus.Metric) float64 {
	var m dto.Metric
	if err := c.Write(&m); err != nil {
		panic(err)
	}
	if m.Counter != nil {
		return m.Counter.GetValue()
	}
	return m.Gauge.GetValue()
}

// observations counts what a histogram of one series saw.
func observations(h prometheus.Observer) uint64 {
	var m dto.Metric
	if err := h.(prometheus.Metric).Write(&m); err != nil {
		panic(err)
	}
	return m.Histogram.GetSampleCount()
}

// start runs rl until the test ends or the returned stop is called; stop waits for Run.
func (rl *relayer) start(t *testing.T) (stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- rl.Run(ctx) }()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil {
				t.Errorf("Run: %v", err)
			}
		})
	}
	t.Cleanup(stop)
	return stop
}

func (r *rig) now() uint64 {
	r.t.Helper()
	h, err := r.env.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		r.t.Fatal(err)
	}
	return h.Time
}

// batch is a pushed batch paying amount[i] to recipients[i], valid for an hour.
func (r *rig) batch(nonce uint64, recipients []common.Address, amounts ...int64) bridge.Batch {
	b := bridge.Batch{Nonce: nonce, L2ChainID: r.env.ChainID.Uint64(), Timeout: r.now() + 3600, Partition: l2sim.PartitionEarnings,
		Recipients: recipients, ClaimTotal: new(big.Int)}
	for _, a := range amounts {
		b.Amounts = append(b.Amounts, big.NewInt(a))
	}
	return b
}

func addresses(n int) []common.Address {
	out := make([]common.Address, n)
	for i := range out {
		out[i] = crypto.PubkeyToAddress(l2sim.NewKey().PublicKey)
	}
	return out
}

func (r *rig) lastBatch() uint64 {
	n, err := r.env.Settlement.LastBatchNonce(nil)
	if err != nil {
		r.t.Fatal(err)
	}
	return n.Uint64()
}

func (r *rig) valsetNonce() uint64 {
	n, err := r.env.Settlement.ValsetNonce(nil)
	if err != nil {
		r.t.Fatal(err)
	}
	return n.Uint64()
}

func (r *rig) balance(a common.Address) *big.Int {
	b, err := r.env.Token.BalanceOf(nil, a)
	if err != nil {
		r.t.Fatal(err)
	}
	return b
}

// nonce is how many transactions key has had mined.
func (r *rig) nonce(key *ecdsa.PrivateKey) uint64 {
	n, err := r.env.Client.NonceAt(context.Background(), crypto.PubkeyToAddress(key.PublicKey), nil)
	if err != nil {
		r.t.Fatal(err)
	}
	return n
}

func (r *rig) pending() uint {
	n, err := r.env.Client.PendingTransactionCount(context.Background())
	if err != nil {
		r.t.Fatal(err)
	}
	return n
}

// settledEvents counts BatchSettled events for nonce.
func (r *rig) settledEvents(nonce uint64) int {
	it, err := r.env.Settlement.FilterBatchSettled(nil, []*big.Int{new(big.Int).SetUint64(nonce)}, nil)
	if err != nil {
		r.t.Fatal(err)
	}
	defer it.Close()
	n := 0
	for it.Next() {
		n++
	}
	return n
}

func eventually(t *testing.T, within time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(within)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
