package hybrid_test

import (
	"fmt"

	"github.com/dpn-network/dpn/crypto/hybrid"
)

func Example() {
	sk, err := hybrid.GenerateKey(nil)
	if err != nil {
		panic(err)
	}
	sig, _ := sk.Sign([]byte("transfer 10 DPN to carol"))
	wire := sig.Bytes()

	received, err := hybrid.ParseSignature(wire)
	if err != nil {
		panic(err)
	}
	fmt.Println(len(wire), hybrid.Verify(sk.PublicKey(), []byte("transfer 10 DPN to carol"), received))
	fmt.Println(hybrid.Verify(sk.PublicKey(), []byte("transfer 99 DPN to carol"), received))
	// Output:
	// 3406 <nil>
	// hybrid: ML-DSA-65 part does not verify
}
