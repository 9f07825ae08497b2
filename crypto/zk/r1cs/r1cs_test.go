package r1cs

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/dpn-network/dpn/crypto/zk/binfile"
	"github.com/dpn-network/dpn/crypto/zk/field"
	"github.com/dpn-network/dpn/crypto/zk/wtns"
)

func fixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestReadMultiplier(t *testing.T) {
	cs, err := Parse(fixture(t, "multiplier.r1cs"))
	if err != nil {
		t.Fatal(err)
	}
	if cs.NWires != 4 || cs.NPubOut != 1 || cs.NPubIn != 0 || cs.NPrvIn != 2 || len(cs.Constraints) != 1 {
		t.Fatalf("unexpected header %+v", cs)
	}
	w, err := wtns.Parse(fixture(t, "multiplier.wtns"))
	if err != nil {
		t.Fatal(err)
	}
	if err := cs.IsSatisfied(w); err != nil {
		t.Fatal(err)
	}
	w[1].SetUint64(34) // c = 34 but a·b = 33
	if err := cs.IsSatisfied(w); !errors.Is(err, ErrUnsatisfied) {
		t.Fatalf("got %v, want ErrUnsatisfied", err)
	}
	if err := cs.IsSatisfied(w[:3]); !errors.Is(err, ErrWitnessSize) {
		t.Fatalf("got %v, want ErrWitnessSize", err)
	}
}

func TestRejectsBadFiles(t *testing.T) {
	good := fixture(t, "multiplier.r1cs")
	mut := func(f func(b []byte) []byte) []byte { return f(append([]byte(nil), good...)) }
	// circom writes the constraints section before the header, so offsets
	// come from the section table.
	tests := []struct {
		name string
		in   []byte
		err  error
	}{
		{"empty", nil, binfile.ErrTruncated},
		{"magic", mut(func(b []byte) []byte { b[0] = 'x'; return b }), binfile.ErrBadMagic},
		{"version", mut(func(b []byte) []byte { b[4] = 9; return b }), binfile.ErrBadVersion},
		{"truncated", good[:len(good)-7], binfile.ErrTruncated},
		{"prime", mut(func(b []byte) []byte { b[sectionOffset(t, b, sectHeader)+4] ^= 1; return b }), field.ErrWrongPrime},
		{"too many sections", mut(func(b []byte) []byte { b[8] = 200; return b }), binfile.ErrTooManySections},
		{"wire out of range", mut(func(b []byte) []byte { return setFirstWire(t, b, 99) }), ErrConstraint},
		{"coefficient ≥ r", mut(func(b []byte) []byte { return setFirstCoeffMax(t, b) }), field.ErrNotCanonical},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Parse(tc.in); !errors.Is(err, tc.err) {
				t.Fatalf("got %v, want %v", err, tc.err)
			}
		})
	}
}

func constraintsOffset(t testing.TB, b []byte) int { return sectionOffset(t, b, sectConstraints) }

func sectionOffset(t testing.TB, b []byte, typ uint32) int {
	f, err := binfile.Open(bytesReader(b), int64(len(b)), "r1cs", 1)
	if err != nil {
		t.Fatal(err)
	}
	s, err := f.Unique(typ)
	if err != nil {
		t.Fatal(err)
	}
	return int(s.Offset)
}

func setFirstWire(t testing.TB, b []byte, w byte) []byte {
	off := constraintsOffset(t, b) + 4 // nTerms of A, then the first wire id
	b[off] = w
	return b
}

func setFirstCoeffMax(t testing.TB, b []byte) []byte {
	off := constraintsOffset(t, b) + 8
	for i := 0; i < 32; i++ {
		b[off+i] = 0xff
	}
	return b
}

func FuzzParse(f *testing.F) {
	good := fixture(f, "multiplier.r1cs")
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Fuzz(func(t *testing.T, b []byte) {
		cs, err := Parse(b)
		if err != nil {
			return
		}
		for _, c := range cs.Constraints {
			for _, lc := range []LinearCombination{c.A, c.B, c.C} {
				for _, term := range lc {
					if term.Wire >= cs.NWires {
						t.Fatalf("accepted wire %d of %d", term.Wire, cs.NWires)
					}
				}
			}
		}
	})
}
