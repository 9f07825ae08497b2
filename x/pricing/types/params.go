package types

import (
	errorsmod "cosmossdk.io/errors"
	"cosmossdk.io/math"
)

// Defaults, each with its reason.
const (
	// DefaultVotePeriod tallies every block: every precommit carries a vote anyway.
	DefaultVotePeriod = 1
	// DefaultSlashWindow is about a week of 6-second blocks, Terra's window.
	DefaultSlashWindow = 100_800
	// MaxSlashWindow bounds the window (a year of 1-second blocks).
	MaxSlashWindow = 31_536_000
)

func dec(s string) math.LegacyDec { return math.LegacyMustNewDecFromStr(s) }

// DefaultGPUClasses are the classes priced at genesis.
var DefaultGPUClasses = []string{"a100-40g", "a100-80g", "a10g", "h100", "l4", "t4", "v100"}

// DefaultComputeUnit is one hour of 4 vCPU, 16 GiB memory, 100 GiB storage, 10 GB transfer
// and one T4: a small inference node, so that every dimension weighs in the anchor.
func DefaultComputeUnit() Resources {
	return Resources{
		Vcpus: math.LegacyNewDec(4), MemoryGib: math.LegacyNewDec(16), StorageGib: math.LegacyNewDec(100),
		BandwidthGb: math.LegacyNewDec(10), Gpus: []GpuCount{{Class: "t4", Count: 1}},
	}
}

// DefaultParams returns the defaults:
//   - vote threshold 1/2 and band ±5 %: a dimension moves only with a majority of stake
//     agreeing within 5 % of the median (Terra's threshold; a wider band than Terra's
//     because compute list prices differ more between sources than exchange rates do);
//   - a validator below 5 % valid votes in a window loses 0.01 % of stake and is jailed
//     (Terra's figures);
//   - 1,000 udpn per vote period for in-band voters (about 86 DPN a day at one block a
//     second): a token of thanks, not an income;
//   - discount 0.38 below the reference (AWS on-demand);
//   - the multiplier targets 50 % utilization like EIP-1559, but moves at most 1 % a block
//     (EIP-1559's 12.5 % would let a lease's price double in six blocks) within [0.5, 2];
//   - the controller reacts to a 10 % deviation with 30 % of its range (kp 3) and removes a
//     persistent one through its integral (ki 0.02 per tally, limited to ±10); larger
//     integral gains overshoot in the anchor simulation (x/pricing/sim, docs/PERFORMANCE.md).
func DefaultParams() Params {
	return Params{
		VotePeriod:          DefaultVotePeriod,
		VoteThreshold:       dec("0.5"),
		RewardBand:          dec("0.05"),
		SlashWindow:         DefaultSlashWindow,
		MinValidPerWindow:   dec("0.05"),
		SlashFraction:       dec("0.0001"),
		RewardPerPeriod:     math.NewInt(1000),
		GpuClasses:          append([]string(nil), DefaultGPUClasses...),
		Discount:            dec("0.38"),
		TargetUtilization:   dec("0.5"),
		MultiplierMaxChange: dec("0.01"),
		MultiplierMin:       dec("0.5"),
		MultiplierMax:       dec("2"),
		ComputeUnit:         DefaultComputeUnit(),
		ControllerKp:        dec("3"),
		ControllerKi:        dec("0.02"),
		BurnShareBase:       dec("0.5"),
		BurnShareMin:        dec("0.1"),
		BurnShareMax:        dec("0.9"),
		IntegralLimit:       dec("10"),
	}
}

func inRange(name string, d, lo, hi math.LegacyDec, loOpen bool) error {
	if d.IsNil() || d.LT(lo) || d.GT(hi) || (loOpen && d.Equal(lo)) {
		open := "["
		if loOpen {
			open = "("
		}
		return errorsmod.Wrapf(ErrInvalidParams, "%s %v not in %s%v, %v]", name, d, open, lo, hi)
	}
	return nil
}

// Validate checks every field.
func (p Params) Validate() error {
	zero, one := math.LegacyZeroDec(), math.LegacyOneDec()
	if p.VotePeriod == 0 || p.VotePeriod > 10_000 {
		return errorsmod.Wrapf(ErrInvalidParams, "vote period %d not in [1, 10000]", p.VotePeriod)
	}
	if p.SlashWindow == 0 || p.SlashWindow > MaxSlashWindow {
		return errorsmod.Wrapf(ErrInvalidParams, "slash window %d not in [1, %d]", p.SlashWindow, MaxSlashWindow)
	}
	checks := []error{
		inRange("vote threshold", p.VoteThreshold, zero, one, false),
		inRange("reward band", p.RewardBand, zero, one, true),
		inRange("min valid per window", p.MinValidPerWindow, zero, one, false),
		inRange("slash fraction", p.SlashFraction, zero, one, false),
		inRange("discount", p.Discount, zero, one, false),
		inRange("target utilization", p.TargetUtilization, zero, one, true),
		inRange("multiplier max change", p.MultiplierMaxChange, zero, one, false),
		inRange("multiplier min", p.MultiplierMin, zero, one, true),
		inRange("multiplier max", p.MultiplierMax, one, math.LegacyNewDec(100), false),
		inRange("controller kp", p.ControllerKp, zero, math.LegacyNewDec(1000), false),
		inRange("controller ki", p.ControllerKi, zero, math.LegacyNewDec(1000), false),
		inRange("burn share min", p.BurnShareMin, zero, one, false),
		inRange("burn share max", p.BurnShareMax, zero, one, false),
		inRange("integral limit", p.IntegralLimit, zero, math.LegacyNewDec(1_000_000), false),
	}
	for _, err := range checks {
		if err != nil {
			return err
		}
	}
	if p.Discount.Equal(one) {
		return errorsmod.Wrap(ErrInvalidParams, "discount of 1 would price everything at zero")
	}
	if p.BurnShareBase.IsNil() || p.BurnShareBase.LT(p.BurnShareMin) || p.BurnShareBase.GT(p.BurnShareMax) {
		return errorsmod.Wrapf(ErrInvalidParams, "burn share base %v not in [%v, %v]", p.BurnShareBase, p.BurnShareMin, p.BurnShareMax)
	}
	if p.RewardPerPeriod.IsNil() || p.RewardPerPeriod.IsNegative() {
		return errorsmod.Wrapf(ErrInvalidParams, "reward per period %v negative", p.RewardPerPeriod)
	}
	if len(p.GpuClasses) > MaxGPUClasses {
		return errorsmod.Wrapf(ErrInvalidParams, "%d gpu classes, limit %d", len(p.GpuClasses), MaxGPUClasses)
	}
	seen := make(map[string]bool, len(p.GpuClasses))
	for _, c := range p.GpuClasses {
		if err := ValidateGPUClass(c); err != nil {
			return errorsmod.Wrapf(ErrInvalidParams, "%v", err)
		}
		if seen[c] {
			return errorsmod.Wrapf(ErrInvalidParams, "gpu class %q twice", c)
		}
		seen[c] = true
	}
	if err := p.ComputeUnit.Validate(p); err != nil {
		return errorsmod.Wrapf(ErrInvalidParams, "compute unit: %v", err)
	}
	if p.ComputeUnit.IsZero() {
		return errorsmod.Wrap(ErrInvalidParams, "compute unit is empty")
	}
	return nil
}
