package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/cosmos/cosmos-sdk/crypto/keyring"
	sdk "github.com/cosmos/cosmos-sdk/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"

	"github.com/dpn-network/dpn/agent/blobs"
	"github.com/dpn-network/dpn/agent/chain"
	"github.com/dpn-network/dpn/agent/jobs"
	"github.com/dpn-network/dpn/app"
	"github.com/dpn-network/dpn/testutil/network"
	computetypes "github.com/dpn-network/dpn/x/compute/types"
	"github.com/dpn-network/dpn/x/pricing/feed"
)

// e2ePrices is the price document every validator reads (USD).
var e2ePrices = feed.Document{DpnUsd: "0.5", EthUsd: "3000", Prices: map[string]string{
	"cpu": "0.034", "memory": "0.0035", "storage": "0.08", "bandwidth": "0.09",
	"gpu/a100-40g": "3.18", "gpu/a100-80g": "4.10", "gpu/a10g": "0.81", "gpu/h100": "10.58",
	"gpu/l4": "0.61", "gpu/t4": "0.33", "gpu/v100": "2.57",
}}

// TestMarketplaceOnNetwork runs the marketplace end to end on an in-process two-validator
// network whose validators vote prices from a local file source, with three real agents
// (`dpn-node run`): a wasm job run 3-of-3 and settled; one whose input is too large for a
// transaction, fetched from a node's blob endpoint; a 2-of-3 job in which one node
// returns a wrong result, settled to the honest majority while the liar loses bond and
// reputation; a Groth16 job of a circom2-compiled circuit whose proof the chain verifies and
// snarkjs accepts; and a job nobody can run, which expires and is refunded in full.
func TestMarketplaceOnNetwork(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a network and runs for about two minutes")
	}
	snarkjs := zkPeers(t)
	dir := t.TempDir()
	priceFile := filepath.Join(dir, "prices.json")
	bz, err := json.Marshal(e2ePrices)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(priceFile, bz, 0o644))

	homes := make([]string, 3)
	var funded []sdk.AccAddress
	for i := range homes {
		homes[i] = filepath.Join(dir, fmt.Sprintf("agent%d", i))
		funded = append(funded, newKey(t, homes[i], "owner"))
		writeMachine(t, filepath.Join(homes[i], "hw"), fmt.Sprintf("market-%d-0123456789abcdef", i))
	}
	buyerHome := filepath.Join(dir, "buyer")
	buyerAddr := newKey(t, buyerHome, "buyer")
	funded = append(funded, buyerAddr)

	cfg := network.DefaultConfig(2)
	cfg = network.WithOptions(cfg, network.Options{PriceSources: [][]string{{"file://" + priceFile}, {"file://" + priceFile}}})
	network.FundAccounts(&cfg, sdk.NewCoins(sdk.NewInt64Coin(app.BondDenom, 100_000_000_000)), funded...)
	network.EditGenesis(&cfg, computetypes.ModuleName, &computetypes.GenesisState{}, func(g *computetypes.GenesisState) {
		g.Params.AssignTimeoutBlocks = 8
		g.Params.CommitWindowBlocks = 20
		g.Params.RevealWindowBlocks = 10
	})
	net := network.New(t, cfg)
	val := net.Validators[0]
	grpcAddr := strings.Replace(val.AppConfig.GRPC.Address, "0.0.0.0", "127.0.0.1", 1)

	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	defer func() { cancel(); wg.Wait() }()
	agentStop := make([]context.CancelFunc, len(homes))
	blobAddr := freeAddr(t) // agent 0 serves the blob endpoint
	for i, home := range homes {
		blobListen := ""
		if i == 0 {
			blobListen = blobAddr
		}
		out, err := execute(t, "init", "--home", home, "--hardware-root", filepath.Join(home, "hw"), "--no-gpus",
			"--grpc", grpcAddr, "--aggregator", "http://127.0.0.1:1", "--from", "owner", "--keyring-dir", ".",
			"--region", "eu-west-1", "--tier", "light", "--poll-seconds", "0.5", "--bond", "5000000udpn",
			"--blob-listen", blobListen)
		require.NoError(t, err, out)
		out, err = execute(t, "register", "--home", home)
		require.NoError(t, err, out)
		var c context.Context
		c, agentStop[i] = context.WithCancel(ctx)
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			out, err := executeCtx(c, "run", "--home", home)
			if err != nil && c.Err() == nil {
				t.Errorf("agent %d: %v", i, err)
			}
			if t.Failed() {
				t.Logf("agent %d log:\n%s", i, out)
			}
		}(i)
	}

	client, err := chain.Dial(ctx, grpcAddr)
	require.NoError(t, err)
	defer client.Close()
	kr, err := keyring.New(sdk.KeyringServiceName(), keyring.BackendTest, buyerHome, nil, chain.Encoding().Codec)
	require.NoError(t, err)
	buyer := &chain.Signer{Client: client, Keyring: kr, From: "buyer", GasPrices: network.MinGasPrice, Wait: time.Minute}
	bank := banktypes.NewQueryClient(client.Conn())
	balance := func() int64 {
		res, err := bank.Balance(ctx, &banktypes.QueryBalanceRequest{Address: buyerAddr.String(), Denom: app.BondDenom})
		require.NoError(t, err)
		return res.Balance.Amount.Int64()
	}

	reverse, err := os.ReadFile("../../agent/jobs/testdata/reverse.wasm")
	require.NoError(t, err)
	wasmJob := func(input string, replicas, quorum uint32) *computetypes.MsgSubmitJob {
		return &computetypes.MsgSubmitJob{
			Buyer: buyerAddr.String(), Kind: computetypes.JOB_KIND_WASM,
			Module: computetypes.ContentOf(reverse), Input: computetypes.ContentOf([]byte(input)),
			Resources:       computetypes.Resources{CpuMillicores: 500, MemoryBytes: 256 << 20},
			DurationSeconds: 600, Region: "eu-west-1", Replicas: replicas, Quorum: quorum,
			MaxPrice: sdk.NewInt64Coin(app.BondDenom, 100_000_000),
			Inline: []computetypes.InlineContent{
				{Sha256: computetypes.ContentOf(reverse).Sha256, Data: reverse},
				{Sha256: computetypes.ContentOf([]byte(input)).Sha256, Data: []byte(input)},
			},
		}
	}
	// submit retries while validators have not yet voted the first prices (ErrQuote).
	submit := func(msg *computetypes.MsgSubmitJob) uint64 {
		t.Helper()
		deadline := time.Now().Add(time.Minute)
		for {
			_, err := buyer.Send(ctx, msg)
			if err == nil {
				break
			}
			require.ErrorIs(t, err, chain.ErrTxRejected)
			require.Contains(t, err.Error(), "quote", "only a missing quote may delay a submission")
			require.True(t, time.Now().Before(deadline), "no prices after a minute: %v", err)
			time.Sleep(time.Second)
		}
		res, err := client.Compute.Jobs(ctx, &computetypes.QueryJobsRequest{})
		require.NoError(t, err)
		return res.Jobs[len(res.Jobs)-1].Id
	}
	job := func(id uint64) computetypes.Job {
		res, err := client.Compute.Job(ctx, &computetypes.QueryJobRequest{Id: id})
		require.NoError(t, err)
		return res.Job
	}
	waitStatus := func(id uint64, want computetypes.JobStatus, limit time.Duration) computetypes.Job {
		t.Helper()
		var j computetypes.Job
		defer func() {
			if t.Failed() {
				subs, _ := client.Submissions(ctx, id)
				t.Logf("job %d: %+v\nsubmissions: %+v", id, j, subs)
			}
		}()
		waitFor(t, limit, fmt.Sprintf("job %d %s", id, want), func() bool {
			j = job(id)
			return j.Status == want
		})
		return j
	}

	// 1. A wasm job run 3 of 3.
	first := submit(wasmJob("dpn marketplace", 3, 3))
	waitStatus(first, computetypes.JOB_STATUS_SETTLED, time.Minute)
	res, err := client.Compute.Result(ctx, &computetypes.QueryResultRequest{JobId: first})
	require.NoError(t, err)
	want, err := jobs.RunWASM(ctx, reverse, []byte("dpn marketplace"), jobs.DefaultLimits())
	require.NoError(t, err)
	require.Equal(t, "ecalptekram npd", string(want))
	require.Equal(t, computetypes.ContentOf(want).Sha256, res.Result.ResultHash)
	require.Len(t, res.Result.Providers, 3)
	out := dpndQuery(t, val.RPCAddress, "q", "compute", "result", fmt.Sprint(first), "--output", "json")
	require.Contains(t, out, `"providers"`)

	// 1b. Content too large for a transaction: the buyer uploads it to agent 0's blob
	// endpoint, the job names it, agents 1 and 2 fetch it from there and check its hash.
	large := bytes.Repeat([]byte("0123456789abcdef"), 5000) // 80,000 bytes > max_inline_bytes
	waitFor(t, 30*time.Second, "agent 0's blob endpoint", func() bool {
		return blobs.Upload(ctx, http.DefaultClient, "http://"+blobAddr, large) == nil
	})
	blobJob := wasmJob("unused", 3, 3)
	blobJob.Input, blobJob.Inline, blobJob.ContentUrl = computetypes.ContentOf(large), blobJob.Inline[:1], "http://"+blobAddr
	blobID := submit(blobJob)
	waitStatus(blobID, computetypes.JOB_STATUS_SETTLED, time.Minute)
	res, err = client.Compute.Result(ctx, &computetypes.QueryResultRequest{JobId: blobID})
	require.NoError(t, err)
	want, err = jobs.RunWASM(ctx, reverse, large, jobs.DefaultLimits())
	require.NoError(t, err)
	require.Equal(t, computetypes.ContentOf(want).Sha256, res.Result.ResultHash)
	require.Len(t, res.Result.Providers, 3)

	// 2. Agent 2 is replaced by a dishonest runner for its node: 2 of 3 agree, the liar pays.
	agentStop[2]()
	liarKeys, err := keyring.New(sdk.KeyringServiceName(), keyring.BackendTest, homes[2], nil, chain.Encoding().Codec)
	require.NoError(t, err)
	liar := &jobs.Runner{
		Chain:  client,
		Sender: &chain.Signer{Client: client, Keyring: liarKeys, From: "owner", GasPrices: network.MinGasPrice, Wait: time.Minute},
		Index:  2, Limits: jobs.DefaultLimits(), Log: slog.New(slog.NewTextHandler(io.Discard, nil)),
		Tamper: func(out []byte) []byte { return append([]byte("forged "), out...) },
	}
	wg.Add(1)
	go func() { defer wg.Done(); _ = liar.Run(ctx, 500*time.Millisecond) }()
	before, err := client.GetNode(ctx, 2)
	require.NoError(t, err)
	second := submit(wasmJob("honest majority", 3, 2))
	waitStatus(second, computetypes.JOB_STATUS_SETTLED, time.Minute)
	res, err = client.Compute.Result(ctx, &computetypes.QueryResultRequest{JobId: second})
	require.NoError(t, err)
	require.ElementsMatch(t, []uint64{0, 1}, res.Result.Providers)
	after, err := client.GetNode(ctx, 2)
	require.NoError(t, err)
	require.True(t, after.Bond.Amount.LT(before.Bond.Amount), "the liar's bond was slashed: %s → %s", before.Bond, after.Bond)
	stats, err := client.Compute.NodeStats(ctx, &computetypes.QueryNodeStatsRequest{NodeIndex: 2})
	require.NoError(t, err)
	require.Equal(t, uint64(1), stats.Stats.Faults)

	// 3. A Groth16 job: the chain verifies the proof, and so does snarkjs.
	zk := func(name string) []byte {
		b, err := os.ReadFile("../../crypto/zk/testdata/" + name)
		require.NoError(t, err)
		return b
	}
	wasm, zkey, input := zk("multiplier.wasm"), zk("multiplier.zkey"), zk("multiplier_input.json")
	g := &computetypes.MsgSubmitJob{
		Buyer: buyerAddr.String(), Kind: computetypes.JOB_KIND_GROTH16,
		Module: computetypes.ContentOf(wasm), Input: computetypes.ContentOf(input), Zkey: computetypes.ContentOf(zkey),
		VerifyingKey: zk("multiplier_vkey.json"), Resources: computetypes.Resources{CpuMillicores: 500, MemoryBytes: 256 << 20},
		DurationSeconds: 600, Region: "eu-west-1", MaxPrice: sdk.NewInt64Coin(app.BondDenom, 100_000_000),
		Inline: []computetypes.InlineContent{
			{Sha256: computetypes.ContentOf(wasm).Sha256, Data: wasm},
			{Sha256: computetypes.ContentOf(input).Sha256, Data: input},
			{Sha256: computetypes.ContentOf(zkey).Sha256, Data: zkey},
		},
	}
	third := submit(g)
	waitStatus(third, computetypes.JOB_STATUS_SETTLED, time.Minute)
	res, err = client.Compute.Result(ctx, &computetypes.QueryResultRequest{JobId: third})
	require.NoError(t, err)
	snarkjsVerify(t, snarkjs, zk("multiplier_vkey.json"), res.Result.PublicSignals, res.Result.Proof)

	// 4. A job nobody can run expires and is refunded in full.
	tooBig := wasmJob("too big", 3, 2)
	tooBig.Resources.MemoryBytes = 1 << 40
	start := balance()
	fourth := submit(tooBig)
	escrowed := job(fourth).Escrow.Amount.Int64()
	require.Positive(t, escrowed)
	expired := waitStatus(fourth, computetypes.JOB_STATUS_EXPIRED, time.Minute)
	require.True(t, expired.Escrow.IsZero())
	// The balance is back to where it was, less the fee of the submitting transaction.
	fee := start - balance()
	require.Less(t, fee, escrowed, "the escrow came back: only the tx fee is gone")
	require.Positive(t, fee)
}

// zkPeers returns the snarkjs that cross-checks the chain's proofs. It runs before anything
// is asserted: a test skipped halfway would leave its later steps unrun. Without node the
// test is skipped, unless under CI, where a missing peer is a failure; node without snarkjs
// is always one (`make zk-peers` installs it).
func zkPeers(t testing.TB) string {
	t.Helper()
	if _, err := exec.LookPath("node"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("node not found, which CI must have for the snarkjs cross-check: %v", err)
		}
		t.Skip("node not found: the snarkjs cross-check cannot run (CI=true makes this a failure)")
	}
	bin := filepath.Join("..", "..", "tools", "zkpeers", "node_modules", ".bin", "snarkjs")
	if _, err := os.Stat(bin); err != nil {
		t.Fatalf("snarkjs is not installed: run `make zk-peers`")
	}
	return bin
}

func snarkjsVerify(t *testing.T, bin string, vkey, public, proof []byte) {
	t.Helper()
	dir := t.TempDir()
	files := map[string][]byte{"vkey.json": vkey, "public.json": public, "proof.json": proof}
	for name, data := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), data, 0o644))
	}
	cmd := exec.Command(bin, "groth16", "verify", filepath.Join(dir, "vkey.json"), filepath.Join(dir, "public.json"), filepath.Join(dir, "proof.json"))
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	var exit *exec.ExitError
	if errors.As(err, &exit) || err != nil {
		t.Fatalf("snarkjs rejects the chain's proof: %v\n%s", err, out.String())
	}
	require.Contains(t, out.String(), "OK")
}

// stopTB records how a check would have stopped the test.
type stopTB struct {
	testing.TB
	how string
}

func (s *stopTB) Fatalf(format string, args ...any) { s.how = "fail"; runtime.Goexit() }
func (s *stopTB) Skip(args ...any)                  { s.how = "skip"; runtime.Goexit() }

// TestZkPeersWithoutNode: a missing node skips the marketplace test before it starts, and
// fails it under CI.
func TestZkPeersWithoutNode(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	for _, tc := range []struct{ ci, want string }{{"true", "fail"}, {"", "skip"}} {
		t.Run("CI="+tc.ci, func(t *testing.T) {
			t.Setenv("CI", tc.ci)
			s := &stopTB{TB: t}
			done := make(chan struct{})
			go func() {
				defer close(done)
				zkPeers(s)
			}()
			<-done
			require.Equal(t, tc.want, s.how)
		})
	}
}
