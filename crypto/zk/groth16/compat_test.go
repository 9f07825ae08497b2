package groth16_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/dpn-network/dpn/crypto/zk/binfile"
	"github.com/dpn-network/dpn/crypto/zk/field"
	"github.com/dpn-network/dpn/crypto/zk/groth16"
	"github.com/dpn-network/dpn/crypto/zk/r1cs"
	"github.com/dpn-network/dpn/crypto/zk/witness"
	"github.com/dpn-network/dpn/crypto/zk/wtns"
	"github.com/dpn-network/dpn/crypto/zk/zkey"
)

type compatCase struct {
	src   string
	o2    bool
	input any
}

var compatCases = []compatCase{
	{"multiplier.circom", false, map[string]any{"a": "3", "b": "11"}},
	{"circuits/poseidon_chain.circom", true, map[string]any{"seed": "123456789012345678901234567890"}},
	{"circuits/many_public.circom", false, map[string]any{
		"m": [][]any{
			{1, 2, 3, 4, 5, 6},
			{"7", "8", "9", "10", "11", "12"},
			{-1, "-2", "0x10", 0, 1, 2},
			{"21888242871839275222246405745257275088548364400416034343698204186575808495616", 5, 6, 7, 8, 9},
		},
		"v":  []any{1, 2, 3, 4, 5, 6},
		"wt": []any{"6", "5", "4", "3", "2", "1"},
	}},
	{"circuits/checked_product.circom", false, map[string]any{"a": 6, "b": 7, "c": 42}},
}

// ourWitness computes the witness with our wazero calculator.
func ourWitness(t *testing.T, c *circuit, inputPath string) ([]fr.Element, error) {
	t.Helper()
	ctx := context.Background()
	calc, err := witness.New(ctx, readFile(t, c.wasm))
	if err != nil {
		t.Fatal(err)
	}
	defer calc.Close(ctx)
	in, err := witness.ParseInput(readFile(t, inputPath))
	if err != nil {
		t.Fatal(err)
	}
	return calc.Calculate(ctx, in)
}

func openKey(t *testing.T, path string) *zkey.File {
	t.Helper()
	k, err := zkey.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { k.Close() })
	return k
}

func TestSnarkjsCompatibility(t *testing.T) {
	snarkjs := peerBin(t, "snarkjs")
	for _, tc := range compatCases {
		t.Run(strings.TrimSuffix(filepath.Base(tc.src), ".circom"), func(t *testing.T) {
			c := compile(t, tc.src, tc.o2)
			dir := t.TempDir()
			input := filepath.Join(dir, "input.json")
			writeJSON(t, input, tc.input)

			// (3) our witness equals snarkjs's, byte for byte as .wtns.
			refWtns := filepath.Join(dir, "ref.wtns")
			mustRun(t, snarkjs, "wtns", "calculate", c.wasm, input, refWtns)
			w, err := ourWitness(t, c, input)
			if err != nil {
				t.Fatalf("witness: %v", err)
			}
			var ours bytes.Buffer
			if err := wtns.Write(&ours, w); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(ours.Bytes(), readFile(t, refWtns)) {
				t.Fatal("our .wtns differs from snarkjs wtns calculate")
			}
			ref, err := wtns.ReadFile(refWtns)
			if err != nil {
				t.Fatal(err)
			}
			cs, err := r1cs.ReadFile(c.r1cs)
			if err != nil {
				t.Fatal(err)
			}
			if err := cs.IsSatisfied(ref); err != nil {
				t.Fatalf("reference witness vs r1cs: %v", err)
			}

			// (1) our proof verifies with snarkjs.
			k := openKey(t, c.zkey)
			if int(k.NPublic) != cs.NPublic() || int(k.NVars) != int(cs.NWires) {
				t.Fatalf("zkey (%d public, %d vars) disagrees with r1cs (%d, %d)", k.NPublic, k.NVars, cs.NPublic(), cs.NWires)
			}
			proof, pub, err := groth16.Prove(k.Key, w, groth16.Options{})
			if err != nil {
				t.Fatalf("prove: %v", err)
			}
			pj, err := proof.MarshalJSON()
			if err != nil {
				t.Fatal(err)
			}
			pubj, err := groth16.EncodePublic(pub)
			if err != nil {
				t.Fatal(err)
			}
			ourProof, ourPublic := filepath.Join(dir, "proof.json"), filepath.Join(dir, "public.json")
			os.WriteFile(ourProof, pj, 0o644)
			os.WriteFile(ourPublic, pubj, 0o644)
			if out := mustRun(t, snarkjs, "groth16", "verify", c.vkey, ourPublic, ourProof); !strings.Contains(out, "OK") {
				t.Fatalf("snarkjs did not accept our proof:\n%s", out)
			}

			// (2) snarkjs's proof verifies with our verifier, and the public
			// signals agree with ours.
			theirProof, theirPublic := filepath.Join(dir, "their_proof.json"), filepath.Join(dir, "their_public.json")
			mustRun(t, snarkjs, "groth16", "prove", c.zkey, refWtns, theirProof, theirPublic)
			vk, err := groth16.DecodeVerifyingKey(readFile(t, c.vkey))
			if err != nil {
				t.Fatal(err)
			}
			tp, err := groth16.DecodeProof(readFile(t, theirProof))
			if err != nil {
				t.Fatal(err)
			}
			tpub, err := groth16.DecodePublic(readFile(t, theirPublic))
			if err != nil {
				t.Fatal(err)
			}
			if err := groth16.Verify(vk, tp, tpub); err != nil {
				t.Fatalf("our verifier rejects snarkjs's proof: %v", err)
			}
			if !bytes.Equal(bytes.TrimSpace(readFile(t, theirPublic)), bytes.TrimSpace(pubj)) {
				t.Fatalf("public.json differs:\nours   %s\nsnarkjs %s", pubj, readFile(t, theirPublic))
			}
			// Our proof through our JSON round trip, too.
			rp, err := groth16.DecodeProof(pj)
			if err != nil {
				t.Fatal(err)
			}
			if err := groth16.Verify(vk, rp, pub); err != nil {
				t.Fatalf("our verifier rejects our proof: %v", err)
			}
		})
	}
}

// TestTamperedRejected covers (4): tampered proofs, public signals and keys
// are rejected with typed errors, by us and by snarkjs.
func TestTamperedRejected(t *testing.T) {
	snarkjs := peerBin(t, "snarkjs")
	c := compile(t, "circuits/many_public.circom", false)
	dir := t.TempDir()
	input := filepath.Join(dir, "input.json")
	writeJSON(t, input, compatCases[2].input)
	w, err := ourWitness(t, c, input)
	if err != nil {
		t.Fatal(err)
	}
	k := openKey(t, c.zkey)
	proof, pub, err := groth16.Prove(k.Key, w, groth16.Options{})
	if err != nil {
		t.Fatal(err)
	}
	vk, err := groth16.DecodeVerifyingKey(readFile(t, c.vkey))
	if err != nil {
		t.Fatal(err)
	}

	t.Run("proof point moved", func(t *testing.T) {
		bad := *proof
		_, _, g1, _ := bn254.Generators()
		bad.A.Add(&bad.A, &g1)
		if err := groth16.Verify(vk, &bad, pub); !errors.Is(err, groth16.ErrInvalidProof) {
			t.Fatalf("got %v, want ErrInvalidProof", err)
		}
		pj, _ := bad.MarshalJSON()
		pubj, _ := groth16.EncodePublic(pub)
		pp, pubp := filepath.Join(dir, "bad_proof.json"), filepath.Join(dir, "public.json")
		os.WriteFile(pp, pj, 0o644)
		os.WriteFile(pubp, pubj, 0o644)
		if out, err := run(t, snarkjs, "groth16", "verify", c.vkey, pubp, pp); err == nil && strings.Contains(out, "OK!") {
			t.Fatalf("snarkjs accepted a tampered proof:\n%s", out)
		}
	})
	t.Run("proof coordinate off curve", func(t *testing.T) {
		pj, _ := proof.MarshalJSON()
		x := proof.C.X.BigInt(new(big.Int)).String()
		bad := strings.Replace(string(pj), x, incDec(x), 1)
		if _, err := groth16.DecodeProof([]byte(bad)); !errors.Is(err, groth16.ErrPointNotOnCurve) {
			t.Fatalf("got %v, want ErrPointNotOnCurve", err)
		}
	})
	t.Run("public signal changed", func(t *testing.T) {
		bad := append([]fr.Element(nil), pub...)
		bad[3].SetUint64(999)
		if err := groth16.Verify(vk, proof, bad); !errors.Is(err, groth16.ErrInvalidProof) {
			t.Fatalf("got %v, want ErrInvalidProof", err)
		}
		if err := groth16.Verify(vk, proof, bad[:len(bad)-1]); !errors.Is(err, groth16.ErrPublicCount) {
			t.Fatalf("got %v, want ErrPublicCount", err)
		}
		if _, err := groth16.DecodePublic([]byte(`["` + fr.Modulus().String() + `"]`)); !errors.Is(err, groth16.ErrPublicSignal) {
			t.Fatalf("public = r: got %v, want ErrPublicSignal", err)
		}
	})

	zb := readFile(t, c.zkey)
	kk, err := zkey.Parse(zb)
	if err != nil {
		t.Fatal(err)
	}
	f, err := binfile.Open(bytes.NewReader(zb), int64(len(zb)), "zkey", 1)
	if err != nil {
		t.Fatal(err)
	}
	sectA, _ := f.Unique(zkey.SectA)
	sectC, _ := f.Unique(zkey.SectCoeffs)
	sectH, _ := f.Unique(zkey.SectHeader)
	mutate := func(off int64, fn func(b []byte)) []byte {
		b := append([]byte(nil), zb...)
		fn(b[off:])
		return b
	}
	t.Run("zkey point off curve", func(t *testing.T) {
		// signal 1's A point is a real point (it is a public input).
		b := mutate(sectA.Offset+64, func(b []byte) { b[0] ^= 1 })
		k2, err := zkey.Parse(b)
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := groth16.Prove(k2, w, groth16.Options{}); !errors.Is(err, zkey.ErrPoint) {
			t.Fatalf("got %v, want zkey.ErrPoint", err)
		}
	})
	t.Run("zkey wrong prime", func(t *testing.T) {
		b := mutate(sectH.Offset+4, func(b []byte) { b[0] ^= 2 })
		if _, err := zkey.Parse(b); !errors.Is(err, field.ErrWrongPrime) {
			t.Fatalf("got %v, want ErrWrongPrime", err)
		}
	})
	t.Run("zkey truncated", func(t *testing.T) {
		if _, err := zkey.Parse(zb[:len(zb)-100]); !errors.Is(err, binfile.ErrTruncated) {
			t.Fatalf("got %v, want ErrTruncated", err)
		}
	})
	t.Run("zkey coefficient changed", func(t *testing.T) {
		// Rewrite the first coefficient's value to another canonical element:
		// the key still parses, but the proof it yields cannot verify, so the
		// prover's self-check refuses to return it.
		b := mutate(sectC.Offset+4+12, func(b []byte) {
			v := binary.LittleEndian.Uint64(b)
			binary.LittleEndian.PutUint64(b, v^0x10)
		})
		k2, err := zkey.Parse(b)
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := groth16.Prove(k2, w, groth16.Options{}); !errors.Is(err, groth16.ErrUnsatisfied) {
			t.Fatalf("got %v, want ErrUnsatisfied", err)
		}
	})
	_ = kk
}

// TestConstraintViolation covers (5): inputs that violate a constraint give
// an error and never a proof.
func TestConstraintViolation(t *testing.T) {
	snarkjs := peerBin(t, "snarkjs")
	c := compile(t, "circuits/checked_product.circom", false)
	dir := t.TempDir()
	input := filepath.Join(dir, "input.json")
	writeJSON(t, input, map[string]any{"a": 6, "b": 7, "c": 41})
	if _, err := ourWitness(t, c, input); !errors.Is(err, witness.ErrAssertFailed) {
		t.Fatalf("got %v, want ErrAssertFailed", err)
	}
	if out, err := run(t, snarkjs, "wtns", "calculate", c.wasm, input, filepath.Join(dir, "x.wtns")); err == nil {
		t.Fatalf("snarkjs computed a witness for violating inputs:\n%s", out)
	}

	// A witness file that violates the constraints (a forged private wire)
	// must not yield a proof either.
	good := filepath.Join(dir, "good.json")
	writeJSON(t, good, map[string]any{"a": 6, "b": 7, "c": 42})
	w, err := ourWitness(t, c, good)
	if err != nil {
		t.Fatal(err)
	}
	cs, err := r1cs.ReadFile(c.r1cs)
	if err != nil {
		t.Fatal(err)
	}
	w[len(w)-1].SetUint64(5)
	if err := cs.IsSatisfied(w); !errors.Is(err, r1cs.ErrUnsatisfied) {
		t.Fatalf("r1cs check: got %v, want ErrUnsatisfied", err)
	}
	k := openKey(t, c.zkey)
	if p, _, err := groth16.Prove(k.Key, w, groth16.Options{}); !errors.Is(err, groth16.ErrUnsatisfied) || p != nil {
		t.Fatalf("got proof %v err %v, want ErrUnsatisfied and no proof", p != nil, err)
	}
}

// incDec adds one to a decimal string.
func incDec(s string) string {
	n, _ := new(big.Int).SetString(s, 10)
	return n.Add(n, big.NewInt(1)).String()
}
