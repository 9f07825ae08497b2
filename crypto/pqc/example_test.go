package pqc_test

import (
	"fmt"

	"github.com/dpn-network/dpn/crypto/pqc"
)

func Example() {
	sk := pqc.GenPrivKey()
	pk := sk.PubKey()
	sig, err := sk.Sign([]byte("sign bytes"))
	if err != nil {
		panic(err)
	}
	fmt.Println(len(pk.Bytes()), len(sig), len(pk.Address()))
	fmt.Println(pk.VerifySignature([]byte("sign bytes"), sig))
	fmt.Println(pk.VerifySignature([]byte("other bytes"), sig))
	// Output:
	// 1952 3309 20
	// true
	// false
}

func ExampleDeriveSeed() {
	mnemonic := "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"
	seed, err := pqc.DeriveSeed(mnemonic, "", "m/44'/118'/0'/0/0")
	if err != nil {
		panic(err)
	}
	sk, err := pqc.NewPrivKeyFromSeed(seed)
	if err != nil {
		panic(err)
	}
	fmt.Println(sk.PubKey().Type())
	// Output: mldsa65
}
