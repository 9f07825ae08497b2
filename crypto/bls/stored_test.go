package bls

import (
	"bytes"
	"errors"
	"testing"
)

func TestStoredKeyRoundTrip(t *testing.T) {
	sk, err := KeyGen(bytes.Repeat([]byte{7}, 32), nil)
	if err != nil {
		t.Fatal(err)
	}
	vpk, err := PopVerify(sk.PublicKey(), sk.PopProve())
	if err != nil {
		t.Fatal(err)
	}
	stored := vpk.Stored()
	if len(stored) != StoredKeySize {
		t.Fatalf("stored form is %d bytes", len(stored))
	}
	back, err := RestoreVerifiedPublicKey(stored)
	if err != nil {
		t.Fatal(err)
	}
	if !back.PublicKey().Equal(vpk.PublicKey()) {
		t.Fatal("restored key differs")
	}
	msg := []byte("beacon")
	agg, err := AggregatePublicKeys([]VerifiedPublicKey{back})
	if err != nil {
		t.Fatal(err)
	}
	if err := VerifyAggregate(agg, msg, sk.Sign(msg)); err != nil {
		t.Fatal(err)
	}
}

func TestRestoreVerifiedPublicKeyRejects(t *testing.T) {
	sk, _ := KeyGen(bytes.Repeat([]byte{9}, 32), nil)
	good := sk.VerifiedPublicKey().Stored()
	offCurve := bytes.Clone(good)
	offCurve[95] ^= 1
	compressed := sk.PublicKey().Bytes()
	nonCanonical := bytes.Clone(good)
	copy(nonCanonical[:48], bytes.Repeat([]byte{0x1f}, 48)) // x ≥ p
	for name, b := range map[string][]byte{
		"short":         good[:95],
		"off the curve": offCurve,
		"compressed":    append(compressed, make([]byte, 48)...),
		"non-canonical": nonCanonical,
		"infinity":      append([]byte{0x40}, make([]byte, 95)...),
	} {
		if _, err := RestoreVerifiedPublicKey(b); err == nil {
			t.Errorf("%s: accepted", name)
		} else if !errors.Is(err, ErrPublicKeyEncoding) && !errors.Is(err, ErrPublicKeyLength) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func BenchmarkRestoreVerifiedPublicKey(b *testing.B) {
	sk, _ := KeyGen(bytes.Repeat([]byte{7}, 32), nil)
	stored := sk.VerifiedPublicKey().Stored()
	for b.Loop() {
		if _, err := RestoreVerifiedPublicKey(stored); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParsePublicKey(b *testing.B) {
	sk, _ := KeyGen(bytes.Repeat([]byte{7}, 32), nil)
	raw := sk.PublicKey().Bytes()
	for b.Loop() {
		if _, err := ParsePublicKey(raw); err != nil {
			b.Fatal(err)
		}
	}
}
