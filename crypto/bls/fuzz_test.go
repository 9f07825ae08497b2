package bls

import (
	"bytes"
	"testing"
)

func FuzzParsePublicKey(f *testing.F) {
	sk, _ := KeyGen(bytes.Repeat([]byte{9}, 32), nil)
	f.Add(sk.PublicKey().Bytes())
	inf := make([]byte, PublicKeySize)
	inf[0] = 0xc0
	f.Add(inf)
	f.Add(make([]byte, PublicKeySize))
	f.Add(bytes.Repeat([]byte{0xff}, PublicKeySize))
	f.Fuzz(func(t *testing.T, b []byte) {
		pk, err := ParsePublicKey(b)
		if err != nil {
			return
		}
		if !bytes.Equal(pk.Bytes(), b) {
			t.Fatal("accepted a non-canonical public key encoding")
		}
		if pk.p.IsInfinity() || !pk.p.IsInSubGroup() {
			t.Fatal("accepted a key outside the subgroup")
		}
	})
}

func FuzzParseSignature(f *testing.F) {
	sk, _ := KeyGen(bytes.Repeat([]byte{9}, 32), nil)
	f.Add(sk.Sign([]byte("x")).Bytes())
	inf := make([]byte, SignatureSize)
	inf[0] = 0xc0
	f.Add(inf)
	f.Add(bytes.Repeat([]byte{0xaa}, SignatureSize))
	f.Fuzz(func(t *testing.T, b []byte) {
		sig, err := ParseSignature(b)
		if err != nil {
			return
		}
		if !bytes.Equal(sig.Bytes(), b) {
			t.Fatal("accepted a non-canonical signature encoding")
		}
		if sig.p.IsInfinity() || !sig.p.IsInSubGroup() {
			t.Fatal("accepted a signature outside the subgroup")
		}
	})
}

func FuzzParseSecretKey(f *testing.F) {
	sk, _ := KeyGen(bytes.Repeat([]byte{9}, 32), nil)
	f.Add(sk.Bytes())
	f.Add(make([]byte, 32))
	f.Fuzz(func(t *testing.T, b []byte) {
		sk, err := ParseSecretKey(b)
		if err != nil {
			return
		}
		if !bytes.Equal(sk.Bytes(), b) {
			t.Fatal("secret key round trip changed the bytes")
		}
	})
}
