// Package keeper gives module keeper tests a real in-memory store and the app's codecs, so a
// keeper under test reads and writes exactly as it does on chain, without starting a node.
package keeper

import (
	"testing"
	"time"

	"cosmossdk.io/core/store"

	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"

	"github.com/cosmos/cosmos-sdk/codec"
	codectypes "github.com/cosmos/cosmos-sdk/codec/types"
	"github.com/cosmos/cosmos-sdk/runtime"
	storetypes "github.com/cosmos/cosmos-sdk/store/v2/types"
	"github.com/cosmos/cosmos-sdk/testutil"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/dpn-network/dpn/app"
)

// Fixture is a module's store on an in-memory database, with a context positioned at a block.
type Fixture struct {
	Ctx          sdk.Context
	Codec        codec.Codec
	Registry     codectypes.InterfaceRegistry
	Key          *storetypes.KVStoreKey
	StoreService store.KVStoreService
}

// New mounts a fresh KV store named storeKey and returns a context at height 1. register adds
// the module's interface implementations to the registry before the codec is used.
func New(t testing.TB, storeKey string, register ...func(codectypes.InterfaceRegistry)) Fixture {
	t.Helper()
	app.SetSDKConfig()
	enc := app.MakeEncodingConfig()
	for _, r := range register {
		r(enc.InterfaceRegistry)
	}
	key := storetypes.NewKVStoreKey(storeKey)
	tkey := storetypes.NewTransientStoreKey("transient_" + storeKey)
	tc := testutil.DefaultContextWithDB(t, key, tkey)
	ctx := tc.Ctx.WithBlockHeader(cmtproto.Header{Height: 1, Time: time.Unix(1_700_000_000, 0).UTC(), ChainID: "dpn-test-1"})
	return Fixture{
		Ctx:          ctx,
		Codec:        enc.Codec,
		Registry:     enc.InterfaceRegistry,
		Key:          key,
		StoreService: runtime.NewKVStoreService(key),
	}
}

// NextBlock returns f's context moved to the next height, d later.
func (f Fixture) NextBlock(d time.Duration) Fixture {
	h := f.Ctx.BlockHeader()
	h.Height++
	h.Time = h.Time.Add(d)
	f.Ctx = f.Ctx.WithBlockHeader(h)
	return f
}
