package app_test

import (
	"math/rand"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	abci "github.com/cometbft/cometbft/abci/types"
	cmttypes "github.com/cometbft/cometbft/types"

	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	cryptotypes "github.com/cosmos/cosmos-sdk/crypto/types"
	simtestutil "github.com/cosmos/cosmos-sdk/testutil/sims"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"

	ibctesting "github.com/cosmos/ibc-go/v11/testing"

	"github.com/dpn-network/dpn/app"
)

// BenchmarkFinalizeBlockBankSends drives FinalizeBlock + Commit on one DPN app with blocks of
// signed bank sends (each from a distinct account, so no tx waits on another's sequence) and
// reports committed transactions per second. Signing happens outside the timer.
func BenchmarkFinalizeBlockBankSends(b *testing.B) {
	const txsPerBlock = 1000
	privs := make([]cryptotypes.PrivKey, txsPerBlock)
	accs := make([]authtypes.GenesisAccount, txsPerBlock)
	balances := make([]banktypes.Balance, txsPerBlock)
	for i := range privs {
		privs[i] = secp256k1.GenPrivKey()
		addr := sdk.AccAddress(privs[i].PubKey().Address())
		accs[i] = authtypes.NewBaseAccount(addr, privs[i].PubKey(), uint64(i), 0)
		balances[i] = banktypes.Balance{Address: addr.String(), Coins: sdk.NewCoins(sdk.NewInt64Coin(app.BondDenom, 1_000_000_000_000))}
	}
	_, pv := cmttypes.RandValidator(false, 1)
	pub, err := pv.GetPubKey()
	require.NoError(b, err)
	val := cmttypes.NewValidator(pub, 1)
	valSet := cmttypes.NewValidatorSet([]*cmttypes.Validator{val})
	const chainID = "dpn-bench-1"
	testingApp := ibctesting.SetupWithGenesisValSet(b, valSet, accs, chainID, sdk.DefaultPowerReduction, balances...)
	dpn := testingApp.(*app.App)
	// Account numbers are assigned in genesis order after the module accounts; read them back.
	ctx := dpn.NewContext(false)
	accNums := make([]uint64, len(privs))
	for i, p := range privs {
		accNums[i] = dpn.AccountKeeper.GetAccount(ctx, sdk.AccAddress(p.PubKey().Address())).GetAccountNumber()
	}
	txCfg := dpn.TxConfig()
	rng := rand.New(rand.NewSource(1))
	recipient := sdk.AccAddress(secp256k1.GenPrivKey().PubKey().Address())
	fee := sdk.NewCoins(sdk.NewInt64Coin(app.BondDenom, 500))

	height := dpn.LastBlockHeight() + 1
	blockTime := time.Now()
	makeBlock := func(seq uint64) [][]byte {
		txs := make([][]byte, len(privs))
		for i, p := range privs {
			msg := banktypes.NewMsgSend(sdk.AccAddress(p.PubKey().Address()), recipient, sdk.NewCoins(sdk.NewCoin(app.BondDenom, sdkmath.NewInt(1))))
			tx, err := simtestutil.GenSignedMockTx(rng, txCfg, []sdk.Msg{msg}, fee, 200_000, chainID, []uint64{accNums[i]}, []uint64{seq}, p)
			require.NoError(b, err)
			txs[i], err = txCfg.TxEncoder()(tx)
			require.NoError(b, err)
		}
		return txs
	}

	b.ResetTimer()
	b.StopTimer()
	committed := 0
	for n := 0; n < b.N; n++ {
		txs := makeBlock(uint64(n))
		blockTime = blockTime.Add(2 * time.Second)
		b.StartTimer()
		res, err := dpn.FinalizeBlock(&abci.RequestFinalizeBlock{
			Height: height, Time: blockTime, Txs: txs, ProposerAddress: pub.Address(),
			NextValidatorsHash: valSet.Hash(),
		})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := dpn.Commit(); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		for i, r := range res.TxResults {
			if r.Code != 0 {
				b.Fatalf("block %d tx %d failed: %s", height, i, r.Log)
			}
		}
		committed += len(txs)
		height++
	}
	b.ReportMetric(float64(committed)/b.Elapsed().Seconds(), "txs/s")
	b.ReportMetric(float64(txsPerBlock), "txs/block")
}
