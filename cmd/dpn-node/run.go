package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/dpn-network/dpn/agent/blobs"
	"github.com/dpn-network/dpn/agent/jobs"
	"github.com/dpn-network/dpn/agent/liveness"
	"github.com/dpn-network/dpn/agent/nodekey"
	"github.com/dpn-network/dpn/x/attestation/types"
)

func init() { subcommands = append(subcommands, newRunCmd) }

func newRunCmd() *cobra.Command {
	var home string
	cmd := &cobra.Command{
		Use:   "run",
		Short: "Keep the node alive: heartbeat every epoch and answer VDF audits",
		Long: `Polls the chain (config.json "poll_seconds"); each new epoch it signs the
beacon with the node's BLS key and posts the signature to the aggregators; when
the beacon picks this node for a VDF audit it evaluates y = x^(2^T) with a
Wesolowski proof and answers on chain before the deadline. It also runs the
marketplace jobs assigned to the node: wasm programs in wazero under the limits
of config.json (memory, time, output), committed and later revealed, and
groth16 proofs of Circom circuits, delivered to the chain. Logs each step to
stderr. Stops on SIGINT/SIGTERM.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, stop := signalContext(cmd.Context())
			defer stop()
			return runAgent(ctx, cmd, home)
		},
	}
	addHomeFlag(cmd, &home)
	return cmd
}

func runAgent(ctx context.Context, cmd *cobra.Command, home string) error {
	s, err := openNode(ctx, home)
	if err != nil {
		return err
	}
	defer s.Close()
	keys := s.keys
	index, err := nodeIndex(ctx, home, s.client, types.Fingerprint(s.desc))
	if err != nil {
		return err
	}
	node, err := s.client.GetNode(ctx, index)
	if err != nil {
		return err
	}
	if !bytes.Equal(node.BlsPublicKey, keys.BLS.PublicKey().Bytes()) {
		return fmt.Errorf("node %d is registered with another BLS key than %s holds", index, nodekey.FileName)
	}
	log := newLogger(cmd).With("node", index)
	log.Info("agent running", "chain", s.client.ChainID(), "status", node.Status.String(), "aggregators", s.cfg.Aggregators)
	store := s.cfg.BlobStore(home)
	jobsRunner := &jobs.Runner{
		Chain: s.client, Sender: s.signer, Index: index, Limits: s.cfg.JobLimits(), Log: log.With("part", "jobs"),
		Dir: filepath.Join(home, "jobs"), Blobs: store,
	}
	if s.cfg.BlobListen != "" {
		ln, err := net.Listen("tcp", s.cfg.BlobListen)
		if err != nil {
			return fmt.Errorf("blob endpoint: %w", err)
		}
		srv := &http.Server{Handler: store.Handler(), ReadHeaderTimeout: 10 * time.Second}
		go func() { _ = srv.Serve(ln) }()
		defer srv.Close()
		jobsRunner.BlobURL = s.cfg.BlobURL
		if jobsRunner.BlobURL == "" {
			jobsRunner.BlobURL = "http://" + ln.Addr().String()
		}
		log.Info("blob endpoint serving", "url", jobsRunner.BlobURL+blobs.Path)
	}
	poll := time.Duration(s.cfg.PollSeconds * float64(time.Second))
	done := make(chan error, 1)
	go func() { done <- jobsRunner.Run(ctx, poll) }()
	r := &liveness.Runner{
		Chain:       s.client,
		Sender:      s.signer,
		Key:         keys.BLS,
		Index:       index,
		Aggregators: s.cfg.Aggregators,
		Poll:        poll,
		Log:         log,
	}
	err = r.Run(ctx)
	return errors.Join(err, <-done)
}
