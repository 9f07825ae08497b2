package bls_test

import (
	"fmt"

	"github.com/dpn-network/dpn/crypto/bls"
)

// Heartbeats: nodes register a key with a proof of possession; each epoch the
// signers' signatures on the beacon are aggregated and checked against the
// keys a bitmap selects.
func Example() {
	var registry []bls.VerifiedPublicKey
	var secrets []*bls.SecretKey
	for i := 0; i < 10; i++ {
		sk, err := bls.KeyGen([]byte(fmt.Sprintf("node %02d: at least 32 bytes of secret key material", i)), nil)
		if err != nil {
			panic(err)
		}
		vpk, err := bls.PopVerify(sk.PublicKey(), sk.PopProve()) // at registration
		if err != nil {
			panic(err)
		}
		registry, secrets = append(registry, vpk), append(secrets, sk)
	}

	beacon := []byte("epoch 42 beacon")
	bitmap := make([]byte, 2)
	var sigs []bls.Signature
	for _, i := range []int{0, 3, 4, 9} {
		bitmap[i/8] |= 1 << (i % 8)
		sigs = append(sigs, secrets[i].Sign(beacon))
	}
	agg, _ := bls.AggregateSignatures(sigs)

	apk, err := bls.AggregateBitmap(registry, bitmap)
	if err != nil {
		panic(err)
	}
	fmt.Println(apk.Signers(), bls.VerifyAggregate(apk, beacon, agg))
	// Output: 4 <nil>
}
