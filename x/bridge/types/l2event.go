package types

import (
	"crypto/sha256"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	sdkmath "cosmossdk.io/math"
)

// Bounds on the parts of an observed event, checked before any state is read.
const (
	// MaxDPNAccountLen bounds an account string as the L2 contracts let it through (90 is
	// the bech32 limit); longer bytes are carried up to this bound so that the chain can
	// still refund them.
	MaxDPNAccountLen = 256
	// maxAmountBits bounds ETH and token amounts: a uint256, the widest an L2 emits.
	maxAmountBits = 256
)

// ReissueIDBase is where the ids of records the bridge makes itself (a redemption sent back
// to its holder) start, so that they never meet x/compute's settlement record ids.
const ReissueIDBase = uint64(1) << 63

// SourceName is the CLI and query name of a source: purchases, redemptions or jobs.
func SourceName(s EventSource) string {
	switch s {
	case EVENT_SOURCE_PURCHASES:
		return "purchases"
	case EVENT_SOURCE_REDEMPTIONS:
		return "redemptions"
	case EVENT_SOURCE_JOBS:
		return "jobs"
	}
	return "unspecified"
}

// ParseSource reads "purchases" or "redemptions".
func ParseSource(s string) (EventSource, error) {
	switch s {
	case "purchases":
		return EVENT_SOURCE_PURCHASES, nil
	case "redemptions":
		return EVENT_SOURCE_REDEMPTIONS, nil
	case "jobs":
		return EVENT_SOURCE_JOBS, nil
	}
	return EVENT_SOURCE_UNSPECIFIED, fmt.Errorf("%w: source %q, want purchases, redemptions or jobs", ErrInvalidEvent, s)
}

// SourceCursor is where the chain stands on one source: the next nonce it applies.
type SourceCursor struct {
	Destination string
	Source      EventSource
	Next        uint64
}

// Sources lists the event sources of every destination, in the order they are applied.
var Sources = []EventSource{EVENT_SOURCE_PURCHASES, EVENT_SOURCE_REDEMPTIONS, EVENT_SOURCE_JOBS}

// Hash is the SHA-256 of the event's encoding: validators agree on an event when they
// report the same bytes.
func (e L2Event) Hash() []byte {
	bz, err := e.Marshal()
	if err != nil {
		panic(err) // a message of plain fields always encodes
	}
	h := sha256.Sum256(bz)
	return h[:]
}

// Less orders events by (destination, source, nonce), the order a vote part lists them in.
func (e L2Event) Less(o L2Event) bool {
	if e.Destination != o.Destination {
		return e.Destination < o.Destination
	}
	if e.Source != o.Source {
		return e.Source < o.Source
	}
	return e.Nonce < o.Nonce
}

// ValidateBasic checks an event without state: a known source with its body, a nonce,
// addresses and amounts well formed. The account a purchase or redemption names is not
// checked here: a malformed one is a valid event that the chain refunds.
func (e L2Event) ValidateBasic() error {
	fail := func(format string, a ...any) error {
		return fmt.Errorf("%w: %s/%s/%d: %s", ErrInvalidEvent, e.Destination, SourceName(e.Source), e.Nonce, fmt.Sprintf(format, a...))
	}
	if !validName(e.Destination) {
		return fail("destination name")
	}
	if e.Nonce == 0 {
		return fail("nonce 0")
	}
	if len(e.TxHash) != 32 {
		return fail("tx hash of %d bytes", len(e.TxHash))
	}
	switch e.Source {
	case EVENT_SOURCE_PURCHASES:
		p := e.Purchase
		if p == nil || e.Redemption != nil || e.Job != nil {
			return fail("want a purchase only")
		}
		if err := ValidateEthAddress(p.Buyer); err != nil {
			return fail("buyer: %v", err)
		}
		if len(p.DpnAccount) > MaxDPNAccountLen || !utf8.ValidString(p.DpnAccount) {
			return fail("dpn account: over %d bytes or not UTF-8", MaxDPNAccountLen)
		}
		if err := checkAmount(p.AmountWei); err != nil {
			return fail("amount: %v", err)
		}
		if err := checkAmount(p.GasPaidWei); err != nil {
			return fail("gas paid: %v", err)
		}
		if len(p.PurchaseId) != 32 {
			return fail("purchase id of %d bytes", len(p.PurchaseId))
		}
	case EVENT_SOURCE_REDEMPTIONS:
		r := e.Redemption
		if r == nil || e.Purchase != nil || e.Job != nil {
			return fail("want a redemption only")
		}
		if len(r.Partition) != 32 {
			return fail("partition of %d bytes", len(r.Partition))
		}
		if err := ValidateEthAddress(r.From); err != nil {
			return fail("from: %v", err)
		}
		if err := checkAmount(r.Value); err != nil {
			return fail("value: %v", err)
		}
		if len(r.DpnAccount) > MaxDPNAccountLen {
			return fail("dpn account over %d bytes", MaxDPNAccountLen)
		}
	case EVENT_SOURCE_JOBS:
		j := e.Job
		if j == nil || e.Purchase != nil || e.Redemption != nil {
			return fail("want a job event only")
		}
		if len(j.JobId) != 32 || len(j.VkId) != 32 || len(j.InputsHash) != 32 {
			return fail("job id, key id and inputs hash must be 32 bytes")
		}
		if err := ValidateEthAddress(j.Team); err != nil {
			return fail("team: %v", err)
		}
	default:
		return fail("unknown source %d", e.Source)
	}
	return nil
}

// DPNJobID is the DPN job a 32-byte L2 job id names (its big-endian low 8 bytes), if the
// high 24 are zero.
func (j JobEvent) DPNJobID() (uint64, bool) {
	if len(j.JobId) != 32 {
		return 0, false
	}
	for _, b := range j.JobId[:24] {
		if b != 0 {
			return 0, false
		}
	}
	var id uint64
	for _, b := range j.JobId[24:] {
		id = id<<8 | uint64(b)
	}
	return id, true
}

// checkAmount accepts any uint256, zero included: whatever the configured contracts emit
// must be reportable, or its source would stall behind it.
func checkAmount(a sdkmath.Int) error {
	switch {
	case a.IsNil():
		return fmt.Errorf("missing")
	case a.IsNegative():
		return fmt.Errorf("negative")
	case a.BigInt().BitLen() > maxAmountBits:
		return fmt.Errorf("over 2^256")
	}
	return nil
}

// PurchaseID names a purchase across destinations: "<destination>/<nonce>", the nonce
// zero-padded so that ids sort by nonce.
func PurchaseID(destination string, nonce uint64) string {
	return fmt.Sprintf("%s/%020d", destination, nonce)
}

// ParsePurchaseID reverses PurchaseID.
func ParsePurchaseID(id string) (string, uint64, error) {
	i := strings.LastIndex(id, "/")
	if i <= 0 {
		return "", 0, fmt.Errorf("%w: purchase id %q", ErrInvalidEvent, id)
	}
	n, err := strconv.ParseUint(id[i+1:], 10, 64)
	if err != nil || PurchaseID(id[:i], n) != id {
		return "", 0, fmt.Errorf("%w: purchase id %q", ErrInvalidEvent, id)
	}
	return id[:i], n, nil
}
