package pqc

import (
	"encoding/hex"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/cosmos/cosmos-sdk/crypto/hd"
	"github.com/cosmos/cosmos-sdk/crypto/keyring"
	"github.com/cosmos/cosmos-sdk/types/tx/signing"
)

// A BIP-39 test mnemonic (the all-"abandon" vector); never use it for funds.
const testMnemonic = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"

// TestDeriveSeedVector pins the mnemonic → seed derivation: a change here would move every
// ML-DSA-65 account recovered from a mnemonic. The expected seed was computed independently
// from the definition (PBKDF2-HMAC-SHA-512 per BIP-39, then RFC 5869 HKDF-SHA-512 written
// out with HMAC) in Python's hashlib/hmac.
func TestDeriveSeedVector(t *testing.T) {
	seed, err := DeriveSeed(testMnemonic, "", "m/44'/118'/0'/0/0")
	require.NoError(t, err)
	require.Equal(t, "ff43903ae92af269491bfe3a27eedbf8116be47b7430d46f8872f195c69aa282", hex.EncodeToString(seed))

	// Equivalent spellings of a path give the same seed; other paths, passphrases and an
	// empty path do not.
	rel, err := DeriveSeed(testMnemonic, "", "44'/118'/0'/0/0")
	require.NoError(t, err)
	require.Equal(t, seed, rel)
	for _, other := range []struct{ pass, path string }{
		{"", "m/44'/118'/0'/0/1"},
		{"", "m/44'/118'/1'/0/0"},
		{"x", "m/44'/118'/0'/0/0"},
		{"", ""},
	} {
		s, err := DeriveSeed(testMnemonic, other.pass, other.path)
		require.NoError(t, err)
		require.NotEqual(t, seed, s, "%+v", other)
	}

	// It is not the secp256k1 key of the same path.
	secp, err := hd.Secp256k1.Derive()(testMnemonic, "", "m/44'/118'/0'/0/0")
	require.NoError(t, err)
	require.NotEqual(t, secp, seed)
}

func TestDeriveSeedRejects(t *testing.T) {
	_, err := DeriveSeed("abandon abandon abandon", "", "m/44'/118'/0'/0/0")
	require.ErrorIs(t, err, ErrMnemonic)
	_, err = DeriveSeed(strings.Repeat("abandon ", 11)+"abandon", "", "m/44'/118'/0'/0/0")
	require.ErrorIs(t, err, ErrMnemonic, "bad checksum")
	for _, p := range []string{"m/44'/118'/0'/0", "/44'/118'/0'/0/0", "m/45'/118'/0'/0/0", "m/44'/118'/x'/0/0", "nonsense"} {
		_, err := DeriveSeed(testMnemonic, "", p)
		require.ErrorIs(t, err, ErrHDPath, p)
	}
}

func TestKeyringAlgo(t *testing.T) {
	cdc, _ := codecs(t)
	kr := keyring.NewInMemory(cdc, KeyringOption())
	algos, ledger := kr.SupportedAlgorithms()
	require.True(t, algos.Contains(Algo))
	require.True(t, algos.Contains(hd.Secp256k1), "secp256k1 stays")
	require.False(t, ledger.Contains(Algo), "Ledger list unchanged")

	// Applying the option twice does not list the algorithm twice.
	opts := keyring.Options{}
	KeyringOption()(&opts)
	KeyringOption()(&opts)
	require.Len(t, opts.SupportedAlgos, 1)

	algo, err := keyring.NewSigningAlgoFromString("mldsa65", algos)
	require.NoError(t, err)
	rec, err := kr.NewAccount("carol", testMnemonic, "", "m/44'/118'/0'/0/0", algo)
	require.NoError(t, err)
	pk, err := rec.GetPubKey()
	require.NoError(t, err)
	require.IsType(t, &PubKey{}, pk)

	seed, err := DeriveSeed(testMnemonic, "", "m/44'/118'/0'/0/0")
	require.NoError(t, err)
	want, err := NewPrivKeyFromSeed(seed)
	require.NoError(t, err)
	require.True(t, want.PubKey().Equals(pk), "keyring key is the documented derivation")

	msg := []byte("sign doc")
	sig, signedBy, err := kr.Sign("carol", msg, signing.SignMode_SIGN_MODE_DIRECT)
	require.NoError(t, err)
	require.True(t, signedBy.Equals(pk))
	require.True(t, pk.VerifySignature(msg, sig))

	// The key survives the keyring's proto round trip (record → Any → PrivKey).
	armor, err := kr.ExportPrivKeyArmor("carol", "pw")
	require.NoError(t, err)
	kr2 := keyring.NewInMemory(cdc, KeyringOption())
	require.NoError(t, kr2.ImportPrivKey("carol", armor, "pw"))
	rec2, err := kr2.Key("carol")
	require.NoError(t, err)
	pk2, err := rec2.GetPubKey()
	require.NoError(t, err)
	require.True(t, pk.Equals(pk2))

	// Without the option the keyring does not know the algorithm.
	plain := keyring.NewInMemory(cdc)
	plainAlgos, _ := plain.SupportedAlgorithms()
	_, err = keyring.NewSigningAlgoFromString("mldsa65", plainAlgos)
	require.ErrorIs(t, err, keyring.ErrUnsupportedSigningAlgo)
}

func TestGenerateFromEmptyBytes(t *testing.T) {
	// keys add --pubkey asks Generate for an empty key only to learn its type URL.
	sk := Algo.Generate()([]byte{})
	require.Len(t, sk.Bytes(), SeedSize)
	require.Equal(t, KeyType, sk.PubKey().Type())
}
