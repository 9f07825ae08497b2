package pqc

import (
	"testing"

	"github.com/cloudflare/circl/sign/mldsa/mldsa65"

	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
)

// benchMsg is the size of a typical bank-send SIGN_MODE_DIRECT sign doc.
var benchMsg = make([]byte, 300)

func BenchmarkSign(b *testing.B) {
	sk := GenPrivKey()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := sk.Sign(benchMsg); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkVerify is the cost the ante handler pays: PubKey.VerifySignature, including
// decoding the 1,952-byte key.
func BenchmarkVerify(b *testing.B) {
	sk := GenPrivKey()
	pk := sk.PubKey()
	sig, err := sk.Sign(benchMsg)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if !pk.VerifySignature(benchMsg, sig) {
			b.Fatal("signature does not verify")
		}
	}
}

// BenchmarkVerifySecp256k1 is the SDK's secp256k1 key verifying the same message: the
// reference SigVerifyCost is scaled from.
func BenchmarkVerifySecp256k1(b *testing.B) {
	sk := secp256k1.GenPrivKey()
	pk := sk.PubKey()
	sig, err := sk.Sign(benchMsg)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if !pk.VerifySignature(benchMsg, sig) {
			b.Fatal("signature does not verify")
		}
	}
}

// BenchmarkVerifyDecodedKey is circl's Verify on an already decoded key: the difference to
// BenchmarkVerify is the key decoding (which expands the matrix A from ρ) that the SDK key
// type, storing only bytes, repeats per signature.
func BenchmarkVerifyDecodedKey(b *testing.B) {
	sk := GenPrivKey()
	sig, err := sk.Sign(benchMsg)
	if err != nil {
		b.Fatal(err)
	}
	var pk mldsa65.PublicKey
	if err := pk.UnmarshalBinary(sk.PubKey().Bytes()); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if !mldsa65.Verify(&pk, benchMsg, signContext, sig) {
			b.Fatal("signature does not verify")
		}
	}
}

// BenchmarkExpandSeed is the key generation from the 32-byte seed that every Sign repeats.
func BenchmarkExpandSeed(b *testing.B) {
	sk := GenPrivKey()
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := sk.expand(); err != nil {
			b.Fatal(err)
		}
	}
}
