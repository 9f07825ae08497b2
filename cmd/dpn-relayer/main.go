// Command dpn-relayer carries what the DPN chain's validators sign to DPNSettlement on each
// L2, and deploys those contracts; each subcommand lives in its own file.
package main

import (
	"fmt"
	"os"
)

func main() {
	if err := newRootCmd(defaultDeps()).Execute(); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}
