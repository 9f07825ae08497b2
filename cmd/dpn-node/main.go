// Command dpn-node is the DPN node owner's agent. Each subcommand lives in
// its own file and registers itself on the root command.
package main

import (
	"fmt"
	"os"
)

func main() {
	if err := newRootCmd().Execute(); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}
