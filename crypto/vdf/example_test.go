package vdf_test

import (
	"fmt"

	"github.com/dpn-network/dpn/crypto/vdf"
)

// An audit: the chain publishes a challenge, the node evaluates, anyone verifies.
func Example() {
	x := vdf.HashToGroup([]byte("epoch 42 / node 7"))
	const T = 10_000
	y, proof, err := vdf.Eval(x, T)
	if err != nil {
		panic(err)
	}
	answer, _ := vdf.Output{T: T, Y: y, Proof: proof}.MarshalBinary()

	received, err := vdf.ParseOutput(answer)
	if err != nil {
		panic(err)
	}
	fmt.Println(len(answer), vdf.VerifyOutput(x, T, received))
	fmt.Println(vdf.VerifyOutput(x, T+1, received))
	// Output:
	// 521 <nil>
	// vdf: output was computed for a different T
}
