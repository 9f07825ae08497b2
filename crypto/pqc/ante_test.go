package pqc

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/cosmos/cosmos-sdk/crypto/keys/ed25519"
	kmultisig "github.com/cosmos/cosmos-sdk/crypto/keys/multisig"
	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	cryptotypes "github.com/cosmos/cosmos-sdk/crypto/types"
	storetypes "github.com/cosmos/cosmos-sdk/store/v2/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
	"github.com/cosmos/cosmos-sdk/types/tx/signing"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
)

func single(pk cryptotypes.PubKey) signing.SignatureV2 {
	return signing.SignatureV2{PubKey: pk, Data: &signing.SingleSignatureData{SignMode: signing.SignMode_SIGN_MODE_DIRECT}}
}

func TestSigVerificationGasConsumer(t *testing.T) {
	params := authtypes.DefaultParams()
	gas := func(sig signing.SignatureV2) (uint64, error) {
		meter := storetypes.NewInfiniteGasMeter()
		err := SigVerificationGasConsumer(meter, sig, params)
		return meter.GasConsumed(), err
	}
	ml := testKey(t, 1).PubKey()

	used, err := gas(single(ml))
	require.NoError(t, err)
	require.EqualValues(t, SigVerifyCost, used)

	used, err = gas(single(secp256k1.GenPrivKey().PubKey()))
	require.NoError(t, err)
	require.Equal(t, params.SigVerifyCostSecp256k1, used, "other keys keep the SDK's costs")

	used, err = gas(single(ed25519.GenPrivKey().PubKey()))
	require.NoError(t, err)
	require.Equal(t, params.SigVerifyCostED25519, used)

	used, err = gas(single(&PubKey{Key: ml.Bytes()[:PubKeySize-1]}))
	require.ErrorIs(t, err, sdkerrors.ErrInvalidPubKey)
	require.Contains(t, err.Error(), "1952")
	require.Zero(t, used)

	// A 2-of-2 legacy multisig of an ML-DSA-65 key and a secp256k1 key: each member is charged
	// its own cost (the SDK's own multisig walk would refuse the ML-DSA-65 member).
	multi := kmultisig.NewLegacyAminoPubKey(2, []cryptotypes.PubKey{ml, secp256k1.GenPrivKey().PubKey()})
	bits := cryptotypes.NewCompactBitArray(2)
	bits.SetIndex(0, true)
	bits.SetIndex(1, true)
	member := &signing.SingleSignatureData{SignMode: signing.SignMode_SIGN_MODE_DIRECT}
	msig := signing.SignatureV2{PubKey: multi, Data: &signing.MultiSignatureData{BitArray: bits, Signatures: []signing.SignatureData{member, member}}}
	used, err = gas(msig)
	require.NoError(t, err)
	require.Equal(t, SigVerifyCost+params.SigVerifyCostSecp256k1, used)

	short := signing.SignatureV2{PubKey: multi, Data: &signing.MultiSignatureData{BitArray: bits, Signatures: []signing.SignatureData{member}}}
	_, err = gas(short)
	require.ErrorIs(t, err, sdkerrors.ErrUnauthorized, "fewer signatures than set bits")

	wrongBits := signing.SignatureV2{PubKey: multi, Data: &signing.MultiSignatureData{BitArray: cryptotypes.NewCompactBitArray(3), Signatures: nil}}
	_, err = gas(wrongBits)
	require.ErrorIs(t, err, sdkerrors.ErrInvalidPubKey)

	_, err = gas(signing.SignatureV2{PubKey: multi, Data: member})
	require.ErrorIs(t, err, sdkerrors.ErrInvalidType)
}
