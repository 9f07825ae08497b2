package types

import errorsmod "cosmossdk.io/errors"

// Defaults, sized for a localnet with 1 s blocks.
const (
	DefaultMaxReplicas = 7
	// DefaultAssignTimeoutBlocks lets a job wait about five minutes for nodes.
	DefaultAssignTimeoutBlocks = 300
	// DefaultCommitWindowBlocks leaves about two minutes to run and commit (or prove).
	DefaultCommitWindowBlocks = 120
	DefaultRevealWindowBlocks = 30
	DefaultMaxAttempts        = 3
	// DefaultBurnBps burns 20 % of every settled fee: the protocol's share.
	DefaultBurnBps = 2000
	// DefaultSlashBps burns 5 % of a misbehaving node's bond.
	DefaultSlashBps             = 500
	DefaultMaxInlineBytes       = 64 * 1024
	DefaultMaxVerifyingKeyBytes = 64 * 1024
	// DefaultGroth16VerifyGas covers the four pairings of a Groth16 check; the per-input gas
	// covers one G1 scalar multiplication each (see docs/PERFORMANCE.md for the timing).
	DefaultGroth16VerifyGas         = 400_000
	DefaultGroth16GasPerPublicInput = 10_000
	DefaultMaxMatchScan             = 256
	DefaultMaxAssignmentsPerBlock   = 64
	// DefaultMaxOutputInlineBytes keeps small wasm outputs on chain, where the buyer reads them
	// without reaching any node; each winner may carry one in its reveal.
	DefaultMaxOutputInlineBytes = 16 * 1024
	maxBps                      = 10_000
)

// DefaultParams returns the defaults above.
func DefaultParams() Params {
	return Params{
		MaxReplicas:              DefaultMaxReplicas,
		AssignTimeoutBlocks:      DefaultAssignTimeoutBlocks,
		CommitWindowBlocks:       DefaultCommitWindowBlocks,
		RevealWindowBlocks:       DefaultRevealWindowBlocks,
		MaxAttempts:              DefaultMaxAttempts,
		BurnBps:                  DefaultBurnBps,
		SlashBps:                 DefaultSlashBps,
		MaxInlineBytes:           DefaultMaxInlineBytes,
		MaxVerifyingKeyBytes:     DefaultMaxVerifyingKeyBytes,
		Groth16VerifyGas:         DefaultGroth16VerifyGas,
		Groth16GasPerPublicInput: DefaultGroth16GasPerPublicInput,
		MaxMatchScan:             DefaultMaxMatchScan,
		MaxAssignmentsPerBlock:   DefaultMaxAssignmentsPerBlock,
		MaxOutputInlineBytes:     DefaultMaxOutputInlineBytes,
	}
}

// Validate checks every field.
func (p Params) Validate() error {
	switch {
	case p.MaxReplicas == 0 || p.MaxReplicas > 64:
		return errorsmod.Wrapf(ErrInvalidParams, "max replicas %d not in [1, 64]", p.MaxReplicas)
	case p.AssignTimeoutBlocks < 1, p.CommitWindowBlocks < 1, p.RevealWindowBlocks < 1:
		return errorsmod.Wrap(ErrInvalidParams, "timeouts and windows must be at least one block")
	case p.MaxAttempts == 0:
		return errorsmod.Wrap(ErrInvalidParams, "max attempts is zero")
	case p.BurnBps > maxBps || p.SlashBps > maxBps:
		return errorsmod.Wrap(ErrInvalidParams, "burn and slash shares are at most 10000 bps")
	case p.MaxInlineBytes > 1<<20 || p.MaxVerifyingKeyBytes == 0 || p.MaxVerifyingKeyBytes > 1<<20:
		return errorsmod.Wrap(ErrInvalidParams, "inline and verifying-key limits must be in (0, 1 MiB]")
	case p.MaxOutputInlineBytes > 1<<20:
		return errorsmod.Wrap(ErrInvalidParams, "inline outputs are at most 1 MiB")
	case p.MaxMatchScan == 0 || p.MaxAssignmentsPerBlock == 0:
		return errorsmod.Wrap(ErrInvalidParams, "match scan and assignments per block must be positive")
	}
	return nil
}
