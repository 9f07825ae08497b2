package main

import (
	"fmt"
	"runtime"

	"github.com/cosmos/cosmos-sdk/version"
	"github.com/spf13/cobra"
)

func newVersionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the relayer's version and commit",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			v, commit := version.Version, version.Commit
			if v == "" {
				v = "dev" // built without the Makefile's -ldflags
			}
			_, err := fmt.Fprintf(cmd.OutOrStdout(), "dpn-relayer %s (commit %s, %s)\n", v, orUnknown(commit), runtime.Version())
			return err
		},
	}
}

func orUnknown(s string) string {
	if s == "" {
		return "unknown"
	}
	return s
}
