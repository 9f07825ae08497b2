package types

import (
	"fmt"

	sdk "github.com/cosmos/cosmos-sdk/types"
)

// ValidatorPart is one validator of the last commit with its bridge part (nil when it sent
// none or its extension was absent), as PreBlock hands it to the keeper.
type ValidatorPart struct {
	ConsAddr sdk.ConsAddress
	Power    int64
	Part     *BridgeVote
}

// ValidateBasic checks a bridge vote part without the store: bounded sizes, known kinds,
// well-formed signatures, statuses ascending by destination. The keeper then checks each
// signature against the item's digest and the validator's registered address.
func (v *BridgeVote) ValidateBasic() error {
	if len(v.Signatures) > HardMaxSignaturesPerVote {
		return fmt.Errorf("%w: %d signatures, at most %d", ErrInvalidVote, len(v.Signatures), HardMaxSignaturesPerVote)
	}
	seen := make(map[string]bool, len(v.Signatures))
	for _, s := range v.Signatures {
		if s.Kind != ITEM_KIND_VALSET && s.Kind != ITEM_KIND_BATCH {
			return fmt.Errorf("%w: signature kind %d", ErrInvalidVote, s.Kind)
		}
		if !validName(s.Destination) || s.Nonce == 0 {
			return fmt.Errorf("%w: signature for destination %q nonce %d", ErrInvalidVote, s.Destination, s.Nonce)
		}
		if err := checkSignatureForm(s.Signature); err != nil {
			return fmt.Errorf("%w: %v", ErrInvalidVote, err)
		}
		id := Item{s.Kind, s.Destination, s.Nonce}.ID()
		if seen[id] {
			return fmt.Errorf("%w: two signatures for %s", ErrInvalidVote, id)
		}
		seen[id] = true
	}
	if len(v.Statuses) > MaxDestinations {
		return fmt.Errorf("%w: %d statuses, at most %d", ErrInvalidVote, len(v.Statuses), MaxDestinations)
	}
	for i, s := range v.Statuses {
		if !validName(s.Destination) {
			return fmt.Errorf("%w: status destination %q", ErrInvalidVote, s.Destination)
		}
		if i > 0 && v.Statuses[i-1].Destination >= s.Destination {
			return fmt.Errorf("%w: statuses not strictly ascending by destination", ErrInvalidVote)
		}
	}
	if len(v.Events) > HardMaxEventsPerVote {
		return fmt.Errorf("%w: %d events, at most %d", ErrInvalidVote, len(v.Events), HardMaxEventsPerVote)
	}
	for i, e := range v.Events {
		if err := e.ValidateBasic(); err != nil {
			return fmt.Errorf("%w: %v", ErrInvalidVote, err)
		}
		if i > 0 && !v.Events[i-1].Less(e) {
			return fmt.Errorf("%w: events not strictly ascending by destination, source and nonce", ErrInvalidVote)
		}
	}
	return nil
}

// secp256k1N2 is half the curve order: signatures with s above it are malleable copies and
// refused, as the contract (OpenZeppelin's ECDSA) refuses them.
var secp256k1N2 = [32]byte{
	0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
	0x5d, 0x57, 0x6e, 0x73, 0x57, 0xa4, 0x50, 0x1d, 0xdf, 0xe9, 0x2f, 0x46, 0x68, 0x1b, 0x20, 0xa0,
}

func checkSignatureForm(sig []byte) error {
	if len(sig) != 65 {
		return fmt.Errorf("signature of %d bytes, want 65", len(sig))
	}
	if v := sig[64]; v != 27 && v != 28 {
		return fmt.Errorf("signature v = %d, want 27 or 28", v)
	}
	for i := 0; i < 32; i++ {
		if sig[32+i] != secp256k1N2[i] {
			if sig[32+i] > secp256k1N2[i] {
				return fmt.Errorf("signature s is in the upper half of the curve order")
			}
			break
		}
	}
	return nil
}
