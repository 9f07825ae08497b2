package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func fixture(name string) string { return filepath.Join("..", "..", "crypto", "zk", "testdata", name) }

func execute(t *testing.T, args ...string) (string, error) {
	t.Helper()
	root := newRootCmd()
	var out, errb bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&errb)
	root.SetArgs(args)
	err := root.Execute()
	return out.String() + errb.String(), err
}

func TestProveVerifyCLI(t *testing.T) {
	dir := t.TempDir()
	proof, public := filepath.Join(dir, "proof.json"), filepath.Join(dir, "public.json")
	out, err := execute(t, "prove", "--wasm", fixture("multiplier.wasm"), "--zkey", fixture("multiplier.zkey"),
		"--input", fixture("multiplier_input.json"), "--proof", proof, "--public", public)
	if err != nil {
		t.Fatalf("prove: %v\n%s", err, out)
	}
	for _, stage := range []string{"witness:", "zkey:", "MSM H", "MSM B2", "proof written"} {
		if !strings.Contains(out, stage) {
			t.Errorf("progress output lacks %q:\n%s", stage, out)
		}
	}
	if out, err := execute(t, "verify", "--vkey", fixture("multiplier_vkey.json"), "--proof", proof, "--public", public); err != nil {
		t.Fatalf("verify: %v\n%s", err, out)
	}

	// The same proof from the committed witness file.
	proof2 := filepath.Join(dir, "proof2.json")
	if out, err := execute(t, "prove", "--witness", fixture("multiplier.wtns"), "--zkey", fixture("multiplier.zkey"),
		"--proof", proof2, "--public", public, "--quiet"); err != nil {
		t.Fatalf("prove --witness: %v\n%s", err, out)
	}
	if out, err := execute(t, "verify", "--vkey", fixture("multiplier_vkey.json"), "--proof", proof2, "--public", public); err != nil {
		t.Fatalf("verify: %v\n%s", err, out)
	}

	bad := filepath.Join(dir, "bad_public.json")
	os.WriteFile(bad, []byte(`["34"]`), 0o644)
	if _, err := execute(t, "verify", "--vkey", fixture("multiplier_vkey.json"), "--proof", proof, "--public", bad); err == nil ||
		!strings.Contains(err.Error(), "invalid proof") {
		t.Fatalf("tampered public signal: got %v", err)
	}
	if _, err := execute(t, "prove", "--zkey", fixture("multiplier.zkey")); err == nil {
		t.Fatal("prove without witness source succeeded")
	}
}
