// Command dpnd is the DPN chain daemon that validators run: it initialises a node, builds
// genesis, starts the node and sends transactions and queries to it.
package main

import (
	"fmt"
	"os"

	svrcmd "github.com/cosmos/cosmos-sdk/server/cmd"

	"github.com/dpn-network/dpn/app"
	"github.com/dpn-network/dpn/cmd/dpnd/cmd"
)

func main() {
	root := cmd.NewRootCmd()
	if err := svrcmd.Execute(root, "DPND", app.DefaultNodeHome); err != nil {
		fmt.Fprintln(root.ErrOrStderr(), err)
		os.Exit(1)
	}
}
