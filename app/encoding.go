package app

import (
	"github.com/cosmos/gogoproto/proto"

	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/codec"
	codectypes "github.com/cosmos/cosmos-sdk/codec/types"

	"github.com/dpn-network/dpn/crypto/pqc"
)

// EncodingConfig bundles the codecs the app and its clients share.
type EncodingConfig struct {
	InterfaceRegistry codectypes.InterfaceRegistry
	Codec             codec.Codec
	TxConfig          client.TxConfig
	Amino             *codec.LegacyAmino
}

// MakeEncodingConfig returns a fresh encoding configuration with the SDK's base types and
// DPN's ML-DSA-65 account keys registered; the module manager registers the modules' types
// on top.
func MakeEncodingConfig() EncodingConfig {
	registry, err := codectypes.NewInterfaceRegistryWithOptions(codectypes.InterfaceRegistryOptions{
		ProtoFiles:     proto.HybridResolver,
		SigningOptions: signingOptions(),
	})
	if err != nil {
		panic(err)
	}
	cdc := codec.NewProtoCodec(registry)
	amino := codec.NewLegacyAmino()
	registerStd(amino, registry)
	pqc.RegisterLegacyAminoCodec(amino) // ML-DSA-65 account keys
	pqc.RegisterInterfaces(registry)
	return EncodingConfig{
		InterfaceRegistry: registry,
		Codec:             cdc,
		TxConfig:          txConfigFor(cdc),
		Amino:             amino,
	}
}
