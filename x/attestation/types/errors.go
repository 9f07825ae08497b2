package types

import errorsmod "cosmossdk.io/errors"

// Errors of x/attestation. Every rejection of a message is one of these, wrapped with context.
var (
	ErrInvalidParams       = errorsmod.Register(ModuleName, 2, "invalid params")
	ErrInvalidAddress      = errorsmod.Register(ModuleName, 3, "invalid address")
	ErrInvalidBLSKey       = errorsmod.Register(ModuleName, 4, "invalid BLS public key")
	ErrInvalidPoP          = errorsmod.Register(ModuleName, 5, "invalid BLS proof of possession")
	ErrInvalidMLDSAKey     = errorsmod.Register(ModuleName, 6, "invalid ML-DSA-65 public key")
	ErrDescriptorTooLarge  = errorsmod.Register(ModuleName, 7, "hardware descriptor too large")
	ErrInvalidDescriptor   = errorsmod.Register(ModuleName, 8, "invalid hardware descriptor")
	ErrInvalidCapacity     = errorsmod.Register(ModuleName, 9, "invalid capacity")
	ErrInvalidRegion       = errorsmod.Register(ModuleName, 10, "invalid region")
	ErrInvalidTier         = errorsmod.Register(ModuleName, 11, "invalid tier")
	ErrFingerprintInUse    = errorsmod.Register(ModuleName, 12, "fingerprint held by another active node")
	ErrNodeNotFound        = errorsmod.Register(ModuleName, 13, "node not found")
	ErrNotOwner            = errorsmod.Register(ModuleName, 14, "signer does not own the node")
	ErrInvalidStatus       = errorsmod.Register(ModuleName, 15, "node status does not allow this")
	ErrNoEpoch             = errorsmod.Register(ModuleName, 16, "no epoch has started")
	ErrWrongEpoch          = errorsmod.Register(ModuleName, 17, "heartbeat is not for the current epoch")
	ErrInvalidBitmap       = errorsmod.Register(ModuleName, 18, "invalid signer bitmap")
	ErrUnknownNode         = errorsmod.Register(ModuleName, 19, "signer bitmap selects a node that is not active")
	ErrInvalidSignature    = errorsmod.Register(ModuleName, 20, "aggregate heartbeat signature does not verify")
	ErrInvalidAuthority    = errorsmod.Register(ModuleName, 21, "signer is not the authority")
	ErrInvalidGenesis      = errorsmod.Register(ModuleName, 22, "invalid genesis state")
	ErrInvalidFingerprint  = errorsmod.Register(ModuleName, 23, "invalid fingerprint")
	ErrInvalidNodesRequest = errorsmod.Register(ModuleName, 24, "nodes query needs a status to filter by region or tier")
	ErrAuditNotFound       = errorsmod.Register(ModuleName, 25, "no such audit")
	ErrAuditAnswered       = errorsmod.Register(ModuleName, 26, "audit already answered")
	ErrAuditDeadline       = errorsmod.Register(ModuleName, 27, "audit deadline has passed")
	ErrInvalidVDFProof     = errorsmod.Register(ModuleName, 28, "VDF output does not verify")
)
