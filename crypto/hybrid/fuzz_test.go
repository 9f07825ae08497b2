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
		if Verify(sk.PublicKey(), msg, s) == nil && !bytes.Equal(b, good) {
			t.Fatal("a different signature verified")
		}
	})
}

func FuzzParseBatch(f *testing.F) {
	fx := newBatchFixture(f, 9, func(i int) bool { return i != 4 })
	b, err := NewBatch(fx.aggregator, fx.msg, fx.bitmap, fx.shares)
	if err != nil {
		f.Fatal(err)
	}
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
		if VerifyBatch(fx.aggregator.PublicKey(), fx.keys, b) == nil && !bytes.Equal(in, good) {
			t.Fatal("a different batch verified")
		}
	})
}
