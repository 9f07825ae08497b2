package app_test

import (
	"bytes"
	"testing"
	"time"

	dbm "github.com/cosmos/cosmos-db"
	"github.com/stretchr/testify/require"

	"cosmossdk.io/log/v2"
	sdkmath "cosmossdk.io/math"

	abci "github.com/cometbft/cometbft/abci/types"

	"github.com/cosmos/cosmos-sdk/baseapp"

	storetypes "github.com/cosmos/cosmos-sdk/store/v2/types"
	simtestutil "github.com/cosmos/cosmos-sdk/testutil/sims"
	sdk "github.com/cosmos/cosmos-sdk/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	epochstypes "github.com/cosmos/cosmos-sdk/x/epochs/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	transfertypes "github.com/cosmos/ibc-go/v11/modules/apps/transfer/types"
	clienttypes "github.com/cosmos/ibc-go/v11/modules/core/02-client/types"
	ibctesting "github.com/cosmos/ibc-go/v11/testing"

	"github.com/dpn-network/dpn/app"
)

// notExported lists store prefixes that genesis does not carry by design: staking's
// per-block history and queues are rebuilt by the chain as it runs.
var notExported = map[string][][]byte{
	// compared by value below
	epochstypes.StoreKey: {{}},
	stakingtypes.StoreKey: {
		stakingtypes.HistoricalInfoKey, stakingtypes.ValidatorUpdatesKey,
		stakingtypes.UnbondingQueueKey, stakingtypes.RedelegationQueueKey, stakingtypes.ValidatorQueueKey,
	},
}

// TestExportImport runs a chain with bank and IBC state, exports its genesis, imports it into
// two fresh apps and checks that (1) every store holds exactly what the source held and (2) the
// two importers reach the same app hash on their first block.
func TestExportImport(t *testing.T) {
	coord := ibctesting.NewCoordinator(t, 2)
	chainA := coord.GetChain(ibctesting.GetChainID(1))
	chainB := coord.GetChain(ibctesting.GetChainID(2))
	path := ibctesting.NewTransferPath(chainA, chainB)
	path.Setup()
	// Give the source some state beyond genesis: a bank send and an outgoing ICS-20 transfer.
	_, err := chainA.SendMsgs(banktypes.NewMsgSend(chainA.SenderAccount.GetAddress(), chainA.SenderAccounts[1].SenderAccount.GetAddress(),
		sdk.NewCoins(sdk.NewInt64Coin(app.BondDenom, 777))))
	require.NoError(t, err)
	_, err = chainA.SendMsgs(transfertypes.NewMsgTransfer(path.EndpointA.ChannelConfig.PortID, path.EndpointA.ChannelID,
		sdk.NewCoin(app.BondDenom, sdkmath.NewInt(5000)), chainA.SenderAccount.GetAddress().String(),
		chainB.SenderAccount.GetAddress().String(), clienttypes.NewHeight(1, 500), 0, ""))
	require.NoError(t, err)

	source := chainA.App.(*app.App)
	exported, err := source.ExportAppStateAndValidators(false, nil, nil)
	require.NoError(t, err)

	zero, err := source.ExportAppStateAndValidators(true, nil, nil)
	require.NoError(t, err)
	require.Zero(t, zero.Height)
	require.Len(t, zero.Validators, len(exported.Validators))
	again, err := source.ExportAppStateAndValidators(false, nil, nil)
	require.NoError(t, err)
	require.JSONEq(t, string(exported.AppState), string(again.AppState), "a zero-height export leaves the node's state alone")

	importer := func() *app.App {
		a := app.New(log.NewNopLogger(), dbm.NewMemDB(), true, simtestutil.EmptyAppOptions{}, baseapp.SetChainID(chainA.ChainID))
		_, err := a.InitChain(&abci.RequestInitChain{
			ChainId:         chainA.ChainID,
			Time:            chainA.ProposedHeader.Time,
			AppStateBytes:   exported.AppState,
			ConsensusParams: &exported.ConsensusParams,
			InitialHeight:   exported.Height,
		})
		require.NoError(t, err)
		return a
	}
	b, c := importer(), importer()

	srcCtx := source.NewContext(true)
	dstCtx := b.NewContext(false)
	for name, key := range storeKeysOf(source) {
		compareStores(t, name, srcCtx.KVStore(key), dstCtx.KVStore(b.GetKey(name)), notExported[name])
	}
	// ibc-go's test chains start without a genesis time, so their epochs start at Go's zero
	// time, which x/epochs reads on import as "start now". A real genesis always has a time.
	srcEpochs, err := source.EpochsKeeper.AllEpochInfos(srcCtx)
	require.NoError(t, err)
	dstEpochs, err := b.EpochsKeeper.AllEpochInfos(dstCtx)
	require.NoError(t, err)
	require.Len(t, dstEpochs, len(srcEpochs))
	for i := range srcEpochs {
		if srcEpochs[i].StartTime.IsZero() {
			dstEpochs[i].StartTime = srcEpochs[i].StartTime
		}
		require.Equal(t, srcEpochs[i], dstEpochs[i])
	}

	blockTime := chainA.ProposedHeader.Time.Add(5 * time.Second)
	hashes := make([][]byte, 0, 2)
	for _, a := range []*app.App{b, c} {
		res, err := a.FinalizeBlock(&abci.RequestFinalizeBlock{Height: exported.Height, Time: blockTime})
		require.NoError(t, err)
		_, err = a.Commit()
		require.NoError(t, err)
		hashes = append(hashes, res.AppHash)
	}
	require.NotEmpty(t, hashes[0])
	require.Equal(t, hashes[0], hashes[1], "two nodes importing the same genesis agree on the app hash")
	require.Equal(t, exported.Height, b.LastBlockHeight())

	// A zero-height export starts a new chain at height 1 that produces blocks.
	fork := app.New(log.NewNopLogger(), dbm.NewMemDB(), true, simtestutil.EmptyAppOptions{}, baseapp.SetChainID("dpn-fork-1"))
	_, err = fork.InitChain(&abci.RequestInitChain{
		ChainId: "dpn-fork-1", Time: blockTime, AppStateBytes: zero.AppState,
		ConsensusParams: &zero.ConsensusParams, InitialHeight: 1,
	})
	require.NoError(t, err)
	for h := int64(1); h <= 2; h++ {
		_, err = fork.FinalizeBlock(&abci.RequestFinalizeBlock{Height: h, Time: blockTime.Add(time.Duration(h) * time.Second)})
		require.NoError(t, err)
		_, err = fork.Commit()
		require.NoError(t, err)
	}
	require.EqualValues(t, 2, fork.LastBlockHeight())
}

func storeKeysOf(a *app.App) map[string]*storetypes.KVStoreKey {
	out := map[string]*storetypes.KVStoreKey{}
	for _, name := range []string{"acc", "bank", "staking", "mint", "distribution", "slashing", "gov", "consensus",
		"upgrade", "evidence", "feegrant", "authz", "epochs", "ibc", "transfer", "attestation"} {
		k := a.GetKey(name)
		if k == nil {
			panic("no store " + name)
		}
		out[name] = k
	}
	return out
}

func compareStores(t *testing.T, name string, src, dst storetypes.KVStore, skip [][]byte) {
	t.Helper()
	read := func(s storetypes.KVStore) map[string][]byte {
		m := map[string][]byte{}
		it := s.Iterator(nil, nil)
		defer it.Close()
		for ; it.Valid(); it.Next() {
			if hasAnyPrefix(it.Key(), skip) {
				continue
			}
			m[string(it.Key())] = append([]byte(nil), it.Value()...)
		}
		return m
	}
	a, b := read(src), read(dst)
	for k, v := range a {
		w, ok := b[k]
		if !ok {
			t.Errorf("store %s: key %x lost by export/import", name, k)
			continue
		}
		if !bytes.Equal(v, w) {
			t.Errorf("store %s: key %x differs after import:\n%x\n%x", name, k, v, w)
		}
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			t.Errorf("store %s: key %x appeared on import", name, k)
		}
	}
}

func hasAnyPrefix(key []byte, prefixes [][]byte) bool {
	for _, p := range prefixes {
		if bytes.HasPrefix(key, p) {
			return true
		}
	}
	return false
}
