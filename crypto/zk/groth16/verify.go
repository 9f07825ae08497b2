package groth16

import (
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

var (
	// ErrPublicCount means the number of public signals differs from the key's.
	ErrPublicCount = errors.New("groth16: wrong number of public signals")
	// ErrInvalidProof means the pairing equation does not hold.
	ErrInvalidProof = errors.New("groth16: invalid proof")
)

// Verify checks e(A,B) = e(α,β)·e(Σ pubᵢ·ICᵢ, γ)·e(C,δ). Inputs decoded by
// this package are already range- and curve-checked.
func Verify(vk *VerifyingKey, p *Proof, public []fr.Element) error {
	if len(public) != vk.NPublic() {
		return fmt.Errorf("%w: got %d, key expects %d", ErrPublicCount, len(public), vk.NPublic())
	}
	var vkx bn254.G1Jac
	vkx.FromAffine(&vk.IC[0])
	if len(public) > 0 {
		var acc bn254.G1Jac
		if _, err := acc.MultiExp(vk.IC[1:], public, ecc.MultiExpConfig{}); err != nil {
			return err
		}
		vkx.AddAssign(&acc)
	}
	var vkxAff, negA bn254.G1Affine
	vkxAff.FromJacobian(&vkx)
	negA.Neg(&p.A)
	ok, err := bn254.PairingCheck(
		[]bn254.G1Affine{negA, vk.Alpha1, vkxAff, p.C},
		[]bn254.G2Affine{p.B, vk.Beta2, vk.Gamma2, vk.Delta2},
	)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrInvalidProof, err)
	}
	if !ok {
		return ErrInvalidProof
	}
	return nil
}
