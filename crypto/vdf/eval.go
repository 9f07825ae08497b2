package vdf

import (
	"context"
	"math"
	"math/big"
	"runtime"
	"sync"
)

// Phase names the part of an evaluation a Progress report is about.
type Phase int

const (
	// PhaseSquaring is the sequential part: T squarings.
	PhaseSquaring Phase = iota + 1
	// PhaseProof is the proof computation after y is known.
	PhaseProof
)

// Progress reports how far an evaluation has come. In PhaseSquaring Done and
// Total count squarings; in PhaseProof they count proof work units.
type Progress struct {
	Phase       Phase
	Done, Total uint64
}

// ProgressFunc receives progress reports. It is called on the evaluating
// goroutine between chunks of work (about every millisecond) and must return
// quickly.
type ProgressFunc func(Progress)

// Eval computes y = x^(2^T) and Wesolowski's proof π = x^⌊2^T/ℓ⌋.
func Eval(x Element, t uint64) (y, proof Element, err error) {
	return EvalContext(context.Background(), x, t, nil)
}

// EvalContext is Eval with cancellation and progress reports. When ctx is
// done it stops within one step (at most 8192 squarings, a few milliseconds)
// or one proof work unit and returns ctx.Err().
func EvalContext(ctx context.Context, x Element, t uint64, progress ProgressFunc) (y, proof Element, err error) {
	if !x.IsValid() {
		return Element{}, Element{}, ErrElementUninitialized
	}
	if err := checkT(t); err != nil {
		return Element{}, Element{}, err
	}
	workers := runtime.GOMAXPROCS(0)
	if progress == nil {
		progress = func(Progress) {}
	}
	useTables := t >= tableMinT
	var p params
	var tp tableParams
	var chunk uint64
	switch {
	case useTables:
		tp = chooseTableParams(t)
		chunk = tp.kappa
	default:
		p = chooseParams(t, workers)
		chunk = t
		if !p.direct {
			chunk = p.k * p.gamma
		}
	}

	// Sequential part. Each step is one big.Int.Exp with exponent 2^step:
	// Go's Exp runs Montgomery multiplication in assembly, and steps of
	// about a thousand squarings or more keep its per-call setup (conversion
	// into Montgomery form, a 16-entry window table) near 2 % of the work.
	// Chunk boundaries are the checkpoints the proof needs.
	var checkpoints []*big.Int
	var tb *tableBuilder
	var toBuilder chan *big.Int
	if useTables {
		toBuilder = make(chan *big.Int, 16)
		tb = startTableBuilder(tp.g, toBuilder)
	}
	cur := new(big.Int).Set(x.v)
	exp := new(big.Int)
	var cancelled error
	for done := uint64(0); done < t; {
		if cancelled = ctx.Err(); cancelled != nil {
			break
		}
		if done%chunk == 0 {
			switch {
			case useTables:
				toBuilder <- cur
			case !p.direct:
				checkpoints = append(checkpoints, cur)
			}
		}
		// Steps stop at checkpoint boundaries and are at most maxStep long so
		// that cancellation and progress stay responsive for any T.
		step := min(chunk-done%chunk, t-done, maxStep)
		exp.SetBit(exp.SetInt64(0), int(step), 1)
		cur = new(big.Int).Exp(cur, exp, modulus)
		done += step
		progress(Progress{Phase: PhaseSquaring, Done: done, Total: t})
	}
	if useTables {
		close(toBuilder)
	}
	if cancelled != nil {
		if useTables {
			<-tb.done
		}
		return Element{}, Element{}, cancelled
	}
	y = canonical(cur)

	l := HashToPrime(x, y, t)
	if useTables {
		<-tb.done // the last table was built while ℓ was derived
	}
	var pi *big.Int
	switch {
	case useTables:
		pi, err = proveTables(ctx, tb, t, l, tp, workers, progress)
	case p.direct:
		q := new(big.Int).Lsh(bigOne, uint(t))
		q.Quo(q, l)
		pi = new(big.Int).Exp(x.v, q, modulus)
		progress(Progress{Phase: PhaseProof, Done: 1, Total: 1})
	default:
		pi, err = proveCheckpointed(ctx, checkpoints, t, l, p, workers, progress)
	}
	if err != nil {
		return Element{}, Element{}, err
	}
	return y, canonical(pi), nil
}

// params are the proof-generation parameters of Wesolowski's §4.1 (also
// Boneh–Bünz–Fisch, "A Survey of Two Verifiable Delay Functions"): the
// quotient q = ⌊2^T/ℓ⌋ is cut into k-bit digits, checkpoints are stored every
// kγ squarings, and π is assembled from T/k multiplications into 2^k buckets
// per offset plus γ·2^(k+1) multiplications to fold the buckets.
type params struct {
	direct   bool
	k, gamma uint64
}

// maxStep bounds the squarings per Exp call between cancellation checks.
const maxStep = 1 << 13

// maxCheckpoints bounds the memory of an evaluation (2^16 × 256 B = 16 MiB).
const maxCheckpoints = 1 << 16

// chooseParams minimises a cost model measured in squarings on this code:
// an Exp call costs ~25 squarings of setup, a multiply-and-reduce costs ~1.4
// squarings, and the bucket work is spread over the available cores.
func chooseParams(t uint64, workers int) params {
	if t <= 4096 {
		// q has at most T bits; computing x^q directly costs about T
		// squarings, which is cheaper than any bookkeeping at this size.
		return params{direct: true}
	}
	const callCost, mulCost = 25.0, 1.4
	T, P := float64(t), float64(workers)
	best, bestCost := params{}, math.Inf(1)
	for k := uint64(1); k <= 16; k++ {
		K := float64(k)
		g := math.Round(math.Sqrt(callCost * T * P / (K * mulCost * math.Exp2(K+1))))
		g = max(g, math.Ceil(T/(K*maxCheckpoints)), 1)
		g = min(g, math.Ceil(T/K))
		cost := callCost*T/(K*g) + mulCost*(T/K+g*math.Exp2(K+1))/P + 3*g*K
		if cost < bestCost {
			best, bestCost = params{k: k, gamma: uint64(g)}, cost
		}
	}
	return best
}

// proveCheckpointed computes π = x^⌊2^T/ℓ⌋ from checkpoints[m] = x^(2^(kγm)).
//
// Digit i of q (bits ki..ki+k-1) is ⌊2^k · (2^(T-k(i+1)) mod ℓ) / ℓ⌋ when
// k(i+1) ≤ T and 0 above (those bits lie beyond q's length since ℓ > 2^255).
// For each offset j < γ the digits i = j + γm select a bucket for checkpoint
// m; Y_j = ∏_d B_d^d, and π = ∏_j Y_j^(2^(kj)) by Horner's rule.
func proveCheckpointed(ctx context.Context, checkpoints []*big.Int, t uint64, l *big.Int, p params, workers int, progress ProgressFunc) (*big.Int, error) {
	k, gamma := p.k, p.gamma
	ys := make([]*big.Int, gamma)

	// inv = 2^(-kγ) mod ℓ steps the remainder from digit i to digit i+γ.
	inv := new(big.Int).Exp(big.NewInt(2), new(big.Int).SetUint64(k*gamma), l)
	inv.ModInverse(inv, l)

	workers = int(min(uint64(workers), gamma))
	jobs := make(chan uint64)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			pw := newProofWorker(k)
			for j := range jobs {
				ys[j] = pw.offsetProduct(checkpoints, t, l, inv, k, gamma, j)
			}
		}()
	}
	var cancelled error
	for j := uint64(0); j < gamma; j++ {
		if err := ctx.Err(); err != nil {
			cancelled = err
			break
		}
		jobs <- j
		progress(Progress{Phase: PhaseProof, Done: j + 1, Total: gamma + 1})
	}
	close(jobs)
	wg.Wait()
	if cancelled != nil {
		return nil, cancelled
	}

	// Horner: π = (…(Y_{γ-1}^(2^k) · Y_{γ-2})^(2^k) · …) · Y_0.
	exp := new(big.Int).Lsh(bigOne, uint(k))
	pi := big.NewInt(1)
	for j := int(gamma) - 1; j >= 0; j-- {
		pi.Exp(pi, exp, modulus)
		if ys[j] != nil {
			pi.Mul(pi, ys[j]).Mod(pi, modulus)
		}
	}
	progress(Progress{Phase: PhaseProof, Done: gamma + 1, Total: gamma + 1})
	return pi, nil
}

// proofWorker holds one goroutine's buckets and scratch space.
type proofWorker struct {
	*mulWorker
	buckets []*big.Int // nil = empty (the identity), avoiding multiplications by 1
}

func newProofWorker(k uint64) *proofWorker {
	return &proofWorker{mulWorker: newMulWorker(), buckets: make([]*big.Int, 1<<k)}
}

// offsetProduct returns Y_j = ∏_m checkpoints[m]^digit(j+γm), or nil for 1.
func (w *proofWorker) offsetProduct(checkpoints []*big.Int, t uint64, l, inv *big.Int, k, gamma, j uint64) *big.Int {
	clear(w.buckets)
	mask := new(big.Int).Lsh(bigOne, uint(k))
	r := new(big.Int) // 2^(T-k(i+1)) mod ℓ for the current digit i
	d := new(big.Int)
	for m, i := uint64(0), j; m < uint64(len(checkpoints)); m, i = m+1, i+gamma {
		if k*(i+1) > t {
			break // every further digit is above q's top bit
		}
		if m == 0 {
			r.Exp(big.NewInt(2), new(big.Int).SetUint64(t-k*(i+1)), l)
		} else {
			r.Mul(r, inv).Mod(r, l)
		}
		d.Lsh(r, uint(k)).Quo(d, l)
		if d.Cmp(mask) >= 0 {
			panic("vdf: digit out of range") // cannot happen: r < ℓ
		}
		if digit := d.Uint64(); digit != 0 {
			w.mulInto(&w.buckets[digit], checkpoints[m])
		}
	}
	// ∏_d B_d^d = ∏_{d≥1} (∏_{e≥d} B_e): a running suffix product.
	var run, acc *big.Int
	for dgt := len(w.buckets) - 1; dgt >= 1; dgt-- {
		if w.buckets[dgt] != nil {
			w.mulInto(&run, w.buckets[dgt])
		}
		if run != nil {
			w.mulInto(&acc, run)
		}
	}
	return acc
}
