// Package signer is a validator's bridge signer: it holds the Ethereum key named in
// app.toml [bridge] and, in ExtendVote, signs the valset and batch digests it has not signed
// yet and adds the watcher's readings of the L2 contracts.
package signer

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// ErrKeyExists is returned when a key file is about to be overwritten.
var ErrKeyExists = errors.New("bridge key file exists")

// LoadKey reads a key file: the secp256k1 private key in hex (64 digits, optional 0x), as
// geth's --nodekey files. It must not be readable by others.
func LoadKey(path string) (*ecdsa.PrivateKey, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("bridge key: %w", err)
	}
	if fi.Mode().Perm()&0o077 != 0 {
		return nil, fmt.Errorf("bridge key %s: mode %v is readable by others; chmod 600 it", path, fi.Mode().Perm())
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("bridge key: %w", err)
	}
	return ParseKey(string(raw))
}

// ParseKey reads a hex private key.
func ParseKey(s string) (*ecdsa.PrivateKey, error) {
	s = strings.TrimPrefix(strings.TrimSpace(s), "0x")
	k, err := crypto.HexToECDSA(s)
	if err != nil {
		return nil, fmt.Errorf("bridge key: %w", err)
	}
	return k, nil
}

// GenerateKeyFile writes a new key to path (mode 0600, directories 0700) and returns its
// address. It never overwrites a key.
func GenerateKeyFile(path string) (common.Address, error) {
	if _, err := os.Stat(path); err == nil {
		return common.Address{}, fmt.Errorf("%w: %s", ErrKeyExists, path)
	}
	k, err := crypto.GenerateKey()
	if err != nil {
		return common.Address{}, err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return common.Address{}, err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return common.Address{}, err
	}
	if _, err := fmt.Fprintf(f, "%x\n", crypto.FromECDSA(k)); err != nil {
		f.Close()
		return common.Address{}, err
	}
	if err := f.Close(); err != nil {
		return common.Address{}, err
	}
	return crypto.PubkeyToAddress(k.PublicKey), nil
}
