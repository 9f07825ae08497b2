package app_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/client/tx"
	"github.com/cosmos/cosmos-sdk/crypto/hd"
	"github.com/cosmos/cosmos-sdk/crypto/keyring"
	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	cryptotypes "github.com/cosmos/cosmos-sdk/crypto/types"
	sdk "github.com/cosmos/cosmos-sdk/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
	txtypes "github.com/cosmos/cosmos-sdk/types/tx"
	signingtypes "github.com/cosmos/cosmos-sdk/types/tx/signing"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"

	"github.com/dpn-network/dpn/app"
	"github.com/dpn-network/dpn/crypto/pqc"
	"github.com/dpn-network/dpn/testutil/network"
)

// TestMLDSA65Account funds an account controlled by an ML-DSA-65 key and has it send a bank
// transfer on a one-validator network. The same transfer with one flipped signature byte is
// rejected with ErrUnauthorized and changes nothing, both before the account's public key is
// on chain and after.
func TestMLDSA65Account(t *testing.T) {
	if testing.Short() {
		t.Skip("starts an in-process network")
	}
	net := network.New(t, network.DefaultConfig(1))
	val := net.Validators[0]

	kr := keyring.NewInMemory(val.ClientCtx.Codec, pqc.KeyringOption())
	path := hd.CreateHDPath(sdk.GetConfig().GetCoinType(), 0, 0).String()
	rec, _, err := kr.NewMnemonic("carol", keyring.English, path, "", pqc.Algo)
	require.NoError(t, err)
	carol, err := rec.GetAddress()
	require.NoError(t, err)
	carolCtx := val.ClientCtx.WithKeyring(kr)
	to := sdk.AccAddress(secp256k1.GenPrivKey().PubKey().Address())

	bank := banktypes.NewQueryClient(val.ClientCtx)
	balance := func(addr sdk.AccAddress) math.Int {
		res, err := bank.Balance(context.Background(), &banktypes.QueryBalanceRequest{Address: addr.String(), Denom: app.BondDenom})
		require.NoError(t, err)
		return res.Balance.Amount
	}
	fee := sdk.NewCoins(sdk.NewInt64Coin(app.BondDenom, 500)) // 200k gas at 0.0025 udpn
	// An ML-DSA-65 tx carries 5,261 more bytes of key and signature (tx size gas), and its
	// first tx stores the 1,952-byte key on the account (write gas): about 250k gas in all.
	const mlGas = 400_000
	mlFee := sdk.NewCoins(sdk.NewInt64Coin(app.BondDenom, 1000)) // 400k gas at 0.0025 udpn

	// Fund carol from the validator.
	fund := banktypes.NewMsgSend(val.Address, carol, sdk.NewCoins(sdk.NewInt64Coin(app.BondDenom, 1_000_000)))
	res, err := val.ClientCtx.BroadcastTxSync(signedTx(t, val.ClientCtx, val.Moniker, fee, fund, nil))
	require.NoError(t, err)
	require.Zero(t, res.Code, res.RawLog)
	funded := includedTx(t, net, val.ClientCtx, res.TxHash)
	t.Logf("secp256k1 bank send (key on chain): %d tx bytes, gas used %d", len(funded.Tx.Value), funded.GasUsed)
	require.Equal(t, math.NewInt(1_000_000), balance(carol))

	send := banktypes.NewMsgSend(carol, to, sdk.NewCoins(sdk.NewInt64Coin(app.BondDenom, 1000)))
	rejectFlipped := func(t *testing.T) {
		carolBefore, toBefore := balance(carol), balance(to)
		bz := signedTxGas(t, carolCtx, "carol", mlGas, mlFee, send, func(sig []byte) {
			require.Len(t, sig, pqc.SignatureSize)
			sig[pqc.SignatureSize/2] ^= 0x01
		})
		res, err := val.ClientCtx.BroadcastTxSync(bz)
		require.NoError(t, err)
		require.Equal(t, sdkerrors.ErrUnauthorized.ABCICode(), res.Code, "codespace %s: %s", res.Codespace, res.RawLog)
		require.Equal(t, sdkerrors.ErrUnauthorized.Codespace(), res.Codespace)
		require.NoError(t, net.WaitForNextBlock())
		require.Equal(t, carolBefore, balance(carol), "sender untouched")
		require.Equal(t, toBefore, balance(to), "recipient untouched")
	}

	t.Run("flipped signature byte rejected before the key is on chain", func(t *testing.T) {
		rejectFlipped(t)
		require.Nil(t, accountPubKey(t, val.ClientCtx, carol), "a rejected tx must not set the public key")
	})

	t.Run("ML-DSA-65 signed bank send is included", func(t *testing.T) {
		res, err := val.ClientCtx.BroadcastTxSync(signedTxGas(t, carolCtx, "carol", mlGas, mlFee, send, nil))
		require.NoError(t, err)
		require.Zero(t, res.Code, res.RawLog)
		included := includedTx(t, net, val.ClientCtx, res.TxHash)
		t.Logf("ML-DSA-65 bank send (first, stores the key): %d tx bytes, gas used %d of %d", len(included.Tx.Value), included.GasUsed, included.GasWanted)
		require.Equal(t, math.NewInt(1000), balance(to))
		require.Equal(t, math.NewInt(1_000_000-1000-1000), balance(carol))

		pk := accountPubKey(t, val.ClientCtx, carol)
		require.IsType(t, &pqc.PubKey{}, pk)
		want, err := rec.GetPubKey()
		require.NoError(t, err)
		require.True(t, want.Equals(pk))
	})

	t.Run("flipped signature byte rejected after the key is on chain", rejectFlipped)

	t.Run("second send with the key on chain", func(t *testing.T) {
		// Gas estimation (what --gas auto does) works with the ML-DSA-65 key on the account and
		// falls short only by the signature bytes it prices as a 64-byte secp256k1 signature.
		num, seq, err := carolCtx.AccountRetriever.GetAccountNumberSequence(carolCtx, carol)
		require.NoError(t, err)
		f := tx.Factory{}.WithChainID(carolCtx.ChainID).WithKeybase(kr).WithTxConfig(carolCtx.TxConfig).
			WithAccountNumber(num).WithSequence(seq).WithFees(mlFee.String()).WithFromName("carol").
			WithSimulateAndExecute(true).WithGasAdjustment(1).WithSignMode(signingtypes.SignMode_SIGN_MODE_DIRECT)
		_, estimate, err := tx.CalculateGas(carolCtx, f, send)
		require.NoError(t, err)

		res, err := val.ClientCtx.BroadcastTxSync(signedTxGas(t, carolCtx, "carol", mlGas, mlFee, send, nil))
		require.NoError(t, err)
		require.Zero(t, res.Code, res.RawLog)
		included := includedTx(t, net, val.ClientCtx, res.TxHash)
		t.Logf("ML-DSA-65 bank send (key on chain): %d tx bytes, gas used %d, simulated %d", len(included.Tx.Value), included.GasUsed, estimate)
		require.Less(t, estimate, uint64(included.GasUsed))
		require.Less(t, uint64(included.GasUsed)-estimate, uint64(32_500))
		require.Equal(t, math.NewInt(2000), balance(to))
		require.Equal(t, math.NewInt(1_000_000-2*(1000+1000)), balance(carol))
	})
}

// signedTxGas is signedTx with a gas limit of its own.
func signedTxGas(t *testing.T, clientCtx client.Context, name string, gas uint64, fee sdk.Coins, msg sdk.Msg, tamper func([]byte)) []byte {
	t.Helper()
	rec, err := clientCtx.Keyring.Key(name)
	require.NoError(t, err)
	addr, err := rec.GetAddress()
	require.NoError(t, err)
	num, seq, err := clientCtx.AccountRetriever.GetAccountNumberSequence(clientCtx, addr)
	require.NoError(t, err)
	f := tx.Factory{}.WithChainID(clientCtx.ChainID).WithKeybase(clientCtx.Keyring).WithTxConfig(clientCtx.TxConfig).
		WithAccountNumber(num).WithSequence(seq).WithGas(gas).WithFees(fee.String()).
		WithSignMode(signingtypes.SignMode_SIGN_MODE_DIRECT)
	b, err := f.BuildUnsignedTx(msg)
	require.NoError(t, err)
	require.NoError(t, tx.Sign(context.Background(), f, name, b, true))
	if tamper != nil {
		sigs, err := b.GetTx().GetSignaturesV2()
		require.NoError(t, err)
		tamper(sigs[0].Data.(*signingtypes.SingleSignatureData).Signature)
		require.NoError(t, b.SetSignatures(sigs[0]))
	}
	bz, err := clientCtx.TxConfig.TxEncoder()(b.GetTx())
	require.NoError(t, err)
	return bz
}

// includedTx waits until the tx is in a block and returns its result, which must be a success.
func includedTx(t *testing.T, net *network.Network, clientCtx client.Context, hash string) *sdk.TxResponse {
	t.Helper()
	svc := txtypes.NewServiceClient(clientCtx)
	for range 20 {
		require.NoError(t, net.WaitForNextBlock())
		res, err := svc.GetTx(context.Background(), &txtypes.GetTxRequest{Hash: hash})
		if err == nil {
			require.Zero(t, res.TxResponse.Code, res.TxResponse.RawLog)
			return res.TxResponse
		}
	}
	t.Fatalf("tx %s not included after 20 blocks", hash)
	return nil
}

// accountPubKey returns the public key stored on addr's account, or nil if none is.
func accountPubKey(t *testing.T, clientCtx client.Context, addr sdk.AccAddress) cryptotypes.PubKey {
	t.Helper()
	res, err := authtypes.NewQueryClient(clientCtx).Account(context.Background(), &authtypes.QueryAccountRequest{Address: addr.String()})
	require.NoError(t, err)
	var acc sdk.AccountI
	require.NoError(t, clientCtx.InterfaceRegistry.UnpackAny(res.Account, &acc))
	return acc.GetPubKey()
}
