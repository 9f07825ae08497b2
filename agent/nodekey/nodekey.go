// Package nodekey keeps a node's operator keys: the BLS12-381 key that signs heartbeats
// (registered with its proof of possession) and the ML-DSA-65 key, in one file readable by
// its owner only.
package nodekey

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/dpn-network/dpn/crypto/bls"
	"github.com/dpn-network/dpn/crypto/pqc"
)

// FileName is the key file's name inside the agent's home.
const FileName = "node_key.json"

// ErrExists is returned by Create when a key file is already there: keys are never
// overwritten, since the chain knows the node by them.
var ErrExists = errors.New("nodekey: key file exists")

// Keys are a node's operator keys.
type Keys struct {
	BLS   *bls.SecretKey
	MLDSA *pqc.PrivKey
}

type file struct {
	BLSSecretKey string `json:"bls_secret_key"`
	MLDSA65Seed  string `json:"mldsa65_seed"`
}

// Generate draws fresh keys.
func Generate() (Keys, error) {
	sk, err := bls.GenerateKey(nil)
	if err != nil {
		return Keys{}, err
	}
	return Keys{BLS: sk, MLDSA: pqc.GenPrivKey()}, nil
}

// Create writes keys to dir/FileName with mode 0600, refusing to replace an existing file.
func Create(dir string, k Keys) error {
	bz, err := json.MarshalIndent(file{
		BLSSecretKey: hex.EncodeToString(k.BLS.Bytes()),
		MLDSA65Seed:  hex.EncodeToString(k.MLDSA.Bytes()),
	}, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	f, err := os.OpenFile(filepath.Join(dir, FileName), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, os.ErrExist) {
		return fmt.Errorf("%w: %s", ErrExists, filepath.Join(dir, FileName))
	}
	if err != nil {
		return err
	}
	if _, err := f.Write(append(bz, '\n')); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// Load reads dir/FileName.
func Load(dir string) (Keys, error) {
	bz, err := os.ReadFile(filepath.Join(dir, FileName))
	if err != nil {
		return Keys{}, fmt.Errorf("nodekey: %w (run `dpn-node init` first)", err)
	}
	return Parse(bz)
}

// Parse decodes a key file.
func Parse(bz []byte) (Keys, error) {
	var f file
	if err := json.Unmarshal(bz, &f); err != nil {
		return Keys{}, fmt.Errorf("nodekey: %w", err)
	}
	blsBytes, err := hex.DecodeString(f.BLSSecretKey)
	if err != nil {
		return Keys{}, fmt.Errorf("nodekey: bls_secret_key: %w", err)
	}
	sk, err := bls.ParseSecretKey(blsBytes)
	if err != nil {
		return Keys{}, fmt.Errorf("nodekey: bls_secret_key: %w", err)
	}
	seed, err := hex.DecodeString(f.MLDSA65Seed)
	if err != nil {
		return Keys{}, fmt.Errorf("nodekey: mldsa65_seed: %w", err)
	}
	ml, err := pqc.NewPrivKeyFromSeed(seed)
	if err != nil {
		return Keys{}, fmt.Errorf("nodekey: mldsa65_seed: %w", err)
	}
	return Keys{BLS: sk, MLDSA: ml}, nil
}
