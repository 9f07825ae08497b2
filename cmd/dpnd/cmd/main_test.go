package cmd_test

import (
	"fmt"
	"net"
	"os"
	"path/filepath"
	"testing"

	svrcmd "github.com/cosmos/cosmos-sdk/server/cmd"

	"github.com/dpn-network/dpn/app"
	"github.com/dpn-network/dpn/cmd/dpnd/cmd"
)

// TestMain runs this test binary as dpnd when it is called by that name (through the link
// binDir makes), so that tests can run dpnd as a process, signals and all, without a build.
func TestMain(m *testing.M) {
	if filepath.Base(os.Args[0]) == "dpnd" {
		root := cmd.NewRootCmd()
		if err := svrcmd.Execute(root, "DPND", app.DefaultNodeHome); err != nil {
			fmt.Fprintln(root.ErrOrStderr(), err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// binDir returns a directory whose dpnd is this test binary.
func binDir(t *testing.T) string {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.Symlink(exe, filepath.Join(dir, "dpnd")); err != nil {
		t.Fatal(err)
	}
	return dir
}

// freePort returns a loopback TCP port nothing listens on now.
func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}
