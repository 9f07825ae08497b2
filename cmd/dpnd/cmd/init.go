package cmd

import (
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/server"
	"github.com/cosmos/cosmos-sdk/types/module"
	genutilcli "github.com/cosmos/cosmos-sdk/x/genutil/client/cli"
	genutiltypes "github.com/cosmos/cosmos-sdk/x/genutil/types"

	"github.com/dpn-network/dpn/app"
)

// initCmd is the SDK's `init` followed by DPN's genesis defaults: denomination metadata and
// the height from which validators extend their votes.
func initCmd(basics module.BasicManager) *cobra.Command {
	cmd := genutilcli.InitCmd(basics, app.DefaultNodeHome)
	sdkRun := cmd.RunE
	cmd.Flags().Int64(flagVoteExtHeight, defaultVoteExtFrom, "height from which validators extend their votes (0: never)")
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		veHeight, err := cmd.Flags().GetInt64(flagVoteExtHeight)
		if err != nil {
			return err
		}
		if veHeight < 0 {
			return fmt.Errorf("--%s must not be negative, got %d", flagVoteExtHeight, veHeight)
		}
		if err := sdkRun(cmd, args); err != nil {
			return err
		}
		clientCtx := client.GetClientContextFromCmd(cmd)
		genFile := server.GetServerContextFromCmd(cmd).Config.GenesisFile()
		genesis, err := genutiltypes.AppGenesisFromFile(genFile)
		if err != nil {
			return err
		}
		state := app.NewDefaultGenesisState(clientCtx.Codec, basics)
		if genesis.AppState, err = json.MarshalIndent(state, "", "  "); err != nil {
			return err
		}
		app.SetVoteExtensionsHeight(genesis, veHeight)
		return genesis.SaveAs(genFile)
	}
	return cmd
}
