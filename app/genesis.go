package app

import (
	"encoding/json"

	cmttypes "github.com/cometbft/cometbft/types"

	"github.com/cosmos/cosmos-sdk/codec"
	"github.com/cosmos/cosmos-sdk/types/module"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	genutiltypes "github.com/cosmos/cosmos-sdk/x/genutil/types"
)

// GenesisState is the application's genesis: each module's JSON by module name.
type GenesisState map[string]json.RawMessage

func jsonUnmarshal(bz []byte, v any) error { return json.Unmarshal(bz, v) }

// DenomMetadata describes udpn/dpn for wallets and explorers.
func DenomMetadata() banktypes.Metadata {
	return banktypes.Metadata{
		Description: "The native token of the DPN compute network.",
		Base:        BondDenom,
		Display:     DisplayDenom,
		Name:        "DPN",
		Symbol:      "DPN",
		DenomUnits: []*banktypes.DenomUnit{
			{Denom: BondDenom, Exponent: 0, Aliases: []string{"microdpn"}},
			{Denom: "mdpn", Exponent: 3, Aliases: []string{"millidpn"}},
			{Denom: DisplayDenom, Exponent: DenomExponent},
		},
	}
}

// NewDefaultGenesisState returns every module's default genesis with DPN's denomination
// metadata in x/bank. Staking, mint and gov already use udpn because SetSDKConfig sets the
// SDK's default bond denomination before their defaults are built.
func NewDefaultGenesisState(cdc codec.JSONCodec, basics module.BasicManager) GenesisState {
	gen := basics.DefaultGenesis(cdc)
	var bankGen banktypes.GenesisState
	cdc.MustUnmarshalJSON(gen[banktypes.ModuleName], &bankGen)
	bankGen.DenomMetadata = append(bankGen.DenomMetadata, DenomMetadata())
	gen[banktypes.ModuleName] = cdc.MustMarshalJSON(&bankGen)
	return gen
}

// SetVoteExtensionsHeight enables vote extensions in genesis from height h (0: never). DPN's
// price feed and bridge signatures travel in vote extensions, so every DPN genesis sets it.
func SetVoteExtensionsHeight(genesis *genutiltypes.AppGenesis, h int64) {
	if genesis.Consensus == nil {
		genesis.Consensus = &genutiltypes.ConsensusGenesis{}
	}
	if genesis.Consensus.Params == nil {
		genesis.Consensus.Params = cmttypes.DefaultConsensusParams()
	}
	genesis.Consensus.Params.ABCI.VoteExtensionsEnableHeight = h
}
