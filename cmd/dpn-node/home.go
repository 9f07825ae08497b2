package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/dpn-network/dpn/agent/chain"
	"github.com/dpn-network/dpn/agent/config"
	"github.com/dpn-network/dpn/agent/nodekey"
)

// defaultHome is where the agent keeps its config, keys and descriptor.
func defaultHome() string {
	if h, err := os.UserHomeDir(); err == nil {
		return filepath.Join(h, ".dpn-node")
	}
	return ".dpn-node"
}

func addHomeFlag(cmd *cobra.Command, home *string) {
	cmd.Flags().StringVar(home, "home", defaultHome(), "the agent's directory (config.json, node_key.json, descriptor.pb)")
}

// registrationFile remembers the node index the chain gave this machine, so that the agent
// finds its node even while it is inactive (the fingerprint index holds active nodes only).
const registrationFile = "registration.json"

type registration struct {
	NodeIndex uint64 `json:"node_index"`
	TxHash    string `json:"tx_hash"`
	ChainID   string `json:"chain_id"`
}

func saveRegistration(home string, r registration) error {
	bz, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(home, registrationFile), append(bz, '\n'), 0o644)
}

// nodeIndex is the registered index: registration.json, else the chain's active node with
// this machine's fingerprint.
func nodeIndex(ctx context.Context, home string, c *chain.Client, fingerprint []byte) (uint64, error) {
	bz, err := os.ReadFile(filepath.Join(home, registrationFile))
	if err == nil {
		var r registration
		if err := json.Unmarshal(bz, &r); err != nil {
			return 0, fmt.Errorf("%s: %w", registrationFile, err)
		}
		if r.ChainID == c.ChainID() {
			return r.NodeIndex, nil
		}
	} else if !errors.Is(err, os.ErrNotExist) {
		return 0, err
	}
	n, err := c.NodeByFingerprint(ctx, fingerprint)
	if errors.Is(err, chain.ErrNotFound) {
		return 0, fmt.Errorf("this machine is not registered on %s: run `dpn-node register`", c.ChainID())
	}
	if err != nil {
		return 0, err
	}
	return n.Index, nil
}

// session is an open agent home: its config and a chain connection with the owner's signer.
type session struct {
	home   string
	cfg    config.Config
	client *chain.Client
	signer *chain.Signer
}

func openSession(ctx context.Context, home string) (*session, error) {
	cfg, err := config.Load(home)
	if err != nil {
		return nil, err
	}
	return openSessionWith(ctx, home, cfg)
}

// openSessionWith connects with cfg; relative keyring paths are taken from home.
func openSessionWith(ctx context.Context, home string, cfg config.Config) (*session, error) {
	kr, err := cfg.Keyring(home)
	if err != nil {
		return nil, err
	}
	dialCtx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	c, err := chain.Dial(dialCtx, cfg.GRPC)
	if err != nil {
		return nil, err
	}
	return &session{home: home, cfg: cfg, client: c, signer: &chain.Signer{
		Client: c, Keyring: kr, From: cfg.From, GasPrices: cfg.GasPrices, Wait: 60 * time.Second,
	}}, nil
}

func (s *session) Close() { _ = s.client.Close() }

// nodeSession is an open home of a machine that init prepared: the session plus the node's
// keys and its saved descriptor.
type nodeSession struct {
	*session
	keys nodekey.Keys
	desc []byte
}

func openNode(ctx context.Context, home string) (*nodeSession, error) {
	keys, err := nodekey.Load(home)
	if err != nil {
		return nil, err
	}
	desc, err := config.LoadDescriptor(home)
	if err != nil {
		return nil, err
	}
	s, err := openSession(ctx, home)
	if err != nil {
		return nil, err
	}
	return &nodeSession{session: s, keys: keys, desc: desc}, nil
}

func newLogger(cmd *cobra.Command) *slog.Logger {
	return slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), &slog.HandlerOptions{Level: slog.LevelInfo}))
}
