// Package bridgetest is a DPN chain and an L2 miner for relayer tests: a bridge.Source whose
// valsets and batches l2sim validator keys sign over the real EIP-712 digests.
package bridgetest

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dpn-network/dpn/bridge"
	"github.com/dpn-network/dpn/contracts/eip712"
	"github.com/dpn-network/dpn/contracts/l2sim"
)

// ErrDown is what a Chain answers while it is down.
var ErrDown = errors.New("bridgetest: chain unavailable")

// Tamper may change the signatures over digest a Chain hands out: kind is "valset" or
// "batch".
type Tamper func(kind, dest string, nonce uint64, digest common.Hash, sigs map[common.Address][]byte)

// Chain is a DPN chain's bridge state. A valset is signed by the set before it (the
// validators of the time), a batch by the newest set; all members sign unless Tamper says
// otherwise.
type Chain struct {
	mu      sync.Mutex
	dpnID   string
	sets    map[uint64]l2sim.Set
	domains map[string]eip712.Domain
	batches map[string]map[uint64]bridge.Batch
	orders  map[string][]bridge.ProofOrder
	tamper  Tamper
	down    bool
	calls   int
}

// NewChain is a chain with id dpnChainID whose first valset is initial.
func NewChain(dpnChainID string, initial l2sim.Set) *Chain {
	return &Chain{
		dpnID: dpnChainID, sets: map[uint64]l2sim.Set{initial.Nonce: initial},
		domains: map[string]eip712.Domain{}, batches: map[string]map[uint64]bridge.Batch{}, orders: map[string][]bridge.ProofOrder{},
	}
}

// AddDestination names an L2 deployment the chain settles to.
func (c *Chain) AddDestination(name string, l2ChainID *big.Int, settlement common.Address) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.domains[name] = eip712.Domain{L2ChainID: l2ChainID, Settlement: settlement, DPNChainID: c.dpnID}
}

// AddValset adds a validator set under its nonce.
func (c *Chain) AddValset(s l2sim.Set) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.sets[s.Nonce] = s
}

// PutBatch adds b for dest, or renews the batch with its nonce.
func (c *Chain) PutBatch(dest string, b bridge.Batch) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.batches[dest] == nil {
		c.batches[dest] = map[uint64]bridge.Batch{}
	}
	c.batches[dest][b.Nonce] = b
}

// AddProofOrder adds a proof to deliver on dest.
func (c *Chain) AddProofOrder(dest string, o bridge.ProofOrder) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.orders[dest] = append(c.orders[dest], o)
}

// SetTamper installs t (nil removes it).
func (c *Chain) SetTamper(t Tamper) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.tamper = t
}

// SetDown makes every query fail with ErrDown (a node still starting) until SetDown(false).
func (c *Chain) SetDown(down bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.down = down
}

// Calls counts the queries answered or refused so far.
func (c *Chain) Calls() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.calls
}

func (c *Chain) enter() error {
	c.mu.Lock()
	c.calls++
	if c.down {
		c.mu.Unlock()
		return ErrDown
	}
	return nil
}

// Valset implements bridge.Source.
func (c *Chain) Valset(_ context.Context, nonce uint64) (bridge.Valset, error) {
	if err := c.enter(); err != nil {
		return bridge.Valset{}, err
	}
	defer c.mu.Unlock()
	s, ok := c.sets[nonce]
	if !ok {
		return bridge.Valset{}, fmt.Errorf("valset %d: %w", nonce, bridge.ErrNotFound)
	}
	return ValsetOf(s), nil
}

// ValsetOf is s as the relayer reads it.
func ValsetOf(s l2sim.Set) bridge.Valset {
	vs := bridge.Valset{Nonce: s.Nonce}
	for _, m := range s.Members {
		vs.Members = append(vs.Members, bridge.Member{Address: m.Address(), Power: m.Power})
	}
	return vs
}

// LatestValsetNonce implements bridge.Source.
func (c *Chain) LatestValsetNonce(context.Context) (uint64, error) {
	if err := c.enter(); err != nil {
		return 0, err
	}
	defer c.mu.Unlock()
	var latest uint64
	for n := range c.sets {
		latest = max(latest, n)
	}
	return latest, nil
}

func (c *Chain) latestSet() l2sim.Set {
	var latest uint64
	for n := range c.sets {
		latest = max(latest, n)
	}
	return c.sets[latest]
}

func (c *Chain) previousSet(nonce uint64) (l2sim.Set, bool) {
	var prev l2sim.Set
	found := false
	for n, s := range c.sets {
		if n < nonce && (!found || n > prev.Nonce) {
			prev, found = s, true
		}
	}
	return prev, found
}

func sign(set l2sim.Set, digest common.Hash) map[common.Address][]byte {
	out := map[common.Address][]byte{}
	for _, m := range set.Members {
		sig := eip712.Sign(m.Key, digest)
		out[m.Address()] = sig[:]
	}
	return out
}

// ValsetSignatures implements bridge.Source.
func (c *Chain) ValsetSignatures(_ context.Context, dest string, nonce uint64) (map[common.Address][]byte, error) {
	if err := c.enter(); err != nil {
		return nil, err
	}
	defer c.mu.Unlock()
	s, ok := c.sets[nonce]
	d, okDest := c.domains[dest]
	signers, okPrev := c.previousSet(nonce)
	if !ok || !okDest || !okPrev {
		return nil, fmt.Errorf("valset %d for %s: %w", nonce, dest, bridge.ErrNotFound)
	}
	digest := eip712.ValsetDigest(d, s.Addresses(), s.Powers(), s.Nonce)
	sigs := sign(signers, digest)
	if c.tamper != nil {
		c.tamper("valset", dest, nonce, digest, sigs)
	}
	return sigs, nil
}

// Batches implements bridge.Source.
func (c *Chain) Batches(_ context.Context, dest string, after uint64) ([]bridge.Batch, error) {
	if err := c.enter(); err != nil {
		return nil, err
	}
	defer c.mu.Unlock()
	var out []bridge.Batch
	for n, b := range c.batches[dest] {
		if n > after {
			out = append(out, b)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Nonce < out[j].Nonce })
	return out, nil
}

// BatchSignatures implements bridge.Source.
func (c *Chain) BatchSignatures(_ context.Context, dest string, nonce uint64) (map[common.Address][]byte, error) {
	if err := c.enter(); err != nil {
		return nil, err
	}
	defer c.mu.Unlock()
	b, ok := c.batches[dest][nonce]
	d, okDest := c.domains[dest]
	if !ok || !okDest {
		return nil, fmt.Errorf("batch %d for %s: %w", nonce, dest, bridge.ErrNotFound)
	}
	digest := eip712.BatchDigest(d, eip712.Batch{
		Nonce: b.Nonce, L2ChainID: new(big.Int).SetUint64(b.L2ChainID), Timeout: b.Timeout, Partition: b.Partition,
		Recipients: b.Recipients, Amounts: b.Amounts, ClaimRoot: b.ClaimRoot, ClaimTotal: b.ClaimTotal,
	})
	sigs := sign(c.latestSet(), digest)
	if c.tamper != nil {
		c.tamper("batch", dest, nonce, digest, sigs)
	}
	return sigs, nil
}

// ProofOrders implements bridge.Source.
func (c *Chain) ProofOrders(_ context.Context, dest string) ([]bridge.ProofOrder, error) {
	if err := c.enter(); err != nil {
		return nil, err
	}
	defer c.mu.Unlock()
	return append([]bridge.ProofOrder(nil), c.orders[dest]...), nil
}

// NewSet is a set of n validators of equal power with fresh keys.
func NewSet(n int, nonce uint64) (l2sim.Set, error) {
	ms := make([]l2sim.Validator, n)
	for i := range ms {
		ms[i] = l2sim.Validator{Key: l2sim.NewKey(), Power: 100}
	}
	return l2sim.NewSet(ms, nonce)
}

// Key is a fresh secp256k1 key.
func Key() *ecdsa.PrivateKey { return l2sim.NewKey() }
