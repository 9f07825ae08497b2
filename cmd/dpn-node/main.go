// Command dpn-node is the DPN node owner's agent.
package main

import (
	"fmt"
	"os"

	_ "github.com/consensys/gnark-crypto/ecc/bn254"
	_ "github.com/tetratelabs/wazero"
)

func main() {
	if err := newRootCmd().Execute(); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}
