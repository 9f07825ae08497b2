package types

import errorsmod "cosmossdk.io/errors"

// Errors of x/bridge. Every rejection is one of these, wrapped with context.
var (
	ErrInvalidParams      = errorsmod.Register(ModuleName, 2, "invalid params")
	ErrInvalidAuthority   = errorsmod.Register(ModuleName, 3, "signer is not the authority")
	ErrInvalidGenesis     = errorsmod.Register(ModuleName, 4, "invalid genesis state")
	ErrInvalidEthAddress  = errorsmod.Register(ModuleName, 5, "invalid Ethereum address")
	ErrInvalidSignature   = errorsmod.Register(ModuleName, 6, "invalid signature")
	ErrNotValidator       = errorsmod.Register(ModuleName, 7, "not a validator")
	ErrEthAddressInUse    = errorsmod.Register(ModuleName, 8, "Ethereum address registered by another validator")
	ErrUnknownDestination = errorsmod.Register(ModuleName, 9, "unknown destination")
	ErrInvalidItem        = errorsmod.Register(ModuleName, 10, "invalid item")
	ErrUnknownItem        = errorsmod.Register(ModuleName, 11, "unknown item")
	ErrInvalidVote        = errorsmod.Register(ModuleName, 12, "invalid bridge vote part")
	ErrNoEthKey           = errorsmod.Register(ModuleName, 13, "validator has no registered Ethereum address")
	ErrKnownDigest        = errorsmod.Register(ModuleName, 14, "digest was produced by the chain")
	ErrAlreadyPunished    = errorsmod.Register(ModuleName, 15, "signature already punished")
	ErrInvalidRecord      = errorsmod.Register(ModuleName, 16, "invalid settlement record")
	ErrNoValset           = errorsmod.Register(ModuleName, 17, "no valset yet")
	ErrInvalidEvent       = errorsmod.Register(ModuleName, 18, "invalid L2 event")
	ErrNotCreditable      = errorsmod.Register(ModuleName, 19, "L2 event cannot be applied")
)
