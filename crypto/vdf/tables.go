package vdf

import (
	"context"
	"math/big"
	"math/bits"
	"sync"
)

// The table method for long evaluations (T ≥ tableMinT) moves most of the
// proof's work into the sequential phase, where the second core is otherwise
// idle. Checkpoints S_m = x^(2^(κm)) are grouped g at a time and, while the
// squaring continues, every subset product of each group is tabulated
// (2^g - g - 1 multiplications per group). Once ℓ is known,
//
//	π = x^q = ∏_{s<κ} Z_s^(2^s),  Z_s = ∏_m S_m^(bit κm+s of q) = ∏_groups table[mask]
//
// so each Z_s costs one multiplication per group: T/g multiplications in all
// instead of the bucket method's ≈ T/k + γ·2^(k+1), plus κ squarings for
// Horner's rule. q's bits are produced 64 at a time from 2^e mod ℓ, stepping
// e by 64 with one 256-bit modular multiplication per word.

// tableMinT is the smallest T evaluated with the table method.
const tableMinT = 1 << 18

type tableParams struct {
	kappa uint64 // squarings between checkpoints
	g     int    // checkpoints per table
}

// tableMaxEntries bounds the tables' memory: 2^18 entries × 256 B = 64 MiB.
const tableMaxEntries = 1 << 18

func chooseTableParams(t uint64) tableParams {
	const g = 10
	maxCheckpoints := uint64(tableMaxEntries * g >> g) // groups × 2^g ≤ tableMaxEntries
	kappa := max(2048, (t+maxCheckpoints-1)/maxCheckpoints)
	return tableParams{kappa: kappa, g: g}
}

// tableBuilder tabulates subset products of checkpoints as they arrive.
type tableBuilder struct {
	g      int
	tables [][]*big.Int // tables[G][mask] = ∏_{bit t of mask} S_{gG+t}; [0] is nil (1)
	count  int          // checkpoints received
	done   chan struct{}
}

func startTableBuilder(g int, in <-chan *big.Int) *tableBuilder {
	b := &tableBuilder{g: g, done: make(chan struct{})}
	go func() {
		defer close(b.done)
		w := newMulWorker()
		group := make([]*big.Int, 0, g)
		for s := range in {
			b.count++
			group = append(group, s)
			if len(group) == g {
				b.tables = append(b.tables, w.subsetProducts(group))
				group = make([]*big.Int, 0, g)
			}
		}
		if len(group) > 0 {
			b.tables = append(b.tables, w.subsetProducts(group))
		}
	}()
	return b
}

// subsetProducts returns all 2^len(pts) products of subsets of pts.
func (w *mulWorker) subsetProducts(pts []*big.Int) []*big.Int {
	tab := make([]*big.Int, 1<<len(pts))
	for mask := 1; mask < len(tab); mask++ {
		low := mask & -mask
		rest := mask ^ low
		p := pts[bits.TrailingZeros(uint(low))]
		if rest == 0 {
			tab[mask] = p
			continue
		}
		tab[mask] = w.mul(tab[rest], p)
	}
	return tab
}

// mulWorker holds scratch space for multiplications mod N.
type mulWorker struct{ prod, q *big.Int }

func newMulWorker() *mulWorker { return &mulWorker{prod: new(big.Int), q: new(big.Int)} }

// mul returns a·b mod N in a new Int.
func (w *mulWorker) mul(a, b *big.Int) *big.Int {
	w.prod.Mul(a, b)
	r := new(big.Int)
	w.q.QuoRem(w.prod, modulus, r)
	return r
}

// mulInto sets *dst = *dst · v mod N, treating nil as 1.
func (w *mulWorker) mulInto(dst **big.Int, v *big.Int) {
	if *dst == nil {
		*dst = new(big.Int).Set(v)
		return
	}
	w.prod.Mul(*dst, v)
	w.q.QuoRem(w.prod, modulus, *dst)
}

// proveTables computes π = x^⌊2^T/ℓ⌋ from the tables of m checkpoints.
func proveTables(ctx context.Context, tb *tableBuilder, t uint64, l *big.Int, p tableParams, workers int, progress ProgressFunc) (*big.Int, error) {
	kappa := p.kappa
	blocks := (kappa + 63) / 64
	workers = int(min(uint64(workers), blocks))
	per := (blocks + uint64(workers) - 1) / uint64(workers)

	type part struct {
		acc  *big.Int
		from uint64 // lowest s of the part
		err  error
	}
	parts := make([]part, workers)
	var doneBlocks uint64
	var mu sync.Mutex
	var wg sync.WaitGroup
	for wi := 0; wi < workers; wi++ {
		b0, b1 := uint64(wi)*per, min(uint64(wi+1)*per, blocks)
		if b0 >= b1 {
			continue
		}
		wg.Add(1)
		go func(wi int, b0, b1 uint64) {
			defer wg.Done()
			acc, err := provePart(ctx, tb, t, l, p, b0, b1, func() {
				mu.Lock()
				doneBlocks++
				d := doneBlocks
				mu.Unlock()
				if wi == 0 { // one goroutine reports, so the callback is never concurrent
					progress(Progress{Phase: PhaseProof, Done: d, Total: blocks + 1})
				}
			})
			parts[wi] = part{acc: acc, from: 64 * b0, err: err}
		}(wi, b0, b1)
	}
	wg.Wait()
	pi := big.NewInt(1)
	w := newMulWorker()
	for _, pt := range parts {
		if pt.err != nil {
			return nil, pt.err
		}
		if pt.acc == nil {
			continue
		}
		v := pt.acc
		if pt.from > 0 {
			v = new(big.Int).Exp(v, new(big.Int).Lsh(bigOne, uint(pt.from)), modulus)
		}
		pi = w.mul(pi, v)
	}
	progress(Progress{Phase: PhaseProof, Done: blocks + 1, Total: blocks + 1})
	return pi, nil
}

// provePart returns ∏_{s ∈ [64·b0, min(64·b1, κ))} Z_s^(2^(s-64·b0)), or nil for 1.
func provePart(ctx context.Context, tb *tableBuilder, t uint64, l *big.Int, p tableParams, b0, b1 uint64, tick func()) (*big.Int, error) {
	m := tb.count
	g := tb.g
	kappa := p.kappa
	two := big.NewInt(2)
	shift64 := new(big.Int).Exp(two, big.NewInt(64), l) // 2^64 mod ℓ
	// r[i] = 2^(e_i - 64) mod ℓ with e_i = T - κ·i - 64·b, for the current
	// block b; nil while e_i < 64 (all of that word's bits are zero).
	r := make([]*big.Int, m)
	words := make([]uint64, m)
	w := newMulWorker()
	tmp := new(big.Int)
	var acc *big.Int
	for b := b1; b > b0; {
		b--
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		for i := 0; i < m; i++ {
			e := int64(t) - int64(kappa)*int64(i) - 64*int64(b)
			switch {
			case e < 64:
				r[i], words[i] = nil, 0
				continue
			case r[i] == nil:
				r[i] = new(big.Int).Exp(two, big.NewInt(e-64), l)
			case b+1 < b1:
				// moving from block b+1 to b raises e by 64
				r[i].Mul(r[i], shift64).Mod(r[i], l)
			}
			tmp.Lsh(r[i], 64).Quo(tmp, l)
			words[i] = tmp.Uint64()
		}
		top := min(64*b+64, kappa)
		for s := top; s > 64*b; {
			s--
			j := s - 64*b
			if acc != nil {
				acc = w.mul(acc, acc)
			}
			for grp, tab := range tb.tables {
				mask := 0
				for k := 0; k < g && grp*g+k < m; k++ {
					mask |= int(words[grp*g+k]>>j&1) << k
				}
				if mask != 0 {
					w.mulInto(&acc, tab[mask])
				}
			}
		}
		tick()
	}
	return acc, nil
}
