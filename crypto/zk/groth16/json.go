package groth16

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

var (
	// ErrJSON means a proof, key or public-signal document is malformed.
	ErrJSON = errors.New("groth16: malformed JSON")
	// ErrNotGroth16 means the document names another protocol or curve.
	ErrNotGroth16 = errors.New("groth16: not a groth16/bn128 document")
	// ErrCoordinate means a coordinate is not a canonical decimal below q.
	ErrCoordinate = errors.New("groth16: bad coordinate")
	// ErrPointNotOnCurve means a point is not on the BN254 curve.
	ErrPointNotOnCurve = errors.New("groth16: point not on curve")
	// ErrPointNotInSubgroup means a G2 point is outside the prime-order subgroup.
	ErrPointNotInSubgroup = errors.New("groth16: point not in subgroup")
	// ErrPublicSignal means a public signal is not a canonical decimal below r.
	ErrPublicSignal = errors.New("groth16: bad public signal")
)

// Proof is a Groth16 proof (A, C in G1, B in G2).
type Proof struct {
	A bn254.G1Affine
	B bn254.G2Affine
	C bn254.G1Affine
}

// VerifyingKey is the part of snarkjs's verification_key.json the pairing
// check needs.
type VerifyingKey struct {
	Alpha1 bn254.G1Affine
	Beta2  bn254.G2Affine
	Gamma2 bn254.G2Affine
	Delta2 bn254.G2Affine
	IC     []bn254.G1Affine
}

// NPublic is the number of public signals the key expects.
func (vk *VerifyingKey) NPublic() int { return len(vk.IC) - 1 }

type proofJSON struct {
	A        []string   `json:"pi_a"`
	B        [][]string `json:"pi_b"`
	C        []string   `json:"pi_c"`
	Protocol string     `json:"protocol"`
	Curve    string     `json:"curve"`
}

type vkJSON struct {
	Protocol string     `json:"protocol"`
	Curve    string     `json:"curve"`
	NPublic  int        `json:"nPublic"`
	Alpha1   []string   `json:"vk_alpha_1"`
	Beta2    [][]string `json:"vk_beta_2"`
	Gamma2   [][]string `json:"vk_gamma_2"`
	Delta2   [][]string `json:"vk_delta_2"`
	IC       [][]string `json:"IC"`
}

func strictUnmarshal(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("%w: %v", ErrJSON, err)
	}
	if dec.More() {
		return fmt.Errorf("%w: trailing data", ErrJSON)
	}
	return nil
}

func checkKind(protocol, curve string) error {
	if protocol != "groth16" || curve != "bn128" {
		return fmt.Errorf("%w: protocol %q curve %q", ErrNotGroth16, protocol, curve)
	}
	return nil
}

// parseDec parses a canonical decimal below mod (no sign, no leading zeros
// beyond "0", at most 78 digits).
func parseDec(s string, mod *big.Int) (*big.Int, bool) {
	if len(s) == 0 || len(s) > 78 || (len(s) > 1 && s[0] == '0') {
		return nil, false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return nil, false
		}
	}
	n, ok := new(big.Int).SetString(s, 10)
	if !ok || n.Cmp(mod) >= 0 {
		return nil, false
	}
	return n, true
}

func parseFp(s string) (fp.Element, error) {
	n, ok := parseDec(s, fp.Modulus())
	if !ok {
		return fp.Element{}, fmt.Errorf("%w: %q", ErrCoordinate, s)
	}
	var e fp.Element
	e.SetBigInt(n)
	return e, nil
}

// decodeG1 reads [x, y, z] with z = "1" (affine) or the point at infinity
// ["0", "1", "0"] as snarkjs prints it.
func decodeG1(v []string, allowInfinity bool) (bn254.G1Affine, error) {
	var p bn254.G1Affine
	if len(v) != 3 {
		return p, fmt.Errorf("%w: G1 point needs 3 coordinates, got %d", ErrJSON, len(v))
	}
	switch v[2] {
	case "1":
	case "0":
		if !allowInfinity || v[0] != "0" || v[1] != "1" {
			return p, fmt.Errorf("%w: G1 point at infinity not allowed here", ErrCoordinate)
		}
		return p, nil
	default:
		return p, fmt.Errorf("%w: G1 z coordinate %q, want 1", ErrCoordinate, v[2])
	}
	var err error
	if p.X, err = parseFp(v[0]); err != nil {
		return p, err
	}
	if p.Y, err = parseFp(v[1]); err != nil {
		return p, err
	}
	if p.IsInfinity() || !p.IsOnCurve() {
		return p, fmt.Errorf("%w: G1 (%s, %s)", ErrPointNotOnCurve, v[0], v[1])
	}
	return p, nil
}

func decodeG2(v [][]string) (bn254.G2Affine, error) {
	var p bn254.G2Affine
	if len(v) != 3 || len(v[0]) != 2 || len(v[1]) != 2 || len(v[2]) != 2 {
		return p, fmt.Errorf("%w: G2 point needs 3 pairs of coordinates", ErrJSON)
	}
	if v[2][0] != "1" || v[2][1] != "0" {
		return p, fmt.Errorf("%w: G2 z coordinate %v, want [1, 0]", ErrCoordinate, v[2])
	}
	var err error
	for i, e := range []*fp.Element{&p.X.A0, &p.X.A1, &p.Y.A0, &p.Y.A1} {
		if *e, err = parseFp(v[i/2][i%2]); err != nil {
			return p, err
		}
	}
	if p.IsInfinity() || !p.IsOnCurve() {
		return p, fmt.Errorf("%w: G2 point", ErrPointNotOnCurve)
	}
	if !p.IsInSubGroup() {
		return p, fmt.Errorf("%w: G2 point", ErrPointNotInSubgroup)
	}
	return p, nil
}

// DecodeProof parses a snarkjs proof.json and checks every point.
func DecodeProof(b []byte) (*Proof, error) {
	var j proofJSON
	if err := strictUnmarshal(b, &j); err != nil {
		return nil, err
	}
	if err := checkKind(j.Protocol, j.Curve); err != nil {
		return nil, err
	}
	var (
		p   Proof
		err error
	)
	if p.A, err = decodeG1(j.A, false); err != nil {
		return nil, fmt.Errorf("pi_a: %w", err)
	}
	if p.B, err = decodeG2(j.B); err != nil {
		return nil, fmt.Errorf("pi_b: %w", err)
	}
	if p.C, err = decodeG1(j.C, false); err != nil {
		return nil, fmt.Errorf("pi_c: %w", err)
	}
	return &p, nil
}

// DecodeVerifyingKey parses a snarkjs verification_key.json.
func DecodeVerifyingKey(b []byte) (*VerifyingKey, error) {
	var j vkJSON
	if err := strictUnmarshal(b, &j); err != nil {
		return nil, err
	}
	if err := checkKind(j.Protocol, j.Curve); err != nil {
		return nil, err
	}
	if j.NPublic < 0 || len(j.IC) != j.NPublic+1 {
		return nil, fmt.Errorf("%w: nPublic %d but %d IC points", ErrJSON, j.NPublic, len(j.IC))
	}
	var (
		vk  VerifyingKey
		err error
	)
	if vk.Alpha1, err = decodeG1(j.Alpha1, false); err != nil {
		return nil, fmt.Errorf("vk_alpha_1: %w", err)
	}
	for name, dst := range map[string]*bn254.G2Affine{"vk_beta_2": &vk.Beta2, "vk_gamma_2": &vk.Gamma2, "vk_delta_2": &vk.Delta2} {
		src := map[string][][]string{"vk_beta_2": j.Beta2, "vk_gamma_2": j.Gamma2, "vk_delta_2": j.Delta2}[name]
		if *dst, err = decodeG2(src); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
	vk.IC = make([]bn254.G1Affine, len(j.IC))
	for i := range j.IC {
		if vk.IC[i], err = decodeG1(j.IC[i], true); err != nil {
			return nil, fmt.Errorf("IC[%d]: %w", i, err)
		}
	}
	return &vk, nil
}

// DecodePublic parses public.json: an array of canonical decimals below r.
func DecodePublic(b []byte) ([]fr.Element, error) {
	var ss []string
	if err := strictUnmarshal(b, &ss); err != nil {
		return nil, err
	}
	out := make([]fr.Element, len(ss))
	for i, s := range ss {
		n, ok := parseDec(s, fr.Modulus())
		if !ok {
			return nil, fmt.Errorf("%w: index %d: %q is not a decimal below r", ErrPublicSignal, i, s)
		}
		out[i].SetBigInt(n)
	}
	return out, nil
}

// fpStr prints the canonical decimal (Element.String prints values near q as
// small negatives, which snarkjs would reject).
func fpStr(e *fp.Element) string { return e.BigInt(new(big.Int)).String() }

func frStr(e *fr.Element) string { return e.BigInt(new(big.Int)).String() }

// MarshalJSON writes the proof exactly as snarkjs does (affine coordinates
// with z = 1, protocol and curve tags).
func (p *Proof) MarshalJSON() ([]byte, error) {
	j := proofJSON{
		A:        []string{fpStr(&p.A.X), fpStr(&p.A.Y), "1"},
		B:        [][]string{{fpStr(&p.B.X.A0), fpStr(&p.B.X.A1)}, {fpStr(&p.B.Y.A0), fpStr(&p.B.Y.A1)}, {"1", "0"}},
		C:        []string{fpStr(&p.C.X), fpStr(&p.C.Y), "1"},
		Protocol: "groth16",
		Curve:    "bn128",
	}
	return json.MarshalIndent(j, "", " ")
}

// EncodePublic writes public signals as snarkjs's public.json.
func EncodePublic(pub []fr.Element) ([]byte, error) {
	ss := make([]string, len(pub))
	for i := range pub {
		ss[i] = frStr(&pub[i])
	}
	return json.MarshalIndent(ss, "", " ")
}
