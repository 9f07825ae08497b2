package hybrid

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"testing"

	"github.com/cloudflare/circl/sign/mldsa/mldsa65"

	"github.com/dpn-network/dpn/crypto/bls"
)

// TestMLDSA65ACVPKeyGen checks the ML-DSA-65 implementation underneath
// against NIST's ACVP keyGen vectors: seed ξ → (pk, sk).
func TestMLDSA65ACVPKeyGen(t *testing.T) {
	raw, err := os.ReadFile("testdata/acvp_mldsa65_keygen.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Vectors []struct {
			TcID     int    `json:"tcId"`
			Seed     string `json:"seed"`
			PK       string `json:"pk"`
			PKSHA256 string `json:"pk_sha256"`
			SKSHA256 string `json:"sk_sha256"`
		}
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Vectors) < 20 {
		t.Fatalf("only %d vectors", len(doc.Vectors))
	}
	for _, v := range doc.Vectors {
		seedBytes, _ := hex.DecodeString(v.Seed)
		var seed [mldsa65.SeedSize]byte
		copy(seed[:], seedBytes)
		pk, sk := mldsa65.NewKeyFromSeed(&seed)
		pkSum, skSum := sha256.Sum256(pk.Bytes()), sha256.Sum256(sk.Bytes())
		if hex.EncodeToString(pkSum[:]) != v.PKSHA256 || hex.EncodeToString(skSum[:]) != v.SKSHA256 {
			t.Errorf("tcId %d: key pair differs from the ACVP expected result", v.TcID)
		}
		if v.PK != "" && hex.EncodeToString(pk.Bytes()) != v.PK {
			t.Errorf("tcId %d: public key differs", v.TcID)
		}
	}
}

func key(t testing.TB, b byte) *PrivateKey {
	var seed [SeedSize]byte
	seed[0] = b
	sk, err := NewKeyFromSeed(&seed)
	if err != nil {
		t.Fatal(err)
	}
	return sk
}

func TestSignVerifyRoundTrip(t *testing.T) {
	sk := key(t, 1)
	msg := []byte("register node 42")
	sig, err := sk.Sign(msg)
	if err != nil {
		t.Fatal(err)
	}
	pk, err := ParsePublicKey(sk.PublicKey().Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if pk.ID() != sk.PublicKey().ID() {
		t.Fatal("key id changed in a round trip")
	}
	enc := sig.Bytes()
	if len(enc) != SignatureSize || len(pk.Bytes()) != PublicKeySize {
		t.Fatalf("sizes %d %d", len(enc), len(pk.Bytes()))
	}
	sig2, err := ParseSignature(enc)
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(pk, msg, sig2); err != nil {
		t.Fatal(err)
	}
	if err := Verify(pk, []byte("register node 43"), sig2); !errors.Is(err, ErrMLDSAInvalid) {
		t.Fatalf("other message: %v", err)
	}
	// the same seed gives the same key
	if !bytes.Equal(key(t, 1).PublicKey().Bytes(), pk.Bytes()) {
		t.Fatal("key derivation is not deterministic")
	}
}

func TestEachPartAloneIsRejected(t *testing.T) {
	sk := key(t, 2)
	pk := sk.PublicKey()
	msg := []byte("m")
	good, _ := sk.Sign(msg)
	other, _ := sk.Sign([]byte("other"))

	onlyML := Signature{ml: good.ml, bls: other.bls} // valid ML-DSA part, BLS part for another message
	if err := Verify(pk, msg, onlyML); !errors.Is(err, ErrBLSInvalid) {
		t.Errorf("valid ML-DSA part alone: %v", err)
	}
	onlyBLS := Signature{ml: other.ml, bls: good.bls}
	if err := Verify(pk, msg, onlyBLS); !errors.Is(err, ErrMLDSAInvalid) {
		t.Errorf("valid BLS part alone: %v", err)
	}
	// A plain BLS signature on the raw message (not the bound one).
	plain := Signature{ml: good.ml, bls: sk.bls.Sign(msg)}
	if err := Verify(pk, msg, plain); !errors.Is(err, ErrBLSInvalid) {
		t.Errorf("unbound BLS signature: %v", err)
	}
	// One flipped bit in the ML-DSA part.
	enc := good.Bytes()
	enc[100] ^= 1
	flipped, err := ParseSignature(enc)
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(pk, msg, flipped); !errors.Is(err, ErrMLDSAInvalid) {
		t.Errorf("flipped ML-DSA bit: %v", err)
	}
}

func TestSwappedPartsAreRejected(t *testing.T) {
	a, b := key(t, 3), key(t, 4)
	msg := []byte("same message")
	sa, _ := a.Sign(msg)
	sb, _ := b.Sign(msg)

	if err := Verify(a.PublicKey(), msg, Signature{ml: sa.ml, bls: sb.bls}); !errors.Is(err, ErrBLSInvalid) {
		t.Errorf("B's BLS part under A: %v", err)
	}
	if err := Verify(a.PublicKey(), msg, Signature{ml: sb.ml, bls: sa.bls}); !errors.Is(err, ErrMLDSAInvalid) {
		t.Errorf("B's ML-DSA part under A: %v", err)
	}
	// Moving a part onto another key pair: the attacker pairs its own
	// ML-DSA key with the victim's BLS key and reuses the victim's BLS part.
	mixed := newPublicKey(b.pub.ml, a.pub.bls)
	m := boundMessage(&mixed, msg)
	mlSig := make([]byte, mldsa65.SignatureSize)
	if err := mldsa65.SignTo(b.ml, m, []byte(mldsaContext), true, mlSig); err != nil {
		t.Fatal(err)
	}
	if err := Verify(mixed, msg, Signature{ml: mlSig, bls: sa.bls}); !errors.Is(err, ErrBLSInvalid) {
		t.Errorf("victim's BLS part moved to a mixed key: %v", err)
	}
	// And the complete parts of A and B, each on its own key, do not make a
	// signature for the mixed key either.
	if err := Verify(mixed, msg, Signature{ml: sb.ml, bls: sa.bls}); !errors.Is(err, ErrMLDSAInvalid) {
		t.Errorf("parts from two key pairs: %v", err)
	}
}

func TestMalformedEncodings(t *testing.T) {
	sk := key(t, 5)
	pkb := sk.PublicKey().Bytes()
	sig, _ := sk.Sign([]byte("m"))
	sigb := sig.Bytes()
	mod := func(b []byte, f func([]byte)) []byte { c := bytes.Clone(b); f(c); return c }
	blsInf := func(c []byte, off int, n int) {
		clear(c[off : off+n])
		c[off] = 0xc0
	}

	pkTests := []struct {
		name string
		b    []byte
		errs []error
	}{
		{"empty", nil, []error{ErrPublicKeyLength}},
		{"short", pkb[:PublicKeySize-1], []error{ErrPublicKeyLength}},
		{"long", append(bytes.Clone(pkb), 0), []error{ErrPublicKeyLength}},
		{"version", mod(pkb, func(c []byte) { c[0] = 2 }), []error{ErrVersion}},
		{"BLS infinity", mod(pkb, func(c []byte) { blsInf(c, 1+mldsa65.PublicKeySize, bls.PublicKeySize) }), []error{ErrBLSPublicKey, bls.ErrPublicKeyInfinity}},
		{"BLS uncompressed flag", mod(pkb, func(c []byte) { c[1+mldsa65.PublicKeySize] &^= 0x80 }), []error{ErrBLSPublicKey, bls.ErrPublicKeyEncoding}},
	}
	for _, tc := range pkTests {
		_, err := ParsePublicKey(tc.b)
		for _, want := range tc.errs {
			if !errors.Is(err, want) {
				t.Errorf("public key %s: got %v, want %v", tc.name, err, want)
			}
		}
	}
	sigTests := []struct {
		name string
		b    []byte
		errs []error
	}{
		{"empty", nil, []error{ErrSignatureLength}},
		{"short", sigb[:SignatureSize-1], []error{ErrSignatureLength}},
		{"version", mod(sigb, func(c []byte) { c[0] = 0 }), []error{ErrVersion}},
		{"BLS infinity", mod(sigb, func(c []byte) { blsInf(c, 1+mldsa65.SignatureSize, bls.SignatureSize) }), []error{ErrBLSSignature, bls.ErrSignatureInfinity}},
		{"BLS junk", mod(sigb, func(c []byte) { c[1+mldsa65.SignatureSize] |= 0xe0 }), []error{ErrBLSSignature, bls.ErrSignatureEncoding}},
	}
	for _, tc := range sigTests {
		_, err := ParseSignature(tc.b)
		for _, want := range tc.errs {
			if !errors.Is(err, want) {
				t.Errorf("signature %s: got %v, want %v", tc.name, err, want)
			}
		}
	}
	if err := Verify(PublicKey{}, nil, Signature{}); !errors.Is(err, ErrUninitialized) {
		t.Errorf("zero values: %v", err)
	}
	if err := Verify(sk.PublicKey(), nil, Signature{}); !errors.Is(err, ErrUninitialized) {
		t.Errorf("zero signature: %v", err)
	}
}

func TestVerifyMany(t *testing.T) {
	var items []Item
	for i := byte(0); i < 6; i++ {
		sk := key(t, 10+i)
		msg := []byte{i}
		sig, _ := sk.Sign(msg)
		items = append(items, Item{PublicKey: sk.PublicKey(), Message: msg, Signature: sig})
	}
	items[2].Message = []byte("tampered")
	items[4].Signature = Signature{ml: items[4].Signature.ml, bls: items[5].Signature.bls}
	for _, workers := range []int{0, 1, 2, 3, 100} {
		errs := VerifyMany(items, workers)
		for i, err := range errs {
			switch i {
			case 2:
				if !errors.Is(err, ErrMLDSAInvalid) {
					t.Errorf("workers %d item 2: %v", workers, err)
				}
			case 4:
				if !errors.Is(err, ErrBLSInvalid) {
					t.Errorf("workers %d item 4: %v", workers, err)
				}
			default:
				if err != nil {
					t.Errorf("workers %d item %d: %v", workers, i, err)
				}
			}
		}
	}
	if errs := VerifyMany(nil, 0); len(errs) != 0 {
		t.Fatal("results for no items")
	}
}

func TestZeroValues(t *testing.T) {
	var pk PublicKey
	if pk.Bytes() != nil || pk.IsValid() {
		t.Fatal("zero public key must encode to nil and be invalid")
	}
	var b Batch
	if _, err := b.MarshalBinary(); !errors.Is(err, ErrUninitialized) {
		t.Fatalf("zero batch: %v", err)
	}
}
