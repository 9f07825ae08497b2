package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/dpn-network/dpn/crypto/zk/groth16"
)

func init() { subcommands = append(subcommands, newVerifyCmd) }

func newVerifyCmd() *cobra.Command {
	var vkey, proof, public string
	cmd := &cobra.Command{
		Use:     "verify",
		Short:   "Verify a snarkjs-format Groth16 proof (exit status 0 if valid, 1 otherwise)",
		Example: "  dpn-node verify --vkey verification_key.json --proof proof.json --public public.json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := verifyFiles(vkey, proof, public); err != nil {
				return fmt.Errorf("proof rejected: %w", err)
			}
			fmt.Fprintln(cmd.OutOrStdout(), "OK: proof is valid")
			return nil
		},
	}
	cmd.Flags().StringVar(&vkey, "vkey", "verification_key.json", "snarkjs verification_key.json")
	cmd.Flags().StringVar(&proof, "proof", "proof.json", "proof.json")
	cmd.Flags().StringVar(&public, "public", "public.json", "public.json")
	return cmd
}

func verifyFiles(vkeyPath, proofPath, publicPath string) error {
	read := func(p string) ([]byte, error) {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		return b, nil
	}
	vb, err := read(vkeyPath)
	if err != nil {
		return err
	}
	vk, err := groth16.DecodeVerifyingKey(vb)
	if err != nil {
		return fmt.Errorf("%s: %w", vkeyPath, err)
	}
	pb, err := read(proofPath)
	if err != nil {
		return err
	}
	p, err := groth16.DecodeProof(pb)
	if err != nil {
		return fmt.Errorf("%s: %w", proofPath, err)
	}
	ub, err := read(publicPath)
	if err != nil {
		return err
	}
	pub, err := groth16.DecodePublic(ub)
	if err != nil {
		return fmt.Errorf("%s: %w", publicPath, err)
	}
	return groth16.Verify(vk, p, pub)
}
