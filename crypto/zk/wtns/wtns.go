// Package wtns reads and writes iden3 .wtns witness files (version 2) for the
// BN254 scalar field.
//
// Layout: magic "wtns", version 2, two sections. Section 1: n8 (uint32), the
// prime (n8 bytes LE), the witness count (uint32). Section 2: the values,
// n8 bytes each, little-endian, canonical (not Montgomery).
package wtns

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/dpn-network/dpn/crypto/zk/binfile"
	"github.com/dpn-network/dpn/crypto/zk/field"
)

var (
	// ErrHeader means the header section is malformed.
	ErrHeader = errors.New("wtns: bad header")
	// ErrValue means a witness value is not a canonical field element.
	ErrValue = errors.New("wtns: bad witness value")
)

// ReadFile parses the .wtns file at path.
func ReadFile(path string) ([]fr.Element, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	return Read(f, st.Size())
}

// Parse parses a .wtns file held in memory.
func Parse(b []byte) ([]fr.Element, error) { return Read(bytes.NewReader(b), int64(len(b))) }

// Read parses a .wtns file from r of length size.
func Read(r io.ReaderAt, size int64) ([]fr.Element, error) {
	f, err := binfile.Open(r, size, "wtns", 2)
	if err != nil {
		return nil, err
	}
	hs, err := f.Unique(1)
	if err != nil {
		return nil, err
	}
	if hs.Size != 4+field.N8+4 {
		return nil, fmt.Errorf("%w: header section is %d bytes", ErrHeader, hs.Size)
	}
	hb, err := f.Bytes(hs)
	if err != nil {
		return nil, err
	}
	rd := binfile.NewReader(hb)
	n8 := rd.U32()
	prime := rd.Bytes(field.N8)
	n := rd.U32()
	if err := rd.Err(); err != nil {
		return nil, err
	}
	if err := field.CheckR(n8, prime); err != nil {
		return nil, err
	}
	ds, err := f.Unique(2)
	if err != nil {
		return nil, err
	}
	if ds.Size != int64(n)*field.N8 {
		return nil, fmt.Errorf("%w: %d values need %d bytes, section has %d", binfile.ErrSectionSize, n, int64(n)*field.N8, ds.Size)
	}
	if n == 0 {
		return nil, fmt.Errorf("%w: empty witness", ErrHeader)
	}
	db, err := f.Bytes(ds)
	if err != nil {
		return nil, err
	}
	w := make([]fr.Element, n)
	for i := range w {
		if w[i], err = field.FrFromLE(db[i*field.N8 : (i+1)*field.N8]); err != nil {
			return nil, fmt.Errorf("%w: index %d: %w", ErrValue, i, err)
		}
	}
	if !w[0].IsOne() {
		return nil, fmt.Errorf("%w: wire 0 is not 1", ErrValue)
	}
	return w, nil
}

// Write encodes w as a version-2 .wtns file, byte-identical to what the
// Circom witness calculator and snarkjs produce.
func Write(out io.Writer, w []fr.Element) error {
	n8 := uint32(field.N8)
	var hdr bytes.Buffer
	hdr.WriteString("wtns")
	le := binary.LittleEndian
	put32 := func(v uint32) { hdr.Write(le.AppendUint32(nil, v)) }
	put64 := func(v uint64) { hdr.Write(le.AppendUint64(nil, v)) }
	put32(2)
	put32(2)
	put32(1)
	put64(uint64(4 + n8 + 4))
	put32(n8)
	mod := fr.Modulus()
	var pb [field.N8]byte
	mod.FillBytes(pb[:])
	for i := 0; i < field.N8; i++ {
		hdr.WriteByte(pb[field.N8-1-i])
	}
	put32(uint32(len(w)))
	put32(2)
	put64(uint64(len(w)) * uint64(n8))
	if _, err := out.Write(hdr.Bytes()); err != nil {
		return err
	}
	buf := make([]byte, 0, 1<<16)
	for i := range w {
		var b [field.N8]byte
		fr.LittleEndian.PutElement(&b, w[i])
		buf = append(buf, b[:]...)
		if len(buf) == cap(buf) {
			if _, err := out.Write(buf); err != nil {
				return err
			}
			buf = buf[:0]
		}
	}
	_, err := out.Write(buf)
	return err
}

// WriteFile writes w to path as a .wtns file.
func WriteFile(path string, w []fr.Element) error {
	var b bytes.Buffer
	if err := Write(&b, w); err != nil {
		return err
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}
