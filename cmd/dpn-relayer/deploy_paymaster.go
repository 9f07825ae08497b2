package main

import (
	"encoding/json"
	"fmt"
	"math/big"

	"github.com/spf13/cobra"

	"github.com/dpn-network/dpn/bridge/deploy"
)

func newDeployPaymasterCmd(d deps) *cobra.Command {
	var rpcURL, keyFile, credits, entryPoint, deposit, owner string
	cmd := &cobra.Command{
		Use:   "deploy-paymaster",
		Short: "Deploy the ERC-4337 purchase path next to a deployment's ComputeCredits and print the addresses as JSON",
		Long: `Deploys SimpleAccountFactory and DPNPaymaster for the EntryPoint v0.8 at --entry-point (or a
new EntryPoint when it is not given: a local L2 has none), names the paymaster in
ComputeCredits (once: the deploying key must still own ComputeCredits, as "deploy" leaves
it until --owner accepts), allows the code of the factory's accounts, and deposits
--deposit-eth at the EntryPoint for the paymaster, which fronts each operation's gas.
With --owner, the paymaster is offered to it (it must call acceptOwnership). Prints the
addresses as JSON: what "bundle" and "buy" take.`,
		Example: `  dpn-relayer deploy-paymaster --rpc http://127.0.0.1:8545 --key-file deployer.key \
    --credits 0xa513E6E4b8f2a923D98304ec87F64353C4D5C853 > optimism-paymaster.json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			key, err := loadKey(keyFile)
			if err != nil {
				return err
			}
			p := deploy.PaymasterParams{}
			if p.Credits, err = addressFlag("credits", credits); err != nil {
				return err
			}
			if entryPoint != "" {
				if p.EntryPoint, err = addressFlag("entry-point", entryPoint); err != nil {
					return err
				}
			}
			if owner != "" {
				if p.Owner, err = addressFlag("owner", owner); err != nil {
					return err
				}
			}
			wei, err := parseEther(deposit)
			if err != nil {
				return fmt.Errorf("--deposit-eth: %w", err)
			}
			p.Deposit = wei
			ctx, stop := signalContext(cmd.Context())
			defer stop()
			l2, err := d.dialL2(ctx, rpcURL)
			if err != nil {
				return err
			}
			addrs, err := deploy.DeployPaymaster(ctx, l2, key, p, newLogger(cmd))
			if err != nil {
				return err
			}
			enc := json.NewEncoder(cmd.OutOrStdout())
			enc.SetIndent("", "  ")
			return enc.Encode(addrs)
		},
	}
	f := cmd.Flags()
	f.StringVar(&rpcURL, "rpc", "", "the L2's JSON-RPC URL")
	f.StringVar(&keyFile, "key-file", "", "the deploying key (hex secp256k1, mode 0600): ComputeCredits' owner still")
	f.StringVar(&credits, "credits", "", `ComputeCredits' address ("compute_credits" in deploy's output)`)
	f.StringVar(&entryPoint, "entry-point", "", "the L2's EntryPoint v0.8 (default: deploy one)")
	f.StringVar(&deposit, "deposit-eth", new(big.Rat).SetFrac(deploy.DefaultPaymasterDeposit, big.NewInt(1e18)).FloatString(1), "the paymaster's first EntryPoint deposit, in ETH")
	f.StringVar(&owner, "owner", "", "governance's address, offered the paymaster (default: the deploying key)")
	for _, name := range []string{"rpc", "key-file", "credits"} {
		_ = cmd.MarkFlagRequired(name)
	}
	return cmd
}
