// Package binfile reads the iden3 binary container shared by .r1cs, .wtns and
// .zkey files: a 4-byte magic, a version, and a list of typed sections.
//
// Layout (all integers little-endian):
//
//	magic   [4]byte
//	version uint32
//	nSect   uint32
//	nSect × { type uint32; size uint64; data [size]byte }
//
// The reader never trusts a size before checking it against the real file
// length, so a truncated or lying header yields a typed error instead of a
// huge allocation.
package binfile

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

var (
	// ErrBadMagic means the first four bytes are not the expected file type.
	ErrBadMagic = errors.New("binfile: bad magic")
	// ErrBadVersion means the container version is not supported.
	ErrBadVersion = errors.New("binfile: unsupported version")
	// ErrTruncated means the file ends before a header or section does.
	ErrTruncated = errors.New("binfile: truncated file")
	// ErrMissingSection means a required section is absent.
	ErrMissingSection = errors.New("binfile: missing section")
	// ErrDuplicateSection means a section type that must be unique appears twice.
	ErrDuplicateSection = errors.New("binfile: duplicate section")
	// ErrSectionSize means a section's size disagrees with its content.
	ErrSectionSize = errors.New("binfile: bad section size")
	// ErrTooManySections bounds the section table of hostile input.
	ErrTooManySections = errors.New("binfile: too many sections")
)

// MaxSections bounds the section count; real files have at most a dozen.
const MaxSections = 64

// Section locates one section's payload inside the file.
type Section struct {
	Type   uint32
	Offset int64
	Size   int64
}

// File is a parsed container header: its version and section table.
type File struct {
	r        io.ReaderAt
	size     int64
	Version  uint32
	Sections []Section
}

// Open parses the container header and section table of r (of total length
// size). It checks the magic and that version is in [1, maxVersion].
func Open(r io.ReaderAt, size int64, magic string, maxVersion uint32) (*File, error) {
	var hdr [12]byte
	if size < int64(len(hdr)) {
		return nil, fmt.Errorf("%w: %d bytes, header needs 12", ErrTruncated, size)
	}
	if _, err := r.ReadAt(hdr[:], 0); err != nil {
		return nil, fmt.Errorf("%w: header: %v", ErrTruncated, err)
	}
	if string(hdr[:4]) != magic {
		return nil, fmt.Errorf("%w: got %q, want %q", ErrBadMagic, hdr[:4], magic)
	}
	f := &File{r: r, size: size}
	f.Version = binary.LittleEndian.Uint32(hdr[4:])
	if f.Version == 0 || f.Version > maxVersion {
		return nil, fmt.Errorf("%w: %d (supported 1..%d)", ErrBadVersion, f.Version, maxVersion)
	}
	n := binary.LittleEndian.Uint32(hdr[8:])
	if n > MaxSections {
		return nil, fmt.Errorf("%w: %d", ErrTooManySections, n)
	}
	off := int64(12)
	for i := uint32(0); i < n; i++ {
		var sh [12]byte
		if off+12 > size {
			return nil, fmt.Errorf("%w: section header %d at offset %d", ErrTruncated, i, off)
		}
		if _, err := r.ReadAt(sh[:], off); err != nil {
			return nil, fmt.Errorf("%w: section header %d: %v", ErrTruncated, i, err)
		}
		typ := binary.LittleEndian.Uint32(sh[0:])
		sz := binary.LittleEndian.Uint64(sh[4:])
		off += 12
		if sz > uint64(size-off) {
			return nil, fmt.Errorf("%w: section %d (type %d) claims %d bytes, %d left", ErrTruncated, i, typ, sz, size-off)
		}
		f.Sections = append(f.Sections, Section{Type: typ, Offset: off, Size: int64(sz)})
		off += int64(sz)
	}
	return f, nil
}

// Unique returns the only section of type typ; it is an error if there are
// none or several.
func (f *File) Unique(typ uint32) (Section, error) {
	var found *Section
	for i := range f.Sections {
		if f.Sections[i].Type == typ {
			if found != nil {
				return Section{}, fmt.Errorf("%w: type %d", ErrDuplicateSection, typ)
			}
			found = &f.Sections[i]
		}
	}
	if found == nil {
		return Section{}, fmt.Errorf("%w: type %d", ErrMissingSection, typ)
	}
	return *found, nil
}

// Has reports whether a section of type typ is present.
func (f *File) Has(typ uint32) bool {
	for _, s := range f.Sections {
		if s.Type == typ {
			return true
		}
	}
	return false
}

// ReadAt reads len(p) bytes of section s starting at byte off within it.
func (f *File) ReadAt(s Section, p []byte, off int64) error {
	if off < 0 || off+int64(len(p)) > s.Size {
		return fmt.Errorf("%w: read of %d bytes at %d past section type %d of %d bytes", ErrSectionSize, len(p), off, s.Type, s.Size)
	}
	if _, err := f.r.ReadAt(p, s.Offset+off); err != nil {
		return fmt.Errorf("%w: section type %d: %v", ErrTruncated, s.Type, err)
	}
	return nil
}

// Bytes returns a copy of the whole section s. Callers must have bounded
// s.Size already (Open guarantees it fits in the file).
func (f *File) Bytes(s Section) ([]byte, error) {
	b := make([]byte, s.Size)
	if err := f.ReadAt(s, b, 0); err != nil {
		return nil, err
	}
	return b, nil
}

// Reader is a little-endian cursor over a byte slice that records the first
// short read instead of panicking.
type Reader struct {
	b   []byte
	off int
	err error
}

// NewReader returns a cursor over b.
func NewReader(b []byte) *Reader { return &Reader{b: b} }

func (r *Reader) take(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || len(r.b)-r.off < n {
		r.err = fmt.Errorf("%w: need %d bytes at offset %d of %d", ErrTruncated, n, r.off, len(r.b))
		return nil
	}
	p := r.b[r.off : r.off+n]
	r.off += n
	return p
}

// U32 reads a little-endian uint32.
func (r *Reader) U32() uint32 {
	p := r.take(4)
	if p == nil {
		return 0
	}
	return binary.LittleEndian.Uint32(p)
}

// U64 reads a little-endian uint64.
func (r *Reader) U64() uint64 {
	p := r.take(8)
	if p == nil {
		return 0
	}
	return binary.LittleEndian.Uint64(p)
}

// Bytes reads n bytes (aliasing the underlying slice).
func (r *Reader) Bytes(n int) []byte { return r.take(n) }

// Err returns the first error met, if any.
func (r *Reader) Err() error { return r.err }

// Remaining is the number of unread bytes.
func (r *Reader) Remaining() int { return len(r.b) - r.off }
