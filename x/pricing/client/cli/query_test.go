package cli_test

import (
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	"github.com/dpn-network/dpn/x/pricing"
	"github.com/dpn-network/dpn/x/pricing/client/cli"
	"github.com/dpn-network/dpn/x/pricing/types"
)

// words splits a shell command line on spaces, keeping single-quoted parts whole.
func words(t *testing.T, line string) []string {
	t.Helper()
	var out []string
	var cur strings.Builder
	quoted, inWord := false, false
	for _, r := range line {
		switch {
		case r == '\'':
			quoted, inWord = !quoted, true
		case r == ' ' && !quoted:
			if inWord {
				out = append(out, cur.String())
				cur.Reset()
			}
			inWord = false
		default:
			cur.WriteRune(r)
			inWord = true
		}
	}
	require.False(t, quoted, "unbalanced quote in %q", line)
	if inWord {
		out = append(out, cur.String())
	}
	return out
}

// quoteCmd is the quote command as `dpnd q pricing` carries it.
func quoteCmd(t *testing.T) *cobra.Command {
	t.Helper()
	for _, c := range (pricing.AppModule{}).GetQueryCmd().Commands() {
		if c.Name() == "quote" {
			return c
		}
	}
	t.Fatal("no quote command")
	return nil
}

// request runs a command line through quote's own parsing.
func request(t *testing.T, line string) (*types.QueryQuoteRequest, error) {
	t.Helper()
	w := words(t, line)
	require.Equal(t, []string{"dpnd", "q", "pricing", "quote"}, w[:4], line)
	cmd := quoteCmd(t)
	require.NoError(t, cmd.ParseFlags(w[4:]))
	return cli.QuoteRequest(cmd, cmd.Flags().Args())
}

// TestQuoteHelpExamples: the examples of quote's help mean what they say.
func TestQuoteHelpExamples(t *testing.T) {
	lines := strings.Split(strings.TrimSpace(quoteCmd(t).Example), "\n")
	require.Len(t, lines, 2)
	d := math.LegacyMustNewDecFromStr

	req, err := request(t, lines[0])
	require.NoError(t, err)
	require.EqualValues(t, 3600, req.DurationSeconds)
	r := req.Resources
	require.True(t, r.Vcpus.Equal(d("4")), "4 vCPUs, not 4×10⁻¹⁸: %v", r.Vcpus)
	require.True(t, r.MemoryGib.Equal(d("16")))
	require.True(t, r.StorageGib.Equal(d("100")))
	require.True(t, r.BandwidthGb.Equal(d("10")))
	require.Equal(t, []types.GpuCount{{Class: "t4", Count: 1}}, r.Gpus)
	require.NoError(t, r.Validate(types.DefaultParams()))

	// What the node receives is what was typed.
	bz, err := req.Marshal()
	require.NoError(t, err)
	var got types.QueryQuoteRequest
	require.NoError(t, got.Unmarshal(bz))
	require.True(t, got.Resources.Vcpus.Equal(d("4")))

	req, err = request(t, lines[1])
	require.NoError(t, err)
	require.True(t, req.Resources.Vcpus.Equal(d("0.5")))
	require.True(t, req.Resources.MemoryGib.Equal(d("0.25")))
	require.True(t, req.Resources.StorageGib.IsZero(), "a field left out is zero")
}

func TestQuoteRejectsBadArguments(t *testing.T) {
	tests := []struct {
		name string
		line string
		err  error
	}{
		{"duration not a number", `dpnd q pricing quote 1h --resources '{"vcpus":"1"}'`, types.ErrInvalidDuration},
		{"not a decimal", `dpnd q pricing quote 60 --resources '{"vcpus":"four"}'`, types.ErrInvalidResources},
		{"unknown field", `dpnd q pricing quote 60 --resources '{"cpus":"1"}'`, types.ErrInvalidResources},
		{"not JSON", `dpnd q pricing quote 60 --resources '{vcpus:1'`, types.ErrInvalidResources},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := request(t, tc.line)
			require.ErrorIs(t, err, tc.err)
		})
	}
}

// TestAutoCLILeavesQuote: the generated command, which would read the decimals as raw
// integers, does not replace the hand-written one.
func TestAutoCLILeavesQuote(t *testing.T) {
	opts := pricing.AppModule{}.AutoCLIOptions()
	require.True(t, opts.Query.EnhanceCustomCommand)
	for _, o := range opts.Query.RpcCommandOptions {
		if o.RpcMethod == "Quote" {
			require.True(t, o.Skip)
			return
		}
	}
	t.Fatal("Quote has no autocli entry")
}
