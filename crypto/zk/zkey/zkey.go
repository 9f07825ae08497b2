// Package zkey reads snarkjs Groth16 proving keys (.zkey, BN254).
//
// The file is an iden3 container ("zkey", version 1) with sections:
//
//	1 protocol (uint32, 1 = Groth16)
//	2 Groth16 header: n8q, q, n8r, r, nVars, nPublic, domainSize,
//	  α₁, β₁, β₂, γ₂, δ₁, δ₂
//	3 IC: (nPublic+1) G1 points
//	4 coefficients: count, then {matrix u32, constraint u32, signal u32, value}
//	5 A (nVars G1)  6 B1 (nVars G1)  7 B2 (nVars G2)
//	8 C (nVars-nPublic-1 G1)  9 H (domainSize G1)  10 contributions (ignored)
//
// Points are affine, coordinates little-endian in Montgomery form with
// R = 2²⁵⁶, which is exactly gnark-crypto's in-memory layout, so point
// sections are read straight into []bn254.G1Affine / []bn254.G2Affine with no
// per-point conversion or allocation. Coefficient values are stored as v·R²
// (snarkjs multiplies them in Montgomery form against a canonical witness).
package zkey

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"unsafe"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/dpn-network/dpn/crypto/zk/binfile"
	"github.com/dpn-network/dpn/crypto/zk/field"
)

// Section types.
const (
	SectProtocol = 1
	SectHeader   = 2
	SectIC       = 3
	SectCoeffs   = 4
	SectA        = 5
	SectB1       = 6
	SectB2       = 7
	SectC        = 8
	SectH        = 9
)

// MaxDomainPower is the largest domain BN254's Fr supports (2-adicity 28).
const MaxDomainPower = 28

const (
	g1Size    = 2 * field.N8
	g2Size    = 4 * field.N8
	coeffSize = 12 + field.N8
)

var (
	// ErrProtocol means the key is not a Groth16 key.
	ErrProtocol = errors.New("zkey: not a Groth16 key")
	// ErrHeader means the Groth16 header is inconsistent.
	ErrHeader = errors.New("zkey: bad header")
	// ErrPoint means a curve point is not canonical, not on the curve, or not
	// in the prime-order subgroup.
	ErrPoint = errors.New("zkey: bad curve point")
	// ErrCoeff means a coefficient entry is out of range.
	ErrCoeff = errors.New("zkey: bad coefficient")
)

// Coeff is one non-zero entry of the A (Matrix 0) or B (Matrix 1) QAP matrix,
// including the extra rows snarkjs appends for the public inputs.
type Coeff struct {
	Matrix     uint32
	Constraint uint32
	Signal     uint32
	Value      fr.Element
}

// Header is the Groth16 header: sizes and the verification-key points.
type Header struct {
	NVars      uint32
	NPublic    uint32
	DomainSize uint32
	Power      uint
	Alpha1     bn254.G1Affine
	Beta1      bn254.G1Affine
	Beta2      bn254.G2Affine
	Gamma2     bn254.G2Affine
	Delta1     bn254.G1Affine
	Delta2     bn254.G2Affine
}

// Key is an open proving key. Sections are loaded on demand so that a prover
// can release one before loading the next.
type Key struct {
	Header
	f *binfile.File
}

// Open parses the header of a zkey read from r (length size) and checks the
// layout of every section it will need, without loading the large ones.
func Open(r io.ReaderAt, size int64) (*Key, error) {
	f, err := binfile.Open(r, size, "zkey", 1)
	if err != nil {
		return nil, err
	}
	ps, err := f.Unique(SectProtocol)
	if err != nil {
		return nil, err
	}
	pb := make([]byte, 4)
	if ps.Size != 4 {
		return nil, fmt.Errorf("%w: protocol section is %d bytes", ErrProtocol, ps.Size)
	}
	if err := f.ReadAt(ps, pb, 0); err != nil {
		return nil, err
	}
	if p := binary.LittleEndian.Uint32(pb); p != 1 {
		return nil, fmt.Errorf("%w: protocol id %d", ErrProtocol, p)
	}
	hs, err := f.Unique(SectHeader)
	if err != nil {
		return nil, err
	}
	const hdrSize = 4 + field.N8 + 4 + field.N8 + 12 + 3*g1Size + 3*g2Size
	if hs.Size != hdrSize {
		return nil, fmt.Errorf("%w: header section is %d bytes, want %d", ErrHeader, hs.Size, hdrSize)
	}
	hb, err := f.Bytes(hs)
	if err != nil {
		return nil, err
	}
	rd := binfile.NewReader(hb)
	n8q, q := rd.U32(), rd.Bytes(field.N8)
	if err := field.CheckQ(n8q, q); err != nil {
		return nil, err
	}
	n8r, rr := rd.U32(), rd.Bytes(field.N8)
	if err := field.CheckR(n8r, rr); err != nil {
		return nil, err
	}
	k := &Key{f: f}
	h := &k.Header
	h.NVars, h.NPublic, h.DomainSize = rd.U32(), rd.U32(), rd.U32()
	if h.DomainSize == 0 || h.DomainSize&(h.DomainSize-1) != 0 || h.DomainSize > 1<<MaxDomainPower {
		return nil, fmt.Errorf("%w: domain size %d is not a power of two ≤ 2^%d", ErrHeader, h.DomainSize, MaxDomainPower)
	}
	for 1<<h.Power < h.DomainSize {
		h.Power++
	}
	if uint64(h.NPublic)+1 > uint64(h.NVars) {
		return nil, fmt.Errorf("%w: %d public signals but %d variables", ErrHeader, h.NPublic, h.NVars)
	}
	if uint64(h.NPublic)+1 > uint64(h.DomainSize) {
		return nil, fmt.Errorf("%w: %d public signals exceed domain %d", ErrHeader, h.NPublic, h.DomainSize)
	}
	g1s := []*bn254.G1Affine{&h.Alpha1, &h.Beta1, nil, nil, &h.Delta1, nil}
	g2s := []*bn254.G2Affine{nil, nil, &h.Beta2, &h.Gamma2, nil, &h.Delta2}
	names := []string{"alpha1", "beta1", "beta2", "gamma2", "delta1", "delta2"}
	for i := range g1s {
		if g1s[i] != nil {
			copy(g1Bytes(unsafe.Slice(g1s[i], 1)), rd.Bytes(g1Size))
			if !nativeLE {
				fixEndianG1(unsafe.Slice(g1s[i], 1))
			}
			if err := checkG1(g1s[i], true); err != nil {
				return nil, fmt.Errorf("%s: %w", names[i], err)
			}
		} else {
			copy(g2Bytes(unsafe.Slice(g2s[i], 1)), rd.Bytes(g2Size))
			if !nativeLE {
				fixEndianG2(unsafe.Slice(g2s[i], 1))
			}
			if err := checkG2(g2s[i], true); err != nil {
				return nil, fmt.Errorf("%s: %w", names[i], err)
			}
		}
	}
	if err := rd.Err(); err != nil {
		return nil, err
	}
	want := map[uint32]int64{
		SectIC: int64(h.NPublic+1) * g1Size,
		SectA:  int64(h.NVars) * g1Size,
		SectB1: int64(h.NVars) * g1Size,
		SectB2: int64(h.NVars) * g2Size,
		SectC:  int64(h.NVars-h.NPublic-1) * g1Size,
		SectH:  int64(h.DomainSize) * g1Size,
	}
	for typ, sz := range want {
		s, err := f.Unique(typ)
		if err != nil {
			return nil, err
		}
		if s.Size != sz {
			return nil, fmt.Errorf("%w: section %d is %d bytes, want %d", binfile.ErrSectionSize, typ, s.Size, sz)
		}
	}
	cs, err := f.Unique(SectCoeffs)
	if err != nil {
		return nil, err
	}
	if cs.Size < 4 || (cs.Size-4)%coeffSize != 0 {
		return nil, fmt.Errorf("%w: coefficients section is %d bytes", binfile.ErrSectionSize, cs.Size)
	}
	return k, nil
}

// File is an open zkey file; Close releases it.
type File struct {
	*Key
	fd *os.File
}

// OpenFile opens the zkey at path.
func OpenFile(path string) (*File, error) {
	fd, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	st, err := fd.Stat()
	if err != nil {
		fd.Close()
		return nil, err
	}
	k, err := Open(fd, st.Size())
	if err != nil {
		fd.Close()
		return nil, err
	}
	return &File{Key: k, fd: fd}, nil
}

// Close closes the underlying file.
func (f *File) Close() error { return f.fd.Close() }

// Parse opens a zkey held in memory.
func Parse(b []byte) (*Key, error) { return Open(bytes.NewReader(b), int64(len(b))) }

// rawOne has limbs (1,0,0,0): Montgomery-multiplying by it divides by R.
var rawOne = fr.Element{1, 0, 0, 0}

// Coeffs loads section 4. Values are returned as plain field elements
// (snarkjs stores v·R², read here as raw limbs and divided by R once).
func (k *Key) Coeffs() ([]Coeff, error) {
	var out []Coeff
	err := k.EachCoeff(func(c *Coeff) { out = append(out, *c) })
	return out, err
}

// coeffChunk bounds the bytes EachCoeff holds at once.
const coeffChunk = 1 << 15

// EachCoeff streams section 4 through fn in file order without holding the
// whole section in memory. It stops at the first malformed entry; entries
// before it have already been passed to fn.
func (k *Key) EachCoeff(fn func(c *Coeff)) error {
	s, _ := k.f.Unique(SectCoeffs)
	var nb [4]byte
	if err := k.f.ReadAt(s, nb[:], 0); err != nil {
		return err
	}
	n := int64(binary.LittleEndian.Uint32(nb[:]))
	if n*coeffSize != s.Size-4 {
		return fmt.Errorf("%w: %d coefficients in %d bytes", binfile.ErrSectionSize, n, s.Size)
	}
	le := binary.LittleEndian
	buf := make([]byte, min(n, coeffChunk)*coeffSize)
	var c Coeff
	for done := int64(0); done < n; {
		m := min(n-done, coeffChunk)
		b := buf[:m*coeffSize]
		if err := k.f.ReadAt(s, b, 4+done*coeffSize); err != nil {
			return err
		}
		for i := int64(0); i < m; i++ {
			p := b[i*coeffSize:]
			c.Matrix, c.Constraint, c.Signal = le.Uint32(p), le.Uint32(p[4:]), le.Uint32(p[8:])
			if c.Matrix > 1 || c.Constraint >= k.DomainSize || c.Signal >= k.NVars {
				return fmt.Errorf("%w: entry %d (matrix %d, constraint %d, signal %d)", ErrCoeff, done+i, c.Matrix, c.Constraint, c.Signal)
			}
			for j := 0; j < 4; j++ {
				c.Value[j] = le.Uint64(p[12+8*j:])
			}
			if !field.FrLimbsCanonical(&c.Value) {
				return fmt.Errorf("%w: entry %d value not below r", ErrCoeff, done+i)
			}
			// raw limbs L hold v·R²; as a gnark element L means L·R⁻¹ = v·R,
			// so one Montgomery product with rawOne yields v.
			c.Value.Mul(&c.Value, &rawOne)
			fn(&c)
		}
		done += m
	}
	return nil
}

// IC loads the public-input points (section 3).
func (k *Key) IC() ([]bn254.G1Affine, error) { return k.g1Section(SectIC, int(k.NPublic)+1) }

// A loads section 5.
func (k *Key) A() ([]bn254.G1Affine, error) { return k.g1Section(SectA, int(k.NVars)) }

// B1 loads section 6.
func (k *Key) B1() ([]bn254.G1Affine, error) { return k.g1Section(SectB1, int(k.NVars)) }

// C loads section 8 (private signals only).
func (k *Key) C() ([]bn254.G1Affine, error) {
	return k.g1Section(SectC, int(k.NVars-k.NPublic-1))
}

// H loads section 9 (points for the odd-coset evaluations of A·B−C).
func (k *Key) H() ([]bn254.G1Affine, error) { return k.g1Section(SectH, int(k.DomainSize)) }

// B2 loads section 7.
func (k *Key) B2() ([]bn254.G2Affine, error) {
	s, _ := k.f.Unique(SectB2)
	pts := make([]bn254.G2Affine, k.NVars)
	if err := k.f.ReadAt(s, g2Bytes(pts), 0); err != nil {
		return nil, err
	}
	if !nativeLE {
		fixEndianG2(pts)
	}
	if err := parallelCheck(len(pts), func(i int) error { return checkG2(&pts[i], false) }); err != nil {
		return nil, fmt.Errorf("section %d: %w", SectB2, err)
	}
	return pts, nil
}

// G1Into loads G1 section typ (SectIC, SectA, SectB1, SectC or SectH) into
// buf when it is large enough, so that a prover can reuse one buffer for all
// of them; it returns the filled slice.
func (k *Key) G1Into(typ uint32, buf []bn254.G1Affine) ([]bn254.G1Affine, error) {
	var n int
	switch typ {
	case SectIC:
		n = int(k.NPublic) + 1
	case SectA, SectB1:
		n = int(k.NVars)
	case SectC:
		n = int(k.NVars - k.NPublic - 1)
	case SectH:
		n = int(k.DomainSize)
	default:
		return nil, fmt.Errorf("%w: section %d is not a G1 section", ErrHeader, typ)
	}
	return k.g1SectionInto(typ, n, buf)
}

func (k *Key) g1Section(typ uint32, n int) ([]bn254.G1Affine, error) {
	return k.g1SectionInto(typ, n, nil)
}

func (k *Key) g1SectionInto(typ uint32, n int, buf []bn254.G1Affine) ([]bn254.G1Affine, error) {
	s, _ := k.f.Unique(typ)
	var pts []bn254.G1Affine
	if cap(buf) >= n {
		pts = buf[:n]
	} else {
		pts = make([]bn254.G1Affine, n)
	}
	if err := k.f.ReadAt(s, g1Bytes(pts), 0); err != nil {
		return nil, err
	}
	if !nativeLE {
		fixEndianG1(pts)
	}
	if err := parallelCheck(n, func(i int) error { return checkG1(&pts[i], false) }); err != nil {
		return nil, fmt.Errorf("section %d: %w", typ, err)
	}
	return pts, nil
}

func g1Bytes(p []bn254.G1Affine) []byte {
	if len(p) == 0 {
		return nil
	}
	return unsafe.Slice((*byte)(unsafe.Pointer(&p[0])), len(p)*g1Size)
}

func g2Bytes(p []bn254.G2Affine) []byte {
	if len(p) == 0 {
		return nil
	}
	return unsafe.Slice((*byte)(unsafe.Pointer(&p[0])), len(p)*g2Size)
}

// nativeLE is true on little-endian hosts, where file bytes and limbs agree.
var nativeLE = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

func swapLimbs(l []uint64) {
	for i := range l {
		var b [8]byte
		binary.NativeEndian.PutUint64(b[:], l[i])
		l[i] = binary.LittleEndian.Uint64(b[:])
	}
}

func fixEndianG1(p []bn254.G1Affine) {
	if len(p) > 0 {
		swapLimbs(unsafe.Slice((*uint64)(unsafe.Pointer(&p[0])), len(p)*8))
	}
}

func fixEndianG2(p []bn254.G2Affine) {
	if len(p) > 0 {
		swapLimbs(unsafe.Slice((*uint64)(unsafe.Pointer(&p[0])), len(p)*16))
	}
}

// checkG1 validates coordinates and curve membership. G1 has cofactor 1, so
// on-curve implies subgroup membership.
func checkG1(p *bn254.G1Affine, header bool) error {
	if header && p.IsInfinity() {
		return fmt.Errorf("%w: key point at infinity", ErrPoint)
	}
	if !field.FpLimbsCanonical(&p.X) || !field.FpLimbsCanonical(&p.Y) {
		return fmt.Errorf("%w: G1 coordinate not below q", ErrPoint)
	}
	if !p.IsOnCurve() {
		return fmt.Errorf("%w: G1 point not on curve", ErrPoint)
	}
	return nil
}

// checkG2 validates coordinates and curve membership; the costly subgroup
// test runs only for the header points that enter the pairing equation.
func checkG2(p *bn254.G2Affine, subgroup bool) error {
	if subgroup && p.IsInfinity() {
		return fmt.Errorf("%w: key point at infinity", ErrPoint)
	}
	for _, e := range []*[4]uint64{(*[4]uint64)(&p.X.A0), (*[4]uint64)(&p.X.A1), (*[4]uint64)(&p.Y.A0), (*[4]uint64)(&p.Y.A1)} {
		if !field.FpLimbsCanonical((*fp.Element)(e)) {
			return fmt.Errorf("%w: G2 coordinate not below q", ErrPoint)
		}
	}
	if !p.IsOnCurve() {
		return fmt.Errorf("%w: G2 point not on curve", ErrPoint)
	}
	if subgroup && !p.IsInSubGroup() {
		return fmt.Errorf("%w: G2 point not in the r-torsion subgroup", ErrPoint)
	}
	return nil
}

func parallelCheck(n int, check func(i int) error) error {
	workers := runtime.GOMAXPROCS(0)
	if n < 4096 {
		workers = 1
	}
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		first = -1
		ferr  error
	)
	chunk := (n + workers - 1) / workers
	for w := 0; w < workers; w++ {
		lo, hi := w*chunk, min((w+1)*chunk, n)
		if lo >= hi {
			break
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := lo; i < hi; i++ {
				if err := check(i); err != nil {
					mu.Lock()
					if first < 0 || i < first {
						first, ferr = i, fmt.Errorf("point %d: %w", i, err)
					}
					mu.Unlock()
					return
				}
			}
		}()
	}
	wg.Wait()
	return ferr
}
