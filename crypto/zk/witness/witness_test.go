package witness

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestParseInput(t *testing.T) {
	sigs, err := ParseInput([]byte(`{"b": [[1, "2"], ["0x10", -3]], "a": "7", "s": {"x": 1, "y": [2, 3]}, "arr": [{"k": 1}, {"k": 2}]}`))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	for _, s := range sigs {
		for _, v := range s.Values {
			got[s.Name] = append(got[s.Name], v.String())
		}
	}
	want := map[string][]string{
		"a": {"7"}, "b": {"1", "2", "16", "-3"}, "s.x": {"1"}, "s.y": {"2", "3"},
		"arr[0].k": {"1"}, "arr[1].k": {"2"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %v", got)
	}
	for k, v := range want {
		if len(got[k]) != len(v) {
			t.Fatalf("%s: got %v want %v", k, got[k], v)
		}
		for i := range v {
			if got[k][i] != v[i] {
				t.Fatalf("%s: got %v want %v", k, got[k], v)
			}
		}
	}
	for _, bad := range []string{`[1]`, `{"a": 1.5}`, `{"a": "x1"}`, `{"a": true}`, `{"a": "--1"}`, `{"a": 1} {}`, `{`} {
		if _, err := ParseInput([]byte(bad)); !errors.Is(err, ErrInput) {
			t.Errorf("%s: got %v, want ErrInput", bad, err)
		}
	}
}

func TestCalculateErrors(t *testing.T) {
	ctx := context.Background()
	code, err := os.ReadFile(filepath.Join("..", "testdata", "multiplier.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := New(ctx, code)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(ctx)
	run := func(in string) error {
		sigs, err := ParseInput([]byte(in))
		if err != nil {
			t.Fatal(err)
		}
		_, err = c.Calculate(ctx, sigs)
		return err
	}
	if err := run(`{"a": 3, "b": 11}`); err != nil {
		t.Fatal(err)
	}
	if err := run(`{"a": 3, "b": 11, "z": 1}`); !errors.Is(err, ErrSignalNotFound) {
		t.Fatalf("unknown signal: got %v", err)
	}
	if err := run(`{"a": 3}`); !errors.Is(err, ErrInputCount) {
		t.Fatalf("missing input: got %v", err)
	}
	if err := run(`{"a": [3, 4], "b": 11}`); !errors.Is(err, ErrInputCount) {
		t.Fatalf("too many values: got %v", err)
	}
	if _, err := New(ctx, []byte("\x00asm\x01\x00\x00\x00")); !errors.Is(err, ErrModule) {
		t.Fatalf("empty module: got %v", err)
	}
}

func FuzzParseInput(f *testing.F) {
	f.Add([]byte(`{"a": "3", "b": [[1, 2], ["0x3", -4]], "s": {"x": 1}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		sigs, err := ParseInput(b)
		if err != nil {
			return
		}
		for _, s := range sigs {
			for _, v := range s.Values {
				if v == nil {
					t.Fatal("nil value accepted")
				}
			}
		}
	})
}
