package bundler

import (
	"math/big"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// replacementPercent is how much higher both fees of an operation replacing another (same
// sender and nonce) must be: the rule geth applies to transactions.
const replacementPercent = 110

// entry is an accepted operation waiting for (or in) a bundle.
type entry struct {
	op       UserOperation
	hash     common.Hash
	added    time.Time
	inflight bool // in a bundle being sent: neither replaced nor bundled again meanwhile
	attempts int  // bundles it was in that did not land
}

// mempool holds at most one operation per sender. DPNPaymaster's validation reads the
// sender's balance, and handleOps validates every operation of a bundle before it executes
// any, so two of one sender's operations would both be checked against the balance that
// only one of them can spend.
type mempool struct {
	mu       sync.Mutex
	max      int
	byHash   map[common.Hash]*entry
	bySender map[common.Address]*entry
}

func newMempool(max int) *mempool {
	return &mempool{max: max, byHash: map[common.Hash]*entry{}, bySender: map[common.Address]*entry{}}
}

// admit says whether op could go in now, without putting it in: simulation runs between
// the two, and a refusal known before it saves the L2 the work.
func (m *mempool) admit(op UserOperation, hash common.Hash) *Error {
	m.mu.Lock()
	defer m.mu.Unlock()
	_, err := m.check(op, hash)
	return err
}

// add puts op in, replacing the sender's operation of the same nonce when op pays enough
// more; it returns the replaced operation's hash.
func (m *mempool) add(op UserOperation, hash common.Hash) (common.Hash, *Error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	old, err := m.check(op, hash)
	if err != nil {
		return common.Hash{}, err
	}
	var replaced common.Hash
	if old != nil {
		replaced = old.hash
		delete(m.byHash, old.hash)
	}
	e := &entry{op: op, hash: hash, added: time.Now()}
	m.byHash[hash] = e
	m.bySender[op.Sender] = e
	return replaced, nil
}

func (m *mempool) check(op UserOperation, hash common.Hash) (*entry, *Error) {
	if _, ok := m.byHash[hash]; ok {
		return nil, invalid("already_known", "operation %s is already in the mempool", hash)
	}
	old, ok := m.bySender[op.Sender]
	if !ok {
		if len(m.byHash) >= m.max {
			return nil, invalid("mempool_full", "the mempool holds %d operations, its limit; try again after the next bundle", len(m.byHash))
		}
		return nil, nil
	}
	switch {
	case old.inflight:
		return nil, invalid("sender_busy", "sender %s's operation %s is being bundled; send the next one once it lands", op.Sender, old.hash)
	case old.op.Nonce.Cmp(op.Nonce) != 0:
		return nil, invalid("sender_busy", "sender %s has operation %s (nonce %s) pending: one operation per sender at a time", op.Sender, old.hash, old.op.Nonce)
	}
	if !raisedEnough(old.op.MaxFeePerGas, op.MaxFeePerGas) || !raisedEnough(old.op.MaxPriorityFeePerGas, op.MaxPriorityFeePerGas) {
		return nil, invalid("replacement_underpriced",
			"a replacement of %s needs both fees %d %% of the pending ones (maxFeePerGas ≥ %s, maxPriorityFeePerGas ≥ %s)",
			old.hash, replacementPercent, minReplacement(old.op.MaxFeePerGas), minReplacement(old.op.MaxPriorityFeePerGas))
	}
	return old, nil
}

func raisedEnough(old, fresh *big.Int) bool {
	return fresh.Cmp(minReplacement(old)) >= 0
}

// minReplacement is old × 110 %, rounded up.
func minReplacement(old *big.Int) *big.Int {
	v := new(big.Int).Mul(old, big.NewInt(replacementPercent))
	v.Add(v, big.NewInt(99))
	return v.Div(v, big.NewInt(100))
}

// take marks for a bundle the oldest waiting operations, at most n and gas in all.
func (m *mempool) take(n int, gas uint64) []*entry {
	m.mu.Lock()
	defer m.mu.Unlock()
	var waiting []*entry
	for _, e := range m.byHash {
		if !e.inflight {
			waiting = append(waiting, e)
		}
	}
	sort.Slice(waiting, func(i, j int) bool { return waiting[i].added.Before(waiting[j].added) })
	var out []*entry
	var used uint64
	for _, e := range waiting {
		if len(out) == n {
			break
		}
		g := e.op.GasTotal()
		if used+g > gas {
			continue
		}
		used += g
		e.inflight = true
		out = append(out, e)
	}
	return out
}

// release returns an operation of a bundle that did not land to the waiting ones.
func (m *mempool) release(e *entry) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if cur, ok := m.byHash[e.hash]; ok && cur == e {
		e.inflight = false
		e.attempts++
	}
}

func (m *mempool) remove(e *entry) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if cur, ok := m.byHash[e.hash]; ok && cur == e {
		delete(m.byHash, e.hash)
		if m.bySender[e.op.Sender] == e {
			delete(m.bySender, e.op.Sender)
		}
	}
}

func (m *mempool) size() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.byHash)
}

// record is an operation that was bundled: what the EntryPoint said about it, and the
// transaction's receipt.
type record struct {
	op      UserOperation
	result  *opResult
	receipt *types.Receipt
}

// results keeps the newest finished operations for receipt queries; the chain keeps them
// for good, so losing the oldest (or all, on restart) loses nothing but this cache.
type results struct {
	mu     sync.Mutex
	max    int
	byHash map[common.Hash]*record
	order  []common.Hash
}

func newResults(max int) *results {
	return &results{max: max, byHash: map[common.Hash]*record{}}
}

func (r *results) put(h common.Hash, rec *record) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.byHash[h]; !ok {
		r.order = append(r.order, h)
	}
	r.byHash[h] = rec
	for len(r.order) > r.max {
		delete(r.byHash, r.order[0])
		r.order = r.order[1:]
	}
}

func (r *results) get(h common.Hash) *record {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.byHash[h]
}
