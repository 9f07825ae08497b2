package groth16_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// The reference peers (circom2, snarkjs) are pinned in tools/zkpeers and
// installed by `make zk-peers`. Tests that need them skip only when node
// itself is missing; with node present, missing packages are a failure.

var (
	peerTmp     string
	ptauOnce    sync.Once
	ptauPath    string
	ptauErr     error
	circuitMu   sync.Mutex
	circuitSeen = map[string]*circuit{}
)

// ptauPower bounds the test circuits at 2^(ptauPower-1) constraints; snarkjs
// needs the 2n Lagrange basis for the H points.
const ptauPower = 10

func TestMain(m *testing.M) {
	code := m.Run()
	if peerTmp != "" {
		os.RemoveAll(peerTmp)
	}
	os.Exit(code)
}

func repoRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the test directory")
		}
		dir = parent
	}
}

// peerBin returns the path of a pinned peer binary, skipping without node.
func peerBin(t testing.TB, name string) string {
	t.Helper()
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("node not found on PATH: skipping the snarkjs/circom2 cross-checks")
	}
	p := filepath.Join(repoRoot(t), "tools", "zkpeers", "node_modules", ".bin", name)
	if _, err := os.Stat(p); err != nil {
		t.Fatalf("%s is not installed: run `make zk-peers` (npm ci --prefix tools/zkpeers)", name)
	}
	return p
}

func tmpRoot(t testing.TB) string {
	t.Helper()
	circuitMu.Lock()
	defer circuitMu.Unlock()
	if peerTmp == "" {
		d, err := os.MkdirTemp("", "zkpeers-")
		if err != nil {
			t.Fatal(err)
		}
		peerTmp = d
	}
	return peerTmp
}

// run executes a command in the repository root (circom2's WASI sandbox only
// sees the working directory's ancestors and descendants).
func run(t testing.TB, bin string, args ...string) (string, error) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = repoRoot(t)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	return out.String(), err
}

func mustRun(t testing.TB, bin string, args ...string) string {
	t.Helper()
	out, err := run(t, bin, args...)
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", filepath.Base(bin), strings.Join(args, " "), err, out)
	}
	return out
}

// ptau runs a small powers-of-tau ceremony (one contribution) once per test binary.
func ptau(t testing.TB) string {
	t.Helper()
	snarkjs := peerBin(t, "snarkjs")
	dir := tmpRoot(t)
	ptauOnce.Do(func() {
		p0, p1, pf := filepath.Join(dir, "pot0.ptau"), filepath.Join(dir, "pot1.ptau"), filepath.Join(dir, "pot_final.ptau")
		steps := [][]string{
			{"powersoftau", "new", "bn128", fmt.Sprint(ptauPower), p0},
			{"powersoftau", "contribute", p0, p1, "--name=test", "-e=dpn test entropy"},
			{"powersoftau", "prepare", "phase2", p1, pf},
		}
		for _, s := range steps {
			if out, err := run(t, snarkjs, s...); err != nil {
				ptauErr = fmt.Errorf("snarkjs %s: %v\n%s", strings.Join(s, " "), err, out)
				return
			}
		}
		ptauPath = pf
	})
	if ptauErr != nil {
		t.Fatal(ptauErr)
	}
	return ptauPath
}

type circuit struct {
	name, dir        string
	r1cs, wasm, zkey string
	vkey             string
}

// compile builds a circuit from crypto/zk/testdata with circom2 and makes its
// Groth16 key and verification key with snarkjs (cached per test binary).
func compile(t testing.TB, src string, o2 bool) *circuit {
	t.Helper()
	circom := peerBin(t, "circom2")
	snarkjs := peerBin(t, "snarkjs")
	name := strings.TrimSuffix(filepath.Base(src), ".circom")
	circuitMu.Lock()
	c, ok := circuitSeen[name]
	circuitMu.Unlock()
	if ok {
		return c
	}
	pt := ptau(t)
	dir := filepath.Join(tmpRoot(t), name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	args := []string{filepath.Join("crypto", "zk", "testdata", src), "--r1cs", "--wasm", "-l", filepath.Join("tools", "zkpeers", "node_modules"), "-o", dir}
	if o2 {
		args = append(args, "--O2")
	}
	mustRun(t, circom, args...)
	c = &circuit{
		name: name, dir: dir,
		r1cs: filepath.Join(dir, name+".r1cs"),
		wasm: filepath.Join(dir, name+"_js", name+".wasm"),
		zkey: filepath.Join(dir, name+".zkey"),
		vkey: filepath.Join(dir, name+"_vkey.json"),
	}
	mustRun(t, snarkjs, "groth16", "setup", c.r1cs, pt, c.zkey)
	mustRun(t, snarkjs, "zkey", "export", "verificationkey", c.zkey, c.vkey)
	circuitMu.Lock()
	circuitSeen[name] = c
	circuitMu.Unlock()
	return c
}

func writeJSON(t testing.TB, path string, v any) {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func readFile(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

var _ = context.Background
