package types

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strings"

	errorsmod "cosmossdk.io/errors"

	attestationtypes "github.com/dpn-network/dpn/x/attestation/types"
)

// MaxDurationSeconds bounds one job's duration (30 days).
const MaxDurationSeconds = 30 * 24 * 3600

// L2 chains a payout record may name.
var l2Chains = map[string]bool{"optimism": true, "arbitrum": true}

// ValidateContent checks a content reference; required references must be set.
func ValidateContent(name string, c Content, required bool) error {
	if !c.IsSet() {
		if required || c.Size_ != 0 {
			return errorsmod.Wrapf(ErrInvalidContent, "%s: missing", name)
		}
		return nil
	}
	if len(c.Sha256) != sha256.Size {
		return errorsmod.Wrapf(ErrInvalidContent, "%s: hash of %d bytes, want 32", name, len(c.Sha256))
	}
	if c.Size_ == 0 {
		return errorsmod.Wrapf(ErrInvalidContent, "%s: size is zero", name)
	}
	return nil
}

// CheckInline verifies that every inline blob hashes to its stated hash, has the size of a
// content reference with that hash, and fits the inline limit.
func CheckInline(inline []InlineContent, refs []Content, maxBytes uint64) error {
	for i, in := range inline {
		if uint64(len(in.Data)) > maxBytes {
			return errorsmod.Wrapf(ErrInvalidContent, "inline %d: %d bytes, limit %d", i, len(in.Data), maxBytes)
		}
		sum := sha256.Sum256(in.Data)
		if !bytes.Equal(sum[:], in.Sha256) {
			return errorsmod.Wrapf(ErrContentMismatch, "inline %d: data hashes to %X, not %X", i, sum[:], in.Sha256)
		}
		matched := false
		for _, r := range refs {
			if bytes.Equal(r.Sha256, in.Sha256) {
				if r.Size_ != uint64(len(in.Data)) {
					return errorsmod.Wrapf(ErrContentMismatch, "inline %d: %d bytes, reference says %d", i, len(in.Data), r.Size_)
				}
				matched = true
			}
		}
		if !matched {
			return errorsmod.Wrapf(ErrInvalidContent, "inline %d: no content reference has hash %X", i, in.Sha256)
		}
	}
	return nil
}

// Validate checks resources: some CPU and memory, a GPU class exactly when GPUs are asked.
func (r Resources) Validate() error {
	if r.CpuMillicores == 0 || r.MemoryBytes == 0 {
		return errorsmod.Wrap(ErrInvalidResources, "cpu and memory must be positive")
	}
	if (r.GpuCount == 0) != (r.GpuClass == "") {
		return errorsmod.Wrap(ErrInvalidResources, "gpu class must be set exactly when gpus are asked")
	}
	if len(r.GpuClass) > 32 {
		return errorsmod.Wrap(ErrInvalidResources, "gpu class longer than 32")
	}
	return nil
}

// Fits reports whether r fits in capacity c minus load.
func (r Resources) Fits(c attestationtypes.Capacity, load Resources) bool {
	if r.GpuCount > 0 && r.GpuClass != c.GpuClass {
		return false
	}
	return load.CpuMillicores+r.CpuMillicores <= c.CpuMillicores &&
		load.MemoryBytes+r.MemoryBytes <= c.MemoryBytes &&
		load.StorageBytes+r.StorageBytes <= c.StorageBytes &&
		uint64(load.GpuCount)+uint64(r.GpuCount) <= uint64(c.GpuCount)
}

// Add returns r + o (bandwidth and gpu class are not held).
func (r Resources) Add(o Resources) Resources {
	return Resources{CpuMillicores: r.CpuMillicores + o.CpuMillicores, GpuCount: r.GpuCount + o.GpuCount,
		MemoryBytes: r.MemoryBytes + o.MemoryBytes, StorageBytes: r.StorageBytes + o.StorageBytes}
}

// Sub returns r − o, saturating at zero.
func (r Resources) Sub(o Resources) Resources {
	sat := func(a, b uint64) uint64 {
		if b > a {
			return 0
		}
		return a - b
	}
	return Resources{CpuMillicores: sat(r.CpuMillicores, o.CpuMillicores), GpuCount: uint32(sat(uint64(r.GpuCount), uint64(o.GpuCount))),
		MemoryBytes: sat(r.MemoryBytes, o.MemoryBytes), StorageBytes: sat(r.StorageBytes, o.StorageBytes)}
}

// Validate checks a payout request: empty, or a known L2 and a 0x address.
func (p L2Payout) Validate() error {
	if p.Chain == "" && p.Recipient == "" {
		return nil
	}
	if !l2Chains[p.Chain] {
		return errorsmod.Wrapf(ErrInvalidPayout, "chain %q: want optimism or arbitrum", p.Chain)
	}
	hexPart, ok := strings.CutPrefix(p.Recipient, "0x")
	if b, err := hex.DecodeString(hexPart); !ok || err != nil || len(b) != 20 {
		return errorsmod.Wrapf(ErrInvalidPayout, "recipient %q: want a 0x address", p.Recipient)
	}
	return nil
}

// MaxContentURLLength bounds a job's blob endpoint.
const MaxContentURLLength = 256

// ValidateContentURL accepts an empty URL or an absolute http(s) URL.
func ValidateContentURL(s string) error {
	if s == "" {
		return nil
	}
	u, err := url.Parse(s)
	if err != nil || len(s) > MaxContentURLLength || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return errorsmod.Wrapf(ErrInvalidContent, "content url %q: want an http(s) URL of at most %d bytes", s, MaxContentURLLength)
	}
	return nil
}
