package bls

import (
	"crypto/rand"
	"encoding/binary"
	"io"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc"
	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

// SignedMessage is one independent signature to check in a batch.
type SignedMessage struct {
	PublicKey PublicKey
	Message   []byte
	Signature Signature
}

// BatchVerify checks many independent signatures (any keys, any messages)
// at once with random linear combination: for random nonzero 64-bit r_i,
//
//	∏ e(r_i·pk_i, H(m_i)) · e(-G1, Σ r_i·σ_i) = 1
//
// which costs one Miller loop per signature and a single final
// exponentiation, about half of verifying them one by one. It returns nil if
// every signature is valid; if any is invalid it returns ErrInvalidSignature
// except with probability at most 2^-64 over the choice of the r_i (which
// come from rnd, crypto/rand if nil). It does not say which one failed:
// callers that need that verify the items one by one after a failure.
func BatchVerify(items []SignedMessage, rnd io.Reader) error {
	if len(items) == 0 {
		return ErrNoSignatures
	}
	if rnd == nil {
		rnd = rand.Reader
	}
	if len(items) == 1 {
		it := &items[0]
		return Verify(it.PublicKey, it.Message, it.Signature)
	}
	randBytes := make([]byte, 8*len(items))
	if _, err := io.ReadFull(rnd, randBytes); err != nil {
		return err
	}
	g1Jac := make([]bls12381.G1Jac, len(items))
	g2s := make([]bls12381.G2Affine, len(items)+1)
	sigs := make([]bls12381.G2Affine, len(items))
	scalars := make([]fr.Element, len(items))
	r := new(big.Int)
	for i := range items {
		it := &items[i]
		if !it.PublicKey.ok || !it.Signature.ok {
			return ErrUninitialized
		}
		ri := binary.BigEndian.Uint64(randBytes[8*i:])
		if ri == 0 {
			ri = 1 // a zero coefficient would drop the item from the check
		}
		r.SetUint64(ri)
		scalars[i].SetUint64(ri)
		var pk bls12381.G1Jac
		pk.FromAffine(&it.PublicKey.p)
		g1Jac[i].ScalarMultiplication(&pk, r)
		h, err := HashToG2(it.Message, DSTSignature)
		if err != nil {
			return ErrInvalidSignature
		}
		g2s[i] = h
		sigs[i] = it.Signature.p
	}
	var sigSum bls12381.G2Affine
	if _, err := sigSum.MultiExp(sigs, scalars, ecc.MultiExpConfig{NbTasks: 1}); err != nil {
		return err
	}
	g1s := append(bls12381.BatchJacobianToAffineG1(g1Jac), g1GenNeg)
	g2s[len(items)] = sigSum
	ok, err := bls12381.PairingCheck(g1s, g2s)
	if err != nil || !ok {
		return ErrInvalidSignature
	}
	return nil
}
