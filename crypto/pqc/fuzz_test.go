package pqc

import (
	"bytes"
	"testing"

	"github.com/cloudflare/circl/sign/mldsa/mldsa65"
)

// FuzzPubKeyDecode feeds outside bytes to the public key's decoders (proto, amino, NewPubKey):
// whatever decodes must re-encode to the same key bytes, and a key of the wrong length must
// be refused by every length-checking decoder.
func FuzzPubKeyDecode(f *testing.F) {
	good := testKey(f, 1).PubKey().(*PubKey)
	bz, err := good.Marshal()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(bz)
	f.Add(good.Key)
	f.Add([]byte{0x0a, 0x00})
	f.Add([]byte{0x0a, 0xa0, 0x0f})
	f.Fuzz(func(t *testing.T, b []byte) {
		var pk PubKey
		if err := pk.Unmarshal(b); err == nil {
			if _, err := NewPubKey(pk.Key); (err == nil) != (len(pk.Key) == PubKeySize) {
				t.Fatalf("NewPubKey accepted %d bytes: %v", len(pk.Key), err)
			}
			pk.VerifySignature([]byte("m"), make([]byte, SignatureSize)) // must not panic
			_ = pk.Address()
		}
		var am PubKey
		if err := am.UnmarshalAmino(b); err == nil {
			if len(b) != PubKeySize || !bytes.Equal(am.Bytes(), b) {
				t.Fatal("amino decoder accepted a key of the wrong length")
			}
		}
		if k, err := NewPubKey(b); err == nil && !bytes.Equal(k.Bytes(), b) {
			t.Fatal("NewPubKey changed the key bytes")
		}
	})
}

// FuzzPrivKeyDecode: only 32-byte seeds decode, and a decoded key signs and verifies.
func FuzzPrivKeyDecode(f *testing.F) {
	good := testKey(f, 2)
	bz, err := good.Marshal()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(bz)
	f.Add(good.Key)
	f.Add([]byte{0x0a, 0x01, 0x00})
	f.Fuzz(func(t *testing.T, b []byte) {
		var sk PrivKey
		if err := sk.Unmarshal(b); err == nil {
			_, signErr := sk.Sign([]byte("m"))
			if (signErr == nil) != (len(sk.Key) == SeedSize) {
				t.Fatalf("Sign with a %d-byte seed: %v", len(sk.Key), signErr)
			}
		}
		if k, err := NewPrivKeyFromSeed(b); err == nil {
			sig, err := k.Sign(b)
			if err != nil || !k.PubKey().VerifySignature(b, sig) {
				t.Fatal("a decoded seed does not sign and verify")
			}
		}
	})
}

// FuzzVerifySignature: arbitrary signature bytes never verify (except the one genuine
// signature), never panic, and any accepted signature is exactly SignatureSize bytes.
func FuzzVerifySignature(f *testing.F) {
	sk := testKey(f, 3)
	pk := sk.PubKey()
	msg := []byte("fuzz")
	// Deterministic FIPS 204 signing, so that every fuzzing process knows the same genuine
	// signature (Sign is hedged and would differ per process).
	_, priv, err := sk.expand()
	if err != nil {
		f.Fatal(err)
	}
	sig := make([]byte, SignatureSize)
	if err := mldsa65.SignTo(priv, msg, signContext, false, sig); err != nil {
		f.Fatal(err)
	}
	f.Add(sig)
	f.Add(sig[:SignatureSize-1])
	f.Add(make([]byte, SignatureSize))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		if pk.VerifySignature(msg, b) {
			if len(b) != SignatureSize {
				t.Fatalf("accepted a %d-byte signature", len(b))
			}
			if !bytes.Equal(b, sig) {
				// ML-DSA signatures are not unique in general, but a fuzzer finding a
				// second valid one without the key would be a forgery.
				t.Fatal("accepted a signature the key did not make")
			}
		}
	})
}
