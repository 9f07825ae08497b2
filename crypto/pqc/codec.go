package pqc

import (
	"github.com/cosmos/cosmos-sdk/codec"
	"github.com/cosmos/cosmos-sdk/codec/legacy"
	codectypes "github.com/cosmos/cosmos-sdk/codec/types"
	cryptotypes "github.com/cosmos/cosmos-sdk/crypto/types"
)

// Type URLs under which accounts and keyrings store these keys in Any values.
const (
	PubKeyTypeURL  = "/dpn.crypto.mldsa65.v1.PubKey"
	PrivKeyTypeURL = "/dpn.crypto.mldsa65.v1.PrivKey"
)

// RegisterInterfaces registers the keys as implementations of cryptotypes.PubKey and
// cryptotypes.PrivKey; the SDK's std.RegisterInterfaces must have registered those
// interfaces first.
func RegisterInterfaces(registry codectypes.InterfaceRegistry) {
	registry.RegisterImplementations((*cryptotypes.PubKey)(nil), &PubKey{})
	registry.RegisterImplementations((*cryptotypes.PrivKey)(nil), &PrivKey{})
}

// RegisterLegacyAminoCodec registers the keys' amino names; the SDK's
// std.RegisterLegacyAminoCodec must have registered the interfaces first.
func RegisterLegacyAminoCodec(cdc *codec.LegacyAmino) {
	cdc.RegisterConcrete(&PubKey{}, PubKeyName, nil)
	cdc.RegisterConcrete(&PrivKey{}, PrivKeyName, nil)
}

// The SDK's key armor (keys export / import) and legacy keyring records encode private keys
// with the global legacy.Cdc, which the SDK's own key types join in their packages' init;
// ML-DSA-65 keys join it the same way.
func init() {
	RegisterLegacyAminoCodec(legacy.Cdc)
}
