package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/spf13/cobra"

	"github.com/dpn-network/dpn/bridge"
	"github.com/dpn-network/dpn/bridge/metrics"
	"github.com/dpn-network/dpn/bridge/retry"
	"github.com/dpn-network/dpn/bridge/sender"
	"github.com/dpn-network/dpn/bridge/submitter"
)

var errDuplicateDestination = errors.New("destination named twice")

func newRunCmd(d deps) *cobra.Command {
	var (
		configPath string
		flags      = defaultConfig()
		dests      []string
	)
	cmd := &cobra.Command{
		Use:   "run",
		Short: "Relay valsets, batches and proofs from the DPN chain to every configured L2",
		Long: `Runs one loop per destination L2. Every poll it reads valsetNonce and lastBatchNonce
from DPNSettlement (the contract's state is the only state: a restarted relayer picks up
where the contract is), moves the contract to the chain's newest validator set one update
at a time, submits the next batch (nonce lastBatchNonce + 1) once the stored set's
signatures on it carry more than 2/3 of its power, and delivers the Groth16 proofs L2 teams
ordered. Every transaction is simulated first; one another relayer already settled is not
sent and counts as lost_race. Fees are EIP-1559 under the caps given; a transaction not
mined within --replace-after is replaced with fees 12.5 % higher.

Settings come from --config (TOML or JSON, keys as in the example below) and from flags,
which win. The key file holds a hex secp256k1 private key and must be mode 0600; the
relayer's address needs ETH on every destination for gas.

Metrics (Prometheus) are served on --metrics-addr at /metrics, health at /healthz (503
until every destination has completed a poll recently). Stops on SIGINT/SIGTERM.

Config file (relayer.toml):

  chain_grpc = "127.0.0.1:9090"
  key_file = "relayer.key"
  max_fee_per_gas_gwei = "50"
  max_priority_fee_per_gas_gwei = "2"
  poll = "1s"
  metrics_addr = "127.0.0.1:9464"

  [[destinations]]
  name = "optimism"
  rpc = "http://127.0.0.1:8545"
  settlement = "0x5FbDB2315678afecb367f032d93F642f64180aa3"`,
		Example: `  # a key for the relayer (fund its address on each L2)
  openssl rand -hex 32 > relayer.key && chmod 600 relayer.key

  # two local L2s, settlement addresses as "dpn-relayer deploy" printed them
  dpn-relayer run --chain-grpc 127.0.0.1:9090 --key-file relayer.key \
    --dest optimism=http://127.0.0.1:8545,0x5FbDB2315678afecb367f032d93F642f64180aa3 \
    --dest arbitrum=http://127.0.0.1:8547,0x5FbDB2315678afecb367f032d93F642f64180aa3

  # the same from a file, with a lower fee cap
  dpn-relayer run --config relayer.toml --max-fee-per-gas-gwei 5`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c := defaultConfig()
			if configPath != "" {
				var err error
				if c, err = loadConfig(configPath); err != nil {
					return err
				}
			}
			if err := applyFlags(cmd, &c, flags, dests); err != nil {
				return err
			}
			ctx, stop := signalContext(cmd.Context())
			defer stop()
			return runRelayer(ctx, newLogger(cmd), d, c)
		},
	}
	f := cmd.Flags()
	f.StringVar(&configPath, "config", "", "TOML or JSON file with the settings below (flags override it)")
	f.StringVar(&flags.ChainGRPC, "chain-grpc", "", "the DPN chain's gRPC address (host:port)")
	f.StringArrayVar(&dests, "dest", nil, "a destination as NAME=RPC_URL,SETTLEMENT_ADDRESS (repeat for each L2; replaces the file's)")
	f.StringVar(&flags.KeyFile, "key-file", "", "file with the relayer's hex secp256k1 private key (mode 0600)")
	f.StringVar(&flags.MaxFeePerGasGwei, "max-fee-per-gas-gwei", defaultMaxFeeGwei, "cap on maxFeePerGas, replacements included")
	f.StringVar(&flags.MaxPriorityFeeGwei, "max-priority-fee-per-gas-gwei", defaultMaxPriorityFeeGwei, "cap on the tip (below it the node's eth_maxPriorityFeePerGas is used)")
	f.StringVar(&flags.Poll, "poll", defaultPoll, "time between polls of the chain and each L2")
	f.StringVar(&flags.ReplaceAfter, "replace-after", defaultReplaceAfter, "replace a transaction not mined within this long")
	f.StringVar(&flags.ExpiryMargin, "expiry-margin", defaultExpiryMargin, "leave a batch this close to its timeout for the chain to renew")
	f.StringVar(&flags.MetricsAddr, "metrics-addr", defaultMetricsAddr, `listen address for /metrics and /healthz ("" turns them off)`)
	return cmd
}

// applyFlags copies the flags the user set over c.
func applyFlags(cmd *cobra.Command, c *config, f config, dests []string) error {
	set := func(name string, dst *string, v string) {
		if cmd.Flags().Changed(name) {
			*dst = v
		}
	}
	set("chain-grpc", &c.ChainGRPC, f.ChainGRPC)
	set("key-file", &c.KeyFile, f.KeyFile)
	set("max-fee-per-gas-gwei", &c.MaxFeePerGasGwei, f.MaxFeePerGasGwei)
	set("max-priority-fee-per-gas-gwei", &c.MaxPriorityFeeGwei, f.MaxPriorityFeeGwei)
	set("poll", &c.Poll, f.Poll)
	set("replace-after", &c.ReplaceAfter, f.ReplaceAfter)
	set("expiry-margin", &c.ExpiryMargin, f.ExpiryMargin)
	set("metrics-addr", &c.MetricsAddr, f.MetricsAddr)
	if len(dests) > 0 {
		c.Destinations = nil
		for _, s := range dests {
			d, err := parseDestination(s)
			if err != nil {
				return err
			}
			c.Destinations = append(c.Destinations, d)
		}
	}
	return nil
}

// settings is a config checked and converted.
type settings struct {
	key          *ecdsa.PrivateKey
	fees         sender.Config
	poll         time.Duration
	expiryMargin time.Duration
	destinations []submitter.Config
	rpc          map[string]string
}

func (c config) settings() (settings, error) {
	var s settings
	if c.ChainGRPC == "" {
		return s, errNoChainGRPC
	}
	if c.KeyFile == "" {
		return s, errNoKeyFile
	}
	if len(c.Destinations) == 0 {
		return s, errNoDestinations
	}
	var err error
	if s.key, err = loadKey(c.KeyFile); err != nil {
		return s, err
	}
	if s.fees.MaxFeePerGas, err = gwei(c.MaxFeePerGasGwei); err != nil {
		return s, fmt.Errorf("max fee per gas: %w", err)
	}
	if s.fees.MaxPriorityFeePerGas, err = gwei(c.MaxPriorityFeeGwei); err != nil {
		return s, fmt.Errorf("max priority fee per gas: %w", err)
	}
	if s.poll, err = duration("poll", c.Poll); err != nil {
		return s, err
	}
	if s.fees.ReplaceAfter, err = duration("replace after", c.ReplaceAfter); err != nil {
		return s, err
	}
	if s.expiryMargin, err = duration("expiry margin", c.ExpiryMargin); err != nil {
		return s, err
	}
	if c.ReceiptPoll != "" {
		if s.fees.ReceiptPoll, err = duration("receipt poll", c.ReceiptPoll); err != nil {
			return s, err
		}
	}
	s.fees.GasHeadroomPercent = c.GasHeadroomPercent
	s.rpc = map[string]string{}
	for _, d := range c.Destinations {
		if _, dup := s.rpc[d.Name]; dup {
			return s, fmt.Errorf("%w: %s", errDuplicateDestination, d.Name)
		}
		addr, err := d.address()
		if err != nil {
			return s, err
		}
		if d.Name == "" || d.RPC == "" {
			return s, fmt.Errorf("%w: every destination needs a name and an rpc URL", errDestination)
		}
		s.rpc[d.Name] = d.RPC
		s.destinations = append(s.destinations, submitter.Config{
			Destination: d.Name, Settlement: addr, Poll: s.poll, ExpiryMargin: s.expiryMargin, Key: s.key, Fees: s.fees,
		})
	}
	return s, nil
}

func runRelayer(ctx context.Context, log *slog.Logger, d deps, c config) error {
	s, err := c.settings()
	if err != nil {
		return err
	}
	src, closeSource, err := d.dialSource(ctx, c.ChainGRPC)
	if err != nil {
		return err
	}
	defer closeSource()
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	m := metrics.New(reg)
	names := make([]string, len(s.destinations))
	for i, dc := range s.destinations {
		names[i] = dc.Destination
	}
	// A destination is unhealthy after missing ten polls, or 30 s when polls are fast.
	health := metrics.NewHealth(max(10*s.poll, 30*time.Second), names...)
	if c.MetricsAddr != "" {
		ln, err := net.Listen("tcp", c.MetricsAddr)
		if err != nil {
			return fmt.Errorf("metrics: %w", err)
		}
		srv := &http.Server{Handler: metrics.Handler(reg, health), ReadHeaderTimeout: 10 * time.Second}
		go func() { _ = srv.Serve(ln) }()
		defer srv.Close()
		log.Info("metrics serving", "url", "http://"+ln.Addr().String()+"/metrics")
	}
	decoder, err := submitter.NewDecoder()
	if err != nil {
		return err
	}
	senders := sender.NewPool(s.key, s.fees, decoder, log)
	log.Info("relayer starting", "address", crypto.PubkeyToAddress(s.key.PublicKey), "chain_grpc", c.ChainGRPC, "destinations", names)
	var wg sync.WaitGroup
	for _, dc := range s.destinations {
		dc.Senders = senders
		wg.Add(1)
		go func() {
			defer wg.Done()
			relayDestination(ctx, log, d, src, s.rpc[dc.Destination], dc, m, health)
		}()
	}
	wg.Wait()
	log.Info("relayer stopped")
	return nil
}

// relayDestination connects to the L2, retrying while it is still starting, then relays
// until ctx ends.
func relayDestination(ctx context.Context, log *slog.Logger, d deps, src bridge.Source, url string, cfg submitter.Config, m *metrics.Metrics, h *metrics.Health) {
	backoff := retry.Backoff{First: cfg.Poll, Max: 30 * time.Second}
	var l2 l2Client
	for {
		var err error
		if l2, err = d.dialL2(ctx, url); err == nil {
			break
		}
		h.Report(cfg.Destination, err)
		wait := backoff.Next()
		log.Warn("cannot reach the L2; retrying", "destination", cfg.Destination, "rpc", url, "in", wait, "err", err)
		select {
		case <-ctx.Done():
			return
		case <-time.After(wait):
		}
	}
	s, err := submitter.New(cfg, src, l2, m, h, log)
	if err != nil {
		log.Error("cannot relay", "destination", cfg.Destination, "err", err)
		h.Report(cfg.Destination, err)
		return
	}
	_ = s.Run(ctx)
}
