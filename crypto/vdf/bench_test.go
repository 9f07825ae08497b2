package vdf

import (
	"fmt"
	"math/big"
	"runtime"
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
			var expDur, seqDur, evalDur, expCPU, seqCPU time.Duration
			cpuOK := true
			// The squarings of both run on this goroutine; pinning it to one
			// OS thread lets the thread's CPU time be compared too, which
			// other processes on the machine disturb far less than wall time.
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			for i := 0; i < b.N; i++ {
				c0, ok0 := threadCPUTime()
				start := time.Now()
				new(big.Int).Exp(x.v, exp, modulus)
				expDur += time.Since(start)
				c1, ok1 := threadCPUTime()
				expCPU += c1 - c0

				start = time.Now()
				var seqEnd time.Time
				var seqCPUEnd time.Duration
				okSeq := false
				_, _, err := EvalContext(b.Context(), x, T, func(p Progress) {
					if p.Phase == PhaseSquaring && p.Done == p.Total {
						seqEnd = time.Now()
						seqCPUEnd, okSeq = threadCPUTime()
					}
				})
				if err != nil {
					b.Fatal(err)
				}
				evalDur += time.Since(start)
				seqDur += seqEnd.Sub(start)
				seqCPU += seqCPUEnd - c1
				cpuOK = cpuOK && ok0 && ok1 && okSeq
			}
			sq := float64(T) * float64(b.N)
			b.ReportMetric(sq/expDur.Seconds(), "exp-sq/s")
			b.ReportMetric(sq/seqDur.Seconds(), "seq-sq/s")
			b.ReportMetric(sq/evalDur.Seconds(), "eval-sq/s")
			b.ReportMetric(expDur.Seconds()/seqDur.Seconds(), "seq/exp")
			b.ReportMetric(expDur.Seconds()/evalDur.Seconds(), "eval/exp")
			b.ReportMetric(100*(evalDur-seqDur).Seconds()/seqDur.Seconds(), "proof-%")
			if cpuOK {
				b.ReportMetric(sq/expCPU.Seconds(), "exp-cpu-sq/s")
				b.ReportMetric(sq/seqCPU.Seconds(), "seq-cpu-sq/s")
				b.ReportMetric(expCPU.Seconds()/seqCPU.Seconds(), "seq/exp-cpu")
			}
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
