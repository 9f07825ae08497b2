package main

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/dpn-network/dpn/agent/config"
	"github.com/dpn-network/dpn/agent/hardware"
	"github.com/dpn-network/dpn/agent/nodekey"
	"github.com/dpn-network/dpn/x/attestation/types"
)

func init() { subcommands = append(subcommands, newInitCmd) }

type initFlags struct {
	home, hardwareRoot, gpuClass string
	noGPUs                       bool
	cfg                          config.Config
	cpuMillicores, memory, disk  uint64
	bandwidthMbps                uint64
}

func newInitCmd() *cobra.Command {
	f := initFlags{cfg: config.Default()}
	cmd := &cobra.Command{
		Use:   "init",
		Short: "Read this machine's hardware, create the node's keys and write the agent's config",
		Long: `Reads the hardware (CPU, memory and disks from /proc and /sys, NVIDIA GPUs with
nvidia-smi when present), prints the canonical hardware descriptor and its
fingerprint (the SHA-256 the chain will compute), creates the node's BLS12-381
and ML-DSA-65 keys, and writes config.json, node_key.json and descriptor.pb
into --home. The capacity offered defaults to all of the hardware; lower it
with the flags. Existing keys are never overwritten.`,
		Example: "  dpn-node init --home ~/.dpn-node --grpc 127.0.0.1:9090 --from node1 --keyring-dir ~/.dpnd --region eu-west-1",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runInit(cmd.Context(), cmd.OutOrStdout(), f)
		},
	}
	addHomeFlag(cmd, &f.home)
	fl := cmd.Flags()
	fl.StringVar(&f.hardwareRoot, "hardware-root", "/", "read /proc, /sys and /etc under this directory (a container with the host's trees mounted elsewhere)")
	fl.BoolVar(&f.noGPUs, "no-gpus", false, "do not list GPUs with nvidia-smi")
	fl.StringVar(&f.cfg.GRPC, "grpc", f.cfg.GRPC, "the dpnd node's gRPC endpoint")
	fl.StringSliceVar(&f.cfg.Aggregators, "aggregator", f.cfg.Aggregators, "heartbeat aggregator URL (repeat for several)")
	fl.StringVar(&f.cfg.From, "from", f.cfg.From, "the owner's key name in the keyring (pays fees, owns the node)")
	fl.StringVar(&f.cfg.KeyringBackend, "keyring-backend", f.cfg.KeyringBackend, "keyring backend (os|file|test)")
	fl.StringVar(&f.cfg.KeyringDir, "keyring-dir", f.cfg.KeyringDir, "the keyring's directory (relative to --home unless absolute)")
	fl.StringVar(&f.cfg.GasPrices, "gas-prices", f.cfg.GasPrices, "gas price paid in fees")
	fl.StringVar(&f.cfg.Region, "region", f.cfg.Region, "region the node is in, 2-32 of [a-z0-9-]")
	fl.StringVar(&f.cfg.BlobListen, "blob-listen", f.cfg.BlobListen, "address of the node's blob endpoint (job content too large for a transaction); empty serves none")
	fl.StringVar(&f.cfg.Bond, "bond", "", "bond escrowed at registration, e.g. 1000000udpn (optional unless the chain sets a minimum)")
	fl.StringVar(&f.cfg.Tier, "tier", f.cfg.Tier, "light (consumer hardware) or heavy (servers, datacenter GPUs)")
	fl.StringVar(&f.gpuClass, "gpu-class", "", "class of the GPUs offered, e.g. a100-80g (required to offer GPUs)")
	fl.Uint64Var(&f.cpuMillicores, "cpu-millicores", 0, "CPU offered in thousandths of a thread (default: every thread)")
	fl.Uint64Var(&f.memory, "memory-bytes", 0, "memory offered (default: all of it)")
	fl.Uint64Var(&f.disk, "storage-bytes", 0, "storage offered (default: every disk)")
	fl.Uint64Var(&f.bandwidthMbps, "bandwidth-mbps", 100, "network bandwidth offered, megabits per second")
	fl.Float64Var(&f.cfg.PollSeconds, "poll-seconds", f.cfg.PollSeconds, "how often `run` polls the chain")
	return cmd
}

// describedMachine is what init prints.
type describedMachine struct {
	Descriptor   types.HardwareDescriptor `json:"descriptor"`
	Fingerprint  string                   `json:"fingerprint"`
	BLSPublicKey string                   `json:"bls_public_key"`
	Capacity     types.Capacity           `json:"capacity"`
	Home         string                   `json:"home"`
}

func runInit(ctx context.Context, out io.Writer, f initFlags) error {
	if ctx == nil {
		ctx = context.Background()
	}
	r := hardware.Reader{Root: f.hardwareRoot, GPUs: hardware.NvidiaSMI}
	if f.noGPUs {
		r.GPUs = nil
	}
	d, err := r.Read(ctx)
	if err != nil {
		return err
	}
	enc, fp, err := hardware.Describe(d)
	if err != nil {
		return err
	}
	f.cfg.Capacity = types.Capacity{
		CpuMillicores: orDefault(f.cpuMillicores, uint64(d.CpuThreads)*1000),
		MemoryBytes:   orDefault(f.memory, d.MemoryBytes),
		StorageBytes:  orDefault(f.disk, d.StorageBytes()),
		BandwidthBps:  f.bandwidthMbps * 1_000_000,
	}
	if f.gpuClass != "" {
		f.cfg.Capacity.GpuCount, f.cfg.Capacity.GpuClass = uint32(len(d.Gpus)), f.gpuClass
	}
	if err := f.cfg.Capacity.ValidateAgainst(d); err != nil {
		return err
	}
	if err := f.cfg.Validate(); err != nil {
		return err
	}
	if err := os.MkdirAll(f.home, 0o700); err != nil {
		return err
	}
	keys, err := nodekey.Load(f.home)
	if err != nil {
		if keys, err = nodekey.Generate(); err != nil {
			return err
		}
		if err := nodekey.Create(f.home, keys); err != nil && !errors.Is(err, nodekey.ErrExists) {
			return err
		}
	}
	if err := config.SaveDescriptor(f.home, enc); err != nil {
		return err
	}
	if err := config.Save(f.home, f.cfg); err != nil {
		return err
	}
	home, _ := filepath.Abs(f.home)
	bz, err := json.MarshalIndent(describedMachine{
		Descriptor: d, Fingerprint: hex.EncodeToString(fp), BLSPublicKey: hex.EncodeToString(keys.BLS.PublicKey().Bytes()),
		Capacity: f.cfg.Capacity, Home: home,
	}, "", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(out, "%s\n", bz)
	return err
}

func orDefault(v, def uint64) uint64 {
	if v == 0 {
		return def
	}
	return v
}
