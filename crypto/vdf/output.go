package vdf

import "encoding/binary"

// OutputVersion is the first byte of an encoded Output.
const OutputVersion byte = 1

// OutputSize is the length of an encoded Output: version ‖ T ‖ y ‖ π.
const OutputSize = 1 + 8 + 2*ElementSize

// Output is an evaluation result as it travels (in an audit answer, say):
// the number of squarings it claims, y and the proof π.
type Output struct {
	T     uint64
	Y     Element
	Proof Element
}

// MarshalBinary encodes o as version (1 byte) ‖ T (uint64 big-endian) ‖
// y (256 bytes) ‖ π (256 bytes), 521 bytes in all.
func (o Output) MarshalBinary() ([]byte, error) {
	if !o.Y.IsValid() || !o.Proof.IsValid() {
		return nil, ErrElementUninitialized
	}
	out := make([]byte, 0, OutputSize)
	out = append(out, OutputVersion)
	out = binary.BigEndian.AppendUint64(out, o.T)
	out = append(out, o.Y.Bytes()...)
	return append(out, o.Proof.Bytes()...), nil
}

// ParseOutput decodes and checks an encoded Output: exact length, known
// version, T in range, both elements canonical. It does not verify the proof.
func ParseOutput(b []byte) (Output, error) {
	if len(b) != OutputSize {
		return Output{}, ErrEncodingLength
	}
	if b[0] != OutputVersion {
		return Output{}, ErrVersion
	}
	t := binary.BigEndian.Uint64(b[1:9])
	if err := checkT(t); err != nil {
		return Output{}, err
	}
	y, err := ParseElement(b[9 : 9+ElementSize])
	if err != nil {
		return Output{}, err
	}
	pi, err := ParseElement(b[9+ElementSize:])
	if err != nil {
		return Output{}, err
	}
	return Output{T: t, Y: y, Proof: pi}, nil
}

// VerifyOutput checks that o answers the challenge x with exactly t squarings.
func VerifyOutput(x Element, t uint64, o Output) error {
	if o.T != t {
		return ErrTMismatch
	}
	return Verify(x, t, o.Y, o.Proof)
}
