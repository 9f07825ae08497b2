package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/spf13/cobra"

	"github.com/dpn-network/dpn/bridge/bundler"
	"github.com/dpn-network/dpn/bridge/retry"
)

var (
	errNoSimulateClient = errors.New("the L2 client cannot simulate (eth_simulateV1)")
	errAddressFlag      = errors.New("not an address")
)

const defaultBundlerListen = "127.0.0.1:4337"

func newBundleCmd(d deps) *cobra.Command {
	var (
		rpcURL, entryPoint, paymaster, keyFile, listen string
		maxFeeGwei, maxTipGwei                         string
		chainID                                        uint64
		interval, replaceAfter                         time.Duration
	)
	cmd := &cobra.Command{
		Use:   "bundle",
		Short: "Serve an ERC-4337 bundler for DPNPaymaster's credit purchases on one L2",
		Long: `Public ERC-4337 bundlers refuse DPNPaymaster: its validation reads the sender's balance,
which ERC-7562 forbids. This bundler takes exactly DPN's operations (those naming
--paymaster, or no paymaster at all) for one EntryPoint v0.8, and serves JSON-RPC on
--listen: eth_sendUserOperation, eth_estimateUserOperationGas,
eth_getUserOperationReceipt, eth_getUserOperationByHash, eth_supportedEntryPoints and
eth_chainId, with /metrics and /healthz beside them.

Each operation is checked (fields, gas bounds, maxFeePerGas at least the base fee), then
its handleOps is simulated (eth_simulateV1): one that would fail is refused with the
EntryPoint's AA code and the contract's decoded error, under ERC-4337's error codes. The
mempool holds one operation per sender; a replacement of the same nonce needs both fees
10 % higher. Every --interval, and as soon as an operation arrives, the waiting ones are
simulated again (those that now fail are dropped), sent in one handleOps signed by
--key-file, whose address is the beneficiary, and their results read from the
EntryPoint's events.

Waits for an L2 node that does not answer yet; refuses to start when the node serves
another chain than --chain-id, when there is no contract at the entry point or the
paymaster, or when the paymaster belongs to another entry point. Stops on SIGINT/SIGTERM.`,
		Example: `  # a key for the bundler (fund its address on the L2: it pays each bundle's gas, and the
  # EntryPoint pays it back from the operations' fees)
  openssl rand -hex 32 > bundler.key && chmod 600 bundler.key

  # the addresses "dpn-relayer deploy-paymaster" printed
  dpn-relayer bundle --rpc http://127.0.0.1:8545 --chain-id 10 --key-file bundler.key \
    --entry-point 0x0DCd1Bf9A1b36cE34237eEaFef220932846BCD82 \
    --paymaster 0x9A676e781A523b5d0C0e43731313A708CB607508`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg := bundler.Config{Interval: interval, ChainID: new(big.Int).SetUint64(chainID)}
			var err error
			if cfg.EntryPoint, err = addressFlag("entry-point", entryPoint); err != nil {
				return err
			}
			if cfg.Paymaster, err = addressFlag("paymaster", paymaster); err != nil {
				return err
			}
			if cfg.Key, err = loadKey(keyFile); err != nil {
				return err
			}
			if cfg.Fees.MaxFeePerGas, err = gwei(maxFeeGwei); err != nil {
				return fmt.Errorf("max fee per gas: %w", err)
			}
			if cfg.Fees.MaxPriorityFeePerGas, err = gwei(maxTipGwei); err != nil {
				return fmt.Errorf("max priority fee per gas: %w", err)
			}
			cfg.Fees.ReplaceAfter = replaceAfter
			if interval <= 0 {
				return fmt.Errorf("%w: --interval %s", errDuration, interval)
			}
			ctx, stop := signalContext(cmd.Context())
			defer stop()
			return runBundler(ctx, cmd, d, rpcURL, listen, cfg)
		},
	}
	f := cmd.Flags()
	f.StringVar(&rpcURL, "rpc", "", "the L2's JSON-RPC URL (the node must answer eth_simulateV1)")
	f.Uint64Var(&chainID, "chain-id", 0, "the L2's chain id (10 Optimism, 42161 Arbitrum); the node must serve it")
	f.StringVar(&entryPoint, "entry-point", "", "the EntryPoint v0.8 address")
	f.StringVar(&paymaster, "paymaster", "", "the DPNPaymaster address: operations naming another paymaster are refused")
	f.StringVar(&keyFile, "key-file", "", "file with the bundler's hex secp256k1 private key (mode 0600); it signs bundles and is their beneficiary")
	f.StringVar(&listen, "listen", defaultBundlerListen, "address for the JSON-RPC API, /metrics and /healthz")
	f.DurationVar(&interval, "interval", time.Second, "time between bundles (an accepted operation also starts one at once)")
	f.StringVar(&maxFeeGwei, "max-fee-per-gas-gwei", defaultMaxFeeGwei, "cap on the bundle transactions' maxFeePerGas")
	f.StringVar(&maxTipGwei, "max-priority-fee-per-gas-gwei", defaultMaxPriorityFeeGwei, "cap on their tip")
	f.DurationVar(&replaceAfter, "replace-after", 30*time.Second, "replace a bundle transaction not mined within this long")
	for _, name := range []string{"rpc", "chain-id", "entry-point", "paymaster", "key-file"} {
		_ = cmd.MarkFlagRequired(name)
	}
	return cmd
}

func addressFlag(name, v string) (common.Address, error) {
	if !common.IsHexAddress(v) {
		return common.Address{}, fmt.Errorf("--%s %q: %w", name, v, errAddressFlag)
	}
	return common.HexToAddress(v), nil
}

// runBundler serves the bundler until ctx ends, then lets the requests under way finish. An
// L2 that does not answer yet is waited for; one that answers wrongly ends the start.
func runBundler(ctx context.Context, cmd *cobra.Command, d deps, rpcURL, listen string, cfg bundler.Config) error {
	log := newLogger(cmd)
	var (
		b   *bundler.Bundler
		reg *prometheus.Registry
	)
	err := retry.Do(ctx, log, "reach the L2", func() error {
		c, err := d.dialL2(ctx, rpcURL)
		if err != nil {
			return err
		}
		l2, ok := c.(bundler.L2)
		if !ok {
			return errNoSimulateClient
		}
		reg = prometheus.NewRegistry()
		reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
		b, err = bundler.New(ctx, l2, cfg, reg, log)
		return err
	})
	if ctx.Err() != nil {
		return nil
	}
	if err != nil {
		return err
	}
	handler, err := b.Handler(reg)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", listen)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	srv := &http.Server{Handler: handler, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	runCtx, stopRun := context.WithCancel(ctx)
	defer stopRun()
	ran := make(chan struct{})
	go func() { _ = b.Run(runCtx); close(ran) }()
	log.Info("bundler serving", "url", "http://"+ln.Addr().String(), "chain_id", b.ChainID(), "entry_point", cfg.EntryPoint,
		"paymaster", cfg.Paymaster, "address", crypto.PubkeyToAddress(cfg.Key.PublicKey))
	var serveErr error
	select {
	case <-ctx.Done():
	case serveErr = <-served:
	}
	stopRun()
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = srv.Shutdown(shutdown)
	<-ran
	log.Info("bundler stopped")
	if serveErr != nil && !errors.Is(serveErr, http.ErrServerClosed) {
		return serveErr
	}
	return nil
}
