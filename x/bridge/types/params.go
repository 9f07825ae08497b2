package types

import (
	"bytes"
	"fmt"

	sdkmath "cosmossdk.io/math"

	"github.com/ethereum/go-ethereum/common"
)

// Defaults. Batches are cut in the block their first record arrives (age 0) so that a
// settled record is signed in the next block's vote extensions and ready one block later;
// 100 records keep a pushed batch far below an L2 block's gas limit.
const (
	DefaultBatchMaxRecords      = 100
	DefaultBatchMaxAgeBlocks    = 0
	DefaultBatchTimeoutSeconds  = 3600
	DefaultMaxOpenBatches       = 16
	DefaultValsetChangeBps      = 500
	DefaultSignDeadlineBlocks   = 20
	DefaultSignedItemsWindow    = 100
	DefaultMaxSignaturesPerVote = 128
	// HardMaxSignaturesPerVote bounds a vote part whatever the params say, so that a part's
	// size is checked before state is read.
	HardMaxSignaturesPerVote = 512
	// MaxDestinations bounds the destinations (and so the statuses in a vote part).
	MaxDestinations = 16
	// DefaultMaxEventsPerVote keeps a part's observed events near 20 KiB (an event is about
	// 300 bytes), well inside the 64 KiB vote extension with 128 signatures beside them.
	DefaultMaxEventsPerVote = 64
	// HardMaxEventsPerVote bounds the events of a part whatever the params say.
	HardMaxEventsPerVote = 128
)

// DefaultPurchaseSpread is the share of an L2 purchase the treasury keeps: 0.5 %, under a
// card processor's fee, for the rate risk between the L2 payment and the credit.
var DefaultPurchaseSpread = sdkmath.LegacyNewDecWithPrec(5, 3)

// DefaultParams has no destinations: governance (or genesis) adds them once the contracts
// are deployed.
func DefaultParams() Params {
	return Params{
		BatchMaxRecords:           DefaultBatchMaxRecords,
		BatchMaxAgeBlocks:         DefaultBatchMaxAgeBlocks,
		BatchTimeoutSeconds:       DefaultBatchTimeoutSeconds,
		MaxOpenBatches:            DefaultMaxOpenBatches,
		ValsetChangeBps:           DefaultValsetChangeBps,
		SignDeadlineBlocks:        DefaultSignDeadlineBlocks,
		SignedItemsWindow:         DefaultSignedItemsWindow,
		MinSignedPerWindow:        sdkmath.LegacyNewDecWithPrec(5, 1),
		SlashFractionBadSignature: sdkmath.LegacyNewDecWithPrec(5, 2),
		MaxSignaturesPerVote:      DefaultMaxSignaturesPerVote,
		MinRegisteredPower:        sdkmath.LegacyNewDecWithPrec(667, 3),
		PurchaseSpread:            DefaultPurchaseSpread,
		MaxEventsPerVote:          DefaultMaxEventsPerVote,
	}
}

// Validate checks every field.
func (p Params) Validate() error {
	fail := func(format string, a ...any) error {
		return fmt.Errorf("%w: %s", ErrInvalidParams, fmt.Sprintf(format, a...))
	}
	if len(p.Destinations) > MaxDestinations {
		return fail("%d destinations, at most %d", len(p.Destinations), MaxDestinations)
	}
	for i, d := range p.Destinations {
		if err := d.Validate(); err != nil {
			return err
		}
		if i > 0 && p.Destinations[i-1].Name >= d.Name {
			return fail("destinations must be strictly ascending by name: %q then %q", p.Destinations[i-1].Name, d.Name)
		}
		for _, e := range p.Destinations[:i] {
			if e.L2ChainId == d.L2ChainId && e.Settlement == d.Settlement {
				return fail("destinations %q and %q name the same contract", e.Name, d.Name)
			}
		}
	}
	switch {
	case p.BatchMaxRecords == 0 || p.BatchMaxRecords > 1000:
		return fail("batch_max_records %d: want 1..1000", p.BatchMaxRecords)
	case p.BatchTimeoutSeconds < 60:
		return fail("batch_timeout_seconds %d: want at least 60", p.BatchTimeoutSeconds)
	case p.MaxOpenBatches == 0:
		return fail("max_open_batches must be positive")
	case p.ValsetChangeBps == 0 || p.ValsetChangeBps > 10000:
		return fail("valset_change_bps %d: want 1..10000", p.ValsetChangeBps)
	case p.SignDeadlineBlocks == 0:
		return fail("sign_deadline_blocks must be positive")
	case p.SignedItemsWindow == 0:
		return fail("signed_items_window must be positive")
	case p.MaxSignaturesPerVote == 0 || p.MaxSignaturesPerVote > HardMaxSignaturesPerVote:
		return fail("max_signatures_per_vote %d: want 1..%d", p.MaxSignaturesPerVote, HardMaxSignaturesPerVote)
	}
	if p.MaxEventsPerVote == 0 || p.MaxEventsPerVote > HardMaxEventsPerVote {
		return fail("max_events_per_vote %d: want 1..%d", p.MaxEventsPerVote, HardMaxEventsPerVote)
	}
	if p.PurchaseSpread.IsNil() || p.PurchaseSpread.IsNegative() || p.PurchaseSpread.GTE(sdkmath.LegacyOneDec()) {
		return fail("purchase_spread %v: want 0 ≤ spread < 1", p.PurchaseSpread)
	}
	for name, d := range map[string]sdkmath.LegacyDec{
		"min_signed_per_window": p.MinSignedPerWindow, "slash_fraction_bad_signature": p.SlashFractionBadSignature,
	} {
		if d.IsNil() || d.IsNegative() || d.GT(sdkmath.LegacyOneDec()) {
			return fail("%s %v: want 0..1", name, d)
		}
	}
	if p.MinRegisteredPower.IsNil() || p.MinRegisteredPower.LT(sdkmath.LegacyNewDecWithPrec(5, 1)) || p.MinRegisteredPower.GT(sdkmath.LegacyOneDec()) {
		return fail("min_registered_power %v: want 0.5..1 (the L2 threshold is 2/3 of the registered power)", p.MinRegisteredPower)
	}
	return nil
}

// Validate checks one destination.
func (d Destination) Validate() error {
	fail := func(format string, a ...any) error {
		return fmt.Errorf("%w: destination %q: %s", ErrInvalidParams, d.Name, fmt.Sprintf(format, a...))
	}
	if !validName(d.Name) {
		return fail("name: want 1..32 of a-z, 0-9 and -")
	}
	if d.L2ChainId == 0 {
		return fail("l2_chain_id must be positive")
	}
	if err := ValidateEthAddress(d.Settlement); err != nil {
		return fail("settlement: %v", err)
	}
	if len(d.Partition) != 32 || bytes.Equal(d.Partition, make([]byte, 32)) {
		return fail("partition: want 32 bytes, not all zero")
	}
	return nil
}

// Destination returns the destination named name.
func (p Params) Destination(name string) (Destination, bool) {
	for _, d := range p.Destinations {
		if d.Name == name {
			return d, true
		}
	}
	return Destination{}, false
}

func validName(s string) bool {
	if len(s) == 0 || len(s) > 32 {
		return false
	}
	for _, c := range s {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// ValidateEthAddress accepts a 0x address of 20 bytes, not zero, in all lower case, all
// upper case, or EIP-55 checksum form (mixed case must carry a correct checksum).
func ValidateEthAddress(s string) error {
	if len(s) != 42 || s[:2] != "0x" || !common.IsHexAddress(s) {
		return fmt.Errorf("%w: %q", ErrInvalidEthAddress, s)
	}
	body := s[2:]
	lower, upper := true, true
	for _, c := range body {
		if c >= 'a' && c <= 'f' {
			upper = false
		}
		if c >= 'A' && c <= 'F' {
			lower = false
		}
	}
	a := common.HexToAddress(s)
	if !lower && !upper && a.Hex() != s {
		return fmt.Errorf("%w: %q has a wrong EIP-55 checksum", ErrInvalidEthAddress, s)
	}
	if a == (common.Address{}) {
		return fmt.Errorf("%w: zero address", ErrInvalidEthAddress)
	}
	return nil
}
