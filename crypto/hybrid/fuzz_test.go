package hybrid

import (
	"bytes"
	"testing"
)

func FuzzParsePublicKey(f *testing.F) {
	f.Add(key(f, 1).PublicKey().Bytes())
	f.Add(make([]byte, PublicKeySize))
	f.Add([]byte{Version})
	f.Fuzz(func(t *testing.T, b []byte) {
		pk, err := ParsePublicKey(b)
		if err != nil {
			return
		}
		if !bytes.Equal(pk.Bytes(), b) {
			t.Fatal("accepted a non-canonical public key encoding")
		}
	})
}

func FuzzParseSignature(f *testing.F) {
	sk := key(f, 1)
	msg := []byte("fuzz")
	sig, err := sk.Sign(msg)
	if err != nil {
		f.Fatal(err)
	}
	good := sig.Bytes()
	f.Add(good)
	f.Add(make([]byte, SignatureSize))
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := ParseSignature(b)
		if err != nil {
			return
		}
		if !bytes.Equal(s.Bytes(), b) {
			t.Fatal("accepted a non-canonical signature encoding")
		}
		// ML-DSA signing is hedged, so only the deterministic BLS part can be
		// compared: whatever verifies must carry the honest BLS signature.
		if Verify(sk.PublicKey(), msg, s) == nil && !s.bls.Equal(sig.bls) {
			t.Fatal("a signature with another BLS part verified")
		}
	})
}

func FuzzParseBatch(f *testing.F) {
	fx := newBatchFixture(f, 9, func(i int) bool { return i != 4 })
	b, err := NewBatch(fx.aggregator, fx.msg, fx.bitmap, fx.shares)
	if err != nil {
		f.Fatal(err)
	}
	honest := b
	good, _ := b.MarshalBinary()
	f.Add(good)
	f.Add(good[:40])
	f.Add([]byte{Version, 0, 0, 0, 0, 0, 0, 0, 0})
	f.Fuzz(func(t *testing.T, in []byte) {
		b, err := ParseBatch(in)
		if err != nil {
			return
		}
		re, err := b.MarshalBinary()
		if err != nil || !bytes.Equal(re, in) {
			t.Fatal("accepted a non-canonical batch encoding")
		}
		// The ML-DSA part is hedged (differs per signing); everything it
		// covers must be exactly what was signed.
		if VerifyBatch(fx.aggregator.PublicKey(), fx.keys, b) == nil &&
			(!bytes.Equal(b.Message, fx.msg) || !bytes.Equal(b.Bitmap, fx.bitmap) || !b.Aggregate.Equal(honest.Aggregate)) {
			t.Fatal("a different batch verified")
		}
	})
}
