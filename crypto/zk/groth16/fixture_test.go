package groth16_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/dpn-network/dpn/crypto/zk/groth16"
	"github.com/dpn-network/dpn/crypto/zk/witness"
	"github.com/dpn-network/dpn/crypto/zk/wtns"
	"github.com/dpn-network/dpn/crypto/zk/zkey"
)

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestFixtureRoundTrip proves the committed multiplier fixture with our
// prover and checks it with our verifier against snarkjs's verification key,
// and checks snarkjs's own committed proof too (no node needed).
func TestFixtureRoundTrip(t *testing.T) {
	vk, err := groth16.DecodeVerifyingKey(readFixture(t, "multiplier_vkey.json"))
	if err != nil {
		t.Fatal(err)
	}
	theirs, err := groth16.DecodeProof(readFixture(t, "multiplier_proof.json"))
	if err != nil {
		t.Fatal(err)
	}
	pub, err := groth16.DecodePublic(readFixture(t, "multiplier_public.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := groth16.Verify(vk, theirs, pub); err != nil {
		t.Fatalf("snarkjs proof rejected: %v", err)
	}

	w, err := wtns.Parse(readFixture(t, "multiplier.wtns"))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	calc, err := witness.New(ctx, readFixture(t, "multiplier.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	defer calc.Close(ctx)
	in, err := witness.ParseInput(readFixture(t, "multiplier_input.json"))
	if err != nil {
		t.Fatal(err)
	}
	w2, err := calc.Calculate(ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	if len(w2) != len(w) {
		t.Fatalf("witness length %d vs %d", len(w2), len(w))
	}
	for i := range w {
		if !w[i].Equal(&w2[i]) {
			t.Fatalf("witness[%d] differs: %s vs %s", i, w2[i].String(), w[i].String())
		}
	}

	k, err := zkey.Parse(readFixture(t, "multiplier.zkey"))
	if err != nil {
		t.Fatal(err)
	}
	proof, public, err := groth16.Prove(k, w, groth16.Options{SkipSelfCheck: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := groth16.Verify(vk, proof, public); err != nil {
		t.Fatalf("our proof rejected: %v", err)
	}
	bad := append(public[:0:0], public...)
	bad[0].SetUint64(34)
	if err := groth16.Verify(vk, proof, bad); !errors.Is(err, groth16.ErrInvalidProof) {
		t.Fatalf("tampered public signal: got %v", err)
	}
}
