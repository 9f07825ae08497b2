// Package l2node runs a local L2 stand-in for tests and localnet: a `geth --dev` process,
// built from the pinned go-ethereum module, with the chain id of Optimism (10) or Arbitrum
// (42161), test accounts funded in its genesis, and JSON-RPC on a free loopback port.
package l2node

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
)

// ErrNoGeth is returned when no geth binary can be found or built.
var ErrNoGeth = errors.New("l2node: no geth binary")

// Config says how to start one L2.
type Config struct {
	// Geth is the binary; empty builds it from the pinned module with `go build` into
	// BuildDir (tests share one build).
	Geth string
	// BuildDir receives a built geth; empty means the repository's build/ (as `make geth`).
	BuildDir string
	// DataDir holds the chain; it is initialised on first use and resumed afterwards.
	DataDir string
	ChainID uint64
	// Port is the JSON-RPC port on 127.0.0.1; 0 picks a free one.
	Port int
	// Fund gets 1,000,000 ETH each at genesis.
	Fund []common.Address
	// Period is the block time (default 1 s).
	Period time.Duration
	// Log receives geth's output (nil: DataDir/geth.log).
	Log string
}

// Node is a running geth --dev.
type Node struct {
	URL     string
	ChainID uint64
	cmd     *exec.Cmd
	done    chan struct{} // closed when geth has exited; exitErr is then set
	exitErr error
}

// Binary returns a geth built from the module go.mod pins, building it into dir if it is
// not there yet.
func Binary(ctx context.Context, dir string) (string, error) {
	if dir == "" {
		dir = filepath.Join(moduleRoot(), "build")
	}
	path := filepath.Join(dir, "geth")
	if _, err := os.Stat(path); err == nil {
		return path, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	cmd := exec.CommandContext(ctx, "go", "build", "-o", path, "github.com/ethereum/go-ethereum/cmd/geth")
	cmd.Dir = moduleRoot()
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("%w: go build: %v\n%s", ErrNoGeth, err, out)
	}
	return path, nil
}

// moduleRoot is the directory of this repository's go.mod, found upward from this process's
// working directory (tests run in their package's directory).
func moduleRoot() string {
	dir, _ := os.Getwd()
	for d := dir; d != filepath.Dir(d); d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
	}
	return dir
}

// FreePort returns a free TCP port on 127.0.0.1.
func FreePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// Start initialises DataDir on first use (geth's dev genesis with ChainID and the funded
// accounts) and starts geth --dev on it. The node is ready when Start returns.
func Start(ctx context.Context, cfg Config) (*Node, error) {
	geth := cfg.Geth
	if geth == "" {
		var err error
		if geth, err = Binary(ctx, cfg.BuildDir); err != nil {
			return nil, err
		}
	}
	if cfg.Period == 0 {
		cfg.Period = time.Second
	}
	if cfg.Port == 0 {
		p, err := FreePort()
		if err != nil {
			return nil, err
		}
		cfg.Port = p
	}
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, err
	}
	if _, err := os.Stat(filepath.Join(cfg.DataDir, "geth", "chaindata")); errors.Is(err, os.ErrNotExist) {
		if err := initDataDir(ctx, geth, cfg); err != nil {
			return nil, err
		}
	}
	authPort, err := FreePort()
	if err != nil {
		return nil, err
	}
	logPath := cfg.Log
	if logPath == "" {
		logPath = filepath.Join(cfg.DataDir, "geth.log")
	}
	logf, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(geth, "--dev", "--dev.period", strconv.Itoa(int(cfg.Period/time.Second)),
		"--datadir", cfg.DataDir, "--networkid", strconv.FormatUint(cfg.ChainID, 10),
		"--http", "--http.addr", "127.0.0.1", "--http.port", strconv.Itoa(cfg.Port), "--http.api", "eth,net,web3,txpool",
		"--authrpc.port", strconv.Itoa(authPort), "--port", "0", "--nodiscover", "--maxpeers", "0", "--ipcdisable",
		"--rpc.txfeecap", "0", "--verbosity", "2")
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		logf.Close()
		return nil, err
	}
	n := &Node{URL: fmt.Sprintf("http://127.0.0.1:%d", cfg.Port), ChainID: cfg.ChainID, cmd: cmd, done: make(chan struct{})}
	go func() { n.exitErr = cmd.Wait(); logf.Close(); close(n.done) }()
	if err := n.waitReady(ctx, 60*time.Second); err != nil {
		n.Stop()
		return nil, fmt.Errorf("%w (log: %s)", err, logPath)
	}
	return n, nil
}

// initDataDir writes geth's own dev genesis (`geth --dev dumpgenesis`) with the chain id and
// the funded accounts, and initialises the data directory with it.
func initDataDir(ctx context.Context, geth string, cfg Config) error {
	out, err := exec.CommandContext(ctx, geth, "--dev", "dumpgenesis").Output()
	if err != nil {
		return fmt.Errorf("geth dumpgenesis: %w", err)
	}
	var gen map[string]any
	if err := json.Unmarshal(out, &gen); err != nil {
		return fmt.Errorf("geth dumpgenesis: %w", err)
	}
	conf, _ := gen["config"].(map[string]any)
	if conf == nil {
		return errors.New("geth dumpgenesis: no config")
	}
	conf["chainId"] = cfg.ChainID
	// Optimism and Arbitrum run Osaka's rules; the dev chain's later forks reprice storage.
	delete(conf, "amsterdamTime")
	delete(conf, "bogotaTime")
	alloc, _ := gen["alloc"].(map[string]any)
	if alloc == nil {
		alloc = map[string]any{}
	}
	million := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))
	for _, a := range cfg.Fund {
		alloc[strings.ToLower(a.Hex()[2:])] = map[string]any{"balance": "0x" + million.Text(16)}
	}
	gen["alloc"] = alloc
	bz, err := json.Marshal(gen)
	if err != nil {
		return err
	}
	path := filepath.Join(cfg.DataDir, "genesis.json")
	if err := os.WriteFile(path, bz, 0o644); err != nil {
		return err
	}
	if out, err := exec.CommandContext(ctx, geth, "init", "--datadir", cfg.DataDir, path).CombinedOutput(); err != nil {
		return fmt.Errorf("geth init: %v\n%s", err, out)
	}
	return nil
}

func (n *Node) waitReady(ctx context.Context, limit time.Duration) error {
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		select {
		case <-n.done:
			return fmt.Errorf("l2node: geth exited: %v", n.exitErr)
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
		c, err := ethclient.DialContext(ctx, n.URL)
		if err != nil {
			continue
		}
		id, err := c.ChainID(ctx)
		c.Close()
		if err == nil {
			if id.Uint64() != n.ChainID {
				return fmt.Errorf("l2node: geth serves chain %s, want %d (a data directory of another chain?)", id, n.ChainID)
			}
			return nil
		}
	}
	return errors.New("l2node: geth did not answer in time")
}

// Stop ends geth (SIGINT, then SIGKILL after 10 s) and waits for it; calling it again is a
// no-op.
func (n *Node) Stop() {
	if n == nil || n.cmd.Process == nil {
		return
	}
	select {
	case <-n.done:
		return
	default:
	}
	_ = n.cmd.Process.Signal(os.Interrupt)
	select {
	case <-n.done:
	case <-time.After(10 * time.Second):
		_ = n.cmd.Process.Kill()
		<-n.done
	}
}
