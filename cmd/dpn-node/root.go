package main

import "github.com/spf13/cobra"

func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:           "dpn-node",
		Short:         "DPN node agent",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	return root
}
