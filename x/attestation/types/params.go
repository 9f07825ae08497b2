package types

import (
	errorsmod "cosmossdk.io/errors"

	sdk "github.com/cosmos/cosmos-sdk/types"
)

// Defaults. A localnet's epoch is a minute, so an operator sees a node fall inactive after
// ten missed minutes at half uptime; a production chain sets "hour" by governance.
const (
	DefaultEpochIdentifier    = "minute"
	DefaultUptimeWindowEpochs = 10
	DefaultMinUptimeBps       = 5000
	DefaultMaxDescriptorBytes = 4096
	// DefaultAuditSampleSize audits a few nodes per epoch on a localnet.
	DefaultAuditSampleSize = 2
	// DefaultAuditDeadlineBlocks leaves about half a minute at localnet block times.
	DefaultAuditDeadlineBlocks = 20
	// DefaultVDFDifficulty takes a fraction of a second on one core; production sets it so
	// that an answer takes a sizeable part of the deadline.
	DefaultVDFDifficulty = 1 << 16

	// DefaultBondDenom is the chain's base denom (1 DPN = 10^6 udpn).
	DefaultBondDenom = "udpn"
	// DefaultUnbondingBlocks keeps a bond slashable for a few minutes of localnet blocks
	// after deregistration; a public chain sets about three weeks.
	DefaultUnbondingBlocks = 100
	// DefaultJailBlocks keeps a jailed node out for about ten localnet minutes.
	DefaultJailBlocks = 600

	// MaxAuditSampleSize bounds the audits (and VDF verifications) per epoch.
	MaxAuditSampleSize = 1000
	// MaxVDFDifficulty is crypto/vdf's limit on T.
	MaxVDFDifficulty = 1 << 40

	// MaxUptimeWindowEpochs bounds the bitmaps kept and read per uptime evaluation.
	MaxUptimeWindowEpochs = 1000
	// MaxDescriptorBytesLimit bounds what governance may allow per node.
	MaxDescriptorBytesLimit = 64 * 1024
)

// DefaultParams returns the defaults above.
func DefaultParams() Params {
	return Params{
		EpochIdentifier:     DefaultEpochIdentifier,
		UptimeWindowEpochs:  DefaultUptimeWindowEpochs,
		MinUptimeBps:        DefaultMinUptimeBps,
		MaxDescriptorBytes:  DefaultMaxDescriptorBytes,
		AuditSampleSize:     DefaultAuditSampleSize,
		AuditDeadlineBlocks: DefaultAuditDeadlineBlocks,
		VdfDifficulty:       DefaultVDFDifficulty,
		MinBond:             sdk.NewInt64Coin(DefaultBondDenom, 0),
		UnbondingBlocks:     DefaultUnbondingBlocks,
		JailBlocks:          DefaultJailBlocks,
	}
}

// BondDenom is the denom bonds are paid in.
func (p Params) BondDenom() string { return p.MinBond.Denom }

// Validate checks every field.
func (p Params) Validate() error {
	if p.EpochIdentifier == "" {
		return errorsmod.Wrap(ErrInvalidParams, "epoch identifier is empty")
	}
	if p.UptimeWindowEpochs == 0 || p.UptimeWindowEpochs > MaxUptimeWindowEpochs {
		return errorsmod.Wrapf(ErrInvalidParams, "uptime window %d not in [1, %d]", p.UptimeWindowEpochs, MaxUptimeWindowEpochs)
	}
	if p.MinUptimeBps > 10_000 {
		return errorsmod.Wrapf(ErrInvalidParams, "min uptime %d bps above 10000", p.MinUptimeBps)
	}
	if p.MaxDescriptorBytes == 0 || p.MaxDescriptorBytes > MaxDescriptorBytesLimit {
		return errorsmod.Wrapf(ErrInvalidParams, "max descriptor bytes %d not in [1, %d]", p.MaxDescriptorBytes, MaxDescriptorBytesLimit)
	}
	if p.AuditSampleSize > MaxAuditSampleSize {
		return errorsmod.Wrapf(ErrInvalidParams, "audit sample size %d above %d", p.AuditSampleSize, MaxAuditSampleSize)
	}
	if p.AuditDeadlineBlocks < 1 {
		return errorsmod.Wrapf(ErrInvalidParams, "audit deadline %d blocks", p.AuditDeadlineBlocks)
	}
	if p.VdfDifficulty == 0 || p.VdfDifficulty > MaxVDFDifficulty {
		return errorsmod.Wrapf(ErrInvalidParams, "vdf difficulty %d not in [1, 2^40]", p.VdfDifficulty)
	}
	if err := sdk.ValidateDenom(p.MinBond.Denom); err != nil || p.MinBond.Amount.IsNil() || p.MinBond.IsNegative() {
		return errorsmod.Wrapf(ErrInvalidParams, "min bond %q", p.MinBond)
	}
	if p.UnbondingBlocks < 0 || p.JailBlocks < 0 {
		return errorsmod.Wrapf(ErrInvalidParams, "unbonding %d or jail %d blocks negative", p.UnbondingBlocks, p.JailBlocks)
	}
	return nil
}
