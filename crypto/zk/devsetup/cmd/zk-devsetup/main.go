// Command zk-devsetup writes a single-party Groth16 .zkey for an .r1cs, for
// benchmarks and tests only (see package devsetup).
package main

import (
	"fmt"
	"os"

	"github.com/dpn-network/dpn/crypto/zk/devsetup"
	"github.com/dpn-network/dpn/crypto/zk/r1cs"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: zk-devsetup circuit.r1cs out.zkey")
		os.Exit(2)
	}
	cs, err := r1cs.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
	f, err := os.Create(os.Args[2])
	if err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
	if err := devsetup.Write(f, cs); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
	if err := f.Close(); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}
