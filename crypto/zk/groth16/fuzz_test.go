package groth16_test

import (
	"testing"

	"github.com/dpn-network/dpn/crypto/zk/groth16"
)

func FuzzDecodeProof(f *testing.F) {
	f.Add(readFixture(f, "multiplier_proof.json"))
	f.Add([]byte(`{"pi_a":["1","2","1"],"pi_b":[["0","0"],["0","0"],["1","0"]],"pi_c":["1","2","1"],"protocol":"groth16","curve":"bn128"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := groth16.DecodeProof(b)
		if err != nil {
			return
		}
		if !p.A.IsOnCurve() || !p.C.IsOnCurve() || !p.B.IsOnCurve() || !p.B.IsInSubGroup() {
			t.Fatal("decoder accepted an invalid point")
		}
		out, err := p.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		q, err := groth16.DecodeProof(out)
		if err != nil || !q.A.Equal(&p.A) || !q.B.Equal(&p.B) || !q.C.Equal(&p.C) {
			t.Fatalf("proof does not round-trip: %v", err)
		}
	})
}

func FuzzDecodeVerifyingKey(f *testing.F) {
	f.Add(readFixture(f, "multiplier_vkey.json"))
	f.Fuzz(func(t *testing.T, b []byte) {
		vk, err := groth16.DecodeVerifyingKey(b)
		if err != nil {
			return
		}
		if len(vk.IC) == 0 {
			t.Fatal("accepted a key without IC[0]")
		}
	})
}

func FuzzDecodePublic(f *testing.F) {
	f.Add(readFixture(f, "multiplier_public.json"))
	f.Add([]byte(`["0","21888242871839275222246405745257275088548364400416034343698204186575808495616"]`))
	f.Fuzz(func(t *testing.T, b []byte) {
		pub, err := groth16.DecodePublic(b)
		if err != nil {
			return
		}
		out, err := groth16.EncodePublic(pub)
		if err != nil {
			t.Fatal(err)
		}
		again, err := groth16.DecodePublic(out)
		if err != nil || len(again) != len(pub) {
			t.Fatalf("public signals do not round-trip: %v", err)
		}
	})
}
