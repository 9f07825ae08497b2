package groth16

import (
	"errors"
	"fmt"
	"math/big"
	"runtime"
	"sync"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/fft"

	"github.com/dpn-network/dpn/crypto/zk/zkey"
)

var (
	// ErrWitnessSize means the witness does not match the key's variable count.
	ErrWitnessSize = errors.New("groth16: witness size does not match the proving key")
	// ErrUnsatisfied means the witness does not satisfy the circuit: the
	// proof built from it failed the key's own verification, so none is returned.
	ErrUnsatisfied = errors.New("groth16: witness does not satisfy the circuit constraints")
	// ErrDomain means the key's domain is too large for the coset evaluation.
	ErrDomain = errors.New("groth16: unsupported domain size")
)

// Progress receives each finished prover stage and how long it took.
type Progress func(stage string, took time.Duration)

// Options tune Prove. The zero value is ready to use.
type Options struct {
	// Progress, if set, is told about each stage as it finishes.
	Progress Progress
	// SkipSelfCheck skips the final pairing check of the new proof against
	// the key (about 2 ms); without it an unsatisfying witness yields
	// ErrUnsatisfied instead of a proof that verifiers reject.
	SkipSelfCheck bool
}

func (o *Options) stage(name string, t0 time.Time) {
	if o.Progress != nil {
		o.Progress(name, time.Since(t0))
	}
}

// Prove computes a Groth16 proof for witness w under key k and returns it
// with the public signals w[1..nPublic].
//
// It follows snarkjs's construction: A·w and B·w are evaluated on the
// n-point domain from the key's coefficient section, C = (A·w)∘(B·w); the
// three are interpolated and re-evaluated on the odd coset ω₂ₙ·⟨ωₙ⟩, where
// the key's H points expect (A·B − C) values. Randomness r, s is fresh from
// crypto/rand.
func Prove(k *zkey.Key, w []fr.Element, opt Options) (*Proof, []fr.Element, error) {
	if len(w) != int(k.NVars) {
		return nil, nil, fmt.Errorf("%w: witness has %d values, key %d", ErrWitnessSize, len(w), k.NVars)
	}
	if !w[0].IsOne() {
		return nil, nil, fmt.Errorf("%w: witness[0] must be 1", ErrWitnessSize)
	}
	if k.Power >= zkey.MaxDomainPower {
		return nil, nil, fmt.Errorf("%w: 2^%d", ErrDomain, k.Power)
	}

	t0 := time.Now()
	h, err := quotientEvaluations(k, w)
	if err != nil {
		return nil, nil, err
	}
	opt.stage("H (coefficients, FFTs)", t0)

	msm := ecc.MultiExpConfig{NbTasks: runtime.GOMAXPROCS(0)}
	var piA, piB1, piC, resH bn254.G1Jac
	var piB bn254.G2Jac

	// One buffer serves all four G1 sections in turn, which keeps the peak
	// memory at about one section of G1 points plus B2.
	buf := make([]bn254.G1Affine, max(k.NVars, k.DomainSize))
	g1 := func(name string, sect uint32, scalars []fr.Element, dst *bn254.G1Jac) error {
		t := time.Now()
		pts, err := k.G1Into(sect, buf)
		if err != nil {
			return err
		}
		if len(pts) == 0 { // e.g. no private signals: the sum is the identity
			dst.FromAffine(&bn254.G1Affine{})
			opt.stage("MSM "+name, t)
			return nil
		}
		if _, err := dst.MultiExp(pts, scalars, msm); err != nil {
			return fmt.Errorf("MSM %s: %w", name, err)
		}
		opt.stage("MSM "+name, t)
		return nil
	}
	if err := g1("H", zkey.SectH, h, &resH); err != nil {
		return nil, nil, err
	}
	h = nil
	if err := g1("A", zkey.SectA, w, &piA); err != nil {
		return nil, nil, err
	}
	if err := g1("B1", zkey.SectB1, w, &piB1); err != nil {
		return nil, nil, err
	}
	if err := g1("C", zkey.SectC, w[k.NPublic+1:], &piC); err != nil {
		return nil, nil, err
	}
	buf = nil
	t := time.Now()
	b2, err := k.B2()
	if err != nil {
		return nil, nil, err
	}
	if _, err := piB.MultiExp(b2, w, msm); err != nil {
		return nil, nil, fmt.Errorf("MSM B2: %w", err)
	}
	b2 = nil
	opt.stage("MSM B2", t)

	var r, s, rs fr.Element
	if _, err := r.SetRandom(); err != nil {
		return nil, nil, err
	}
	if _, err := s.SetRandom(); err != nil {
		return nil, nil, err
	}
	rs.Mul(&r, &s)
	rb, sb, rsb := r.BigInt(new(big.Int)), s.BigInt(new(big.Int)), rs.BigInt(new(big.Int))

	var tmp bn254.G1Jac
	var d1 bn254.G1Jac
	d1.FromAffine(&k.Delta1)

	// πA = α + Σ wᵢ·Aᵢ + r·δ
	piA.AddMixed(&k.Alpha1)
	tmp.ScalarMultiplication(&d1, rb)
	piA.AddAssign(&tmp)

	// πB = β + Σ wᵢ·B2ᵢ + s·δ (G2), and its G1 twin for πC.
	piB.AddMixed(&k.Beta2)
	var d2, tmp2 bn254.G2Jac
	d2.FromAffine(&k.Delta2)
	tmp2.ScalarMultiplication(&d2, sb)
	piB.AddAssign(&tmp2)
	piB1.AddMixed(&k.Beta1)
	tmp.ScalarMultiplication(&d1, sb)
	piB1.AddAssign(&tmp)

	// πC = Σ wᵢ·Cᵢ + Σ hᵢ·Hᵢ + s·πA + r·πB1 − r·s·δ
	piC.AddAssign(&resH)
	tmp.ScalarMultiplication(&piA, sb)
	piC.AddAssign(&tmp)
	tmp.ScalarMultiplication(&piB1, rb)
	piC.AddAssign(&tmp)
	tmp.ScalarMultiplication(&d1, rsb)
	piC.SubAssign(&tmp)

	p := &Proof{}
	p.A.FromJacobian(&piA)
	p.B.FromJacobian(&piB)
	p.C.FromJacobian(&piC)
	public := append([]fr.Element(nil), w[1:k.NPublic+1]...)

	if !opt.SkipSelfCheck {
		t := time.Now()
		ic, err := k.IC()
		if err != nil {
			return nil, nil, err
		}
		vk := &VerifyingKey{Alpha1: k.Alpha1, Beta2: k.Beta2, Gamma2: k.Gamma2, Delta2: k.Delta2, IC: ic}
		if err := Verify(vk, p, public); err != nil {
			return nil, nil, fmt.Errorf("%w (%v)", ErrUnsatisfied, err)
		}
		opt.stage("self-check", t)
	}
	return p, public, nil
}

// quotientEvaluations returns A·B − C on the odd coset of the 2n-th roots,
// in natural order, as the key's H points expect.
func quotientEvaluations(k *zkey.Key, w []fr.Element) ([]fr.Element, error) {
	n := int(k.DomainSize)
	a := make([]fr.Element, n)
	b := make([]fr.Element, n)
	c := make([]fr.Element, n)
	var t fr.Element
	err := k.EachCoeff(func(e *zkey.Coeff) {
		t.Mul(&e.Value, &w[e.Signal])
		if e.Matrix == 0 {
			a[e.Constraint].Add(&a[e.Constraint], &t)
		} else {
			b[e.Constraint].Add(&b[e.Constraint], &t)
		}
	})
	if err != nil {
		return nil, err
	}
	parallel(n, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			c[i].Mul(&a[i], &b[i])
		}
	})

	shift, err := fr.Generator(uint64(2 * n))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrDomain, err)
	}
	dom := fft.NewDomain(uint64(n), fft.WithShift(shift))
	// Interpolate on ⟨ωₙ⟩ (output bit-reversed), then evaluate on the coset
	// (DIT takes bit-reversed input and yields natural order).
	var wg sync.WaitGroup
	for _, v := range [][]fr.Element{a, b, c} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			dom.FFTInverse(v, fft.DIF)
			dom.FFT(v, fft.DIT, fft.OnCoset())
		}()
	}
	wg.Wait()
	parallel(n, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			a[i].Mul(&a[i], &b[i]).Sub(&a[i], &c[i])
		}
	})
	return a, nil
}

func parallel(n int, f func(lo, hi int)) {
	workers := runtime.GOMAXPROCS(0)
	if n < 1<<12 {
		f(0, n)
		return
	}
	var wg sync.WaitGroup
	chunk := (n + workers - 1) / workers
	for lo := 0; lo < n; lo += chunk {
		hi := min(lo+chunk, n)
		wg.Add(1)
		go func() {
			defer wg.Done()
			f(lo, hi)
		}()
	}
	wg.Wait()
}
