package app

import (
	"sync"

	sdk "github.com/cosmos/cosmos-sdk/types"
)

const (
	// AppName is the name BaseApp reports and the default home directory is derived from.
	AppName = "dpn"

	// Bech32Prefix is the human-readable part of every DPN account address.
	Bech32Prefix = "dpn"

	// BondDenom is the native base denomination: 1 DPN = 10^6 udpn.
	BondDenom = "udpn"
	// DisplayDenom is the denomination people read and type.
	DisplayDenom = "dpn"
	// DenomExponent is the number of decimals between BondDenom and DisplayDenom.
	DenomExponent = 6

	// CoinType is the BIP-44 coin type of DPN keys (the Cosmos Hub's, so existing wallets derive
	// the same keys).
	CoinType = 118
)

var configOnce sync.Once

// SetSDKConfig sets the address prefixes, coin type and default denomination process-wide. It
// must run before any address is rendered; it is idempotent and seals the config.
func SetSDKConfig() {
	configOnce.Do(func() {
		sdk.DefaultBondDenom = BondDenom
		cfg := sdk.GetConfig()
		cfg.SetBech32PrefixForAccount(Bech32Prefix, Bech32Prefix+sdk.PrefixPublic)
		cfg.SetBech32PrefixForValidator(Bech32Prefix+sdk.PrefixValidator+sdk.PrefixOperator, Bech32Prefix+sdk.PrefixValidator+sdk.PrefixOperator+sdk.PrefixPublic)
		cfg.SetBech32PrefixForConsensusNode(Bech32Prefix+sdk.PrefixValidator+sdk.PrefixConsensus, Bech32Prefix+sdk.PrefixValidator+sdk.PrefixConsensus+sdk.PrefixPublic)
		cfg.SetCoinType(CoinType)
		cfg.Seal()
	})
}

func init() { SetSDKConfig() }
