package vdf

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"math/big"
	"testing"
)

// The modulus must be RSA-2048 exactly; its hexadecimal form as published
// with the challenge starts and ends with these digits.
func TestModulusIsRSA2048(t *testing.T) {
	if modulus.BitLen() != 2048 || modulus.Bit(0) != 1 {
		t.Fatalf("bit length %d", modulus.BitLen())
	}
	h := modulus.Text(16)
	if h[:32] != "c7970ceedcc3b0754490201a7aa613cd" || h[len(h)-32:] != "33a5eb6817f7bc16399d48c6361cc7e5" {
		t.Fatalf("modulus digits differ from RSA-2048: %s…%s", h[:32], h[len(h)-32:])
	}
	if len(rsa2048Decimal) != 617 {
		t.Fatalf("decimal digits %d, want 617", len(rsa2048Decimal))
	}
}

func naive(x Element, t uint64) *big.Int {
	v := new(big.Int).Set(x.v)
	for i := uint64(0); i < t; i++ {
		v.Mul(v, v).Mod(v, modulus)
	}
	return canonical(v).v
}

// Eval must agree with plain repeated squaring and verify, for T on both
// sides of the direct/checkpointed boundary and for T not a multiple of the
// chunk size.
func TestEvalVerifyRoundTrip(t *testing.T) {
	for _, T := range []uint64{1, 2, 3, 255, 256, 257, 1000, 4096, 4097, 5003, 9000, 20011} {
		x := HashToGroup([]byte("round trip"))
		y, pi, err := Eval(x, T)
		if err != nil {
			t.Fatal(err)
		}
		if T <= 20011 && y.v.Cmp(naive(x, T)) != 0 {
			t.Fatalf("T=%d: y differs from repeated squaring", T)
		}
		if err := Verify(x, T, y, pi); err != nil {
			t.Fatalf("T=%d: %v", T, err)
		}
		// the proof must be exactly x^⌊2^T/ℓ⌋ (up to sign)
		l := HashToPrime(x, y, T)
		q := new(big.Int).Quo(new(big.Int).Lsh(bigOne, uint(T)), l)
		want := canonical(new(big.Int).Exp(x.v, q, modulus))
		if !want.Equal(pi) {
			t.Fatalf("T=%d: proof differs from x^floor(2^T/l)", T)
		}
	}
}

// Every parameter choice the optimiser might make must give a correct proof.
func TestProofParameters(t *testing.T) {
	x := HashToGroup([]byte("params"))
	const T = 6007
	y := canonical(new(big.Int).Exp(x.v, new(big.Int).Lsh(bigOne, T), modulus))
	l := HashToPrime(x, y, T)
	q := new(big.Int).Quo(new(big.Int).Lsh(bigOne, T), l)
	want := canonical(new(big.Int).Exp(x.v, q, modulus))
	for _, p := range []params{{k: 1, gamma: 1}, {k: 3, gamma: 7}, {k: 8, gamma: 13}, {k: 5, gamma: 400}, {k: 16, gamma: 2}, {k: 2, gamma: 6007}} {
		chunk := p.k * p.gamma
		var cps []*big.Int
		cur := new(big.Int).Set(x.v)
		for done := uint64(0); done < T; done += chunk {
			cps = append(cps, cur)
			cur = new(big.Int).Exp(cur, new(big.Int).Lsh(bigOne, uint(chunk)), modulus)
		}
		for _, workers := range []int{1, 3} {
			pi, err := proveCheckpointed(context.Background(), cps, T, l, p, workers, func(Progress) {})
			if err != nil {
				t.Fatal(err)
			}
			if !canonical(pi).Equal(want) {
				t.Fatalf("k=%d γ=%d workers=%d: wrong proof", p.k, p.gamma, workers)
			}
		}
	}
}

func TestChooseParams(t *testing.T) {
	for _, T := range []uint64{4097, 1 << 20, 1 << 24, 1 << 30, MaxT} {
		p := chooseParams(T, 2)
		if p.direct || p.k == 0 || p.gamma == 0 {
			t.Fatalf("T=%d: %+v", T, p)
		}
		if (T+p.k*p.gamma-1)/(p.k*p.gamma) > maxCheckpoints {
			t.Fatalf("T=%d: %+v exceeds the checkpoint bound", T, p)
		}
	}
}

func TestVerifyRejects(t *testing.T) {
	const T = 5000
	x := HashToGroup([]byte("reject"))
	y, pi, err := Eval(x, T)
	if err != nil {
		t.Fatal(err)
	}
	other := HashToGroup([]byte("other"))
	tests := []struct {
		name     string
		x, y, pi Element
		t        uint64
		err      error
	}{
		{"wrong y", x, other, pi, T, ErrInvalidProof},
		{"y squared once more", x, canonical(new(big.Int).Exp(y.v, big.NewInt(2), modulus)), pi, T, ErrInvalidProof},
		{"wrong proof", x, y, other, T, ErrInvalidProof},
		{"proof is x", x, y, x, T, ErrInvalidProof},
		{"wrong x", other, y, pi, T, ErrInvalidProof},
		{"T-1", x, y, pi, T - 1, ErrInvalidProof},
		{"T+1", x, y, pi, T + 1, ErrInvalidProof},
		{"T zero", x, y, pi, 0, ErrTOutOfRange},
		{"T too large", x, y, pi, MaxT + 1, ErrTOutOfRange},
		{"uninitialised y", x, Element{}, pi, T, ErrElementUninitialized},
		{"uninitialised proof", x, y, Element{}, T, ErrElementUninitialized},
	}
	for _, tc := range tests {
		if err := Verify(tc.x, tc.t, tc.y, tc.pi); !errors.Is(err, tc.err) {
			t.Errorf("%s: got %v, want %v", tc.name, err, tc.err)
		}
	}
	if _, _, err := Eval(Element{}, 10); !errors.Is(err, ErrElementUninitialized) {
		t.Errorf("Eval of zero element: %v", err)
	}
	if _, _, err := Eval(x, 0); !errors.Is(err, ErrTOutOfRange) {
		t.Errorf("Eval with T=0: %v", err)
	}
}

func TestParseElementRejects(t *testing.T) {
	enc := func(v *big.Int) []byte { return v.FillBytes(make([]byte, ElementSize)) }
	x := HashToGroup([]byte("e"))
	tests := []struct {
		name string
		b    []byte
		err  error
	}{
		{"empty", nil, ErrElementLength},
		{"short", x.Bytes()[1:], ErrElementLength},
		{"long", append([]byte{0}, x.Bytes()...), ErrElementLength},
		{"zero", make([]byte, ElementSize), ErrElementZero},
		{"N", enc(modulus), ErrElementNotReduced},
		{"N+1", enc(new(big.Int).Add(modulus, bigOne)), ErrElementNotReduced},
		{"all ones", bytes.Repeat([]byte{0xff}, ElementSize), ErrElementNotReduced},
		{"N-x (other representative)", enc(new(big.Int).Sub(modulus, x.v)), ErrElementNotCanonical},
		{"N-1", enc(new(big.Int).Sub(modulus, bigOne)), ErrElementNotCanonical},
		{"(N+1)/2", enc(new(big.Int).Add(halfModulus, bigOne)), ErrElementNotCanonical},
	}
	for _, tc := range tests {
		if _, err := ParseElement(tc.b); !errors.Is(err, tc.err) {
			t.Errorf("%s: got %v, want %v", tc.name, err, tc.err)
		}
	}
	for _, v := range []*big.Int{bigOne, halfModulus, x.v} {
		e, err := ParseElement(enc(v))
		if err != nil || !bytes.Equal(e.Bytes(), enc(v)) {
			t.Errorf("valid element %v rejected: %v", v, err)
		}
	}
}

func TestOutputEncoding(t *testing.T) {
	const T = 300
	x := HashToGroup([]byte("enc"))
	y, pi, err := Eval(x, T)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Output{T: T, Y: y, Proof: pi}.MarshalBinary()
	if err != nil || len(b) != OutputSize {
		t.Fatalf("marshal: %v len %d", err, len(b))
	}
	o, err := ParseOutput(b)
	if err != nil {
		t.Fatal(err)
	}
	if err := VerifyOutput(x, T, o); err != nil {
		t.Fatal(err)
	}
	if err := VerifyOutput(x, T+1, o); !errors.Is(err, ErrTMismatch) {
		t.Fatalf("mismatched T: %v", err)
	}
	if _, err := (Output{T: T}).MarshalBinary(); !errors.Is(err, ErrElementUninitialized) {
		t.Fatalf("marshal of empty output: %v", err)
	}

	mod := func(f func(b []byte) []byte) []byte { c := bytes.Clone(b); return f(c) }
	negY := new(big.Int).Sub(modulus, y.v).FillBytes(make([]byte, ElementSize))
	tests := []struct {
		name string
		b    []byte
		err  error
	}{
		{"truncated", b[:len(b)-1], ErrEncodingLength},
		{"extended", append(bytes.Clone(b), 0), ErrEncodingLength},
		{"version 0", mod(func(c []byte) []byte { c[0] = 0; return c }), ErrVersion},
		{"version 2", mod(func(c []byte) []byte { c[0] = 2; return c }), ErrVersion},
		{"T zero", mod(func(c []byte) []byte { clear(c[1:9]); return c }), ErrTOutOfRange},
		{"T huge", mod(func(c []byte) []byte { c[1] = 0xff; return c }), ErrTOutOfRange},
		{"y zero", mod(func(c []byte) []byte { clear(c[9 : 9+ElementSize]); return c }), ErrElementZero},
		{"y negated", mod(func(c []byte) []byte { copy(c[9:], negY); return c }), ErrElementNotCanonical},
		{"proof ≥ N", mod(func(c []byte) []byte { copy(c[9+ElementSize:], modulus.Bytes()); return c }), ErrElementNotReduced},
	}
	for _, tc := range tests {
		if _, err := ParseOutput(tc.b); !errors.Is(err, tc.err) {
			t.Errorf("%s: got %v, want %v", tc.name, err, tc.err)
		}
	}
	// A flipped bit that still decodes must fail verification.
	c := bytes.Clone(b)
	c[len(c)-1] ^= 1
	if o2, err := ParseOutput(c); err == nil {
		if err := VerifyOutput(x, T, o2); !errors.Is(err, ErrInvalidProof) {
			t.Fatalf("flipped proof bit: %v", err)
		}
	}
}

func TestHashToGroup(t *testing.T) {
	a, b := HashToGroup([]byte("a")), HashToGroup([]byte("b"))
	if a.Equal(b) || !a.Equal(HashToGroup([]byte("a"))) {
		t.Fatal("hash to group is not a deterministic function of its input")
	}
	if err := checkCanonical(a.v); err != nil {
		t.Fatal(err)
	}
	// Pin the construction so that a change to it cannot go unnoticed: the
	// chain and every node agent must map a challenge to the same element.
	sum := sha256.Sum256(HashToGroup([]byte("DPN")).Bytes())
	if got := hex.EncodeToString(sum[:]); got != pinnedHashToGroup {
		t.Fatalf("HashToGroup(\"DPN\") fingerprint changed: %s", got)
	}
	l := HashToPrime(a, b, 1000)
	if l.BitLen() != ChallengeBits || !l.ProbablyPrime(40) {
		t.Fatalf("ℓ has %d bits or is not prime", l.BitLen())
	}
	if l.Cmp(HashToPrime(a, b, 1001)) == 0 || l.Cmp(HashToPrime(b, a, 1000)) == 0 {
		t.Fatal("ℓ does not depend on all of x, y, T")
	}
}

const pinnedHashToGroup = "dba217bc1ae67401bff30232e6e4ce887af6c595b2a09110ff280bce22a0ba44"

func TestEvalContextCancelAndProgress(t *testing.T) {
	x := HashToGroup([]byte("ctx"))
	ctx, cancel := context.WithCancel(context.Background())
	calls := 0
	_, _, err := EvalContext(ctx, x, 1<<20, func(p Progress) {
		calls++
		if p.Phase == PhaseSquaring && p.Done >= 3000 {
			cancel()
		}
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v, want context.Canceled", err)
	}
	if calls == 0 {
		t.Fatal("no progress reported")
	}

	var last Progress
	var sawProof bool
	y, pi, err := EvalContext(context.Background(), x, 20000, func(p Progress) {
		if p.Phase == PhaseSquaring && p.Done < last.Done {
			t.Errorf("progress went backwards: %+v after %+v", p, last)
		}
		if p.Phase == PhaseProof {
			sawProof = true
		}
		last = p
	})
	if err != nil || Verify(x, 20000, y, pi) != nil {
		t.Fatalf("eval with progress: %v", err)
	}
	if !sawProof || last.Phase != PhaseProof || last.Done != last.Total {
		t.Fatalf("final progress %+v", last)
	}
}

func TestHasSmallFactor(t *testing.T) {
	for i := 0; i < 2000; i++ {
		sum := sha256.Sum256([]byte{byte(i), byte(i >> 8)})
		c := new(big.Int).SetBytes(sum[:])
		want := false
		for p := int64(3); p < 1<<12; p += 2 {
			if new(big.Int).Mod(c, big.NewInt(p)).Sign() == 0 && big.NewInt(p).ProbablyPrime(0) {
				want = true
				break
			}
		}
		if got := hasSmallFactor(&sum); got != want {
			t.Fatalf("%x: got %v want %v", sum, got, want)
		}
	}
}

// The table method must give x^⌊2^T/ℓ⌋ for any spacing κ (multiple of 64 or
// not, smaller than a 64-bit word or not) and any table width g.
func TestProofTables(t *testing.T) {
	x := HashToGroup([]byte("tables"))
	for _, T := range []uint64{3001, 6007} {
		y := canonical(new(big.Int).Exp(x.v, new(big.Int).Lsh(bigOne, uint(T)), modulus))
		l := HashToPrime(x, y, T)
		q := new(big.Int).Quo(new(big.Int).Lsh(bigOne, uint(T)), l)
		want := canonical(new(big.Int).Exp(x.v, q, modulus))
		for _, p := range []tableParams{{kappa: 64, g: 3}, {kappa: 100, g: 4}, {kappa: 37, g: 10}, {kappa: 1000, g: 2}, {kappa: 250, g: 1}, {kappa: 5000, g: 5}, {kappa: T, g: 3}} {
			in := make(chan *big.Int)
			tb := startTableBuilder(p.g, in)
			cur := new(big.Int).Set(x.v)
			for done := uint64(0); done < T; done += p.kappa {
				in <- cur
				cur = new(big.Int).Exp(cur, new(big.Int).Lsh(bigOne, uint(p.kappa)), modulus)
			}
			close(in)
			<-tb.done
			for _, workers := range []int{1, 2, 3} {
				pi, err := proveTables(context.Background(), tb, T, l, p, workers, func(Progress) {})
				if err != nil {
					t.Fatal(err)
				}
				if !canonical(pi).Equal(want) {
					t.Fatalf("T=%d κ=%d g=%d workers=%d: wrong proof", T, p.kappa, p.g, workers)
				}
			}
		}
	}
}

// One evaluation on the table path end to end (T = tableMinT).
func TestEvalTablePath(t *testing.T) {
	x := HashToGroup([]byte("table path"))
	y, pi, err := Eval(x, tableMinT)
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(x, tableMinT, y, pi); err != nil {
		t.Fatal(err)
	}
	l := HashToPrime(x, y, tableMinT)
	q := new(big.Int).Quo(new(big.Int).Lsh(bigOne, tableMinT), l)
	if !canonical(new(big.Int).Exp(x.v, q, modulus)).Equal(pi) {
		t.Fatal("proof differs from x^floor(2^T/l)")
	}
}
