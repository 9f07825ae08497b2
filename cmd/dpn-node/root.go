package main

import "github.com/spf13/cobra"

// subcommands is filled by each subcommand file's init.
var subcommands []func() *cobra.Command

func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:           "dpn-node",
		Short:         "DPN node agent: registers this machine, keeps it alive on chain, runs compute jobs",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	for _, mk := range subcommands {
		root.AddCommand(mk())
	}
	return root
}
