package cli

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"net/http"
	"os"
	"strconv"
	"time"

	"github.com/spf13/cobra"

	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/client/flags"

	"github.com/dpn-network/dpn/agent/blobs"
	"github.com/dpn-network/dpn/x/compute/types"
)

// GetQueryCmd returns `dpnd q compute` with fetch-output; autocli adds the generated verbs.
func GetQueryCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:                        types.ModuleName,
		Short:                      "Marketplace queries: jobs, results, outputs, node stats",
		DisableFlagParsing:         true,
		SuggestionsMinimumDistance: 2,
		RunE:                       client.ValidateCmd,
	}
	cmd.AddCommand(newFetchOutputCmd())
	return cmd
}

// maxFetchBytes bounds an output read from a blob endpoint: the agent's largest default output.
const maxFetchBytes = 1 << 30

func newFetchOutputCmd() *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "fetch-output [job-id]",
		Short: "Write a settled job's output to --out, checked against the result hash",
		Long: `Reads the job's result from the chain. A wasm output that a winner carried in its
reveal comes from the chain itself; a larger one is fetched from the blob
endpoints the winners named (GET /v1/blobs/<sha256>), trying each in turn. A
groth16 job's output is its proof (snarkjs proof.json). The bytes are checked
against the verified hash and size before anything is written.`,
		Example: "dpnd q compute fetch-output 12 --out result.bin",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := strconv.ParseUint(args[0], 10, 64)
			if err != nil {
				return fmt.Errorf("job id %q: %w", args[0], err)
			}
			if out == "" {
				return errors.New("--out is required")
			}
			clientCtx, err := client.GetClientQueryContext(cmd)
			if err != nil {
				return err
			}
			res, err := types.NewQueryClient(clientCtx).Result(cmd.Context(), &types.QueryResultRequest{JobId: id})
			if err != nil {
				return err
			}
			data, from, err := fetchOutput(cmd.Context(), &http.Client{Timeout: 10 * time.Minute}, res.Result)
			if err != nil {
				return err
			}
			if err := os.WriteFile(out, data, 0o644); err != nil {
				return err
			}
			return clientCtx.PrintString(fmt.Sprintf("wrote %d bytes (sha256 %X) from %s to %s\n", len(data), res.Result.Output.Sha256, from, out))
		},
	}
	cmd.Flags().StringVar(&out, "out", "", "file to write the output to")
	flags.AddQueryFlagsToCmd(cmd)
	return cmd
}

// fetchOutput returns a result's output and where it came from: the chain (inline, or a
// groth16 proof) or the first winner's blob endpoint that serves the right bytes.
func fetchOutput(ctx context.Context, hc *http.Client, r types.Result) ([]byte, string, error) {
	want := r.Output
	if !want.IsSet() {
		return nil, "", fmt.Errorf("job %d: the result names no output", r.JobId)
	}
	check := func(data []byte) error {
		if sum := sha256.Sum256(data); !bytes.Equal(sum[:], want.Sha256) || uint64(len(data)) != want.Size_ {
			return fmt.Errorf("job %d: output of %d bytes does not match its hash %X", r.JobId, len(data), want.Sha256)
		}
		return nil
	}
	switch {
	case len(r.OutputData) != 0:
		return r.OutputData, "the chain", check(r.OutputData)
	case len(r.Proof) != 0:
		return r.Proof, "the chain (proof)", check(r.Proof)
	case want.Size_ == 0:
		return nil, "the chain (empty)", check(nil)
	}
	var errs []error
	for _, url := range r.OutputUrls {
		data, err := blobs.Fetch(ctx, hc, url, want.Sha256, want.Size_, maxFetchBytes)
		if err == nil {
			return data, url, nil
		}
		errs = append(errs, err)
	}
	if len(errs) == 0 {
		return nil, "", fmt.Errorf("job %d: the output is neither on chain nor at any winner's blob endpoint", r.JobId)
	}
	return nil, "", fmt.Errorf("job %d: no winner served the output: %w", r.JobId, errors.Join(errs...))
}
