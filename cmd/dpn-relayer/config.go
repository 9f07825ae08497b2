package main

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/pelletier/go-toml/v2"
)

// Errors of configuration.
var (
	errNoDestinations = errors.New("no destination: give --dest or [[destinations]] in the config file")
	errDestination    = errors.New("malformed destination")
	errKeyFileMode    = errors.New("key file is readable by others; chmod 600 it")
	errGwei           = errors.New("not a fee in gwei")
	errConfigFormat   = errors.New("config file must end in .toml or .json")
	errNoChainGRPC    = errors.New("no chain gRPC address: give --chain-grpc or chain_grpc")
	errNoKeyFile      = errors.New("no key file: give --key-file or key_file")
	errDuration       = errors.New("not a positive duration")
)

// config is the run command's configuration, as a TOML or JSON file has it; flags override.
type config struct {
	ChainGRPC          string        `toml:"chain_grpc" json:"chain_grpc"`
	KeyFile            string        `toml:"key_file" json:"key_file"`
	MaxFeePerGasGwei   string        `toml:"max_fee_per_gas_gwei" json:"max_fee_per_gas_gwei"`
	MaxPriorityFeeGwei string        `toml:"max_priority_fee_per_gas_gwei" json:"max_priority_fee_per_gas_gwei"`
	Poll               string        `toml:"poll" json:"poll"`
	ReplaceAfter       string        `toml:"replace_after" json:"replace_after"`
	ExpiryMargin       string        `toml:"expiry_margin" json:"expiry_margin"`
	MetricsAddr        string        `toml:"metrics_addr" json:"metrics_addr"`
	Destinations       []destination `toml:"destinations" json:"destinations"`
	GasHeadroomPercent uint64        `toml:"gas_headroom_percent" json:"gas_headroom_percent"`
	ReceiptPoll        string        `toml:"receipt_poll" json:"receipt_poll"`
}

// destination is one L2 deployment.
type destination struct {
	Name       string `toml:"name" json:"name"`
	RPC        string `toml:"rpc" json:"rpc"`
	Settlement string `toml:"settlement" json:"settlement"`
}

// Defaults, and why.
const (
	// 50 gwei is far above what Optimism and Arbitrum charge (well under 1 gwei) and what a
	// geth --dev chain starts at (1 gwei), yet bounds a fee spike's damage.
	defaultMaxFeeGwei = "50"
	// 2 gwei covers any tip an L2 sequencer asks; the node's suggestion is used below it.
	defaultMaxPriorityFeeGwei = "2"
	defaultPoll               = "1s"
	defaultReplaceAfter       = "30s"
	defaultExpiryMargin       = "60s"
	defaultMetricsAddr        = "127.0.0.1:9464"
)

func defaultConfig() config {
	return config{
		MaxFeePerGasGwei: defaultMaxFeeGwei, MaxPriorityFeeGwei: defaultMaxPriorityFeeGwei, Poll: defaultPoll,
		ReplaceAfter: defaultReplaceAfter, ExpiryMargin: defaultExpiryMargin, MetricsAddr: defaultMetricsAddr,
	}
}

// loadConfig reads path over the defaults; unknown keys are refused, as they are typos.
func loadConfig(path string) (config, error) {
	c := defaultConfig()
	data, err := os.ReadFile(path)
	if err != nil {
		return c, err
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".toml":
		dec := toml.NewDecoder(bytes.NewReader(data))
		dec.DisallowUnknownFields()
		err = dec.Decode(&c)
	case ".json":
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.DisallowUnknownFields()
		err = dec.Decode(&c)
	default:
		return c, fmt.Errorf("%w: %s", errConfigFormat, path)
	}
	if err != nil {
		return c, fmt.Errorf("%s: %w", path, err)
	}
	return c, nil
}

// parseDestination reads NAME=RPC_URL,SETTLEMENT_ADDRESS.
func parseDestination(s string) (destination, error) {
	name, rest, ok := strings.Cut(s, "=")
	url, addr, ok2 := strings.Cut(rest, ",")
	if !ok || !ok2 || name == "" || url == "" {
		return destination{}, fmt.Errorf("%w %q: want NAME=RPC_URL,SETTLEMENT_ADDRESS", errDestination, s)
	}
	return destination{Name: name, RPC: url, Settlement: addr}, nil
}

func (d destination) address() (common.Address, error) {
	if !common.IsHexAddress(d.Settlement) {
		return common.Address{}, fmt.Errorf("%w %s: settlement %q is not an address", errDestination, d.Name, d.Settlement)
	}
	return common.HexToAddress(d.Settlement), nil
}

// gwei converts a decimal number of gwei ("0.05") to wei.
func gwei(s string) (*big.Int, error) {
	r, ok := new(big.Rat).SetString(strings.TrimSpace(s))
	if !ok || r.Sign() < 0 {
		return nil, fmt.Errorf("%w: %q", errGwei, s)
	}
	r.Mul(r, new(big.Rat).SetInt64(1e9))
	if !r.IsInt() {
		return nil, fmt.Errorf("%w: %q is not a whole number of wei", errGwei, s)
	}
	return r.Num(), nil
}

func duration(what, s string) (time.Duration, error) {
	d, err := time.ParseDuration(s)
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("%w: %s %q (write e.g. 1s or 500ms)", errDuration, what, s)
	}
	return d, nil
}

// loadKey reads a hex secp256k1 private key from a file only its owner can read.
func loadKey(path string) (*ecdsa.PrivateKey, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if info.Mode().Perm()&0o077 != 0 {
		return nil, fmt.Errorf("%w: %s has mode %04o", errKeyFileMode, path, info.Mode().Perm())
	}
	key, err := crypto.LoadECDSA(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return key, nil
}
