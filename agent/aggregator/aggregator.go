// Package aggregator collects nodes' BLS heartbeat signatures for the current epoch over
// HTTP and submits them to the chain as one MsgSubmitHeartbeats: a signer bitmap and one
// aggregate signature. Anyone may run one; the chain merges overlapping submissions.
package aggregator

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"sync"

	"github.com/dpn-network/dpn/crypto/bls"
	"github.com/dpn-network/dpn/x/attestation/types"
)

// Errors a heartbeat may be refused with.
var (
	ErrWrongEpoch   = errors.New("aggregator: heartbeat for another epoch")
	ErrNodeInactive = errors.New("aggregator: node is not active")
	ErrBadSignature = errors.New("aggregator: signature does not decode")
	ErrUnknownNode  = errors.New("aggregator: no such node")
)

// Chain is what the aggregator reads from and sends to the chain.
type Chain interface {
	ChainID() string
	// CurrentBeacon returns the epoch in progress and its beacon.
	CurrentBeacon(ctx context.Context) (epoch uint64, beacon []byte, err error)
	// Node returns a node's BLS key and proof of possession, and whether it is active.
	Node(ctx context.Context, index uint64) (blsKey, pop []byte, active bool, err error)
	// SubmitHeartbeats sends one MsgSubmitHeartbeats (bit i of signers is node firstIndex + i)
	// and waits for its block.
	SubmitHeartbeats(ctx context.Context, epoch, firstIndex uint64, signers []byte, signature []byte) error
}

type nodeKey struct {
	key    bls.VerifiedPublicKey
	active bool
	epoch  uint64 // the epoch in which active was read
}

// Aggregator holds the signatures of the epoch in progress.
type Aggregator struct {
	chain Chain
	log   *slog.Logger
	// MaxSigners bounds one submission (its bitmap spans the highest index, its verification
	// costs one point addition per signer on chain).
	MaxSigners int

	mu      sync.Mutex
	epoch   uint64
	beacon  []byte
	pending map[uint64]bls.Signature
	done    map[uint64]bool // submitted and included this epoch
	keys    map[uint64]nodeKey
	stats   Stats
}

// Stats are counters for the status endpoint.
type Stats struct {
	Epoch       uint64 `json:"epoch"`
	Pending     int    `json:"pending"`
	Included    int    `json:"included"`
	Submissions uint64 `json:"submissions"`
	Rejected    uint64 `json:"rejected"`
	Dropped     uint64 `json:"dropped"`
}

// New returns an aggregator reading from and submitting to c.
func New(c Chain, log *slog.Logger) *Aggregator {
	if log == nil {
		log = slog.Default()
	}
	return &Aggregator{chain: c, log: log, MaxSigners: 10_000, pending: map[uint64]bls.Signature{}, done: map[uint64]bool{}, keys: map[uint64]nodeKey{}}
}

// Refresh reads the epoch in progress; a new epoch drops the last one's signatures (the chain
// accepts heartbeats for the current epoch only).
func (a *Aggregator) Refresh(ctx context.Context) (uint64, error) {
	epoch, beacon, err := a.chain.CurrentBeacon(ctx)
	if err != nil {
		return 0, err
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if epoch != a.epoch {
		if n := len(a.pending); n > 0 {
			a.log.Warn("epoch ended before its heartbeats were included", "epoch", a.epoch, "dropped", n)
			a.stats.Dropped += uint64(n)
		}
		a.epoch, a.beacon = epoch, beacon
		a.pending = map[uint64]bls.Signature{}
		a.done = map[uint64]bool{}
	}
	return epoch, nil
}

// Add accepts node index's heartbeat signature for epoch. The signature is checked later, in
// the aggregate (one pairing check for all of them, bisected only when one is bad).
func (a *Aggregator) Add(ctx context.Context, epoch, index uint64, sigBytes []byte) error {
	sig, err := bls.ParseSignature(sigBytes)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	a.mu.Lock()
	current := a.epoch
	a.mu.Unlock()
	if epoch != current {
		// The node may have seen a newer epoch than this aggregator has.
		if current, err = a.Refresh(ctx); err != nil {
			return err
		}
		if epoch != current {
			return fmt.Errorf("%w: got %d, current %d", ErrWrongEpoch, epoch, current)
		}
	}
	if _, err := a.key(ctx, index, epoch); err != nil {
		return err
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if epoch != a.epoch {
		return fmt.Errorf("%w: got %d, current %d", ErrWrongEpoch, epoch, a.epoch)
	}
	if !a.done[index] {
		a.pending[index] = sig
	}
	return nil
}

// key returns index's PoP-checked key if the node is active, reading the chain once per
// epoch per node.
func (a *Aggregator) key(ctx context.Context, index, epoch uint64) (bls.VerifiedPublicKey, error) {
	a.mu.Lock()
	k, ok := a.keys[index]
	a.mu.Unlock()
	if !ok || k.epoch != epoch {
		keyBytes, popBytes, active, err := a.chain.Node(ctx, index)
		if err != nil {
			return bls.VerifiedPublicKey{}, err
		}
		if ok && k.key.IsValid() {
			k.active, k.epoch = active, epoch // keys never change on chain
		} else {
			pk, err := bls.ParsePublicKey(keyBytes)
			if err != nil {
				return bls.VerifiedPublicKey{}, fmt.Errorf("node %d key: %w", index, err)
			}
			pop, err := bls.ParseSignature(popBytes)
			if err != nil {
				return bls.VerifiedPublicKey{}, fmt.Errorf("node %d pop: %w", index, err)
			}
			vk, err := bls.PopVerify(pk, pop)
			if err != nil {
				return bls.VerifiedPublicKey{}, fmt.Errorf("node %d pop: %w", index, err)
			}
			k = nodeKey{key: vk, active: active, epoch: epoch}
		}
		a.mu.Lock()
		a.keys[index] = k
		a.mu.Unlock()
	}
	if !k.active {
		return bls.VerifiedPublicKey{}, fmt.Errorf("%w: node %d", ErrNodeInactive, index)
	}
	return k.key, nil
}

// Submit aggregates the pending signatures, drops any that do not verify, and sends the rest
// as one MsgSubmitHeartbeats per MaxSigners. It returns how many heartbeats were included.
func (a *Aggregator) Submit(ctx context.Context) (int, error) {
	a.mu.Lock()
	epoch, beacon := a.epoch, a.beacon
	indices := make([]uint64, 0, len(a.pending))
	for i := range a.pending {
		indices = append(indices, i)
	}
	sort.Slice(indices, func(i, j int) bool { return indices[i] < indices[j] })
	sigs := make([]bls.Signature, len(indices))
	for j, i := range indices {
		sigs[j] = a.pending[i]
	}
	a.mu.Unlock()
	if len(indices) == 0 {
		return 0, nil
	}
	msg := types.HeartbeatSignBytes(a.chain.ChainID(), epoch, beacon)
	items := make([]item, 0, len(indices))
	for j, i := range indices {
		k, err := a.key(ctx, i, epoch)
		if err != nil {
			a.forget(epoch, i, err)
			continue
		}
		items = append(items, item{index: i, key: k, sig: sigs[j]})
	}
	good, bad := verifyBisect(items, msg)
	for _, it := range bad {
		a.forget(epoch, it.index, errors.New("signature does not verify"))
	}
	included := 0
	for start := 0; start < len(good); start += a.MaxSigners {
		batch := good[start:min(start+a.MaxSigners, len(good))]
		first, bitmap, agg, err := aggregate(batch)
		if err != nil {
			return included, err
		}
		if err := a.chain.SubmitHeartbeats(ctx, epoch, first, bitmap, agg.Bytes()); err != nil {
			a.mu.Lock()
			a.stats.Rejected++
			a.mu.Unlock()
			// A node may have left the active set since its key was read: read them again.
			for _, it := range batch {
				a.invalidate(it.index)
			}
			return included, fmt.Errorf("aggregator: submitting %d heartbeats of epoch %d: %w", len(batch), epoch, err)
		}
		a.mu.Lock()
		a.stats.Submissions++
		for _, it := range batch {
			if a.epoch == epoch {
				delete(a.pending, it.index)
				a.done[it.index] = true
			}
		}
		a.mu.Unlock()
		included += len(batch)
		a.log.Info("heartbeats included", "epoch", epoch, "signers", len(batch))
	}
	return included, nil
}

func (a *Aggregator) forget(epoch, index uint64, why error) {
	a.log.Warn("heartbeat dropped", "epoch", epoch, "node", index, "reason", why)
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.epoch == epoch {
		delete(a.pending, index)
	}
	a.stats.Dropped++
}

func (a *Aggregator) invalidate(index uint64) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if k, ok := a.keys[index]; ok {
		k.epoch = 0
		a.keys[index] = k
	}
}

// Status returns the counters.
func (a *Aggregator) Status() Stats {
	a.mu.Lock()
	defer a.mu.Unlock()
	s := a.stats
	s.Epoch, s.Pending, s.Included = a.epoch, len(a.pending), len(a.done)
	return s
}

type item struct {
	index uint64
	key   bls.VerifiedPublicKey
	sig   bls.Signature
}

// verifyBisect checks all signatures with one aggregate verification; only when that fails
// does it split the set in halves and recurse, so k bad signatures among n cost
// O(k log n) pairing checks instead of n.
func verifyBisect(items []item, msg []byte) (good, bad []item) {
	if len(items) == 0 {
		return nil, nil
	}
	keys := make([]bls.VerifiedPublicKey, len(items))
	sigs := make([]bls.Signature, len(items))
	for i, it := range items {
		keys[i], sigs[i] = it.key, it.sig
	}
	agg, err := bls.AggregateSignatures(sigs)
	if err == nil && bls.FastAggregateVerify(keys, msg, agg) == nil {
		return items, nil
	}
	if len(items) == 1 {
		return nil, items
	}
	mid := len(items) / 2
	g1, b1 := verifyBisect(items[:mid], msg)
	g2, b2 := verifyBisect(items[mid:], msg)
	return append(g1, g2...), append(b1, b2...)
}

// aggregate returns the first index of the signer bitmap (the lowest signer's index rounded
// down to a multiple of 8, so that a batch of high indices does not carry a zero bit for every
// node below them), the bitmap (bit i = node first + i, least significant bit first, no
// trailing zero bytes) and the aggregate signature of items sorted by index.
func aggregate(items []item) (uint64, []byte, bls.Signature, error) {
	first := items[0].index / 8 * 8
	var bitmap []byte
	sigs := make([]bls.Signature, len(items))
	for i, it := range items {
		bitmap = types.BitmapSet(bitmap, it.index-first)
		sigs[i] = it.sig
	}
	agg, err := bls.AggregateSignatures(sigs)
	return first, bitmap, agg, err
}
