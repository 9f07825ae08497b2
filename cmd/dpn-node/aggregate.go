package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/spf13/cobra"

	"github.com/dpn-network/dpn/agent/aggregator"
	"github.com/dpn-network/dpn/agent/chain"
	"github.com/dpn-network/dpn/agent/config"
)

func init() { subcommands = append(subcommands, newAggregateCmd) }

func newAggregateCmd() *cobra.Command {
	var listen string
	var interval time.Duration
	var maxSigners int
	cfg := config.Default()
	cmd := &cobra.Command{
		Use:   "aggregate",
		Short: "Run a heartbeat aggregator: collect nodes' BLS signatures over HTTP, submit one tx per batch",
		Long: `Serves POST /v1/heartbeat (JSON {"epoch", "node_index", "signature"}: the hex of
the node's BLS signature of the epoch's heartbeat message) and GET /v1/status.
Every --interval it verifies the signatures collected in the epoch as one
aggregate (bisecting only when one is bad), and sends them as one
MsgSubmitHeartbeats: a signer bitmap and one aggregate signature, paid by the
--from key. Anyone may run an aggregator; the chain merges overlapping
submissions.`,
		Example: "  dpn-node aggregate --grpc 127.0.0.1:9090 --from relayer --keyring-dir ~/.dpnd --listen 127.0.0.1:26680",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, stop := signalContext(cmd.Context())
			defer stop()
			return runAggregator(ctx, cmd, cfg, listen, interval, maxSigners)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&cfg.GRPC, "grpc", cfg.GRPC, "the dpnd node's gRPC endpoint")
	fl.StringVar(&cfg.From, "from", cfg.From, "key that pays for the heartbeat transactions")
	fl.StringVar(&cfg.KeyringBackend, "keyring-backend", cfg.KeyringBackend, "keyring backend (os|file|test)")
	fl.StringVar(&cfg.KeyringDir, "keyring-dir", cfg.KeyringDir, "the keyring's directory")
	fl.StringVar(&cfg.GasPrices, "gas-prices", cfg.GasPrices, "gas price paid in fees")
	cmd.Flags().StringVar(&listen, "listen", "127.0.0.1:26680", "address the HTTP API listens on")
	cmd.Flags().DurationVar(&interval, "interval", 2*time.Second, "how often collected heartbeats are submitted")
	cmd.Flags().IntVar(&maxSigners, "max-signers", 10_000, "most heartbeats in one transaction")
	return cmd
}

func runAggregator(ctx context.Context, cmd *cobra.Command, cfg config.Config, listen string, interval time.Duration, maxSigners int) error {
	if maxSigners < 1 {
		return fmt.Errorf("--max-signers must be at least 1")
	}
	if interval <= 0 {
		return fmt.Errorf("--interval must be positive")
	}
	if err := cfg.Validate(); err != nil {
		return err
	}
	s, err := openSessionWith(ctx, ".", cfg)
	if err != nil {
		return err
	}
	defer s.Close()
	log := newLogger(cmd).With("aggregator", listen)
	agg := aggregator.New(chain.HeartbeatSubmitter{Client: s.client, Signer: s.signer}, log)
	agg.MaxSigners = maxSigners
	ln, err := net.Listen("tcp", listen)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: agg.Handler(), ReadHeaderTimeout: 5 * time.Second}
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(shutdown)
	}()
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	log.Info("aggregator listening", "chain", s.client.ChainID(), "url", "http://"+ln.Addr().String())
	if err := agg.Run(ctx, interval); err != nil {
		return err
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
