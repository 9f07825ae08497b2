package eip712_test

import (
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dpn-network/dpn/contracts/eip712"
)

var curveN = crypto.S256().Params().N

func mustKey(t testing.TB, seed string) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(seed)))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// highS turns a signature into its other valid encoding: s' = n - s, v flipped.
func highS(sig [65]byte) [65]byte {
	s := new(big.Int).Sub(curveN, new(big.Int).SetBytes(sig[32:64]))
	s.FillBytes(sig[32:64])
	sig[64] ^= 1 // 27 <-> 28
	return sig
}

func TestSignRecover(t *testing.T) {
	for i := 0; i < 32; i++ {
		k := mustKey(t, "sign "+string(rune('a'+i)))
		digest := crypto.Keccak256Hash([]byte{byte(i)})
		sig := eip712.Sign(k, digest)
		if sig[64] != 27 && sig[64] != 28 {
			t.Fatalf("v = %d", sig[64])
		}
		if new(big.Int).SetBytes(sig[32:64]).Cmp(new(big.Int).Rsh(curveN, 1)) > 0 {
			t.Fatal("Sign produced a high s")
		}
		got, err := eip712.Recover(digest, sig)
		if err != nil || got != crypto.PubkeyToAddress(k.PublicKey) {
			t.Fatalf("recovered %s (%v)", got, err)
		}
		// the same signature over another digest recovers someone else (or nobody)
		if other, err := eip712.Recover(crypto.Keccak256Hash(digest[:]), sig); err == nil && other == got {
			t.Fatal("a signature recovers its signer over another digest")
		}
	}
}

func TestRecoverRefusals(t *testing.T) {
	k := mustKey(t, "refusals")
	digest := crypto.Keccak256Hash([]byte("digest"))
	good := eip712.Sign(k, digest)
	set := func(f func(*[65]byte)) [65]byte { s := good; f(&s); return s }
	for _, c := range []struct {
		name string
		sig  [65]byte
		err  error
	}{
		{"high s", highS(good), eip712.ErrHighS},
		{"s = n", set(func(s *[65]byte) { curveN.FillBytes(s[32:64]) }), eip712.ErrHighS},
		{"v = 0", set(func(s *[65]byte) { s[64] -= 27 }), eip712.ErrInvalidV},
		{"v = 1", set(func(s *[65]byte) { s[64] = 1 }), eip712.ErrInvalidV},
		{"v = 29", set(func(s *[65]byte) { s[64] = 29 }), eip712.ErrInvalidV},
		{"r = 0", set(func(s *[65]byte) { clear(s[:32]) }), eip712.ErrInvalidSignature},
		{"s = 0", set(func(s *[65]byte) { clear(s[32:64]) }), eip712.ErrInvalidSignature},
		{"r = n", set(func(s *[65]byte) { curveN.FillBytes(s[:32]) }), eip712.ErrInvalidSignature},
		{"all zero", [65]byte{}, eip712.ErrInvalidV},
	} {
		t.Run(c.name, func(t *testing.T) {
			addr, err := eip712.Recover(digest, c.sig)
			if !errors.Is(err, c.err) {
				t.Fatalf("err %v, want %v", err, c.err)
			}
			if addr != (common.Address{}) {
				t.Fatalf("address %s on error", addr)
			}
		})
	}
}

// FuzzRecover feeds Recover arbitrary signatures: it must never panic, and whatever it
// accepts must be a canonical signature that go-ethereum recovers to the same address.
func FuzzRecover(f *testing.F) {
	k := mustKey(f, "fuzz")
	digest := crypto.Keccak256Hash([]byte("fuzz digest"))
	good := eip712.Sign(k, digest)
	f.Add(digest[:], good[:])
	hs := highS(good)
	f.Add(digest[:], hs[:])
	v0 := good
	v0[64] -= 27
	f.Add(digest[:], v0[:])
	f.Add(make([]byte, 32), make([]byte, 65))
	f.Fuzz(func(t *testing.T, d, s []byte) {
		var digest common.Hash
		var sig [65]byte
		copy(digest[:], d)
		copy(sig[:], s)
		addr, err := eip712.Recover(digest, sig)
		if err != nil {
			if addr != (common.Address{}) {
				t.Fatalf("address %s with error %v", addr, err)
			}
			return
		}
		if sig[64] != 27 && sig[64] != 28 {
			t.Fatalf("accepted v = %d", sig[64])
		}
		if new(big.Int).SetBytes(sig[32:64]).Cmp(new(big.Int).Rsh(curveN, 1)) > 0 {
			t.Fatal("accepted a high s")
		}
		raw := sig
		raw[64] -= 27
		pub, perr := crypto.SigToPub(digest[:], raw[:])
		if perr != nil || crypto.PubkeyToAddress(*pub) != addr {
			t.Fatalf("go-ethereum recovers %v (%v), Recover %s", pub, perr, addr)
		}
	})
}
