// Package devsetup writes a snarkjs-format Groth16 .zkey for an .r1cs in one
// step, with secrets (τ, α, β, γ, δ) drawn from crypto/rand and discarded.
//
// It exists for benchmarks and tests: snarkjs needs a prepared powers-of-tau
// file, whose generation takes hours at 2^17 and beyond on small machines.
// A single-party setup is NOT a ceremony; production keys must come from a
// multi-party powers-of-tau plus phase-2 contributions (snarkjs).
//
// The layout matches snarkjs's `groth16 setup` exactly, including the extra
// A rows for the public inputs and the H points for the odd coset of the
// 2n-th roots: Hⱼ = L⁽²ⁿ⁾₂ⱼ₊₁(τ)/δ · G1.
package devsetup

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/big"
	"unsafe"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/dpn-network/dpn/crypto/zk/r1cs"
	"github.com/dpn-network/dpn/crypto/zk/zkey"
)

// ErrTooLarge means the circuit needs a domain beyond BN254's 2^27 limit for
// the odd-coset construction.
var ErrTooLarge = errors.New("devsetup: circuit too large")

type secrets struct{ tau, alpha, beta, gamma, delta fr.Element }

// lagrangeAt returns Lⱼ(τ) for j < count over the domain of size m with
// generator w: Lⱼ(τ) = (τᵐ − 1)/m · wʲ/(τ − wʲ).
func lagrangeAt(tau fr.Element, m uint64, w fr.Element, count int) []fr.Element {
	var zt, mInv fr.Element
	zt.Exp(tau, new(big.Int).SetUint64(m))
	zt.Sub(&zt, new(fr.Element).SetOne())
	mInv.SetUint64(m).Inverse(&mInv)
	zt.Mul(&zt, &mInv)
	den := make([]fr.Element, count)
	num := make([]fr.Element, count)
	var wj fr.Element
	wj.SetOne()
	for j := 0; j < count; j++ {
		num[j].Mul(&wj, &zt)
		den[j].Sub(&tau, &wj)
		wj.Mul(&wj, &w)
	}
	den = fr.BatchInvert(den)
	for j := range num {
		num[j].Mul(&num[j], &den[j])
	}
	return num
}

// Write builds the proving key for cs and writes it to out.
func Write(out io.Writer, cs *r1cs.R1CS) error {
	var s secrets
	for _, e := range []*fr.Element{&s.tau, &s.alpha, &s.beta, &s.gamma, &s.delta} {
		if _, err := e.SetRandom(); err != nil {
			return err
		}
	}
	nPub := uint32(cs.NPublic())
	nVars := cs.NWires
	m := uint64(len(cs.Constraints))
	rows := m + uint64(nPub) + 1
	n := uint64(1)
	power := 0
	for n < rows {
		n <<= 1
		power++
	}
	if power+1 > 27 {
		return fmt.Errorf("%w: domain 2^%d", ErrTooLarge, power)
	}
	wn, err := fr.Generator(n)
	if err != nil {
		return err
	}
	w2n, err := fr.Generator(2 * n)
	if err != nil {
		return err
	}
	lag := lagrangeAt(s.tau, n, wn, int(rows))
	u := make([]fr.Element, nVars)
	v := make([]fr.Element, nVars)
	wv := make([]fr.Element, nVars)
	var t fr.Element
	acc := func(dst []fr.Element, lc r1cs.LinearCombination, l *fr.Element) {
		for _, term := range lc {
			t.Mul(&term.Coeff, l)
			dst[term.Wire].Add(&dst[term.Wire], &t)
		}
	}
	for c := range cs.Constraints {
		acc(u, cs.Constraints[c].A, &lag[c])
		acc(v, cs.Constraints[c].B, &lag[c])
		acc(wv, cs.Constraints[c].C, &lag[c])
	}
	for i := uint32(0); i <= nPub; i++ {
		u[i].Add(&u[i], &lag[m+uint64(i)])
	}

	var gInv, dInv fr.Element
	gInv.Inverse(&s.gamma)
	dInv.Inverse(&s.delta)
	ic := make([]fr.Element, nPub+1)
	cpriv := make([]fr.Element, nVars-nPub-1)
	for i := uint32(0); i < nVars; i++ {
		var x, y fr.Element
		x.Mul(&s.beta, &u[i])
		y.Mul(&s.alpha, &v[i])
		x.Add(&x, &y).Add(&x, &wv[i])
		if i <= nPub {
			ic[i].Mul(&x, &gInv)
		} else {
			cpriv[i-nPub-1].Mul(&x, &dInv)
		}
	}
	hs := lagrangeAt(s.tau, 2*n, w2n, int(2*n))
	h := make([]fr.Element, n)
	for j := range h {
		h[j].Mul(&hs[2*j+1], &dInv)
	}

	_, _, g1, g2 := bn254.Generators()
	one := func(e fr.Element) (bn254.G1Affine, bn254.G2Affine) {
		var a bn254.G1Affine
		var b bn254.G2Affine
		bi := e.BigInt(new(big.Int))
		a.ScalarMultiplication(&g1, bi)
		b.ScalarMultiplication(&g2, bi)
		return a, b
	}
	alpha1, _ := one(s.alpha)
	beta1, beta2 := one(s.beta)
	_, gamma2 := one(s.gamma)
	delta1, delta2 := one(s.delta)

	bw := bufio.NewWriterSize(out, 1<<20)
	le := binary.LittleEndian
	u32 := func(x uint32) { bw.Write(le.AppendUint32(nil, x)) }
	section := func(typ uint32, size uint64) {
		u32(typ)
		bw.Write(le.AppendUint64(nil, size))
	}
	g1s := func(p []bn254.G1Affine) {
		if len(p) > 0 {
			bw.Write(unsafe.Slice((*byte)(unsafe.Pointer(&p[0])), len(p)*64))
		}
	}
	g2s := func(p []bn254.G2Affine) {
		if len(p) > 0 {
			bw.Write(unsafe.Slice((*byte)(unsafe.Pointer(&p[0])), len(p)*128))
		}
	}
	prime := func(mod *big.Int) {
		b := mod.FillBytes(make([]byte, 32))
		for i := 31; i >= 0; i-- {
			bw.WriteByte(b[i])
		}
	}

	bw.WriteString("zkey")
	u32(1)
	u32(10)
	section(zkey.SectProtocol, 4)
	u32(1)
	section(zkey.SectHeader, 4+32+4+32+12+3*64+3*128)
	u32(32)
	prime(fp.Modulus())
	u32(32)
	prime(fr.Modulus())
	u32(nVars)
	u32(nPub)
	u32(uint32(n))
	g1s([]bn254.G1Affine{alpha1, beta1})
	g2s([]bn254.G2Affine{beta2, gamma2})
	g1s([]bn254.G1Affine{delta1})
	g2s([]bn254.G2Affine{delta2})

	section(zkey.SectIC, uint64(len(ic))*64)
	g1s(bn254.BatchScalarMultiplicationG1(&g1, ic))

	// Coefficients: per constraint its A then B terms, then one A row per
	// public signal; values stored as v·R² (see package zkey).
	var r2 fr.Element
	r2.SetBigInt(new(big.Int).Exp(big.NewInt(2), big.NewInt(512), fr.Modulus()))
	nCoef := uint64(nPub) + 1
	for _, c := range cs.Constraints {
		nCoef += uint64(len(c.A) + len(c.B))
	}
	section(zkey.SectCoeffs, 4+nCoef*44)
	u32(uint32(nCoef))
	coef := func(matrix, c, sig uint32, val fr.Element) {
		u32(matrix)
		u32(c)
		u32(sig)
		val.Mul(&val, &r2)
		var b [32]byte
		fr.LittleEndian.PutElement(&b, val)
		bw.Write(b[:])
	}
	for ci, c := range cs.Constraints {
		for _, term := range c.A {
			coef(0, uint32(ci), term.Wire, term.Coeff)
		}
		for _, term := range c.B {
			coef(1, uint32(ci), term.Wire, term.Coeff)
		}
	}
	for i := uint32(0); i <= nPub; i++ {
		coef(0, uint32(m)+i, i, fr.One())
	}

	section(zkey.SectA, uint64(nVars)*64)
	g1s(bn254.BatchScalarMultiplicationG1(&g1, u))
	b1 := bn254.BatchScalarMultiplicationG1(&g1, v)
	section(zkey.SectB1, uint64(nVars)*64)
	g1s(b1)
	section(zkey.SectB2, uint64(nVars)*128)
	g2s(bn254.BatchScalarMultiplicationG2(&g2, v))
	section(zkey.SectC, uint64(len(cpriv))*64)
	g1s(bn254.BatchScalarMultiplicationG1(&g1, cpriv))
	section(zkey.SectH, n*64)
	g1s(bn254.BatchScalarMultiplicationG1(&g1, h))
	// Section 10 (contributions): a zero hash and no contributions.
	section(10, 64+4)
	bw.Write(make([]byte, 68))
	return bw.Flush()
}
