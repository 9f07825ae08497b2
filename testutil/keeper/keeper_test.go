package keeper_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/collections"

	"github.com/dpn-network/dpn/testutil/keeper"
)

func TestFixtureStoresAndAdvances(t *testing.T) {
	f := keeper.New(t, "demo")
	sb := collections.NewSchemaBuilder(f.StoreService)
	counter := collections.NewItem(sb, collections.NewPrefix(0), "counter", collections.Uint64Value)
	_, err := sb.Build()
	require.NoError(t, err)

	require.NoError(t, counter.Set(f.Ctx, 7))
	next := f.NextBlock(2 * time.Second)
	got, err := counter.Get(next.Ctx)
	require.NoError(t, err)
	require.EqualValues(t, 7, got, "the next block sees the same store")
	require.Equal(t, f.Ctx.BlockHeight()+1, next.Ctx.BlockHeight())
	require.Equal(t, f.Ctx.BlockTime().Add(2*time.Second), next.Ctx.BlockTime())
}
