package jobs

import (
	"context"
	"fmt"

	"github.com/dpn-network/dpn/crypto/zk/groth16"
	"github.com/dpn-network/dpn/crypto/zk/witness"
	"github.com/dpn-network/dpn/crypto/zk/zkey"
)

// ProveCircom computes the witness of a Circom circuit (its witness-generator WASM, under the
// memory and time limits) for input.json and proves it with the zkey, returning snarkjs's
// proof.json and public.json.
func ProveCircom(ctx context.Context, wasm, zkeyBytes, inputJSON []byte, lim Limits) (proof, public []byte, err error) {
	ctx, cancel := context.WithTimeout(ctx, lim.Time)
	defer cancel()
	sigs, err := witness.ParseInput(inputJSON)
	if err != nil {
		return nil, nil, fmt.Errorf("input: %w", err)
	}
	calc, err := witness.New(ctx, wasm, witness.WithMemoryLimit(lim.MemoryPages))
	if err != nil {
		return nil, nil, fmt.Errorf("witness generator: %w", err)
	}
	defer calc.Close(context.Background())
	w, err := calc.Calculate(ctx, sigs)
	if err != nil {
		if ctx.Err() != nil {
			return nil, nil, fmt.Errorf("%w: %s", ErrTimeLimit, lim.Time)
		}
		return nil, nil, err
	}
	k, err := zkey.Parse(zkeyBytes)
	if err != nil {
		return nil, nil, fmt.Errorf("zkey: %w", err)
	}
	p, pub, err := groth16.Prove(k, w, groth16.Options{})
	if err != nil {
		return nil, nil, err
	}
	if proof, err = p.MarshalJSON(); err != nil {
		return nil, nil, err
	}
	if public, err = groth16.EncodePublic(pub); err != nil {
		return nil, nil, err
	}
	return proof, public, nil
}
