package devsetup

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/dpn-network/dpn/crypto/zk/groth16"
	"github.com/dpn-network/dpn/crypto/zk/r1cs"
	"github.com/dpn-network/dpn/crypto/zk/wtns"
	"github.com/dpn-network/dpn/crypto/zk/zkey"
)

// TestKeyProvesAndVerifies builds a key for the multiplier fixture; the
// prover's built-in pairing self-check fails unless every section is right.
func TestKeyProvesAndVerifies(t *testing.T) {
	td := filepath.Join("..", "testdata")
	cs, err := r1cs.ReadFile(filepath.Join(td, "multiplier.r1cs"))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Write(&buf, cs); err != nil {
		t.Fatal(err)
	}
	k, err := zkey.Parse(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(td, "multiplier.wtns"))
	if err != nil {
		t.Fatal(err)
	}
	w, err := wtns.Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := groth16.Prove(k, w, groth16.Options{}); err != nil {
		t.Fatal(err)
	}
	w[3].SetUint64(4) // break a·b = c
	if _, _, err := groth16.Prove(k, w, groth16.Options{}); err == nil {
		t.Fatal("proved an unsatisfied witness")
	}
}
