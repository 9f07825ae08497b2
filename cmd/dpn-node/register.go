package main

import (
	"context"
	"encoding/hex"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/dpn-network/dpn/agent/config"
	"github.com/dpn-network/dpn/x/attestation/types"
)

func init() { subcommands = append(subcommands, newRegisterCmd, newReactivateCmd) }

func newRegisterCmd() *cobra.Command {
	var home string
	cmd := &cobra.Command{
		Use:   "register",
		Short: "Register this machine on chain (descriptor, capacity, region, tier and keys)",
		Long: `Sends MsgRegisterNode signed by the owner's key (config.json "from") with the
descriptor saved by init, the BLS public key and its proof of possession, the
ML-DSA-65 public key, the capacity, region and tier, waits for the block and
prints the node index. The chain refuses a second active node on the same
fingerprint.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return runRegister(cmd.Context(), cmd.OutOrStdout(), home) },
	}
	addHomeFlag(cmd, &home)
	return cmd
}

func runRegister(ctx context.Context, out io.Writer, home string) error {
	if ctx == nil {
		ctx = context.Background()
	}
	s, err := openNode(ctx, home)
	if err != nil {
		return err
	}
	defer s.Close()
	keys, desc := s.keys, s.desc
	tier, err := config.ParseTier(s.cfg.Tier)
	if err != nil {
		return err
	}
	owner, err := s.signer.Address()
	if err != nil {
		return err
	}
	var bond sdk.Coin
	if s.cfg.Bond != "" {
		if bond, err = sdk.ParseCoinNormalized(s.cfg.Bond); err != nil {
			return fmt.Errorf("config bond %q: %w", s.cfg.Bond, err)
		}
	}
	res, err := s.signer.Send(ctx, &types.MsgRegisterNode{
		Bond:           bond,
		Owner:          owner.String(),
		BlsPublicKey:   keys.BLS.PublicKey().Bytes(),
		BlsPop:         keys.BLS.PopProve().Bytes(),
		MldsaPublicKey: keys.MLDSA.PubKey().Bytes(),
		Descriptor_:    desc,
		Capacity:       s.cfg.Capacity,
		Region:         s.cfg.Region,
		Tier:           tier,
	})
	if err != nil {
		return err
	}
	fp := types.Fingerprint(desc)
	node, err := s.client.NodeByFingerprint(ctx, fp)
	if err != nil {
		return err
	}
	if err := saveRegistration(home, registration{NodeIndex: node.Index, TxHash: res.TxHash, ChainID: s.client.ChainID()}); err != nil {
		return err
	}
	_, err = fmt.Fprintf(out, "registered node %d (fingerprint %s) in block %d, tx %s\n", node.Index, hex.EncodeToString(fp), res.Height, res.TxHash)
	return err
}

func newReactivateCmd() *cobra.Command {
	var home string
	cmd := &cobra.Command{
		Use:   "reactivate",
		Short: "Reactivate this node after it fell inactive (a fresh uptime window starts)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			s, err := openNode(ctx, home)
			if err != nil {
				return err
			}
			defer s.Close()
			index, err := nodeIndex(ctx, home, s.client, types.Fingerprint(s.desc))
			if err != nil {
				return err
			}
			owner, err := s.signer.Address()
			if err != nil {
				return err
			}
			res, err := s.signer.Send(ctx, &types.MsgReactivateNode{Owner: owner.String(), Index: index})
			if err != nil {
				return err
			}
			_, err = fmt.Fprintf(cmd.OutOrStdout(), "node %d reactivated in block %d\n", index, res.Height)
			return err
		},
	}
	addHomeFlag(cmd, &home)
	return cmd
}
