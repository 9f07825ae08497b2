// Package r1cs reads Circom's iden3 .r1cs constraint-system files for the
// BN254 scalar field and checks witnesses against them.
package r1cs

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/dpn-network/dpn/crypto/zk/binfile"
	"github.com/dpn-network/dpn/crypto/zk/field"
)

// Section types of the r1cs container.
const (
	sectHeader      = 1
	sectConstraints = 2
	sectWire2Label  = 3
)

var (
	// ErrHeader means the header section is malformed.
	ErrHeader = errors.New("r1cs: bad header")
	// ErrConstraint means a constraint references an unknown wire or is malformed.
	ErrConstraint = errors.New("r1cs: bad constraint")
	// ErrWitnessSize means a witness has the wrong number of values.
	ErrWitnessSize = errors.New("r1cs: witness size mismatch")
	// ErrUnsatisfied means a witness violates a constraint.
	ErrUnsatisfied = errors.New("r1cs: constraint not satisfied")
)

// Term is coefficient × wire.
type Term struct {
	Wire  uint32
	Coeff fr.Element
}

// LinearCombination is a sum of terms.
type LinearCombination []Term

// Constraint is A·B = C over the witness.
type Constraint struct{ A, B, C LinearCombination }

// R1CS is a parsed constraint system.
type R1CS struct {
	NWires      uint32
	NPubOut     uint32
	NPubIn      uint32
	NPrvIn      uint32
	NLabels     uint64
	Constraints []Constraint
	WireToLabel []uint64 // nil when the file has no map section
}

// NPublic is the number of public signals (outputs then public inputs).
func (r *R1CS) NPublic() int { return int(r.NPubOut) + int(r.NPubIn) }

// ReadFile parses the .r1cs file at path.
func ReadFile(path string) (*R1CS, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(b)
}

// Parse parses an .r1cs file held in memory.
func Parse(b []byte) (*R1CS, error) {
	return Read(bytes.NewReader(b), int64(len(b)))
}

// Read parses an .r1cs file from r of length size.
func Read(r io.ReaderAt, size int64) (*R1CS, error) {
	f, err := binfile.Open(r, size, "r1cs", 1)
	if err != nil {
		return nil, err
	}
	hs, err := f.Unique(sectHeader)
	if err != nil {
		return nil, err
	}
	if hs.Size != 4+field.N8+4*4+8+4 {
		return nil, fmt.Errorf("%w: header section is %d bytes", ErrHeader, hs.Size)
	}
	hb, err := f.Bytes(hs)
	if err != nil {
		return nil, err
	}
	rd := binfile.NewReader(hb)
	n8 := rd.U32()
	prime := rd.Bytes(field.N8)
	out := &R1CS{}
	out.NWires = rd.U32()
	out.NPubOut = rd.U32()
	out.NPubIn = rd.U32()
	out.NPrvIn = rd.U32()
	out.NLabels = rd.U64()
	nConstraints := rd.U32()
	if err := rd.Err(); err != nil {
		return nil, err
	}
	if err := field.CheckR(n8, prime); err != nil {
		return nil, err
	}
	if out.NWires == 0 || uint64(out.NPubOut)+uint64(out.NPubIn)+uint64(out.NPrvIn)+1 > uint64(out.NWires) {
		return nil, fmt.Errorf("%w: %d wires cannot hold %d outputs, %d public and %d private inputs",
			ErrHeader, out.NWires, out.NPubOut, out.NPubIn, out.NPrvIn)
	}

	cs, err := f.Unique(sectConstraints)
	if err != nil {
		return nil, err
	}
	// Each constraint holds at least three term counts; bound the count
	// before allocating for it.
	if uint64(nConstraints)*12 > uint64(cs.Size) {
		return nil, fmt.Errorf("%w: %d constraints cannot fit in %d bytes", binfile.ErrSectionSize, nConstraints, cs.Size)
	}
	cb, err := f.Bytes(cs)
	if err != nil {
		return nil, err
	}
	rd = binfile.NewReader(cb)
	out.Constraints = make([]Constraint, nConstraints)
	for i := range out.Constraints {
		c := &out.Constraints[i]
		for _, lc := range []*LinearCombination{&c.A, &c.B, &c.C} {
			if *lc, err = readLC(rd, out.NWires); err != nil {
				return nil, fmt.Errorf("constraint %d: %w", i, err)
			}
		}
	}
	if rd.Remaining() != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes in constraints section", binfile.ErrSectionSize, rd.Remaining())
	}

	if f.Has(sectWire2Label) {
		ms, err := f.Unique(sectWire2Label)
		if err != nil {
			return nil, err
		}
		if ms.Size != int64(out.NWires)*8 {
			return nil, fmt.Errorf("%w: wire map is %d bytes for %d wires", binfile.ErrSectionSize, ms.Size, out.NWires)
		}
		mb, err := f.Bytes(ms)
		if err != nil {
			return nil, err
		}
		rd = binfile.NewReader(mb)
		out.WireToLabel = make([]uint64, out.NWires)
		for i := range out.WireToLabel {
			out.WireToLabel[i] = rd.U64()
			if out.WireToLabel[i] >= out.NLabels {
				return nil, fmt.Errorf("%w: wire %d maps to label %d of %d", ErrHeader, i, out.WireToLabel[i], out.NLabels)
			}
		}
	}
	return out, nil
}

func readLC(rd *binfile.Reader, nWires uint32) (LinearCombination, error) {
	n := rd.U32()
	if err := rd.Err(); err != nil {
		return nil, err
	}
	if uint64(n)*(4+field.N8) > uint64(rd.Remaining()) {
		return nil, fmt.Errorf("%w: %d terms exceed the section", binfile.ErrTruncated, n)
	}
	lc := make(LinearCombination, n)
	for i := range lc {
		w := rd.U32()
		cb := rd.Bytes(field.N8)
		if err := rd.Err(); err != nil {
			return nil, err
		}
		if w >= nWires {
			return nil, fmt.Errorf("%w: wire %d of %d", ErrConstraint, w, nWires)
		}
		c, err := field.FrFromLE(cb)
		if err != nil {
			return nil, fmt.Errorf("%w: coefficient of wire %d: %w", ErrConstraint, w, err)
		}
		lc[i] = Term{Wire: w, Coeff: c}
	}
	return lc, nil
}

func (lc LinearCombination) eval(w []fr.Element) fr.Element {
	var acc, t fr.Element
	for i := range lc {
		t.Mul(&lc[i].Coeff, &w[lc[i].Wire])
		acc.Add(&acc, &t)
	}
	return acc
}

// IsSatisfied checks every constraint against the full witness vector
// (wire 0 must be 1) and names the first one violated.
func (r *R1CS) IsSatisfied(w []fr.Element) error {
	if len(w) != int(r.NWires) {
		return fmt.Errorf("%w: %d values for %d wires", ErrWitnessSize, len(w), r.NWires)
	}
	if !w[0].IsOne() {
		return fmt.Errorf("%w: wire 0 must be 1", ErrUnsatisfied)
	}
	for i := range r.Constraints {
		c := &r.Constraints[i]
		a, b, cc := c.A.eval(w), c.B.eval(w), c.C.eval(w)
		a.Mul(&a, &b)
		if !a.Equal(&cc) {
			return fmt.Errorf("%w: constraint %d", ErrUnsatisfied, i)
		}
	}
	return nil
}
