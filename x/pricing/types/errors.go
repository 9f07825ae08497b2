package types

import (
	"google.golang.org/grpc/codes"

	errorsmod "cosmossdk.io/errors"
)

// Errors of x/pricing. Every rejection is one of these, wrapped with context. Those a query
// answers for a bad argument or a missing record carry the gRPC code a client expects.
var (
	ErrInvalidParams      = errorsmod.Register(ModuleName, 2, "invalid params")
	ErrInvalidAuthority   = errorsmod.Register(ModuleName, 3, "signer is not the authority")
	ErrInvalidGenesis     = errorsmod.Register(ModuleName, 4, "invalid genesis state")
	ErrInvalidDimension   = errorsmod.RegisterWithGRPCCode(ModuleName, 5, codes.InvalidArgument, "invalid dimension")
	ErrInvalidPriceVote   = errorsmod.Register(ModuleName, 6, "invalid price vote")
	ErrNoPrice            = errorsmod.RegisterWithGRPCCode(ModuleName, 7, codes.NotFound, "no price for dimension")
	ErrInvalidResources   = errorsmod.RegisterWithGRPCCode(ModuleName, 8, codes.InvalidArgument, "invalid resources")
	ErrInvalidDuration    = errorsmod.RegisterWithGRPCCode(ModuleName, 9, codes.InvalidArgument, "invalid duration")
	ErrInvalidUtilization = errorsmod.Register(ModuleName, 10, "invalid utilization")
	ErrInvalidValidator   = errorsmod.RegisterWithGRPCCode(ModuleName, 11, codes.InvalidArgument, "invalid validator")
	ErrNoVoterStatus      = errorsmod.RegisterWithGRPCCode(ModuleName, 12, codes.NotFound, "validator has no vote record in this window")
)
