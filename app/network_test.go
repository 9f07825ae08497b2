package app_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	errorsmod "cosmossdk.io/errors"
	"cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/client/tx"
	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	sdk "github.com/cosmos/cosmos-sdk/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
	txtypes "github.com/cosmos/cosmos-sdk/types/tx"
	signingtypes "github.com/cosmos/cosmos-sdk/types/tx/signing"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	consensustypes "github.com/cosmos/cosmos-sdk/x/consensus/types"

	"github.com/dpn-network/dpn/app"
	"github.com/dpn-network/dpn/testutil/network"
)

// TestNetwork runs four validators in process and checks that they finalize blocks, include a
// bank send, and reject a malformed tx, a tx with a bad signature and a tx paying too little
// fee, each with its own error code and without touching any balance.
func TestNetwork(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a 4-validator network")
	}
	net := network.New(t, network.DefaultConfig(4))
	val := net.Validators[0]
	h, err := net.WaitForHeightWithTimeout(network.VoteExtensionsHeight+2, 30*time.Second)
	require.NoError(t, err, "blocks keep coming with vote extensions on")
	require.GreaterOrEqual(t, h, int64(network.VoteExtensionsHeight+2))
	params, err := consensustypes.NewQueryClient(val.ClientCtx).Params(context.Background(), &consensustypes.QueryParamsRequest{})
	require.NoError(t, err)
	require.EqualValues(t, network.VoteExtensionsHeight, params.Params.Abci.VoteExtensionsEnableHeight)

	from := val.Address
	to := sdk.AccAddress(secp256k1.GenPrivKey().PubKey().Address())
	bank := banktypes.NewQueryClient(val.ClientCtx)
	balance := func(addr sdk.AccAddress) math.Int {
		res, err := bank.Balance(context.Background(), &banktypes.QueryBalanceRequest{Address: addr.String(), Denom: app.BondDenom})
		require.NoError(t, err)
		return res.Balance.Amount
	}
	fromStart := balance(from)

	send := banktypes.NewMsgSend(from, to, sdk.NewCoins(sdk.NewInt64Coin(app.BondDenom, 1000)))
	fee := sdk.NewCoins(sdk.NewInt64Coin(app.BondDenom, 500)) // 200k gas at 0.0025 udpn
	t.Run("bank send is included", func(t *testing.T) {
		bz := signedTx(t, val.ClientCtx, val.Moniker, fee, send, nil)
		res, err := val.ClientCtx.BroadcastTxSync(bz)
		require.NoError(t, err)
		require.Zero(t, res.Code, res.RawLog)
		waitForTx(t, net, val.ClientCtx, res.TxHash)
		require.Equal(t, math.NewInt(1000), balance(to))
		require.Equal(t, fromStart.SubRaw(1000).SubRaw(500), balance(from))
	})

	rejections := []struct {
		name string
		tx   func() []byte
		want *errorsmod.Error
	}{
		{"malformed bytes", func() []byte { return []byte{0x0a, 0xff, 0x01, 0x02} }, sdkerrors.ErrTxDecode},
		{"signature with a flipped byte", func() []byte {
			return signedTx(t, val.ClientCtx, val.Moniker, fee, send, func(sig []byte) { sig[7] ^= 0x01 })
		}, sdkerrors.ErrUnauthorized},
		{"fee below the minimum gas price", func() []byte {
			return signedTx(t, val.ClientCtx, val.Moniker, sdk.NewCoins(sdk.NewInt64Coin(app.BondDenom, 1)), send, nil)
		}, sdkerrors.ErrInsufficientFee},
	}
	for _, tc := range rejections {
		t.Run("rejects "+tc.name, func(t *testing.T) {
			fromBefore, toBefore := balance(from), balance(to)
			res, err := val.ClientCtx.BroadcastTxSync(tc.tx())
			require.NoError(t, err)
			require.Equal(t, tc.want.ABCICode(), res.Code, "codespace %s: %s", res.Codespace, res.RawLog)
			require.Equal(t, tc.want.Codespace(), res.Codespace)
			require.NotEmpty(t, res.RawLog, "the rejection says why")
			require.NoError(t, net.WaitForNextBlock())
			require.Equal(t, fromBefore, balance(from), "sender untouched")
			require.Equal(t, toBefore, balance(to), "recipient untouched")
		})
	}
}

// signedTx signs msg from the keyring key name with the account's current sequence; tamper,
// when set, edits the signature bytes before encoding.
func signedTx(t *testing.T, clientCtx client.Context, name string, fee sdk.Coins, msg sdk.Msg, tamper func([]byte)) []byte {
	t.Helper()
	rec, err := clientCtx.Keyring.Key(name)
	require.NoError(t, err)
	addr, err := rec.GetAddress()
	require.NoError(t, err)
	num, seq, err := clientCtx.AccountRetriever.GetAccountNumberSequence(clientCtx, addr)
	require.NoError(t, err)
	f := tx.Factory{}.WithChainID(clientCtx.ChainID).WithKeybase(clientCtx.Keyring).WithTxConfig(clientCtx.TxConfig).
		WithAccountNumber(num).WithSequence(seq).WithGas(200_000).WithFees(fee.String()).
		WithSignMode(signingtypes.SignMode_SIGN_MODE_DIRECT)
	b, err := f.BuildUnsignedTx(msg)
	require.NoError(t, err)
	require.NoError(t, tx.Sign(context.Background(), f, name, b, true))
	if tamper != nil {
		sigs, err := b.GetTx().GetSignaturesV2()
		require.NoError(t, err)
		data := sigs[0].Data.(*signingtypes.SingleSignatureData)
		tamper(data.Signature)
		require.NoError(t, b.SetSignatures(sigs[0]))
	}
	bz, err := clientCtx.TxConfig.TxEncoder()(b.GetTx())
	require.NoError(t, err)
	return bz
}

func waitForTx(t *testing.T, net *network.Network, clientCtx client.Context, hash string) {
	t.Helper()
	svc := txtypes.NewServiceClient(clientCtx)
	for i := 0; i < 20; i++ {
		require.NoError(t, net.WaitForNextBlock())
		res, err := svc.GetTx(context.Background(), &txtypes.GetTxRequest{Hash: hash})
		if err == nil {
			require.Zero(t, res.TxResponse.Code, res.TxResponse.RawLog)
			return
		}
	}
	t.Fatalf("tx %s not included after 20 blocks", hash)
}
