package hybrid

import (
	"encoding/binary"
	"runtime"
	"testing"

	"github.com/cloudflare/circl/sign/mldsa/mldsa65"

	"github.com/dpn-network/dpn/crypto/bls"
)

func perSecond(b *testing.B, n int, unit string) {
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), unit)
}

func BenchmarkMLDSA65Sign(b *testing.B) {
	var seed [mldsa65.SeedSize]byte
	_, sk := mldsa65.NewKeyFromSeed(&seed)
	msg := make([]byte, 64)
	sig := make([]byte, mldsa65.SignatureSize)
	for i := 0; i < b.N; i++ {
		if err := mldsa65.SignTo(sk, msg, nil, true, sig); err != nil {
			b.Fatal(err)
		}
	}
	perSecond(b, b.N, "signs/s")
}

func BenchmarkMLDSA65Verify(b *testing.B) {
	var seed [mldsa65.SeedSize]byte
	pk, sk := mldsa65.NewKeyFromSeed(&seed)
	msg := make([]byte, 64)
	sig := make([]byte, mldsa65.SignatureSize)
	if err := mldsa65.SignTo(sk, msg, nil, true, sig); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if !mldsa65.Verify(pk, msg, nil, sig) {
			b.Fatal("verify failed")
		}
	}
	perSecond(b, b.N, "verifies/s")
}

func BenchmarkHybridSign(b *testing.B) {
	sk := key(b, 1)
	msg := make([]byte, 64)
	for i := 0; i < b.N; i++ {
		if _, err := sk.Sign(msg); err != nil {
			b.Fatal(err)
		}
	}
	perSecond(b, b.N, "signs/s")
}

// BenchmarkHybridVerify is one goroutine verifying one signature at a time.
func BenchmarkHybridVerify(b *testing.B) {
	sk := key(b, 1)
	msg := make([]byte, 64)
	sig, _ := sk.Sign(msg)
	pk := sk.PublicKey()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := Verify(pk, msg, sig); err != nil {
			b.Fatal(err)
		}
	}
	perSecond(b, b.N, "verifies/s")
}

// BenchmarkHybridVerifyParallel verifies on every core (b.RunParallel).
func BenchmarkHybridVerifyParallel(b *testing.B) {
	sk := key(b, 1)
	msg := make([]byte, 64)
	sig, _ := sk.Sign(msg)
	pk := sk.PublicKey()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if err := Verify(pk, msg, sig); err != nil {
				b.Error(err)
				return
			}
		}
	})
	perSecond(b, b.N, "verifies/s")
	b.ReportMetric(float64(runtime.GOMAXPROCS(0)), "cores")
}

// BenchmarkVerifyMany runs the VerifyMany worker pool over 256 signatures
// from 16 distinct keys.
func BenchmarkVerifyMany(b *testing.B) {
	const n = 256
	items := make([]Item, n)
	for i := range items {
		sk := key(b, byte(i%16))
		msg := []byte{byte(i), byte(i >> 8)}
		sig, _ := sk.Sign(msg)
		items[i] = Item{PublicKey: sk.PublicKey(), Message: msg, Signature: sig}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, err := range VerifyMany(items, 0) {
			if err != nil {
				b.Fatalf("item %d: %v", j, err)
			}
		}
	}
	perSecond(b, n*b.N, "verifies/s")
}

// BenchmarkVerifyBatch checks a batch of 10,000 node signatures: the
// aggregator's ML-DSA-65 signature over the batch, the bitmap sum of keys and
// one aggregate pairing check.
func BenchmarkVerifyBatch(b *testing.B) {
	const n = 10_000
	keys := make([]bls.VerifiedPublicKey, n)
	bitmap := make([]byte, n/8)
	for i := range keys {
		keys[i] = smallKey(b, uint64(i+1)).VerifiedPublicKey()
		bitmap[i/8] |= 1 << (i % 8)
	}
	// The aggregate of n shares equals one share by the sum of the keys.
	skSum := smallKey(b, n*(n+1)/2)
	agg := key(b, 1)
	msg := []byte("epoch beacon")
	batch, err := NewBatch(agg, msg, bitmap, []bls.Signature{SignShare(skSum, msg)})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := VerifyBatch(agg.PublicKey(), keys, batch); err != nil {
			b.Fatal(err)
		}
	}
	perSecond(b, n*b.N, "node-sigs/s")
}

// smallKey is the BLS secret key with scalar v (a valid key for 0 < v < r).
func smallKey(b *testing.B, v uint64) *bls.SecretKey {
	var enc [bls.SecretKeySize]byte
	binary.BigEndian.PutUint64(enc[24:], v)
	sk, err := bls.ParseSecretKey(enc[:])
	if err != nil {
		b.Fatal(err)
	}
	return sk
}
