package submitter

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/dpn-network/dpn/bridge"
)

// FuzzDecodeProofOrder feeds the snarkjs decoders what the chain hands the relayer: nothing
// may panic, and a decoded proof must have every word set.
func FuzzDecodeProofOrder(f *testing.F) {
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join("..", "..", "contracts", "testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		return b
	}
	vk, proof, public := read("verification_key.json"), read("proof.json"), read("public.json")
	f.Add(vk, proof, public)
	f.Add([]byte(`{}`), []byte(`{"pi_a": ["1", "2", "1"]}`), []byte(`["1"]`))
	f.Add([]byte(`null`), []byte(`[]`), []byte(`{}`))
	f.Fuzz(func(t *testing.T, vk, proof, public []byte) {
		call, err := decodeProofOrder(bridge.ProofOrder{JobID: 1, VerifyingKey: vk, Proof: proof, PublicSignals: public})
		if err != nil {
			return
		}
		for i, w := range call.proof {
			if w == nil {
				t.Fatalf("proof word %d unset", i)
			}
		}
		for i, w := range call.inputs {
			if w == nil || w.Sign() < 0 {
				t.Fatalf("public input %d is %v", i, w)
			}
		}
	})
}
