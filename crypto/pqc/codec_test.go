package pqc

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/cosmos/cosmos-sdk/codec"
	"github.com/cosmos/cosmos-sdk/codec/legacy"
	codectypes "github.com/cosmos/cosmos-sdk/codec/types"
	cryptocodec "github.com/cosmos/cosmos-sdk/crypto/codec"
	cryptotypes "github.com/cosmos/cosmos-sdk/crypto/types"
	"github.com/cosmos/cosmos-sdk/x/auth/migrations/legacytx"
)

func codecs(t *testing.T) (codec.Codec, *codec.LegacyAmino) {
	t.Helper()
	registry := codectypes.NewInterfaceRegistry()
	cryptocodec.RegisterInterfaces(registry)
	RegisterInterfaces(registry)
	amino := codec.NewLegacyAmino()
	cryptocodec.RegisterCrypto(amino)
	RegisterLegacyAminoCodec(amino)
	return codec.NewProtoCodec(registry), amino
}

func TestProtoAnyRoundTrip(t *testing.T) {
	cdc, _ := codecs(t)
	sk := testKey(t, 4)
	pk := sk.PubKey()

	anyPK, err := codectypes.NewAnyWithValue(pk)
	require.NoError(t, err)
	require.Equal(t, PubKeyTypeURL, anyPK.TypeUrl)
	bz, err := cdc.Marshal(anyPK)
	require.NoError(t, err)
	var decodedAny codectypes.Any
	require.NoError(t, cdc.Unmarshal(bz, &decodedAny))
	var back cryptotypes.PubKey
	require.NoError(t, cdc.UnpackAny(&decodedAny, &back))
	require.True(t, pk.Equals(back))

	jsonBz, err := cdc.MarshalInterfaceJSON(pk)
	require.NoError(t, err)
	require.Contains(t, string(jsonBz), PubKeyTypeURL)
	var fromJSON cryptotypes.PubKey
	require.NoError(t, cdc.UnmarshalInterfaceJSON(jsonBz, &fromJSON))
	require.True(t, pk.Equals(fromJSON))

	anySK, err := codectypes.NewAnyWithValue(sk)
	require.NoError(t, err)
	require.Equal(t, PrivKeyTypeURL, anySK.TypeUrl)
	var skBack cryptotypes.PrivKey
	require.NoError(t, cdc.UnpackAny(anySK, &skBack))
	require.True(t, sk.Equals(skBack))
}

func TestAminoRoundTrip(t *testing.T) {
	_, amino := codecs(t)
	sk := testKey(t, 5)
	pk := sk.PubKey()

	bz, err := amino.Marshal(pk)
	require.NoError(t, err)
	var back cryptotypes.PubKey
	require.NoError(t, amino.Unmarshal(bz, &back))
	require.True(t, pk.Equals(back))

	jsonBz, err := amino.MarshalJSON(pk)
	require.NoError(t, err)
	require.Contains(t, string(jsonBz), PubKeyName)
	var fromJSON cryptotypes.PubKey
	require.NoError(t, amino.UnmarshalJSON(jsonBz, &fromJSON))
	require.True(t, pk.Equals(fromJSON))

	skBz, err := amino.Marshal(sk)
	require.NoError(t, err)
	var skBack cryptotypes.PrivKey
	require.NoError(t, amino.Unmarshal(skBz, &skBack))
	require.True(t, sk.Equals(skBack))

	// A truncated amino key is refused by UnmarshalAmino's length check.
	short, err := amino.Marshal(&PubKey{Key: pk.Bytes()[:10]})
	require.NoError(t, err)
	var refused cryptotypes.PubKey
	require.Error(t, amino.Unmarshal(short, &refused))
}

// TestGlobalLegacyCodec: the SDK's key armor and its simulation gas pricing marshal keys with
// the global legacy.Cdc, which must know this package's types.
func TestGlobalLegacyCodec(t *testing.T) {
	sk := testKey(t, 6)
	sig := legacytx.StdSignature{PubKey: sk.PubKey(), Signature: make([]byte, 64)}
	bz, err := legacy.Cdc.Marshal(sig)
	require.NoError(t, err)
	require.Greater(t, len(bz), PubKeySize)

	back, err := legacy.PrivKeyFromBytes(legacy.Cdc.MustMarshal(sk))
	require.NoError(t, err)
	require.True(t, sk.Equals(back))
}
