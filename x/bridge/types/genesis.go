package types

import (
	"fmt"

	sdkmath "cosmossdk.io/math"
)

// DefaultGenesis is the state of a new chain: default params and nothing else.
func DefaultGenesis() *GenesisState { return &GenesisState{Params: DefaultParams()} }

// Validate checks what can be checked without the store: params, and no duplicate keys.
func (gs GenesisState) Validate() error {
	if err := gs.Params.Validate(); err != nil {
		return err
	}
	fail := func(format string, a ...any) error {
		return fmt.Errorf("%w: %s", ErrInvalidGenesis, fmt.Sprintf(format, a...))
	}
	vals, addrs := map[string]bool{}, map[string]bool{}
	for _, k := range gs.EthKeys {
		if err := ValidateEthAddress(k.EthAddress); err != nil {
			return fail("eth key of %s: %v", k.Validator, err)
		}
		if vals[k.Validator] || addrs[k.EthAddress] {
			return fail("eth key %s / %s appears twice", k.Validator, k.EthAddress)
		}
		vals[k.Validator], addrs[k.EthAddress] = true, true
	}
	nonces := map[uint64]bool{}
	for _, v := range gs.Valsets {
		if v.Nonce == 0 || nonces[v.Nonce] {
			return fail("valset nonce %d zero or twice", v.Nonce)
		}
		nonces[v.Nonce] = true
	}
	batches := map[string]bool{}
	for _, b := range gs.Batches {
		id := Item{ITEM_KIND_BATCH, b.Destination, b.Nonce}.ID()
		if b.Nonce == 0 || batches[id] {
			return fail("batch %s zero or twice", id)
		}
		batches[id] = true
	}
	for _, p := range gs.Pending {
		if p.Record.Amount.IsNil() || !p.Record.Amount.IsPositive() {
			return fail("pending record %d has no positive amount", p.Record.RecordId)
		}
		if err := ValidateEthAddress(p.Record.Recipient); err != nil {
			return fail("pending record %d: %v", p.Record.RecordId, err)
		}
	}
	for _, d := range gs.Destinations {
		d.Normalize()
		if d.Escrow.IsNegative() || d.Issued.IsNegative() || d.Redeemed.IsNegative() {
			return fail("destination %s: negative escrow, issued or redeemed", d.Destination)
		}
	}
	seen := map[string]bool{}
	for _, o := range gs.Observations {
		if err := o.Event.ValidateBasic(); err != nil {
			return fail("observation: %v", err)
		}
		key := fmt.Sprintf("%s/%d/%d", o.Event.Destination, o.Event.Source, o.Event.Nonce)
		if seen[key] {
			return fail("observation %s twice", key)
		}
		seen[key] = true
	}
	for _, r := range gs.PendingRefunds {
		if err := ValidateEthAddress(r.Refund.To); err != nil || r.Refund.AmountWei.IsNil() || !r.Refund.AmountWei.IsPositive() {
			return fail("refund of purchase %d: want an address and a positive amount", r.Refund.PurchaseNonce)
		}
	}
	if !gs.TreasuryOutflow.IsNil() && gs.TreasuryOutflow.IsNegative() {
		return fail("negative treasury outflow")
	}
	return nil
}

// Normalize fills the amounts a state written before they existed leaves unset: nothing
// was redeemed then, so all of the escrow was issued.
func (s *DestinationState) Normalize() {
	if s.Escrow.IsNil() {
		s.Escrow = sdkmath.ZeroInt()
	}
	if s.Redeemed.IsNil() {
		s.Redeemed = sdkmath.ZeroInt()
	}
	if s.Issued.IsNil() {
		s.Issued = s.Escrow.Add(s.Redeemed)
	}
}
