package l2sim_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/dpn-network/dpn/contracts/l2sim"
)

func seed(f *testing.F, name string) {
	b, err := os.ReadFile(filepath.Join("..", "testdata", name))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
}

func TestDecodeRejects(t *testing.T) {
	tests := []struct {
		name string
		fn   func([]byte) error
		in   string
		err  error
	}{
		{"proof not json", func(b []byte) error { _, err := l2sim.DecodeProof(b); return err }, `{`, l2sim.ErrBadProofJSON},
		{"proof short a", func(b []byte) error { _, err := l2sim.DecodeProof(b); return err }, `{"pi_a":["1","2"]}`, l2sim.ErrBadProofJSON},
		{"proof coordinate >= q", func(b []byte) error { _, err := l2sim.DecodeProof(b); return err },
			`{"pi_a":["21888242871839275222246405745257275088696311157297823662689037894645226208583","2","1"]}`, l2sim.ErrBadProofJSON},
		{"vk wrong curve", func(b []byte) error { _, err := l2sim.DecodeVerifyingKey(b); return err }, `{"protocol":"groth16","curve":"bls12381"}`, l2sim.ErrNotBN128},
		{"vk IC count", func(b []byte) error { _, err := l2sim.DecodeVerifyingKey(b); return err }, `{"protocol":"groth16","curve":"bn128","nPublic":2,"IC":[]}`, l2sim.ErrBadVKJSON},
		{"public not strings", func(b []byte) error { _, err := l2sim.DecodePublicSignals(b); return err }, `[1,2]`, l2sim.ErrBadPublicJSON},
		{"public negative", func(b []byte) error { _, err := l2sim.DecodePublicSignals(b); return err }, `["-1"]`, l2sim.ErrBadPublicJSON},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.fn([]byte(tc.in)); !errors.Is(err, tc.err) {
				t.Fatalf("got %v, want %v", err, tc.err)
			}
		})
	}
	if _, err := l2sim.NewSet(nil, 0); !errors.Is(err, l2sim.ErrEmptyValset) {
		t.Fatalf("empty set: %v", err)
	}
	if _, err := l2sim.NewClaimTree(nil); !errors.Is(err, l2sim.ErrNoRecords) {
		t.Fatalf("empty tree: %v", err)
	}
}

func FuzzDecodeProof(f *testing.F) {
	seed(f, "proof.json")
	f.Add([]byte(`{"pi_a":[],"pi_b":[[]],"pi_c":null}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := l2sim.DecodeProof(b)
		if err == nil {
			for _, w := range p {
				if w == nil || w.Sign() < 0 || w.BitLen() > 254 {
					t.Fatalf("accepted out-of-field word %v", w)
				}
			}
		}
	})
}

func FuzzDecodeVerifyingKey(f *testing.F) {
	seed(f, "verification_key.json")
	f.Add([]byte(`{"protocol":"groth16","curve":"bn128","nPublic":0,"IC":[["1","2","1"]]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		vk, err := l2sim.DecodeVerifyingKey(b)
		if err == nil && (len(vk) < 512 || (len(vk)-448)%64 != 0) {
			t.Fatalf("accepted a key of %d bytes", len(vk))
		}
	})
}

func FuzzDecodePublicSignals(f *testing.F) {
	seed(f, "public.json")
	f.Add([]byte(`["0x10"]`))
	f.Fuzz(func(t *testing.T, b []byte) {
		in, err := l2sim.DecodePublicSignals(b)
		if err == nil {
			for _, v := range in {
				if v.Sign() < 0 || v.BitLen() > 256 {
					t.Fatalf("accepted %v", v)
				}
			}
		}
	})
}
