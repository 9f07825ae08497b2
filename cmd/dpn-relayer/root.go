package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/dpn-network/dpn/bridge"
	"github.com/dpn-network/dpn/bridge/chainsource"
	"github.com/dpn-network/dpn/bridge/deploy"
	"github.com/dpn-network/dpn/bridge/submitter"
)

// l2Client is an L2 node as both the submitter and the deployer use it.
type l2Client interface {
	submitter.L2
	deploy.Backend
}

// deps are the ways out of the process; tests give a chain and L2s of their own.
type deps struct {
	// dialSource returns the chain reader and what closes it.
	dialSource func(ctx context.Context, grpcAddr string) (bridge.Source, func(), error)
	dialL2     func(ctx context.Context, url string) (l2Client, error)
}

func defaultDeps() deps {
	return deps{
		// The gRPC client connects lazily and reconnects by itself, so a chain still
		// starting fails polls (which are retried), not the start.
		dialSource: func(_ context.Context, addr string) (bridge.Source, func(), error) {
			conn, err := grpc.NewClient(addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
			if err != nil {
				return nil, nil, fmt.Errorf("chain gRPC %s: %w", addr, err)
			}
			return chainsource.New(conn), func() { _ = conn.Close() }, nil
		},
		dialL2: func(ctx context.Context, url string) (l2Client, error) {
			c, err := ethclient.DialContext(ctx, url)
			if err != nil {
				return nil, err
			}
			return c, nil
		},
	}
}

func newRootCmd(d deps) *cobra.Command {
	root := &cobra.Command{
		Use:   "dpn-relayer",
		Short: "DPN relayer: settles the chain's signed batches, valsets and proofs on Optimism and Arbitrum, and bundles credit purchases",
		Long: `dpn-relayer reads validator-signed valsets, settlement batches and verified Groth16
proofs from the DPN chain and submits them to DPNSettlement on each configured L2.
Anyone may run it; the contracts make two relayers at once harmless. "deploy" puts the
contracts on an L2 for a new network, "deploy-paymaster" adds the ERC-4337 purchase path
(SimpleAccountFactory, DPNPaymaster), "bundle" serves the bundler DPNPaymaster's operations
need, and "buy" buys compute credits through it.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.AddCommand(newRunCmd(d), newDeployCmd(d), newPredictCmd(d), newBalanceCmd(d), newOrderJobCmd(d), newProofStatusCmd(d),
		newDeployPaymasterCmd(d), newBundleCmd(d), newBuyCmd(d), newRedeemCmd(d), newVersionCmd())
	return root
}

func newLogger(cmd *cobra.Command) *slog.Logger {
	return slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), &slog.HandlerOptions{Level: slog.LevelInfo}))
}

func signalContext(parent context.Context) (context.Context, context.CancelFunc) {
	if parent == nil {
		parent = context.Background()
	}
	return signal.NotifyContext(parent, os.Interrupt, syscall.SIGTERM)
}
