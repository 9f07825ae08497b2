package pqc

import (
	"crypto/hkdf"
	"crypto/sha512"

	"github.com/cosmos/go-bip39"

	errorsmod "cosmossdk.io/errors"

	"github.com/cosmos/cosmos-sdk/crypto/hd"
	"github.com/cosmos/cosmos-sdk/crypto/keyring"
	cryptotypes "github.com/cosmos/cosmos-sdk/crypto/types"
)

// PubKeyType is the keyring's name for the algorithm: `dpnd keys add NAME --algo mldsa65`.
const PubKeyType = hd.PubKeyType(KeyType)

// seedSalt domain-separates ML-DSA-65 seeds from every other use of the BIP-39 seed.
const seedSalt = "DPN ML-DSA-65 account key v1"

// Algo is the keyring signing algorithm for ML-DSA-65 account keys.
var Algo keyring.SignatureAlgo = mldsaAlgo{}

type mldsaAlgo struct{}

func (mldsaAlgo) Name() hd.PubKeyType { return PubKeyType }

// Derive returns the 32-byte ML-DSA-65 seed for a mnemonic, passphrase and HD path:
//
//	seed = HKDF-SHA-512(IKM = BIP-39 seed(mnemonic, passphrase), salt = seedSalt,
//	                    info = canonical HD path, L = 32)
//
// It deliberately does not go through BIP-32: a BIP-32 child key is also the secp256k1 key
// of the same path, whose public key a quantum attacker could invert; this seed depends on
// no classical public key. The path is parsed and re-printed so that equivalent spellings
// give the same key; an empty path means the master key, as for secp256k1.
func (mldsaAlgo) Derive() hd.DeriveFn {
	return func(mnemonic, bip39Passphrase, hdPath string) ([]byte, error) {
		return DeriveSeed(mnemonic, bip39Passphrase, hdPath)
	}
}

// Generate returns the private key with the given seed. The keyring only passes Derive's
// 32-byte output (or an empty slice, to learn the key's type URL); shorter input is
// zero-padded and longer input truncated, as the SDK's secp256k1 algorithm does.
func (mldsaAlgo) Generate() hd.GenerateFn {
	return func(bz []byte) cryptotypes.PrivKey {
		seed := make([]byte, SeedSize)
		copy(seed, bz)
		return &PrivKey{Key: seed}
	}
}

// DeriveSeed is Algo's derivation (see Derive).
func DeriveSeed(mnemonic, bip39Passphrase, hdPath string) ([]byte, error) {
	bipSeed, err := bip39.NewSeedWithErrorChecking(mnemonic, bip39Passphrase)
	if err != nil {
		return nil, errorsmod.Wrap(ErrMnemonic, err.Error())
	}
	info := ""
	if hdPath != "" {
		params, err := hd.NewParamsFromPath(hdPath)
		if err != nil {
			return nil, errorsmod.Wrap(ErrHDPath, err.Error())
		}
		info = params.String()
	}
	seed, err := hkdf.Key(sha512.New, bipSeed, []byte(seedSalt), info, SeedSize)
	if err != nil {
		return nil, errorsmod.Wrap(ErrHDPath, err.Error()) // unreachable: L is far below HKDF's limit
	}
	return seed, nil
}

// KeyringOption adds ML-DSA-65 to a keyring's supported algorithms (Ledger devices do not
// hold ML-DSA keys, so the Ledger list is left as it is).
func KeyringOption() keyring.Option {
	return func(o *keyring.Options) {
		if !o.SupportedAlgos.Contains(Algo) {
			o.SupportedAlgos = append(o.SupportedAlgos, Algo)
		}
	}
}
