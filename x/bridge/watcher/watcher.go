// Package watcher reads each destination's contracts on its L2, a confirmed block behind
// the head, in a background loop: DPNSettlement's nonces and the events of ComputeCredits
// and DPNToken that the chain applies (purchases, redemptions), so that ExtendVote reports
// what the L2 shows without ever waiting on an RPC.
package watcher

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"sync"
	"time"

	"cosmossdk.io/log/v2"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	gethtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/dpn-network/dpn/contracts/bindings"
	"github.com/dpn-network/dpn/x/bridge/types"
)

// ErrWrongChain is an endpoint that serves another chain than its destination names.
var ErrWrongChain = errors.New("L2 endpoint serves another chain")

// Client is what the watcher asks of an L2 node: an ethclient.Client, or a simulated
// backend's client in tests.
type Client interface {
	bind.ContractCaller
	ChainID(ctx context.Context) (*big.Int, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*gethtypes.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]gethtypes.Log, error)
}

// Dialer connects to an L2 endpoint.
type Dialer func(ctx context.Context, url string) (Client, error)

// Watcher keeps the latest confirmed reading of each destination it has an endpoint for.
type Watcher struct {
	endpoints     map[string]string
	confirmations uint64
	interval      time.Duration
	logger        log.Logger
	dial          Dialer

	mu       sync.Mutex
	dests    map[string]types.Destination
	readings map[string]reading
	clients  map[string]Client
	closers  map[string]func()
	failing  map[string]string // last error logged per destination
	logs     map[string]*eventLog
}

type reading struct {
	status types.L2Status
	at     time.Time
}

// New returns a watcher over endpoints (destination name → RPC URL).
func New(endpoints map[string]string, confirmations uint64, interval time.Duration, logger log.Logger) *Watcher {
	return NewWithDialer(endpoints, confirmations, interval, logger, nil)
}

// NewWithDialer is New with a way to reach the L2s of its own (nil: JSON-RPC over the URL).
func NewWithDialer(endpoints map[string]string, confirmations uint64, interval time.Duration, logger log.Logger, dial Dialer) *Watcher {
	return &Watcher{endpoints: endpoints, confirmations: confirmations, interval: interval, logger: logger, dial: dial,
		dests: map[string]types.Destination{}, readings: map[string]reading{}, clients: map[string]Client{},
		closers: map[string]func(){}, failing: map[string]string{}, logs: map[string]*eventLog{}}
}

// Statuses implements signer.Readings: the fresh readings of dests, ascending by name. It
// also tells the loop which contracts to read (the chain's params may change).
func (w *Watcher) Statuses(dests []types.Destination) []types.L2Status {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.dests = make(map[string]types.Destination, len(dests))
	var out []types.L2Status
	for _, d := range dests {
		w.dests[d.Name] = d
		r, ok := w.readings[d.Name]
		// A reading older than ten polls is stale: better no report than an old one.
		if ok && time.Since(r.at) < 10*w.interval && r.status.Destination == d.Name {
			out = append(out, r.status)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Destination < out[j].Destination })
	return out
}

// Run reads every known destination each interval until ctx ends.
func (w *Watcher) Run(ctx context.Context) {
	t := time.NewTicker(w.interval)
	defer t.Stop()
	for {
		w.mu.Lock()
		dests := make([]types.Destination, 0, len(w.dests))
		for _, d := range w.dests {
			dests = append(dests, d)
		}
		w.mu.Unlock()
		for _, d := range dests {
			url, ok := w.endpoints[d.Name]
			if !ok {
				continue
			}
			st, err := w.read(ctx, d, url)
			if err == nil {
				w.mu.Lock()
				w.readings[d.Name] = reading{status: st, at: time.Now()}
				w.mu.Unlock()
				w.note(ctx, d.Name, "cannot read L2", nil)
				w.note(ctx, d.Name+" events", "cannot read L2 events", w.scan(ctx, d, url, st.L2Height))
			} else {
				w.note(ctx, d.Name, "cannot read L2", err)
			}
		}
		select {
		case <-ctx.Done():
			w.closeClients()
			return
		case <-t.C:
		}
	}
}

// note logs a failure of what once, when it starts, and once when it ends.
func (w *Watcher) note(ctx context.Context, what, msg string, err error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if err == nil {
		if w.failing[what] != "" {
			w.logger.Info("L2 readable again", "what", what)
		}
		delete(w.failing, what)
		return
	}
	if m := err.Error(); w.failing[what] != m && ctx.Err() == nil {
		w.failing[what] = m
		w.logger.Warn(msg+"; retrying each poll", "what", what, "err", err)
	}
}

func (w *Watcher) closeClients() {
	w.mu.Lock()
	defer w.mu.Unlock()
	for name, closeFn := range w.closers {
		closeFn()
		delete(w.closers, name)
	}
	clear(w.clients)
}

func (w *Watcher) client(ctx context.Context, name, url string) (Client, error) {
	w.mu.Lock()
	c := w.clients[name]
	w.mu.Unlock()
	if c != nil {
		return c, nil
	}
	closeFn := func() {}
	if w.dial != nil {
		var err error
		if c, err = w.dial(ctx, url); err != nil {
			return nil, err
		}
	} else {
		ec, err := ethclient.DialContext(ctx, url)
		if err != nil {
			return nil, err
		}
		c, closeFn = ec, ec.Close
	}
	w.mu.Lock()
	w.clients[name], w.closers[name] = c, closeFn
	w.mu.Unlock()
	return c, nil
}

// read returns the contract's nonces confirmations blocks behind the L2's head, or at its
// safe block when that is older (an L2 whose safe tag lags its head, as Optimism's does
// until the batch is on L1).
func (w *Watcher) read(ctx context.Context, d types.Destination, url string) (types.L2Status, error) {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	c, err := w.client(ctx, d.Name, url)
	if err != nil {
		return types.L2Status{}, err
	}
	id, err := c.ChainID(ctx)
	if err != nil {
		return types.L2Status{}, err
	}
	if !id.IsUint64() || id.Uint64() != d.L2ChainId {
		return types.L2Status{}, fmt.Errorf("%w: chain id %s, destination %s is %d", ErrWrongChain, id, d.Name, d.L2ChainId)
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		return types.L2Status{}, err
	}
	target := new(big.Int).Sub(head.Number, new(big.Int).SetUint64(w.confirmations))
	if safe, err := c.HeaderByNumber(ctx, big.NewInt(int64(rpc.SafeBlockNumber))); err == nil && safe.Number.Cmp(target) < 0 {
		target = safe.Number
	}
	if target.Sign() <= 0 {
		return types.L2Status{}, fmt.Errorf("L2 at height %s has no block %d deep yet", head.Number, w.confirmations)
	}
	hdr, err := c.HeaderByNumber(ctx, target)
	if err != nil {
		return types.L2Status{}, err
	}
	s, err := bindings.NewDPNSettlementCaller(common.HexToAddress(d.Settlement), c)
	if err != nil {
		return types.L2Status{}, err
	}
	opts := &bind.CallOpts{Context: ctx, BlockNumber: target}
	vn, err := s.ValsetNonce(opts)
	if err != nil {
		return types.L2Status{}, fmt.Errorf("valsetNonce: %w", err)
	}
	bn, err := s.LastBatchNonce(opts)
	if err != nil {
		return types.L2Status{}, fmt.Errorf("lastBatchNonce: %w", err)
	}
	if !vn.IsUint64() || !bn.IsUint64() {
		return types.L2Status{}, fmt.Errorf("nonces out of range: %s, %s", vn, bn)
	}
	return types.L2Status{Destination: d.Name, L2Height: hdr.Number.Uint64(), L2Time: hdr.Time, ValsetNonce: vn.Uint64(), LastBatchNonce: bn.Uint64()}, nil
}
