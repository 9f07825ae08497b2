package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/spf13/cobra"

	"github.com/dpn-network/dpn/crypto/zk/groth16"
	"github.com/dpn-network/dpn/crypto/zk/witness"
	"github.com/dpn-network/dpn/crypto/zk/wtns"
	"github.com/dpn-network/dpn/crypto/zk/zkey"
)

func init() { subcommands = append(subcommands, newProveCmd) }

type proveFlags struct {
	wasm, zkey, input, witness, witnessOut, proof, public string
	quiet                                                 bool
}

func newProveCmd() *cobra.Command {
	var f proveFlags
	cmd := &cobra.Command{
		Use:   "prove",
		Short: "Prove a Circom circuit with Groth16 (snarkjs-compatible output)",
		Long: `Computes the witness with the circuit's witness-calculator WASM (or reads a
.wtns file), then a Groth16 proof with the snarkjs proving key. Writes
proof.json and public.json in snarkjs's format. Progress goes to stderr.`,
		Example: "  dpn-node prove --wasm circuit.wasm --zkey circuit.zkey --input input.json --proof proof.json --public public.json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runProve(cmd.Context(), cmd.ErrOrStderr(), f)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.wasm, "wasm", "", "witness calculator WASM (circom --wasm output)")
	fl.StringVar(&f.input, "input", "", "input.json for the witness calculator")
	fl.StringVar(&f.witness, "witness", "", "use this .wtns witness instead of --wasm/--input")
	fl.StringVar(&f.witnessOut, "witness-out", "", "also write the computed witness as .wtns")
	fl.StringVar(&f.zkey, "zkey", "", "Groth16 proving key (.zkey from snarkjs)")
	fl.StringVar(&f.proof, "proof", "proof.json", "where to write proof.json")
	fl.StringVar(&f.public, "public", "public.json", "where to write public.json")
	fl.BoolVar(&f.quiet, "quiet", false, "do not print progress")
	return cmd
}

func runProve(ctx context.Context, stderr io.Writer, f proveFlags) error {
	if ctx == nil {
		ctx = context.Background()
	}
	if f.zkey == "" {
		return errors.New("--zkey is required")
	}
	if (f.witness == "") == (f.wasm == "" && f.input == "") || (f.witness == "" && (f.wasm == "" || f.input == "")) {
		return errors.New("give either --witness, or both --wasm and --input")
	}
	logf := func(format string, a ...any) {
		if !f.quiet {
			fmt.Fprintf(stderr, format+"\n", a...)
		}
	}
	start := time.Now()

	var w []fr.Element
	t := time.Now()
	if f.witness != "" {
		var err error
		if w, err = wtns.ReadFile(f.witness); err != nil {
			return fmt.Errorf("witness %s: %w", f.witness, err)
		}
		logf("witness: read %d values from %s (%s)", len(w), f.witness, since(t))
	} else {
		code, err := os.ReadFile(f.wasm)
		if err != nil {
			return err
		}
		in, err := os.ReadFile(f.input)
		if err != nil {
			return err
		}
		sigs, err := witness.ParseInput(in)
		if err != nil {
			return fmt.Errorf("%s: %w", f.input, err)
		}
		calc, err := witness.New(ctx, code)
		if err != nil {
			return fmt.Errorf("%s: %w", f.wasm, err)
		}
		defer calc.Close(ctx)
		calc.Log = func(line string) { logf("circuit log: %s", line) }
		if w, err = calc.Calculate(ctx, sigs); err != nil {
			return err
		}
		logf("witness: computed %d values (%s)", len(w), since(t))
		if f.witnessOut != "" {
			if err := wtns.WriteFile(f.witnessOut, w); err != nil {
				return err
			}
		}
	}

	t = time.Now()
	k, err := zkey.OpenFile(f.zkey)
	if err != nil {
		return fmt.Errorf("zkey %s: %w", f.zkey, err)
	}
	defer k.Close()
	logf("zkey: %d variables, %d public, domain 2^%d (%s)", k.NVars, k.NPublic, k.Power, since(t))

	proof, public, err := groth16.Prove(k.Key, w, groth16.Options{
		Progress: func(stage string, took time.Duration) { logf("%s: %s", stage, took.Round(time.Millisecond)) },
	})
	if err != nil {
		return err
	}
	pj, err := proof.MarshalJSON()
	if err != nil {
		return err
	}
	pubj, err := groth16.EncodePublic(public)
	if err != nil {
		return err
	}
	if err := os.WriteFile(f.proof, append(pj, '\n'), 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(f.public, append(pubj, '\n'), 0o644); err != nil {
		return err
	}
	logf("proof written to %s, public signals to %s (total %s)", f.proof, f.public, since(start))
	return nil
}

func since(t time.Time) time.Duration { return time.Since(t).Round(time.Millisecond) }
