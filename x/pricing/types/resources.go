package types

import (
	"bytes"
	"encoding/json"
	"strings"

	errorsmod "cosmossdk.io/errors"
	"cosmossdk.io/math"
)

// MaxResourceAmount bounds each amount in a Resources, so that a quote cannot overflow.
var MaxResourceAmount = math.LegacyNewDec(1_000_000_000)

// MaxGPUCount bounds the GPUs of one class in a Resources.
const MaxGPUCount = 1_000_000

// Validate checks that every amount is non-negative and bounded and that every GPU class is
// priced under p, listed once and in ascending order.
func (r Resources) Validate(p Params) error {
	for name, d := range map[string]math.LegacyDec{"vcpus": r.Vcpus, "memory_gib": r.MemoryGib, "storage_gib": r.StorageGib, "bandwidth_gb": r.BandwidthGb} {
		if d.IsNil() || d.IsNegative() || d.GT(MaxResourceAmount) {
			return errorsmod.Wrapf(ErrInvalidResources, "%s %v not in [0, %v]", name, d, MaxResourceAmount)
		}
	}
	priced := make(map[string]bool, len(p.GpuClasses))
	for _, c := range p.GpuClasses {
		priced[c] = true
	}
	for i, g := range r.Gpus {
		if !priced[g.Class] {
			return errorsmod.Wrapf(ErrInvalidResources, "gpu class %q is not priced", g.Class)
		}
		if i > 0 && g.Class <= r.Gpus[i-1].Class {
			return errorsmod.Wrapf(ErrInvalidResources, "gpu class %q not after %q", g.Class, r.Gpus[i-1].Class)
		}
		if g.Count == 0 || g.Count > MaxGPUCount {
			return errorsmod.Wrapf(ErrInvalidResources, "gpu %q count %d not in [1, %d]", g.Class, g.Count, MaxGPUCount)
		}
	}
	return nil
}

// IsZero reports whether r holds nothing.
func (r Resources) IsZero() bool {
	return len(r.Gpus) == 0 && r.Vcpus.IsZero() && r.MemoryGib.IsZero() && r.StorageGib.IsZero() && r.BandwidthGb.IsZero()
}

// Amounts returns r as units of each dimension for a duration of hours: vCPU-hours,
// GiB-hours, GiB-months, GB and GPU-hours.
func (r Resources) Amounts(hours math.LegacyDec) map[string]math.LegacyDec {
	m := map[string]math.LegacyDec{
		DimensionCPU:       r.Vcpus.Mul(hours),
		DimensionMemory:    r.MemoryGib.Mul(hours),
		DimensionStorage:   r.StorageGib.Mul(hours).QuoInt64(HoursPerMonth),
		DimensionBandwidth: r.BandwidthGb,
	}
	for _, g := range r.Gpus {
		m[GPUDimension(g.Class)] = math.LegacyNewDec(int64(g.Count)).Mul(hours)
	}
	return m
}

// ParseResources reads resources as a person writes them, in JSON with decimals in their
// usual notation: {"vcpus":"4","memory_gib":"0.5","gpus":[{"class":"t4","count":1}]}
// (an amount may also be a JSON number; one left out is zero). The protobuf JSON of
// Resources cannot serve here: it carries a LegacyDec as its raw 18-decimal integer, so
// "4" would be 4×10⁻¹⁸ vCPU.
func ParseResources(bz []byte) (Resources, error) {
	var in struct {
		Vcpus       humanDec   `json:"vcpus"`
		MemoryGib   humanDec   `json:"memory_gib"`
		StorageGib  humanDec   `json:"storage_gib"`
		BandwidthGb humanDec   `json:"bandwidth_gb"`
		Gpus        []GpuCount `json:"gpus"`
	}
	dec := json.NewDecoder(bytes.NewReader(bz))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&in); err != nil {
		return Resources{}, errorsmod.Wrapf(ErrInvalidResources, "%v", err)
	}
	if dec.More() {
		return Resources{}, errorsmod.Wrap(ErrInvalidResources, "trailing data after the JSON object")
	}
	return Resources{Vcpus: in.Vcpus.get(), MemoryGib: in.MemoryGib.get(), StorageGib: in.StorageGib.get(),
		BandwidthGb: in.BandwidthGb.get(), Gpus: in.Gpus}, nil
}

// humanDec is a decimal written "0.5" or 0.5.
type humanDec struct{ d math.LegacyDec }

func (h *humanDec) UnmarshalJSON(bz []byte) error {
	s := strings.TrimSpace(string(bz))
	if strings.HasPrefix(s, `"`) {
		if err := json.Unmarshal(bz, &s); err != nil {
			return err
		}
	}
	d, err := math.LegacyNewDecFromStr(strings.TrimSpace(s))
	if err != nil {
		return errorsmod.Wrapf(ErrInvalidResources, "%q is not a decimal", s)
	}
	h.d = d
	return nil
}

func (h humanDec) get() math.LegacyDec {
	if h.d.IsNil() {
		return math.LegacyZeroDec()
	}
	return h.d
}
