package types

import (
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
