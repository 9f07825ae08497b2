package pqc

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"testing"

	"github.com/cloudflare/circl/sign/mldsa/mldsa65"
	"github.com/stretchr/testify/require"

	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
)

// TestACVPKeyGen checks seed → public key through this package's key type against NIST's
// ACVP ML-DSA-65 keyGen vectors (as shipped in circl v1.6.5).
func TestACVPKeyGen(t *testing.T) {
	raw, err := os.ReadFile("testdata/acvp_mldsa65_keygen.json")
	require.NoError(t, err)
	var doc struct {
		Vectors []struct {
			TcID     int    `json:"tcId"`
			Seed     string `json:"seed"`
			PK       string `json:"pk"`
			PKSHA256 string `json:"pk_sha256"`
		}
	}
	require.NoError(t, json.Unmarshal(raw, &doc))
	require.GreaterOrEqual(t, len(doc.Vectors), 20)
	for _, v := range doc.Vectors {
		seed, err := hex.DecodeString(v.Seed)
		require.NoError(t, err)
		sk, err := NewPrivKeyFromSeed(seed)
		require.NoError(t, err)
		pk := sk.PubKey().Bytes()
		sum := sha256.Sum256(pk)
		require.Equal(t, v.PKSHA256, hex.EncodeToString(sum[:]), "tcId %d", v.TcID)
		if v.PK != "" {
			require.Equal(t, v.PK, hex.EncodeToString(pk), "tcId %d", v.TcID)
		}
	}
}

func testKey(t testing.TB, b byte) *PrivKey {
	t.Helper()
	seed := bytes.Repeat([]byte{b}, SeedSize)
	sk, err := NewPrivKeyFromSeed(seed)
	require.NoError(t, err)
	return sk
}

func TestSignVerify(t *testing.T) {
	sk := testKey(t, 1)
	pk := sk.PubKey()
	require.Len(t, pk.Bytes(), PubKeySize)
	require.Equal(t, KeyType, pk.Type())
	msg := []byte("dpn sign doc")

	sig, err := sk.Sign(msg)
	require.NoError(t, err)
	require.Len(t, sig, SignatureSize)
	require.True(t, pk.VerifySignature(msg, sig))

	// Hedged signing: two signatures of one message differ and both verify.
	sig2, err := sk.Sign(msg)
	require.NoError(t, err)
	require.NotEqual(t, sig, sig2)
	require.True(t, pk.VerifySignature(msg, sig2))

	// The signature is plain FIPS 204 ML-DSA-65 with the empty context, so circl verifies it.
	var cpk mldsa65.PublicKey
	require.NoError(t, cpk.UnmarshalBinary(pk.Bytes()))
	require.True(t, mldsa65.Verify(&cpk, msg, nil, sig))
	require.False(t, mldsa65.Verify(&cpk, msg, []byte("ctx"), sig), "a non-empty context must not verify")

	require.False(t, pk.VerifySignature([]byte("dpn sign dod"), sig), "wrong message")
	require.False(t, testKey(t, 2).PubKey().VerifySignature(msg, sig), "wrong key")
	for _, i := range []int{0, 7, SignatureSize / 2, SignatureSize - 1} {
		bad := bytes.Clone(sig)
		bad[i] ^= 0x01
		require.False(t, pk.VerifySignature(msg, bad), "flipped signature byte %d", i)
	}
	require.ErrorIs(t, pk.(*PubKey).Verify([]byte("dpn sign dod"), sig), ErrInvalidSignature)
	require.ErrorIs(t, pk.(*PubKey).Verify(msg, sig[:SignatureSize-1]), ErrSignatureSize)
	require.ErrorIs(t, pk.(*PubKey).Verify(msg, append(bytes.Clone(sig), 0)), ErrSignatureSize)
	require.ErrorIs(t, (&PubKey{Key: pk.Bytes()[:100]}).Verify(msg, sig), ErrPubKeySize)
	require.NoError(t, pk.(*PubKey).Verify(msg, sig))
	require.False(t, pk.VerifySignature(msg, sig[:SignatureSize-1]), "short signature")
	require.False(t, pk.VerifySignature(msg, append(bytes.Clone(sig), 0)), "long signature")
	require.False(t, pk.VerifySignature(msg, nil), "empty signature")
	require.False(t, (&PubKey{Key: pk.Bytes()[:100]}).VerifySignature(msg, sig), "short key")
	flipped := bytes.Clone(pk.Bytes())
	flipped[40] ^= 0x80
	require.False(t, (&PubKey{Key: flipped}).VerifySignature(msg, sig), "flipped key byte")
}

// TestSeedStable pins one seed's public key and address, so that a change of library or
// encoding that would move every account is caught.
func TestSeedStable(t *testing.T) {
	sk := testKey(t, 7)
	pk := sk.PubKey()
	sum := sha256.Sum256(pk.Bytes())
	require.Equal(t, "d3a1e51ecf491b79ca7691bd269271f8d8e8d94313a6abcc6c8ae8bc34b5f9aa", hex.EncodeToString(sum[:]))
	require.Equal(t, sum[:AddressSize], pk.Address().Bytes())
	require.True(t, pk.Equals(testKey(t, 7).PubKey()))
	require.False(t, pk.Equals(testKey(t, 8).PubKey()))
	require.False(t, pk.Equals(secp256k1.GenPrivKey().PubKey()))
	require.False(t, pk.Equals(nil))
	require.True(t, sk.Equals(testKey(t, 7)))
	require.False(t, sk.Equals(testKey(t, 8)))
	require.False(t, sk.Equals(secp256k1.GenPrivKey()))
}

func TestWrongLengthsRejected(t *testing.T) {
	for _, n := range []int{0, 1, SeedSize - 1, SeedSize + 1, 64} {
		_, err := NewPrivKeyFromSeed(make([]byte, n))
		require.ErrorIs(t, err, ErrPrivKeySize, "seed of %d bytes", n)
		sk := &PrivKey{Key: make([]byte, n)}
		_, err = sk.Sign([]byte("m"))
		require.ErrorIs(t, err, ErrPrivKeySize)
		require.Panics(t, func() { sk.PubKey() })
		require.ErrorIs(t, new(PrivKey).UnmarshalAmino(make([]byte, n)), ErrPrivKeySize)
	}
	for _, n := range []int{0, 32, PubKeySize - 1, PubKeySize + 1} {
		_, err := NewPubKey(make([]byte, n))
		require.ErrorIs(t, err, ErrPubKeySize, "key of %d bytes", n)
		require.ErrorIs(t, new(PubKey).UnmarshalAmino(make([]byte, n)), ErrPubKeySize)
		require.ErrorIs(t, new(PubKey).UnmarshalAminoJSON(make([]byte, n)), ErrPubKeySize)
	}
	pk, err := NewPubKey(testKey(t, 3).PubKey().Bytes())
	require.NoError(t, err)
	require.Equal(t, testKey(t, 3).PubKey().Bytes(), pk.Bytes())
}

func TestStringsHideSecrets(t *testing.T) {
	sk := testKey(t, 9)
	require.NotContains(t, sk.String(), hex.EncodeToString(sk.Key))
	require.NotContains(t, sk.String(), hex.EncodeToString(sk.Key)[:8])
	require.Contains(t, sk.PubKey().String(), "PubKeyMLDSA65")
}

func TestGenPrivKeyIsRandom(t *testing.T) {
	a, b := GenPrivKey(), GenPrivKey()
	require.Len(t, a.Key, SeedSize)
	require.False(t, a.Equals(b))
	sig, err := a.Sign([]byte("m"))
	require.NoError(t, err)
	require.True(t, a.PubKey().VerifySignature([]byte("m"), sig))
}
