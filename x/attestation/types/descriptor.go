package types

import (
	"bytes"
	"crypto/sha256"
	"unicode/utf8"

	errorsmod "cosmossdk.io/errors"
)

// Limits on descriptor fields; the whole encoding is bounded by Params.MaxDescriptorBytes.
const (
	maxDescriptorString = 128
	maxDescriptorItems  = 64
)

// ParseDescriptor decodes a hardware descriptor and checks that b is its canonical encoding:
// decoding and re-encoding gives b back (so field order, varint lengths, unknown fields and
// duplicate fields are all pinned), lists are strictly sorted and strings are short, valid
// UTF-8. Two encodings of one machine therefore cannot yield two fingerprints.
func ParseDescriptor(b []byte, maxBytes uint32) (HardwareDescriptor, error) {
	var d HardwareDescriptor
	if len(b) == 0 {
		return d, errorsmod.Wrap(ErrInvalidDescriptor, "empty")
	}
	if uint64(len(b)) > uint64(maxBytes) {
		return d, errorsmod.Wrapf(ErrDescriptorTooLarge, "%d bytes, limit %d", len(b), maxBytes)
	}
	if err := d.Unmarshal(b); err != nil {
		return HardwareDescriptor{}, errorsmod.Wrap(ErrInvalidDescriptor, err.Error())
	}
	if err := d.Validate(); err != nil {
		return HardwareDescriptor{}, err
	}
	again, err := d.Marshal()
	if err != nil {
		return HardwareDescriptor{}, errorsmod.Wrap(ErrInvalidDescriptor, err.Error())
	}
	if !bytes.Equal(again, b) {
		return HardwareDescriptor{}, errorsmod.Wrap(ErrInvalidDescriptor, "not the canonical encoding")
	}
	return d, nil
}

// Fingerprint is SHA-256 of the canonical descriptor encoding.
func Fingerprint(canonical []byte) []byte {
	sum := sha256.Sum256(canonical)
	return sum[:]
}

// Validate checks the descriptor's fields.
func (d HardwareDescriptor) Validate() error {
	if d.MachineId == "" {
		return errorsmod.Wrap(ErrInvalidDescriptor, "machine id is empty")
	}
	for _, s := range []string{d.MachineId, d.BoardSerial, d.CpuModel} {
		if err := checkString(s); err != nil {
			return err
		}
	}
	if d.CpuThreads == 0 {
		return errorsmod.Wrap(ErrInvalidDescriptor, "no cpu threads")
	}
	if d.MemoryBytes == 0 {
		return errorsmod.Wrap(ErrInvalidDescriptor, "no memory")
	}
	if len(d.Gpus) > maxDescriptorItems || len(d.Disks) > maxDescriptorItems {
		return errorsmod.Wrapf(ErrInvalidDescriptor, "more than %d gpus or disks", maxDescriptorItems)
	}
	for i, g := range d.Gpus {
		if g.Uuid == "" {
			return errorsmod.Wrapf(ErrInvalidDescriptor, "gpu %d has no uuid", i)
		}
		if err := checkString(g.Uuid); err != nil {
			return err
		}
		if err := checkString(g.Model); err != nil {
			return err
		}
		if i > 0 && d.Gpus[i-1].Uuid >= g.Uuid {
			return errorsmod.Wrap(ErrInvalidDescriptor, "gpus not strictly sorted by uuid")
		}
	}
	for i, k := range d.Disks {
		if k.Serial == "" {
			return errorsmod.Wrapf(ErrInvalidDescriptor, "disk %d has no serial", i)
		}
		if err := checkString(k.Serial); err != nil {
			return err
		}
		if i > 0 && d.Disks[i-1].Serial >= k.Serial {
			return errorsmod.Wrap(ErrInvalidDescriptor, "disks not strictly sorted by serial")
		}
	}
	return nil
}

// StorageBytes is the sum of the disks' sizes, saturating.
func (d HardwareDescriptor) StorageBytes() uint64 {
	var sum uint64
	for _, k := range d.Disks {
		if sum+k.SizeBytes < sum {
			return ^uint64(0)
		}
		sum += k.SizeBytes
	}
	return sum
}

func checkString(s string) error {
	if len(s) > maxDescriptorString {
		return errorsmod.Wrapf(ErrInvalidDescriptor, "string of %d bytes, limit %d", len(s), maxDescriptorString)
	}
	if !utf8.ValidString(s) {
		return errorsmod.Wrap(ErrInvalidDescriptor, "string is not UTF-8")
	}
	return nil
}

// ValidateAgainst checks that a declared capacity is within what the hardware has.
func (c Capacity) ValidateAgainst(d HardwareDescriptor) error {
	if c.CpuMillicores == 0 {
		return errorsmod.Wrap(ErrInvalidCapacity, "no cpu")
	}
	if c.CpuMillicores > uint64(d.CpuThreads)*1000 {
		return errorsmod.Wrapf(ErrInvalidCapacity, "%d millicores, hardware has %d threads", c.CpuMillicores, d.CpuThreads)
	}
	if c.MemoryBytes == 0 || c.MemoryBytes > d.MemoryBytes {
		return errorsmod.Wrapf(ErrInvalidCapacity, "memory %d not in [1, %d]", c.MemoryBytes, d.MemoryBytes)
	}
	if c.GpuCount > uint32(len(d.Gpus)) {
		return errorsmod.Wrapf(ErrInvalidCapacity, "%d gpus, hardware has %d", c.GpuCount, len(d.Gpus))
	}
	if (c.GpuCount == 0) != (c.GpuClass == "") {
		return errorsmod.Wrap(ErrInvalidCapacity, "gpu class must be set exactly when gpus are offered")
	}
	if len(c.GpuClass) > 32 || !isToken(c.GpuClass) {
		return errorsmod.Wrap(ErrInvalidCapacity, "gpu class must be at most 32 of [a-z0-9-]")
	}
	if c.StorageBytes > d.StorageBytes() {
		return errorsmod.Wrapf(ErrInvalidCapacity, "storage %d above the disks' %d", c.StorageBytes, d.StorageBytes())
	}
	return nil
}

// MaxRegionLen bounds a region name.
const MaxRegionLen = 32

// ValidateRegion accepts 2 to 32 characters of [a-z0-9-], such as "eu-west-1".
func ValidateRegion(r string) error {
	if len(r) < 2 || len(r) > MaxRegionLen || !isToken(r) {
		return errorsmod.Wrapf(ErrInvalidRegion, "%q: want 2 to %d of [a-z0-9-]", r, MaxRegionLen)
	}
	return nil
}

func isToken(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// ValidateTier accepts light and heavy.
func ValidateTier(t Tier) error {
	if t != TIER_LIGHT && t != TIER_HEAVY {
		return errorsmod.Wrapf(ErrInvalidTier, "%d", t)
	}
	return nil
}
