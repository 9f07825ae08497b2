// Package quorum chooses the validator signatures a DPNSettlement transaction carries: each
// checked as the contract checks it, the fewest that hold more than 2/3 of the set's power.
package quorum

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dpn-network/dpn/bridge"
	"github.com/dpn-network/dpn/contracts/bindings"
)

// Limits DPNSettlement puts on a validator set.
const (
	MaxTotalPower = 1 << 32
	MaxValidators = 256
)

// Errors of signature parsing and selection.
var (
	ErrSignatureLength   = errors.New("quorum: signature is not 65 bytes (r || s || v)")
	ErrRecoveryID        = errors.New("quorum: v is not 27 or 28")
	ErrMalleable         = errors.New("quorum: r or s out of range, or s in the upper half of the curve order")
	ErrWrongSigner       = errors.New("quorum: signature does not recover to its member's address")
	ErrInsufficientPower = errors.New("quorum: valid signatures hold no more than 2/3 of the power")
	ErrInvalidValset     = errors.New("quorum: invalid validator set")
)

// Parse reads a 65-byte r || s || v signature (v 27 or 28) into the contract's form,
// refusing what OpenZeppelin's ECDSA.tryRecover refuses (a high s), so that a signature
// that passes here also passes on chain.
func Parse(sig []byte) (bindings.DPNSettlementSignature, error) {
	var out bindings.DPNSettlementSignature
	if len(sig) != crypto.SignatureLength {
		return out, fmt.Errorf("%w: %d bytes", ErrSignatureLength, len(sig))
	}
	v := sig[64]
	if v != 27 && v != 28 {
		return out, fmt.Errorf("%w: %d", ErrRecoveryID, v)
	}
	r, s := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64])
	if !crypto.ValidateSignatureValues(v-27, r, s, true) {
		return out, ErrMalleable
	}
	out.V = v
	copy(out.R[:], sig[:32])
	copy(out.S[:], sig[32:64])
	return out, nil
}

// Recover is the address that signed digest, as ecrecover computes it.
func Recover(digest common.Hash, sig bindings.DPNSettlementSignature) (common.Address, error) {
	raw := make([]byte, crypto.SignatureLength)
	copy(raw, sig.R[:])
	copy(raw[32:], sig.S[:])
	raw[64] = sig.V - 27
	pub, err := crypto.SigToPub(digest.Bytes(), raw)
	if err != nil {
		return common.Address{}, err
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// Verify parses sig and checks that it is signer's signature over digest.
func Verify(digest common.Hash, signer common.Address, sig []byte) (bindings.DPNSettlementSignature, error) {
	s, err := Parse(sig)
	if err != nil {
		return s, err
	}
	got, err := Recover(digest, s)
	if err != nil {
		return s, fmt.Errorf("%w: %v", ErrWrongSigner, err)
	}
	if got != signer {
		return s, fmt.Errorf("%w: recovered %s, want %s", ErrWrongSigner, got, signer)
	}
	return s, nil
}

// CheckValset applies DPNSettlement's rules for a set: 1 to 256 members in strictly
// ascending address order (so none twice), positive powers summing to at most 2^32.
func CheckValset(vs bridge.Valset) error {
	n := len(vs.Members)
	if n == 0 || n > MaxValidators {
		return fmt.Errorf("%w: %d members", ErrInvalidValset, n)
	}
	var total uint64
	for i, m := range vs.Members {
		if i > 0 && bytes.Compare(vs.Members[i-1].Address.Bytes(), m.Address.Bytes()) >= 0 {
			return fmt.Errorf("%w: member %d (%s) is not above member %d", ErrInvalidValset, i, m.Address, i-1)
		}
		if m.Power == 0 || m.Power > MaxTotalPower {
			return fmt.Errorf("%w: member %d has power %d", ErrInvalidValset, i, m.Power)
		}
		total += m.Power
	}
	if total > MaxTotalPower {
		return fmt.Errorf("%w: total power %d above 2^32", ErrInvalidValset, total)
	}
	return nil
}

// Tally is what Select found among the signatures it was given.
type Tally struct {
	Total    uint64 // the set's power
	Valid    uint64 // power behind signatures that verified
	Selected uint64 // power behind the signatures chosen
	// Rejected holds, by member address, why a member's signature was not used.
	Rejected map[common.Address]error
}

// Enough reports whether power is strictly more than 2/3 of total.
func Enough(power, total uint64) bool {
	// 3·power and 2·total stay below 2^35 for sets within MaxTotalPower.
	return power*3 > total*2
}

// Select verifies every member's signature over digest and returns the signatures aligned
// with vs.Members, holding only the fewest valid ones (largest powers first) whose power is
// strictly more than 2/3 of the set's; the other slots have v = 0. Signatures by addresses
// outside the set are ignored. Without enough valid power it returns ErrInsufficientPower.
func Select(vs bridge.Valset, digest common.Hash, sigs map[common.Address][]byte) ([]bindings.DPNSettlementSignature, Tally, error) {
	tally := Tally{Rejected: map[common.Address]error{}}
	if err := CheckValset(vs); err != nil {
		return nil, tally, err
	}
	type candidate struct {
		index int
		power uint64
		sig   bindings.DPNSettlementSignature
	}
	var valid []candidate
	for i, m := range vs.Members {
		tally.Total += m.Power
		raw, ok := sigs[m.Address]
		if !ok {
			continue
		}
		s, err := Verify(digest, m.Address, raw)
		if err != nil {
			tally.Rejected[m.Address] = err
			continue
		}
		tally.Valid += m.Power
		valid = append(valid, candidate{index: i, power: m.Power, sig: s})
	}
	if !Enough(tally.Valid, tally.Total) {
		return nil, tally, fmt.Errorf("%w: %d of %d", ErrInsufficientPower, tally.Valid, tally.Total)
	}
	sort.SliceStable(valid, func(a, b int) bool { return valid[a].power > valid[b].power })
	out := make([]bindings.DPNSettlementSignature, len(vs.Members))
	for _, c := range valid {
		out[c.index] = c.sig
		tally.Selected += c.power
		if Enough(tally.Selected, tally.Total) {
			break
		}
	}
	return out, tally, nil
}

// Signature is one slot of the contract's signature array; V = 0 leaves the slot unsigned.
type Signature = bindings.DPNSettlementSignature
