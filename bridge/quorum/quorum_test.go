package quorum_test

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"sort"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dpn-network/dpn/bridge"
	"github.com/dpn-network/dpn/bridge/quorum"
)

var digest = crypto.Keccak256Hash([]byte("a batch"))

type member struct {
	key   *ecdsa.PrivateKey
	power uint64
}

func newSet(t testing.TB, powers ...uint64) (bridge.Valset, []*ecdsa.PrivateKey) {
	t.Helper()
	ms := make([]member, len(powers))
	for i, p := range powers {
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		ms[i] = member{k, p}
	}
	sort.Slice(ms, func(i, j int) bool {
		return bytes.Compare(crypto.PubkeyToAddress(ms[i].key.PublicKey).Bytes(), crypto.PubkeyToAddress(ms[j].key.PublicKey).Bytes()) < 0
	})
	vs := bridge.Valset{Nonce: 1}
	keys := make([]*ecdsa.PrivateKey, len(ms))
	for i, m := range ms {
		vs.Members = append(vs.Members, bridge.Member{Address: crypto.PubkeyToAddress(m.key.PublicKey), Power: m.power})
		keys[i] = m.key
	}
	return vs, keys
}

func sign(t testing.TB, k *ecdsa.PrivateKey, d common.Hash) []byte {
	t.Helper()
	sig, err := crypto.Sign(d.Bytes(), k)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	return sig
}

func signAll(t testing.TB, vs bridge.Valset, keys []*ecdsa.PrivateKey, which ...int) map[common.Address][]byte {
	out := map[common.Address][]byte{}
	for _, i := range which {
		out[vs.Members[i].Address] = sign(t, keys[i], digest)
	}
	return out
}

func signedCount(sigs []quorum.Signature) int {
	n := 0
	for _, s := range sigs {
		if s.V != 0 {
			n++
		}
	}
	return n
}

func TestSelectFewestLargestFirst(t *testing.T) {
	vs, keys := newSet(t, 10, 50, 20, 20)
	sigs, tally, err := quorum.Select(vs, digest, signAll(t, vs, keys, 0, 1, 2, 3))
	if err != nil {
		t.Fatal(err)
	}
	// 50 + 20 = 70 > 66.7: two signatures, the 50 among them, the 10 left out
	if signedCount(sigs) != 2 || tally.Selected != 70 || tally.Valid != 100 || tally.Total != 100 {
		t.Fatalf("selected %d signatures, tally %+v", signedCount(sigs), tally)
	}
	for i, m := range vs.Members {
		if m.Power == 50 && sigs[i].V == 0 {
			t.Fatal("largest signer left out")
		}
		if m.Power == 10 && sigs[i].V != 0 {
			t.Fatal("smallest signer included")
		}
	}
}

func TestSelectNeedsStrictlyMoreThanTwoThirds(t *testing.T) {
	vs, keys := newSet(t, 1, 1, 1)
	if _, _, err := quorum.Select(vs, digest, signAll(t, vs, keys, 0, 1)); !errors.Is(err, quorum.ErrInsufficientPower) {
		t.Fatalf("exactly 2/3: %v", err)
	}
	if _, _, err := quorum.Select(vs, digest, signAll(t, vs, keys, 0, 1, 2)); err != nil {
		t.Fatal(err)
	}
}

func TestSelectRejectsBadSignatures(t *testing.T) {
	vs, keys := newSet(t, 1, 1, 1, 1)
	outsider, _ := crypto.GenerateKey()
	tests := []struct {
		name  string
		spoil func(map[common.Address][]byte)
		want  error
	}{
		{"non-member in a member's slot", func(m map[common.Address][]byte) { m[vs.Members[0].Address] = sign(t, outsider, digest) }, quorum.ErrWrongSigner},
		{"duplicate signer", func(m map[common.Address][]byte) { m[vs.Members[0].Address] = m[vs.Members[1].Address] }, quorum.ErrWrongSigner},
		{"other digest", func(m map[common.Address][]byte) { m[vs.Members[0].Address] = sign(t, keys[0], common.Hash{1}) }, quorum.ErrWrongSigner},
		{"high s", func(m map[common.Address][]byte) { m[vs.Members[0].Address] = highS(m[vs.Members[0].Address]) }, quorum.ErrMalleable},
		{"v of 0", func(m map[common.Address][]byte) { m[vs.Members[0].Address][64] -= 27 }, quorum.ErrRecoveryID},
		{"short", func(m map[common.Address][]byte) { m[vs.Members[0].Address] = m[vs.Members[0].Address][:64] }, quorum.ErrSignatureLength},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := signAll(t, vs, keys, 0, 1, 2)
			m[crypto.PubkeyToAddress(outsider.PublicKey)] = sign(t, outsider, digest) // ignored
			tc.spoil(m)
			_, tally, err := quorum.Select(vs, digest, m)
			if !errors.Is(err, quorum.ErrInsufficientPower) {
				t.Fatalf("want ErrInsufficientPower, got %v", err)
			}
			if got := tally.Rejected[vs.Members[0].Address]; !errors.Is(got, tc.want) {
				t.Fatalf("rejection %v, want %v", got, tc.want)
			}
		})
	}
}

// highS turns a valid signature into its malleable twin (n - s, flipped v).
func highS(sig []byte) []byte {
	out := append([]byte(nil), sig...)
	s := new(big.Int).SetBytes(sig[32:64])
	s.Sub(crypto.S256().Params().N, s)
	s.FillBytes(out[32:64])
	out[64] = 27 + 28 - out[64]
	return out
}

func TestCheckValset(t *testing.T) {
	vs, _ := newSet(t, 1, 2, 3)
	if err := quorum.CheckValset(vs); err != nil {
		t.Fatal(err)
	}
	dup := bridge.Valset{Members: []bridge.Member{vs.Members[0], vs.Members[0]}}
	swapped := bridge.Valset{Members: []bridge.Member{vs.Members[1], vs.Members[0]}}
	zero := bridge.Valset{Members: []bridge.Member{{Address: vs.Members[0].Address}}}
	heavy := bridge.Valset{Members: []bridge.Member{{Address: vs.Members[0].Address, Power: 1 << 31}, {Address: vs.Members[1].Address, Power: 1<<31 + 1}}}
	for name, bad := range map[string]bridge.Valset{"empty": {}, "duplicate": dup, "unsorted": swapped, "zero power": zero, "over 2^32": heavy} {
		if err := quorum.CheckValset(bad); !errors.Is(err, quorum.ErrInvalidValset) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func FuzzVerify(f *testing.F) {
	k, _ := crypto.GenerateKey()
	good := sign(f, k, digest)
	f.Add(good)
	f.Add(highS(good))
	f.Add(good[:64])
	f.Add(make([]byte, 65))
	signer := crypto.PubkeyToAddress(k.PublicKey)
	f.Fuzz(func(t *testing.T, sig []byte) {
		s, err := quorum.Verify(digest, signer, sig)
		if err != nil {
			return
		}
		// what passes here must be what the contract accepts: v 27/28, low s, the signer
		if s.V != 27 && s.V != 28 || new(big.Int).SetBytes(s.S[:]).Cmp(new(big.Int).Rsh(crypto.S256().Params().N, 1)) > 0 {
			t.Fatalf("accepted %x", sig)
		}
		if got, err := quorum.Recover(digest, s); err != nil || got != signer {
			t.Fatalf("accepted a signature of %s", got)
		}
	})
}
