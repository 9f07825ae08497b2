package main

import (
	"fmt"
	"math/big"
	"os"
	"strconv"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/dpn-network/dpn/bridge"
	"github.com/dpn-network/dpn/bridge/deploy"
	"github.com/dpn-network/dpn/contracts/bindings"
	"github.com/dpn-network/dpn/contracts/l2sim"
)

// The L2-side verbs an operator or an L2 team needs around a deployment: where it will be,
// what it issued, and ordering a proof.

func newPredictCmd(d deps) *cobra.Command {
	var keyFile, rpcURL string
	cmd := &cobra.Command{
		Use:   "predict",
		Short: "Print the address at which `deploy` with this key will create DPNSettlement",
		Long: `The chain's genesis (or a params proposal) can name a destination before its contracts
exist, since they need the chain's first valset. The address follows from the deploying
key and its next nonce: read from --rpc when given, else 0 (a fresh key).`,
		Example: `  dpn-relayer predict --key-file deployer.key
  dpn-relayer predict --key-file deployer.key --rpc http://127.0.0.1:8545`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			key, err := loadKey(keyFile)
			if err != nil {
				return err
			}
			from := crypto.PubkeyToAddress(key.PublicKey)
			var nonce uint64
			if rpcURL != "" {
				ctx, stop := signalContext(cmd.Context())
				defer stop()
				l2, err := d.dialL2(ctx, rpcURL)
				if err != nil {
					return err
				}
				if nonce, err = l2.PendingNonceAt(ctx, from); err != nil {
					return err
				}
			}
			fmt.Fprintln(cmd.OutOrStdout(), deploy.PredictSettlement(from, nonce).Hex())
			return nil
		},
	}
	cmd.Flags().StringVar(&keyFile, "key-file", "", "the deploying key (hex secp256k1, mode 0600)")
	cmd.Flags().StringVar(&rpcURL, "rpc", "", "the L2's JSON-RPC URL, to read the key's nonce")
	_ = cmd.MarkFlagRequired("key-file")
	return cmd
}

func newBalanceCmd(d deps) *cobra.Command {
	var rpcURL, settlement string
	cmd := &cobra.Command{
		Use:     "balance [holder]...",
		Short:   "Print DPNToken balances on an L2 (in DPN) and the token's total supply",
		Example: `  dpn-relayer balance --rpc http://127.0.0.1:8545 --settlement 0x5FbDB2315678afecb367f032d93F642f64180aa3 0x70997970C51812dc3A010C7d01b50e0d17dc79C8`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if !common.IsHexAddress(settlement) {
				return fmt.Errorf("--settlement %q is not an address", settlement)
			}
			ctx, stop := signalContext(cmd.Context())
			defer stop()
			l2, err := d.dialL2(ctx, rpcURL)
			if err != nil {
				return err
			}
			s, err := bindings.NewDPNSettlementCaller(common.HexToAddress(settlement), l2)
			if err != nil {
				return err
			}
			opts := &bind.CallOpts{Context: ctx}
			tokenAddr, err := s.Token(opts)
			if err != nil {
				return fmt.Errorf("settlement's token: %w", err)
			}
			tok, err := bindings.NewDPNTokenCaller(tokenAddr, l2)
			if err != nil {
				return err
			}
			for _, h := range args {
				if !common.IsHexAddress(h) {
					return fmt.Errorf("%q is not an address", h)
				}
				b, err := tok.BalanceOf(opts, common.HexToAddress(h))
				if err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "%s %s DPN\n", common.HexToAddress(h).Hex(), dpn(b))
			}
			supply, err := tok.TotalSupply(opts)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "total supply %s DPN\n", dpn(supply))
			return nil
		},
	}
	cmd.Flags().StringVar(&rpcURL, "rpc", "", "the L2's JSON-RPC URL")
	cmd.Flags().StringVar(&settlement, "settlement", "", "the DPNSettlement address")
	_ = cmd.MarkFlagRequired("rpc")
	_ = cmd.MarkFlagRequired("settlement")
	return cmd
}

// dpn renders 18-decimal token units as DPN.
func dpn(units *big.Int) string {
	return new(big.Rat).SetFrac(units, new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)).FloatString(6)
}

func newOrderJobCmd(d deps) *cobra.Command {
	var rpcURL, settlement, keyFile, vkFile string
	var inputs []string
	cmd := &cobra.Command{
		Use:   "order-job [dpn-job-id]",
		Short: "Order the proof of a DPN groth16 job on an L2, bound to the public signals wanted",
		Long: `Sends DPNSettlement.orderJob(jobId, vkId, keccak256(abi.encode(inputs))) from the team's key:
the relayer then delivers the job's proof to this team, and the contract accepts it only
for exactly these public signals (in the circuit's order: outputs first, then public
inputs) and the verifying key given (registered at deployment).`,
		Example: `  dpn-relayer order-job 7 --rpc http://127.0.0.1:8545 --settlement 0x5FbDB2315678afecb367f032d93F642f64180aa3 \
    --key-file team.key --verifying-key crypto/zk/testdata/multiplier_vkey.json --input 33`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			jobID, err := strconv.ParseUint(args[0], 10, 64)
			if err != nil {
				return fmt.Errorf("job id %q: %w", args[0], err)
			}
			if !common.IsHexAddress(settlement) {
				return fmt.Errorf("--settlement %q is not an address", settlement)
			}
			key, err := loadKey(keyFile)
			if err != nil {
				return err
			}
			vkJSON, err := os.ReadFile(vkFile)
			if err != nil {
				return err
			}
			vk, err := l2sim.DecodeVerifyingKey(vkJSON)
			if err != nil {
				return err
			}
			var signals []*big.Int
			for _, s := range inputs {
				v, ok := new(big.Int).SetString(s, 10)
				if !ok || v.Sign() < 0 {
					return fmt.Errorf("--input %q is not a decimal field element", s)
				}
				signals = append(signals, v)
			}
			ctx, stop := signalContext(cmd.Context())
			defer stop()
			l2, err := d.dialL2(ctx, rpcURL)
			if err != nil {
				return err
			}
			id, err := l2.ChainID(ctx)
			if err != nil {
				return err
			}
			opts, err := bind.NewKeyedTransactorWithChainID(key, id)
			if err != nil {
				return err
			}
			opts.Context = ctx
			s, err := bindings.NewDPNSettlement(common.HexToAddress(settlement), l2)
			if err != nil {
				return err
			}
			tx, err := s.OrderJob(opts, bridge.JobID(jobID), bridge.VerifyingKeyID(vk), l2sim.InputsHash(signals))
			if err != nil {
				return err
			}
			r, err := bind.WaitMined(ctx, l2, tx)
			if err != nil {
				return err
			}
			if r.Status != 1 {
				return fmt.Errorf("orderJob reverted in %s", tx.Hash().Hex())
			}
			fmt.Fprintf(cmd.OutOrStdout(), "ordered job %d for %s in %s\n", jobID, opts.From.Hex(), tx.Hash().Hex())
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&rpcURL, "rpc", "", "the L2's JSON-RPC URL")
	f.StringVar(&settlement, "settlement", "", "the DPNSettlement address")
	f.StringVar(&keyFile, "key-file", "", "the team's key (hex secp256k1, mode 0600)")
	f.StringVar(&vkFile, "verifying-key", "", "the circuit's snarkjs verification_key.json")
	f.StringArrayVar(&inputs, "input", nil, "a public signal, decimal; repeat in the circuit's order")
	for _, name := range []string{"rpc", "settlement", "key-file", "verifying-key", "input"} {
		_ = cmd.MarkFlagRequired(name)
	}
	return cmd
}

func newProofStatusCmd(d deps) *cobra.Command {
	var rpcURL, settlement, team string
	cmd := &cobra.Command{
		Use:     "proof-status [dpn-job-id]",
		Short:   "Print whether a team's ordered proof was delivered on an L2 (exit 1 while it is not)",
		Example: `  dpn-relayer proof-status 7 --rpc http://127.0.0.1:8545 --settlement 0x5FbDB2315678afecb367f032d93F642f64180aa3 --team 0x90F79bf6EB2c4f870365E785982E1f101E93b906`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			jobID, err := strconv.ParseUint(args[0], 10, 64)
			if err != nil {
				return fmt.Errorf("job id %q: %w", args[0], err)
			}
			if !common.IsHexAddress(settlement) || !common.IsHexAddress(team) {
				return fmt.Errorf("--settlement and --team must be addresses")
			}
			ctx, stop := signalContext(cmd.Context())
			defer stop()
			l2, err := d.dialL2(ctx, rpcURL)
			if err != nil {
				return err
			}
			s, err := bindings.NewDPNSettlementCaller(common.HexToAddress(settlement), l2)
			if err != nil {
				return err
			}
			j, err := s.Jobs(&bind.CallOpts{Context: ctx}, common.HexToAddress(team), bridge.JobID(jobID))
			if err != nil {
				return err
			}
			switch {
			case j.DeliveredAt != 0:
				fmt.Fprintf(cmd.OutOrStdout(), "job %d: proof delivered at L2 time %d\n", jobID, j.DeliveredAt)
				return nil
			case j.OrderedAt != 0:
				return fmt.Errorf("job %d: ordered, not delivered yet", jobID)
			}
			return fmt.Errorf("job %d: not ordered by %s", jobID, team)
		},
	}
	f := cmd.Flags()
	f.StringVar(&rpcURL, "rpc", "", "the L2's JSON-RPC URL")
	f.StringVar(&settlement, "settlement", "", "the DPNSettlement address")
	f.StringVar(&team, "team", "", "the L2 address that ordered the proof")
	for _, name := range []string{"rpc", "settlement", "team"} {
		_ = cmd.MarkFlagRequired(name)
	}
	return cmd
}
