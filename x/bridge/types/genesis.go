package types

import "fmt"

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
		if d.Escrow.IsNil() || d.Escrow.IsNegative() {
			return fail("destination %s: negative escrow", d.Destination)
		}
	}
	return nil
}
