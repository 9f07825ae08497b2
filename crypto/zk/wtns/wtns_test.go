package wtns

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/dpn-network/dpn/crypto/zk/binfile"
	"github.com/dpn-network/dpn/crypto/zk/field"
)

func fixture(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "multiplier.wtns"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestRoundTrip(t *testing.T) {
	good := fixture(t)
	w, err := Parse(good)
	if err != nil {
		t.Fatal(err)
	}
	if len(w) != 4 || w[1].String() != "33" {
		t.Fatalf("unexpected witness %v", w)
	}
	var out bytes.Buffer
	if err := Write(&out, w); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), good) {
		t.Fatal("re-encoded witness differs from the snarkjs file")
	}
}

func TestRejectsBadFiles(t *testing.T) {
	good := fixture(t)
	mut := func(f func(b []byte)) []byte { b := append([]byte(nil), good...); f(b); return b }
	// header payload at 24: n8, prime at 28, count at 60; values from 76.
	tests := []struct {
		name string
		in   []byte
		err  error
	}{
		{"magic", mut(func(b []byte) { b[1] = 'x' }), binfile.ErrBadMagic},
		{"version", mut(func(b []byte) { b[4] = 3 }), binfile.ErrBadVersion},
		{"truncated", good[:len(good)-1], binfile.ErrTruncated},
		{"prime", mut(func(b []byte) { b[40] ^= 4 }), field.ErrWrongPrime},
		{"count", mut(func(b []byte) { b[60] = 5 }), binfile.ErrSectionSize},
		{"value ≥ r", mut(func(b []byte) {
			for i := 0; i < 32; i++ {
				b[len(b)-32+i] = 0xff
			}
		}), ErrValue},
		{"wire 0 not one", mut(func(b []byte) { b[76] = 2 }), ErrValue},
		{"missing section", mut(func(b []byte) { b[8] = 1 }), binfile.ErrMissingSection},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Parse(tc.in); !errors.Is(err, tc.err) {
				t.Fatalf("got %v, want %v", err, tc.err)
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	good := fixture(f)
	f.Add(good)
	f.Add(good[:40])
	f.Fuzz(func(t *testing.T, b []byte) {
		w, err := Parse(b)
		if err != nil {
			return
		}
		var out bytes.Buffer
		if err := Write(&out, w); err != nil {
			t.Fatal(err)
		}
		w2, err := Parse(out.Bytes())
		if err != nil || len(w2) != len(w) {
			t.Fatalf("re-encoded witness does not parse: %v", err)
		}
		for i := range w {
			if !w[i].Equal(&w2[i]) {
				t.Fatalf("value %d changed in round trip", i)
			}
		}
	})
}
