package vdf

import (
	"fmt"
	"math/big"
	"testing"
	"time"
)

// BenchmarkEvalVsExp times, in the same iteration, Go's Montgomery
// exponentiation x^(2^T) mod N (the peer) and Eval (squarings plus proof),
// and reports squarings per second of each, their ratio, and the proof's
// share of Eval's time.
func BenchmarkEvalVsExp(b *testing.B) {
	for _, logT := range []uint{20, 22} {
		b.Run(fmt.Sprintf("T=2^%d", logT), func(b *testing.B) {
			T := uint64(1) << logT
			x := HashToGroup([]byte("bench"))
			exp := new(big.Int).Lsh(bigOne, uint(T))
			var expDur, seqDur, evalDur time.Duration
			for i := 0; i < b.N; i++ {
				start := time.Now()
				new(big.Int).Exp(x.v, exp, modulus)
				expDur += time.Since(start)

				start = time.Now()
				var seqEnd time.Time
				_, _, err := EvalContext(b.Context(), x, T, func(p Progress) {
					if p.Phase == PhaseSquaring && p.Done == p.Total {
						seqEnd = time.Now()
					}
				})
				if err != nil {
					b.Fatal(err)
				}
				evalDur += time.Since(start)
				seqDur += seqEnd.Sub(start)
			}
			sq := float64(T) * float64(b.N)
			b.ReportMetric(sq/expDur.Seconds(), "exp-sq/s")
			b.ReportMetric(sq/seqDur.Seconds(), "seq-sq/s")
			b.ReportMetric(sq/evalDur.Seconds(), "eval-sq/s")
			b.ReportMetric(expDur.Seconds()/seqDur.Seconds(), "seq/exp")
			b.ReportMetric(expDur.Seconds()/evalDur.Seconds(), "eval/exp")
			b.ReportMetric(100*(evalDur-seqDur).Seconds()/seqDur.Seconds(), "proof-%")
		})
	}
}

func BenchmarkVerify(b *testing.B) {
	const T = 1 << 20
	x := HashToGroup([]byte("bench verify"))
	y, pi, err := Eval(x, T)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := Verify(x, T, y, pi); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/verify")
}

func BenchmarkHashToPrime(b *testing.B) {
	x, y := HashToGroup([]byte("a")), HashToGroup([]byte("b"))
	for i := 0; i < b.N; i++ {
		HashToPrime(x, y, uint64(i))
	}
}
