package vdf

import (
	"bytes"
	"testing"
)

func FuzzParseElement(f *testing.F) {
	f.Add(HashToGroup([]byte("seed")).Bytes())
	f.Add(make([]byte, ElementSize))
	f.Add(modulus.Bytes())
	f.Add(halfModulus.FillBytes(make([]byte, ElementSize)))
	f.Add([]byte{1})
	f.Fuzz(func(t *testing.T, b []byte) {
		e, err := ParseElement(b)
		if err != nil {
			return
		}
		// Accepted encodings are canonical: re-encoding gives the same bytes.
		if !bytes.Equal(e.Bytes(), b) {
			t.Fatal("accepted a non-canonical encoding")
		}
		if checkCanonical(e.v) != nil {
			t.Fatal("accepted an element outside the canonical range")
		}
	})
}

func FuzzParseOutput(f *testing.F) {
	x := HashToGroup([]byte("fuzz"))
	y, pi, err := Eval(x, 64)
	if err != nil {
		f.Fatal(err)
	}
	good, _ := Output{T: 64, Y: y, Proof: pi}.MarshalBinary()
	f.Add(good)
	f.Add(good[:100])
	f.Add(make([]byte, OutputSize))
	f.Fuzz(func(t *testing.T, b []byte) {
		o, err := ParseOutput(b)
		if err != nil {
			return
		}
		re, err := o.MarshalBinary()
		if err != nil || !bytes.Equal(re, b) {
			t.Fatal("accepted a non-canonical output encoding")
		}
		// Anything other than the honest output must not verify for x, T=64.
		if VerifyOutput(x, 64, o) == nil && !bytes.Equal(b, good) {
			t.Fatal("a different output verified")
		}
	})
}
