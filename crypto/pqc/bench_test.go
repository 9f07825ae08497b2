package pqc

import (
	"testing"

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
