package network

import (
	"github.com/cosmos/gogoproto/proto"

	"github.com/cosmos/cosmos-sdk/codec"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
)

// FundAccounts adds accounts holding coins to the network's genesis, for tests whose own
// keys (node owners, aggregators) send transactions.
func FundAccounts(cfg *Config, coins sdk.Coins, addrs ...sdk.AccAddress) {
	var auth authtypes.GenesisState
	cfg.Codec.MustUnmarshalJSON(cfg.GenesisState[authtypes.ModuleName], &auth)
	var bank banktypes.GenesisState
	cfg.Codec.MustUnmarshalJSON(cfg.GenesisState[banktypes.ModuleName], &bank)
	accs := make([]authtypes.GenesisAccount, len(addrs))
	for i, a := range addrs {
		accs[i] = authtypes.NewBaseAccount(a, nil, 0, 0)
		bank.Balances = append(bank.Balances, banktypes.Balance{Address: a.String(), Coins: coins})
	}
	packed, err := authtypes.PackAccounts(accs)
	if err != nil {
		panic(err)
	}
	auth.Accounts = append(auth.Accounts, packed...)
	cfg.GenesisState[authtypes.ModuleName] = cfg.Codec.MustMarshalJSON(&auth)
	cfg.GenesisState[banktypes.ModuleName] = cfg.Codec.MustMarshalJSON(&bank)
}

// EditGenesis decodes one module's genesis into state, lets edit change it, and stores it
// back.
func EditGenesis[T proto.Message](cfg *Config, module string, state T, edit func(T)) {
	cdc := cfg.Codec.(codec.JSONCodec)
	cdc.MustUnmarshalJSON(cfg.GenesisState[module], state)
	edit(state)
	cfg.GenesisState[module] = cdc.MustMarshalJSON(state)
}
