package l2sim

import (
	"encoding/json"
	"errors"
	"fmt"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"math/big"
)

// The decoders below transcode snarkjs JSON into the contract's ABI words. They check only
// what the ABI needs (canonical field elements), not curve or subgroup membership: that is
// the contract's job, and tests must be able to hand it bad points. crypto/zk/groth16 has the
// validating decoders for verifying proofs off chain.

// Errors of the snarkjs JSON decoders.
var (
	ErrBadProofJSON   = errors.New("l2sim: malformed snarkjs proof")
	ErrBadVKJSON      = errors.New("l2sim: malformed snarkjs verification key")
	ErrBadPublicJSON  = errors.New("l2sim: malformed snarkjs public signals")
	ErrNotBN128       = errors.New("l2sim: only groth16 over bn128 is supported")
	ErrFieldOverflow  = errors.New("l2sim: value is not a field element")
	ErrTooManyInputs  = errors.New("l2sim: too many public inputs")
	maxPublicInputs   = 32
	bn254BaseField, _ = new(big.Int).SetString("21888242871839275222246405745257275088696311157297823662689037894645226208583", 10)
)

type snarkjsProof struct {
	A []string   `json:"pi_a"`
	B [][]string `json:"pi_b"`
	C []string   `json:"pi_c"`
}

type snarkjsVK struct {
	Protocol string     `json:"protocol"`
	Curve    string     `json:"curve"`
	NPublic  int        `json:"nPublic"`
	Alpha    []string   `json:"vk_alpha_1"`
	Beta     [][]string `json:"vk_beta_2"`
	Gamma    [][]string `json:"vk_gamma_2"`
	Delta    [][]string `json:"vk_delta_2"`
	IC       [][]string `json:"IC"`
}

func fe(s string) (*big.Int, error) {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok || v.Sign() < 0 || v.Cmp(bn254BaseField) >= 0 {
		return nil, fmt.Errorf("%w: %q", ErrFieldOverflow, s)
	}
	return v, nil
}

// g1 reads a snarkjs projective G1 point ([x, y, "1"]) as (x, y).
func g1(p []string) ([2]*big.Int, error) {
	if len(p) != 3 || p[2] != "1" {
		return [2]*big.Int{}, errors.New("G1 point must be [x, y, \"1\"]")
	}
	x, err := fe(p[0])
	if err != nil {
		return [2]*big.Int{}, err
	}
	y, err := fe(p[1])
	if err != nil {
		return [2]*big.Int{}, err
	}
	return [2]*big.Int{x, y}, nil
}

// g2 reads a snarkjs G2 point ([[x_re, x_im], [y_re, y_im], ["1", "0"]]) in the EVM
// precompile's order (x_im, x_re, y_im, y_re).
func g2(p [][]string) ([4]*big.Int, error) {
	if len(p) != 3 || len(p[0]) != 2 || len(p[1]) != 2 || len(p[2]) != 2 || p[2][0] != "1" || p[2][1] != "0" {
		return [4]*big.Int{}, errors.New("G2 point must be [[x0, x1], [y0, y1], [\"1\", \"0\"]]")
	}
	var out [4]*big.Int
	for i, s := range []string{p[0][1], p[0][0], p[1][1], p[1][0]} {
		v, err := fe(s)
		if err != nil {
			return out, err
		}
		out[i] = v
	}
	return out, nil
}

// DecodeProof turns a snarkjs proof.json into DPNSettlement.deliverProof's proof argument:
// A (x, y) | B (x_im, x_re, y_im, y_re) | C (x, y).
func DecodeProof(data []byte) ([8]*big.Int, error) {
	var out [8]*big.Int
	var p snarkjsProof
	if err := json.Unmarshal(data, &p); err != nil {
		return out, fmt.Errorf("%w: %v", ErrBadProofJSON, err)
	}
	a, err := g1(p.A)
	if err != nil {
		return out, fmt.Errorf("%w: pi_a: %v", ErrBadProofJSON, err)
	}
	b, err := g2(p.B)
	if err != nil {
		return out, fmt.Errorf("%w: pi_b: %v", ErrBadProofJSON, err)
	}
	c, err := g1(p.C)
	if err != nil {
		return out, fmt.Errorf("%w: pi_c: %v", ErrBadProofJSON, err)
	}
	out = [8]*big.Int{a[0], a[1], b[0], b[1], b[2], b[3], c[0], c[1]}
	return out, nil
}

// DecodeVerifyingKey turns a snarkjs verification_key.json into the byte layout
// DPNSettlement.registerVerifyingKey takes: alpha1 | beta2 | gamma2 | delta2 | IC[0..n].
func DecodeVerifyingKey(data []byte) ([]byte, error) {
	var vk snarkjsVK
	if err := json.Unmarshal(data, &vk); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadVKJSON, err)
	}
	if vk.Protocol != "groth16" || vk.Curve != "bn128" {
		return nil, ErrNotBN128
	}
	if len(vk.IC) != vk.NPublic+1 || vk.NPublic < 0 {
		return nil, fmt.Errorf("%w: %d IC points for %d public inputs", ErrBadVKJSON, len(vk.IC), vk.NPublic)
	}
	if vk.NPublic > maxPublicInputs {
		return nil, ErrTooManyInputs
	}
	var words []*big.Int
	alpha, err := g1(vk.Alpha)
	if err != nil {
		return nil, fmt.Errorf("%w: alpha: %v", ErrBadVKJSON, err)
	}
	words = append(words, alpha[:]...)
	for _, p := range [][][]string{vk.Beta, vk.Gamma, vk.Delta} {
		pt, err := g2(p)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrBadVKJSON, err)
		}
		words = append(words, pt[:]...)
	}
	for i, p := range vk.IC {
		pt, err := g1(p)
		if err != nil {
			return nil, fmt.Errorf("%w: IC[%d]: %v", ErrBadVKJSON, i, err)
		}
		words = append(words, pt[:]...)
	}
	out := make([]byte, 0, 32*len(words))
	for _, w := range words {
		out = append(out, w.FillBytes(make([]byte, 32))...)
	}
	return out, nil
}

// DecodePublicSignals turns a snarkjs public.json into deliverProof's publicInputs.
func DecodePublicSignals(data []byte) ([]*big.Int, error) {
	var ss []string
	if err := json.Unmarshal(data, &ss); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadPublicJSON, err)
	}
	if len(ss) > maxPublicInputs {
		return nil, ErrTooManyInputs
	}
	out := make([]*big.Int, len(ss))
	for i, s := range ss {
		v, ok := new(big.Int).SetString(s, 10)
		if !ok || v.Sign() < 0 || v.BitLen() > 256 {
			return nil, fmt.Errorf("%w: signal %d", ErrBadPublicJSON, i)
		}
		out[i] = v
	}
	return out, nil
}

// InputsHash is keccak256(abi.encode(publicInputs)), what DPNSettlement.orderJob binds a job
// to and ProofDelivered reports.
func InputsHash(publicInputs []*big.Int) common.Hash {
	enc, err := abi.Arguments{{Type: tUints}}.Pack(publicInputs)
	if err != nil {
		panic(err)
	}
	return crypto.Keccak256Hash(enc)
}
