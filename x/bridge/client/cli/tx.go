// Package cli holds the hand-written part of x/bridge's CLI: making a validator's bridge
// key and registering it with its proof of possession; autocli adds the rest.
package cli

import (
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/client/flags"
	"github.com/cosmos/cosmos-sdk/client/tx"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dpn-network/dpn/contracts/eip712"
	"github.com/dpn-network/dpn/x/bridge/signer"
	"github.com/dpn-network/dpn/x/bridge/types"
)

const flagKeyFile = "key-file"

// GetTxCmd returns `dpnd tx bridge` with register-eth-key; autocli adds the generated verbs.
func GetTxCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:                        types.ModuleName,
		Short:                      "L2 bridge transactions: register a validator's Ethereum key, report a bad signature",
		DisableFlagParsing:         true,
		SuggestionsMinimumDistance: 2,
		RunE:                       client.ValidateCmd,
	}
	cmd.AddCommand(newRegisterEthKeyCmd(), newSignPendingCmd())
	return cmd
}

func newSignPendingCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "sign-pending",
		Short: "Sign every open valset and batch this validator has not signed, and send the signatures in a transaction",
		Long: `A validator in the active set signs in its vote extensions and never needs this. A validator
that left the active set (unbonding, jailed) extends no votes, yet the next valset may still
need its signature: after a change of more than 1/3 of the power at once, the members that
remain cannot carry the new valset alone. Run this until the L2s confirm the new valset.`,
		Example: `dpnd tx bridge sign-pending --from validator --home ~/.dpnd --fees 2000udpn -y`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			clientCtx, err := client.GetClientTxContext(cmd)
			if err != nil {
				return err
			}
			key, err := signer.LoadKey(keyPath(cmd, clientCtx.HomeDir))
			if err != nil {
				return err
			}
			valoper := sdk.ValAddress(clientCtx.GetFromAddress()).String()
			q := types.NewQueryClient(clientCtx)
			ctx := cmd.Context()
			params, err := q.Params(ctx, &types.QueryParamsRequest{})
			if err != nil {
				return err
			}
			valsets, err := q.Valsets(ctx, &types.QueryValsetsRequest{})
			if err != nil {
				return err
			}
			var sigs []types.BridgeSignature
			sign := func(dest, kind string, k types.ItemKind, nonce uint64) error {
				res, err := q.Signatures(ctx, &types.QuerySignaturesRequest{Destination: dest, Kind: kind, Nonce: nonce})
				if err != nil {
					return err
				}
				for _, s := range res.Signatures {
					if s.Validator == valoper && string(s.Digest) == string(res.Digest) {
						return nil
					}
				}
				sig := eip712.Sign(key, common.BytesToHash(res.Digest))
				sigs = append(sigs, types.BridgeSignature{Kind: k, Destination: dest, Nonce: nonce, Signature: sig[:]})
				return nil
			}
			for _, d := range params.Params.Destinations {
				for _, vs := range valsets.Valsets {
					if vs.Nonce < 2 {
						continue
					}
					if err := sign(d.Name, "valset", types.ITEM_KIND_VALSET, vs.Nonce); err != nil {
						return err
					}
				}
				batches, err := q.Batches(ctx, &types.QueryBatchesRequest{Destination: d.Name})
				if err != nil {
					return err
				}
				for _, b := range batches.Batches {
					if err := sign(d.Name, "batch", types.ITEM_KIND_BATCH, b.Nonce); err != nil {
						return err
					}
				}
			}
			if len(sigs) == 0 {
				fmt.Fprintln(cmd.OutOrStdout(), "nothing to sign: every open item carries this validator's signature")
				return nil
			}
			return tx.GenerateOrBroadcastTxCLI(clientCtx, cmd.Flags(), &types.MsgSubmitSignatures{Operator: clientCtx.GetFromAddress().String(), Signatures: sigs})
		},
	}
	cmd.Flags().String(flagKeyFile, "", "bridge key file (default: <home>/"+signer.DefaultConfig().KeyFile+")")
	flags.AddTxFlagsToCmd(cmd)
	return cmd
}

func newRegisterEthKeyCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "register-eth-key",
		Short: "Register this validator's bridge key (its Ethereum address) with a proof of possession",
		Long: `Signs the proof of possession with the bridge key file (the one app.toml's [bridge] key_file
names) and sends it from the validator's operator account. Registering again replaces the
address; the next valset then carries the new one.`,
		Example: `dpnd bridge init-key --home ~/.dpnd
dpnd tx bridge register-eth-key --from validator --home ~/.dpnd --fees 500udpn -y`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			clientCtx, err := client.GetClientTxContext(cmd)
			if err != nil {
				return err
			}
			key, err := signer.LoadKey(keyPath(cmd, clientCtx.HomeDir))
			if err != nil {
				return err
			}
			valoper := sdk.ValAddress(clientCtx.GetFromAddress()).String()
			if clientCtx.ChainID == "" {
				return fmt.Errorf("the chain id is needed for the proof: pass --chain-id or set it with 'dpnd config set client chain-id'")
			}
			pop := eip712.Sign(key, types.PopDigest(clientCtx.ChainID, valoper))
			msg := &types.MsgRegisterEthKey{Operator: clientCtx.GetFromAddress().String(),
				EthAddress: crypto.PubkeyToAddress(key.PublicKey).Hex(), Proof: pop[:]}
			return tx.GenerateOrBroadcastTxCLI(clientCtx, cmd.Flags(), msg)
		},
	}
	cmd.Flags().String(flagKeyFile, "", "bridge key file (default: <home>/"+signer.DefaultConfig().KeyFile+")")
	flags.AddTxFlagsToCmd(cmd)
	return cmd
}

// NewBridgeCmd returns `dpnd bridge`, the node-side bridge commands.
func NewBridgeCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "bridge",
		Short: "The validator's L2 bridge key",
		RunE:  client.ValidateCmd,
	}
	cmd.AddCommand(newInitKeyCmd(), newShowKeyCmd())
	return cmd
}

// keyPath is --key-file, or the default key file under home.
func keyPath(cmd *cobra.Command, home string) string {
	path, _ := cmd.Flags().GetString(flagKeyFile)
	if path == "" {
		path = filepath.Join(home, signer.DefaultConfig().KeyFile)
	}
	return path
}

func homeFlag(cmd *cobra.Command) string {
	home, _ := cmd.Flags().GetString(flags.FlagHome)
	return home
}

func newShowKeyCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:     "show-key",
		Short:   "Print the Ethereum address of this validator's bridge key file",
		Example: `dpnd bridge show-key --home ~/.dpnd`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			key, err := signer.LoadKey(keyPath(cmd, homeFlag(cmd)))
			if err != nil {
				return err
			}
			fmt.Fprintln(cmd.OutOrStdout(), crypto.PubkeyToAddress(key.PublicKey).Hex())
			return nil
		},
	}
	cmd.Flags().String(flagKeyFile, "", "the key file (default: <home>/"+signer.DefaultConfig().KeyFile+")")
	return cmd
}

func newInitKeyCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "init-key",
		Short: "Make this validator's bridge key file and print its Ethereum address",
		Long: `Writes a new secp256k1 key (hex, mode 0600) where app.toml's [bridge] key_file points
(default <home>/` + signer.DefaultConfig().KeyFile + `). It never overwrites a key. The key signs only
valset and batch digests in vote extensions: keep it apart from the consensus key and
from any Ethereum account; anything else it signs is slashable.`,
		Example: `dpnd bridge init-key --home ~/.dpnd`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			path := keyPath(cmd, homeFlag(cmd))
			addr, err := signer.GenerateKeyFile(path)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "bridge key written to %s\naddress: %s\n", path, addr.Hex())
			return nil
		},
	}
	cmd.Flags().String(flagKeyFile, "", "where to write the key (default: <home>/"+signer.DefaultConfig().KeyFile+")")
	return cmd
}
