package types

import errorsmod "cosmossdk.io/errors"

// Errors of x/pricing. Every rejection is one of these, wrapped with context.
var (
	ErrInvalidParams      = errorsmod.Register(ModuleName, 2, "invalid params")
	ErrInvalidAuthority   = errorsmod.Register(ModuleName, 3, "signer is not the authority")
	ErrInvalidGenesis     = errorsmod.Register(ModuleName, 4, "invalid genesis state")
	ErrInvalidDimension   = errorsmod.Register(ModuleName, 5, "invalid dimension")
	ErrInvalidPriceVote   = errorsmod.Register(ModuleName, 6, "invalid price vote")
	ErrNoPrice            = errorsmod.Register(ModuleName, 7, "no price for dimension")
	ErrInvalidResources   = errorsmod.Register(ModuleName, 8, "invalid resources")
	ErrInvalidDuration    = errorsmod.Register(ModuleName, 9, "invalid duration")
	ErrInvalidUtilization = errorsmod.Register(ModuleName, 10, "invalid utilization")
	ErrInvalidValidator   = errorsmod.Register(ModuleName, 11, "invalid validator")
	ErrNoVoterStatus      = errorsmod.Register(ModuleName, 12, "validator has no vote record in this window")
)
