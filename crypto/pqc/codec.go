package pqc

import (
	"github.com/cosmos/cosmos-sdk/codec"
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
