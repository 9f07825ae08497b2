package bls

import (
	"fmt"
	"math/big"
	"testing"

	circlbls "github.com/cloudflare/circl/sign/bls"
	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
)

// benchKeys returns n verified keys with secret keys 1..n (built by repeated
// addition of G1, which is much faster than n scalar multiplications) and the
// sum of their secret keys.
func benchKeys(n int) ([]VerifiedPublicKey, *big.Int) {
	jac := make([]bls12381.G1Jac, n)
	var acc bls12381.G1Jac
	acc.FromAffine(&g1Gen)
	for i := range jac {
		jac[i] = acc
		acc.AddMixed(&g1Gen)
	}
	aff := bls12381.BatchJacobianToAffineG1(jac)
	keys := make([]VerifiedPublicKey, n)
	for i := range keys {
		keys[i] = VerifiedPublicKey{pk: PublicKey{p: aff[i], ok: true}}
	}
	sum := big.NewInt(int64(n))
	sum.Mul(sum, big.NewInt(int64(n+1))).Rsh(sum, 1)
	return keys, sum
}

func BenchmarkSign(b *testing.B) {
	sk, _ := KeyGen(make([]byte, 32), nil)
	msg := []byte("beacon")
	for i := 0; i < b.N; i++ {
		sk.Sign(msg)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "signs/s")
}

// BenchmarkVerify is one signature check: hash to G2 and a two-pairing
// product check, on one goroutine.
func BenchmarkVerify(b *testing.B) {
	sk, _ := KeyGen(make([]byte, 32), nil)
	msg := []byte("beacon")
	pk, sig := sk.PublicKey(), sk.Sign(msg)
	for i := 0; i < b.N; i++ {
		if err := Verify(pk, msg, sig); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "verifies/s")
}

// BenchmarkVerifyCircl is the peer: circl's sign/bls (keys in G1,
// signatures in G2) on the same operation.
func BenchmarkVerifyCircl(b *testing.B) {
	sk, err := circlbls.KeyGen[circlbls.KeyG1SigG2](make([]byte, 32), nil, nil)
	if err != nil {
		b.Fatal(err)
	}
	msg := []byte("beacon")
	pk, sig := sk.PublicKey(), circlbls.Sign(sk, msg)
	for i := 0; i < b.N; i++ {
		if !circlbls.Verify(pk, msg, sig) {
			b.Fatal("circl verify failed")
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "verifies/s")
}

// BenchmarkFastAggregateVerify checks one aggregate of n same-message
// signatures from decoded, PoP-checked keys: n-1 point additions, one hash
// to G2, one two-pairing check.
func BenchmarkFastAggregateVerify(b *testing.B) {
	for _, n := range []int{10_000} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			keys, skSum := benchKeys(n)
			msg := []byte("epoch beacon")
			agg := (&SecretKey{s: skSum}).Sign(msg)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if err := FastAggregateVerify(keys, msg, agg); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "sigs/s")
		})
		// The same, starting from the n individual signatures: the verifier
		// also adds the n signatures in G2.
		b.Run(fmt.Sprintf("n=%d/with-signature-aggregation", n), func(b *testing.B) {
			keys, _ := benchKeys(n)
			msg := []byte("epoch beacon")
			h, _ := HashToG2(msg, DSTSignature)
			sigs := make([]Signature, n)
			var acc bls12381.G2Jac
			acc.FromAffine(&h)
			jac := make([]bls12381.G2Jac, n)
			for i := range jac { // signature i is (i+1)·H(m), key i is (i+1)·G1
				jac[i] = acc
				acc.AddMixed(&h)
			}
			for i := range sigs {
				sigs[i] = Signature{ok: true}
				sigs[i].p.FromJacobian(&jac[i])
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				agg, err := AggregateSignatures(sigs)
				if err != nil {
					b.Fatal(err)
				}
				if err := FastAggregateVerify(keys, msg, agg); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "sigs/s")
		})
	}
}

// BenchmarkAggregateBitmap sums the keys selected by a bitmap in which every
// other signer is set, and the all-set bitmap.
func BenchmarkAggregateBitmap(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		keys, _ := benchKeys(n)
		for _, fill := range []string{"all", "half"} {
			bitmap := make([]byte, (n+7)/8)
			for i := 0; i < n; i++ {
				if fill == "all" || i%2 == 0 {
					bitmap[i/8] |= 1 << (i % 8)
				}
			}
			b.Run(fmt.Sprintf("n=%d/%s", n, fill), func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					if _, err := AggregateBitmap(keys, bitmap); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "keys/s")
			})
		}
	}
}

// BenchmarkBatchVerify checks 64 independent signatures (distinct keys and
// messages) per operation with random linear combination, on one goroutine.
func BenchmarkBatchVerify(b *testing.B) {
	const n = 64
	items := make([]SignedMessage, n)
	for i := range items {
		sk, _ := KeyGen(append(make([]byte, 31), byte(i)), nil)
		msg := []byte{byte(i)}
		items[i] = SignedMessage{sk.PublicKey(), msg, sk.Sign(msg)}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := BatchVerify(items, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "verifies/s")
}
