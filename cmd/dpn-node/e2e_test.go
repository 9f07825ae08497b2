package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/spf13/cobra"
	"github.com/stretchr/testify/require"

	"github.com/cosmos/cosmos-sdk/crypto/hd"
	"github.com/cosmos/cosmos-sdk/crypto/keyring"
	svrcmd "github.com/cosmos/cosmos-sdk/server/cmd"
	serverconfig "github.com/cosmos/cosmos-sdk/server/config"
	sdk "github.com/cosmos/cosmos-sdk/types"
	epochstypes "github.com/cosmos/cosmos-sdk/x/epochs/types"

	"github.com/dpn-network/dpn/agent/chain"
	"github.com/dpn-network/dpn/app"
	dpndcmd "github.com/dpn-network/dpn/cmd/dpnd/cmd"
	"github.com/dpn-network/dpn/testutil/network"
	attestationtypes "github.com/dpn-network/dpn/x/attestation/types"
)

// e2eEpoch paces the test: long enough for a heartbeat to reach a block within its epoch
// (agent poll 0.5 s, aggregator interval 1 s, 1 s blocks), short enough that a stopped node
// falls inactive within a minute.
const e2eEpoch = 8 * time.Second

// TestAgentsOnNetwork runs the real agent commands against an in-process two-validator
// network: three machines `init` and `register`, an aggregator collects their heartbeats
// over HTTP and submits them in one transaction per epoch, the beacon audits them and they
// answer with VDF proofs the chain verifies, `dpnd q attestation nodes` lists them, and the
// node whose agent stops falls inactive while the others stay active.
func TestAgentsOnNetwork(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a network and runs for about a minute")
	}
	dir := t.TempDir()
	regions := []string{"eu-west-1", "eu-west-1", "us-east-1"}
	homes := make([]string, len(regions))
	var funded []sdk.AccAddress
	for i := range regions {
		homes[i] = filepath.Join(dir, fmt.Sprintf("agent%d", i))
		funded = append(funded, newKey(t, homes[i], "owner"))
		writeMachine(t, filepath.Join(homes[i], "hw"), fmt.Sprintf("machine-%d-0123456789abcdef", i))
	}
	aggHome := filepath.Join(dir, "aggregator")
	funded = append(funded, newKey(t, aggHome, "aggregator"))

	cfg := network.DefaultConfig(2)
	network.FundAccounts(&cfg, sdk.NewCoins(sdk.NewInt64Coin(app.BondDenom, 100_000_000_000)), funded...)
	network.EditGenesis(&cfg, epochstypes.ModuleName, &epochstypes.GenesisState{}, func(g *epochstypes.GenesisState) {
		g.Epochs = append(g.Epochs, epochstypes.EpochInfo{Identifier: "e2e", Duration: e2eEpoch})
	})
	network.EditGenesis(&cfg, attestationtypes.ModuleName, &attestationtypes.GenesisState{}, func(g *attestationtypes.GenesisState) {
		g.Params.EpochIdentifier = "e2e"
		g.Params.UptimeWindowEpochs = 3
		g.Params.MinUptimeBps = 5000
		g.Params.AuditSampleSize = 1
		g.Params.AuditDeadlineBlocks = 6
		g.Params.VdfDifficulty = 1 << 14
	})
	net := network.New(t, cfg)
	val := net.Validators[0]
	grpcAddr := strings.Replace(val.AppConfig.GRPC.Address, "0.0.0.0", "127.0.0.1", 1)
	aggAddr := freeAddr(t)

	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	defer func() { cancel(); wg.Wait() }() // also when an assertion fails
	start := func(ctx context.Context, name string, args ...string) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out, err := executeCtx(ctx, args...)
			if err != nil && ctx.Err() == nil {
				t.Errorf("%s: %v\n%s", name, err, out)
			}
		}()
	}
	start(ctx, "aggregator", "aggregate", "--grpc", grpcAddr, "--from", "aggregator", "--keyring-dir", aggHome,
		"--listen", aggAddr, "--interval", "1s")

	agentCtx := make([]context.CancelFunc, len(regions))
	for i, home := range homes {
		out, err := execute(t, "init", "--home", home, "--hardware-root", filepath.Join(home, "hw"), "--no-gpus",
			"--grpc", grpcAddr, "--aggregator", "http://"+aggAddr, "--from", "owner", "--keyring-dir", ".",
			"--region", regions[i], "--tier", "light", "--poll-seconds", "0.5", "--blob-listen", "")
		require.NoError(t, err, out)
		var described describedMachine
		require.NoError(t, json.Unmarshal([]byte(out), &described), out)
		require.Len(t, described.Fingerprint, 64)

		out, err = execute(t, "register", "--home", home)
		require.NoError(t, err, out)
		require.Contains(t, out, fmt.Sprintf("registered node %d", i))
		var c context.Context
		c, agentCtx[i] = context.WithCancel(ctx)
		start(c, fmt.Sprintf("agent %d", i), "run", "--home", home)
	}

	// The same machine cannot register twice while its node is active.
	out, err := execute(t, "register", "--home", homes[0])
	require.ErrorIs(t, err, chain.ErrTxRejected, out)
	require.Contains(t, err.Error(), attestationtypes.ErrFingerprintInUse.Error())

	client, err := chain.Dial(ctx, grpcAddr)
	require.NoError(t, err)
	defer client.Close()

	// Heartbeats of all three land in one epoch's bitmap through the aggregator.
	waitFor(t, 4*e2eEpoch, "all three nodes in one epoch's bitmap", func() bool {
		epoch, _, err := client.CurrentBeacon(ctx)
		if err != nil || epoch < 2 {
			return false
		}
		for _, e := range []uint64{epoch, epoch - 1} {
			res, err := client.Attestation.Participation(ctx, &attestationtypes.QueryParticipationRequest{Epoch: e})
			if err == nil && res.Count == 3 {
				return true
			}
		}
		return false
	})

	// The CLI lists the active nodes of a region.
	out = dpndQuery(t, val.RPCAddress, "q", "attestation", "nodes", "--status", "active", "--region", "eu-west-1", "--output", "json")
	var listed attestationtypes.QueryNodesResponse
	require.NoError(t, client.Codec().UnmarshalJSON([]byte(out), &listed), out)
	require.Len(t, listed.Nodes, 2, out)
	for _, n := range listed.Nodes {
		require.Equal(t, "eu-west-1", n.Region)
		require.Equal(t, attestationtypes.NODE_STATUS_ACTIVE, n.Status)
	}

	// The beacon audits a node each epoch; the agent answers with a VDF proof the chain
	// verifies (an audit is marked answered only after crypto/vdf accepts the output).
	waitFor(t, 4*e2eEpoch, "an audit answered with a verified VDF proof", func() bool {
		epoch, _, err := client.CurrentBeacon(ctx)
		if err != nil {
			return false
		}
		for e := uint64(1); e <= epoch; e++ {
			audits, err := client.Audits(ctx, e)
			if err != nil {
				continue
			}
			for _, a := range audits {
				if a.Answered {
					return true
				}
			}
		}
		return false
	})

	// Agent 2 stops; after a window without heartbeats its node is inactive, and the other
	// two, still heartbeating, stay active.
	agentCtx[2]()
	waitFor(t, 8*e2eEpoch, "node 2 inactive", func() bool {
		n, err := client.GetNode(ctx, 2)
		return err == nil && n.Status == attestationtypes.NODE_STATUS_INACTIVE
	})
	for i := uint64(0); i < 2; i++ {
		n, err := client.GetNode(ctx, i)
		require.NoError(t, err)
		require.Equal(t, attestationtypes.NODE_STATUS_ACTIVE, n.Status, "node %d", i)
	}
	out = dpndQuery(t, val.RPCAddress, "q", "attestation", "nodes", "--status", "inactive", "--output", "json")
	require.NoError(t, client.Codec().UnmarshalJSON([]byte(out), &listed), out)
	require.Len(t, listed.Nodes, 1, out)
	require.Equal(t, uint64(2), listed.Nodes[0].Index)
}

// newKey creates a secp256k1 key in a test keyring under dir and returns its address.
func newKey(t *testing.T, dir, name string) sdk.AccAddress {
	t.Helper()
	kr, err := keyring.New(sdk.KeyringServiceName(), keyring.BackendTest, dir, nil, chain.Encoding().Codec)
	require.NoError(t, err)
	rec, _, err := kr.NewMnemonic(name, keyring.English, sdk.FullFundraiserPath, keyring.DefaultBIP39Passphrase, hd.Secp256k1)
	require.NoError(t, err)
	addr, err := rec.GetAddress()
	require.NoError(t, err)
	return addr
}

// writeMachine lays out the /proc, /sys and /etc files of a small machine.
func writeMachine(t *testing.T, root, machineID string) {
	t.Helper()
	for rel, content := range map[string]string{
		"etc/machine-id":                machineID + "\n",
		"proc/cpuinfo":                  "processor\t: 0\nmodel name\t: E2E CPU\n\nprocessor\t: 1\nmodel name\t: E2E CPU\n",
		"proc/meminfo":                  "MemTotal:        8000000 kB\n",
		"sys/block/vda/size":            "20000000\n",
		"sys/block/vda/device/serial":   "disk-" + machineID + "\n",
		"sys/class/dmi/id/board_serial": "",
		"sys/block/loop0/size":          "100\n",
	} {
		p := filepath.Join(root, rel)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	}
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer ln.Close()
	return ln.Addr().String()
}

func executeCtx(ctx context.Context, args ...string) (string, error) {
	root := newRootCmd()
	var out bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&out)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	return out.String(), err
}

// dpndQuery runs a `dpnd` command in-process against the node at rpc.
func dpndQuery(t *testing.T, rpc string, args ...string) string {
	t.Helper()
	var root *cobra.Command = dpndcmd.NewRootCmd()
	var out bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&out)
	home := t.TempDir()
	// dpnd's root command installs its app.toml template (with [pricing]) globally; restore
	// the SDK's, which the in-process networks of later tests write their app.toml with.
	defer serverconfig.SetConfigTemplate(serverconfig.DefaultConfigTemplate)
	root.SetArgs(append(args, "--node", rpc, "--home", home))
	require.NoError(t, svrcmd.Execute(root, "DPND", home), out.String())
	return out.String()
}

func waitFor(t *testing.T, limit time.Duration, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		if ok() {
			return
		}
		time.Sleep(500 * time.Millisecond)
	}
	t.Fatalf("timed out after %s waiting for %s", limit, what)
}
