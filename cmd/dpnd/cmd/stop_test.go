package cmd_test

import (
	"bytes"
	"fmt"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// syncBuffer is a bytes.Buffer that a running process writes while the test reads it.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

var errLine = regexp.MustCompile(`(?m)^\S*\s*ERR\s.*$`)

// TestCleanStop starts a single-validator chain in a fresh home, lets it make blocks and
// stops it with SIGTERM: dpnd exits 0 and logs no error. Before, the app was closed twice
// (`ERR leveldb: closed`), and CometBFT's own stop messages were logged as errors.
func TestCleanStop(t *testing.T) {
	bin := filepath.Join(binDir(t), "dpnd")
	home := t.TempDir()
	dpnd := func(args ...string) string {
		t.Helper()
		out, err := exec.Command(bin, append(args, "--home", home)...).CombinedOutput()
		require.NoError(t, err, "dpnd %s: %s", strings.Join(args, " "), out)
		return string(out)
	}
	dpnd("init", "stopper", "--chain-id", "dpn-stop-1")
	dpnd("keys", "add", "op", "--keyring-backend", "test")
	dpnd("genesis", "add-genesis-account", "op", "1000000000udpn", "--keyring-backend", "test")
	dpnd("genesis", "gentx", "op", "100000000udpn", "--chain-id", "dpn-stop-1", "--keyring-backend", "test")
	dpnd("genesis", "collect-gentxs")

	var out syncBuffer
	node := exec.Command(bin, "start", "--home", home, "--log_no_color",
		"--p2p.laddr", fmt.Sprintf("tcp://127.0.0.1:%d", freePort(t)),
		"--rpc.laddr", fmt.Sprintf("tcp://127.0.0.1:%d", freePort(t)),
		"--rpc.pprof_laddr", fmt.Sprintf("127.0.0.1:%d", freePort(t)),
		"--grpc.address", fmt.Sprintf("127.0.0.1:%d", freePort(t)),
		"--api.address", fmt.Sprintf("tcp://127.0.0.1:%d", freePort(t)))
	node.Stdout, node.Stderr = &out, &out
	require.NoError(t, node.Start())
	done := make(chan error, 1)
	go func() { done <- node.Wait() }()
	defer func() { _ = node.Process.Kill() }()

	require.Eventually(t, func() bool { return strings.Contains(out.String(), "height=3") }, time.Minute, 200*time.Millisecond,
		"no block 3: %s", out.String())
	require.NoError(t, node.Process.Signal(syscall.SIGTERM))
	select {
	case err := <-done:
		require.NoError(t, err, "dpnd's exit after SIGTERM: %s", out.String())
	case <-time.After(30 * time.Second):
		t.Fatalf("dpnd still running 30 s after SIGTERM: %s", out.String())
	}
	log := out.String()
	require.Contains(t, log, "Closing application.db")
	require.Equal(t, 1, strings.Count(log, "Closing application.db"), "the app is closed once")
	require.Empty(t, errLine.FindAllString(log, -1), "error lines on a clean stop")
	require.NotContains(t, log, "leveldb: closed")
}
