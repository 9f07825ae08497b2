package zkey

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
	b, err := os.ReadFile(filepath.Join("..", "testdata", "multiplier.zkey"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func loadAll(k *Key) error {
	if _, err := k.Coeffs(); err != nil {
		return err
	}
	for _, f := range []func() (int, error){
		func() (int, error) { p, err := k.IC(); return len(p), err },
		func() (int, error) { p, err := k.A(); return len(p), err },
		func() (int, error) { p, err := k.B1(); return len(p), err },
		func() (int, error) { p, err := k.B2(); return len(p), err },
		func() (int, error) { p, err := k.C(); return len(p), err },
		func() (int, error) { p, err := k.H(); return len(p), err },
	} {
		if _, err := f(); err != nil {
			return err
		}
	}
	return nil
}

func TestReadMultiplier(t *testing.T) {
	k, err := Parse(fixture(t))
	if err != nil {
		t.Fatal(err)
	}
	if k.NVars != 4 || k.NPublic != 1 || k.DomainSize != 4 || k.Power != 2 {
		t.Fatalf("unexpected header %+v", k.Header)
	}
	if err := loadAll(k); err != nil {
		t.Fatal(err)
	}
	cs, _ := k.Coeffs()
	// multiplier: A has a, B has b (one each), plus one A row per public
	// signal and the constant (nPublic+1 = 2).
	if len(cs) != 4 {
		t.Fatalf("%d coefficients, want 4", len(cs))
	}
	for _, c := range cs[2:] {
		if !c.Value.IsOne() {
			t.Fatalf("public-input row coefficient %s, want 1", c.Value.String())
		}
	}
}

func sectionOffset(t testing.TB, b []byte, typ uint32) int64 {
	f, err := binfile.Open(bytes.NewReader(b), int64(len(b)), "zkey", 1)
	if err != nil {
		t.Fatal(err)
	}
	s, err := f.Unique(typ)
	if err != nil {
		t.Fatal(err)
	}
	return s.Offset
}

func TestRejectsBadFiles(t *testing.T) {
	good := fixture(t)
	hdr := sectionOffset(t, good, SectHeader)
	mut := func(off int64, f func(b []byte)) []byte { b := append([]byte(nil), good...); f(b[off:]); return b }
	alpha := hdr + 4 + 32 + 4 + 32 + 12
	tests := []struct {
		name string
		in   []byte
		err  error
	}{
		{"magic", mut(0, func(b []byte) { b[0] = 'Z' }), binfile.ErrBadMagic},
		{"truncated", good[:len(good)-64], binfile.ErrTruncated},
		{"protocol", mut(sectionOffset(t, good, SectProtocol), func(b []byte) { b[0] = 2 }), ErrProtocol},
		{"q", mut(hdr+4, func(b []byte) { b[5] ^= 1 }), field.ErrWrongPrime},
		{"r", mut(hdr+40, func(b []byte) { b[5] ^= 1 }), field.ErrWrongPrime},
		{"domain not power of two", mut(hdr+80, func(b []byte) { b[0] = 3 }), ErrHeader},
		{"nPublic ≥ nVars", mut(hdr+76, func(b []byte) { b[0] = 9 }), ErrHeader},
		{"alpha off curve", mut(alpha, func(b []byte) { b[0] ^= 1 }), ErrPoint},
		{"alpha not canonical", mut(alpha, func(b []byte) {
			for i := 0; i < 32; i++ {
				b[i] = 0xff
			}
		}), ErrPoint},
		{"beta2 off curve", mut(alpha+2*64, func(b []byte) { b[3] ^= 1 }), ErrPoint},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Parse(tc.in); !errors.Is(err, tc.err) {
				t.Fatalf("got %v, want %v", err, tc.err)
			}
		})
	}

	lazy := []struct {
		name string
		sect uint32
		off  int64
		err  error
	}{
		{"A point off curve", SectA, 64, ErrPoint},
		{"B2 point off curve", SectB2, 128, ErrPoint},
		{"H point off curve", SectH, 0, ErrPoint},
		{"coefficient signal", SectCoeffs, 4 + 8, ErrCoeff},
	}
	for _, tc := range lazy {
		t.Run(tc.name, func(t *testing.T) {
			b := mut(sectionOffset(t, good, tc.sect)+tc.off, func(b []byte) { b[0] ^= 0x41 })
			k, err := Parse(b)
			if err != nil {
				t.Fatal(err)
			}
			if err := loadAll(k); !errors.Is(err, tc.err) {
				t.Fatalf("got %v, want %v", err, tc.err)
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	good := fixture(f)
	f.Add(good)
	f.Add(good[:700])
	f.Fuzz(func(t *testing.T, b []byte) {
		k, err := Parse(b)
		if err != nil {
			return
		}
		_ = loadAll(k)
	})
}
