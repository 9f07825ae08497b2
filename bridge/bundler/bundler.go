// Package bundler is DPN's ERC-4337 bundler: a JSON-RPC server for the operations DPNPaymaster
// sponsors (which public bundlers refuse, since its validation reads the sender's balance),
// simulating each one on the L2 before it is taken and bundling them into handleOps.
package bundler

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/dpn-network/dpn/bridge/metrics"
	"github.com/dpn-network/dpn/bridge/revert"
	"github.com/dpn-network/dpn/bridge/sender"
	"github.com/dpn-network/dpn/contracts/bindings"
)

// L2 is the node the bundler simulates on and sends to; *ethclient.Client is one, and so is
// go-ethereum's simulated backend's client.
type L2 interface {
	sender.Backend
	bind.ContractBackend
	ChainID(ctx context.Context) (*big.Int, error)
	SimulateV1(ctx context.Context, opts ethclient.SimulateOptions, block *rpc.BlockNumberOrHash) ([]ethclient.SimulateBlockResult, error)
}

// Errors of starting.
var (
	ErrWrongChain        = errors.New("bundler: the L2 node serves another chain")
	ErrNoEntryPoint      = errors.New("bundler: no contract at the entry point address")
	ErrNoPaymaster       = errors.New("bundler: no contract at the paymaster address")
	ErrPaymasterMismatch = errors.New("bundler: the paymaster belongs to another entry point")
	ErrNoSimulate        = errors.New("bundler: the L2 node does not answer eth_simulateV1, which the bundler simulates operations with")
	ErrConfig            = errors.New("bundler: incomplete configuration")
)

// Limits bound what one operation may ask for, beyond the paymaster's own bounds (which it
// checks in validation, and estimation stays within).
type Limits struct {
	// MaxVerificationGas bounds verificationGasLimit: a SimpleAccount's creation and
	// validation take about 300,000.
	MaxVerificationGas uint64
	// MaxPaymasterVerificationGas bounds paymasterVerificationGasLimit (DPNPaymaster's
	// validation takes about 30,000).
	MaxPaymasterVerificationGas uint64
	// MaxCallGas and MaxPostOpGas bound callGasLimit and paymasterPostOpGasLimit.
	MaxCallGas, MaxPostOpGas uint64
	// MaxPreVerificationGas bounds preVerificationGas.
	MaxPreVerificationGas uint64
}

// DefaultLimits are wide enough for any SimpleAccount operation and far below a block.
var DefaultLimits = Limits{
	MaxVerificationGas: 1_000_000, MaxPaymasterVerificationGas: 300_000,
	MaxCallGas: 2_000_000, MaxPostOpGas: 500_000, MaxPreVerificationGas: 1_000_000,
}

// Config describes a bundler. Zero durations and sizes take the defaults noted.
type Config struct {
	EntryPoint common.Address // EntryPoint v0.8
	// Paymaster is DPNPaymaster: an operation naming any other paymaster is refused.
	Paymaster common.Address
	// ChainID is the L2 the bundler must be on; nil takes the node's.
	ChainID *big.Int
	// Key signs handleOps; its address is the beneficiary and needs ETH for gas.
	Key *ecdsa.PrivateKey
	// Fees are the bundle transactions' fee caps and replacement rules.
	Fees sender.Config
	// Interval is the time between bundles (default 1 s); an accepted operation also starts
	// one at once, so this bounds how long a retry waits.
	Interval time.Duration
	// MaxPending bounds the mempool (default 1024 operations).
	MaxPending int
	// MaxBundleOps bounds one bundle (default 16).
	MaxBundleOps int
	// BundleGasLimit bounds a bundle's summed operation gas and is the gas simulations get
	// (default 10,000,000: below Osaka's 16.7 M per-transaction cap with the EntryPoint's
	// overhead).
	BundleGasLimit uint64
	Limits         Limits
	// EstimateMarginPercent is added to measured gas in estimates (default 20).
	EstimateMarginPercent uint64
	// Retain is how many finished operations are kept for receipt queries (default 10,000).
	Retain int
}

func (c *Config) setDefaults() error {
	if c.Key == nil || c.EntryPoint == (common.Address{}) || c.Paymaster == (common.Address{}) {
		return fmt.Errorf("%w: the entry point, the paymaster and a key are required", ErrConfig)
	}
	if c.Interval <= 0 {
		c.Interval = time.Second
	}
	if c.MaxPending <= 0 {
		c.MaxPending = 1024
	}
	if c.MaxBundleOps <= 0 {
		c.MaxBundleOps = 16
	}
	if c.BundleGasLimit == 0 {
		c.BundleGasLimit = 10_000_000
	}
	if c.Limits == (Limits{}) {
		c.Limits = DefaultLimits
	}
	if c.EstimateMarginPercent == 0 {
		c.EstimateMarginPercent = 20
	}
	if c.Retain <= 0 {
		c.Retain = 10_000
	}
	return nil
}

// paymasterBounds are DPNPaymaster's constants on the gas limits it sponsors.
type paymasterBounds struct {
	minCall, maxCall, minPostOp, maxPostOp uint64
}

// Bundler accepts operations, keeps them in a mempool and bundles them.
type Bundler struct {
	cfg     Config
	l2      L2
	log     *slog.Logger
	chainID *big.Int
	from    common.Address

	epABI         *abi.ABI
	ep            *bindings.EntryPoint
	pm            *bindings.DPNPaymasterCaller
	bounds        paymasterBounds
	credits       common.Address
	senderCreator common.Address
	decoder       *revert.Decoder
	sender        *sender.Sender

	pool    *mempool
	results *results
	metrics *Metrics
	health  *metrics.Health
	wake    chan struct{}
}

// New checks the L2 (chain id, code at the entry point and the paymaster, eth_simulateV1)
// and reads the paymaster's bounds. Collectors go to reg.
func New(ctx context.Context, l2 L2, cfg Config, reg prometheus.Registerer, log *slog.Logger) (*Bundler, error) {
	if err := cfg.setDefaults(); err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.Default()
	}
	b := &Bundler{cfg: cfg, l2: l2, log: log, from: crypto.PubkeyToAddress(cfg.Key.PublicKey), wake: make(chan struct{}, 1)}
	var err error
	if b.chainID, err = l2.ChainID(ctx); err != nil {
		return nil, fmt.Errorf("chain id: %w", err)
	}
	if cfg.ChainID != nil && cfg.ChainID.Cmp(b.chainID) != 0 {
		return nil, fmt.Errorf("%w: chain id %s, want %s", ErrWrongChain, b.chainID, cfg.ChainID)
	}
	for _, c := range []struct {
		addr common.Address
		err  error
	}{{cfg.EntryPoint, ErrNoEntryPoint}, {cfg.Paymaster, ErrNoPaymaster}} {
		code, err := l2.CodeAt(ctx, c.addr, nil)
		if err != nil {
			return nil, fmt.Errorf("code at %s: %w", c.addr, err)
		}
		if len(code) == 0 {
			return nil, fmt.Errorf("%w: %s on chain %s", c.err, c.addr, b.chainID)
		}
	}
	b.epABI = mustABI(bindings.EntryPointMetaData)
	abis := []*abi.ABI{b.epABI, simpleAccountABI, computeCreditsABI}
	for _, md := range []*bind.MetaData{bindings.DPNPaymasterMetaData, bindings.SimpleAccountFactoryMetaData} {
		abis = append(abis, mustABI(md))
	}
	b.decoder = revert.NewDecoder(abis...)
	if b.ep, err = bindings.NewEntryPoint(cfg.EntryPoint, l2); err != nil {
		return nil, err
	}
	if b.pm, err = bindings.NewDPNPaymasterCaller(cfg.Paymaster, l2); err != nil {
		return nil, err
	}
	if err := b.readPaymaster(ctx); err != nil {
		return nil, err
	}
	if b.senderCreator, err = b.ep.SenderCreator(&bind.CallOpts{Context: ctx}); err != nil {
		return nil, fmt.Errorf("entry point's senderCreator: %w", err)
	}
	if err := b.probeSimulate(ctx); err != nil {
		return nil, err
	}
	if b.sender, err = sender.New(l2, cfg.Key, b.chainID, cfg.Fees, b.decoder, log); err != nil {
		return nil, err
	}
	b.pool = newMempool(cfg.MaxPending)
	b.results = newResults(cfg.Retain)
	b.metrics = newMetrics(reg, b.pool)
	b.health = metrics.NewHealth(max(10*cfg.Interval, 30*time.Second), "l2")
	return b, nil
}

func (b *Bundler) readPaymaster(ctx context.Context) error {
	opts := &bind.CallOpts{Context: ctx}
	ep, err := b.pm.EntryPoint(opts)
	if err != nil {
		return fmt.Errorf("paymaster's entry point: %w", err)
	}
	if ep != b.cfg.EntryPoint {
		return fmt.Errorf("%w: %s is DPNPaymaster of %s, not of %s", ErrPaymasterMismatch, b.cfg.Paymaster, ep, b.cfg.EntryPoint)
	}
	if b.credits, err = b.pm.Credits(opts); err != nil {
		return fmt.Errorf("paymaster's credits: %w", err)
	}
	for _, v := range []struct {
		dst  *uint64
		read func(*bind.CallOpts) (*big.Int, error)
	}{
		{&b.bounds.minCall, b.pm.MINCALLGASLIMIT}, {&b.bounds.maxCall, b.pm.MAXCALLGASLIMIT},
		{&b.bounds.minPostOp, b.pm.MINPOSTOPGASLIMIT}, {&b.bounds.maxPostOp, b.pm.MAXPOSTOPGASLIMIT},
	} {
		x, err := v.read(opts)
		if err != nil {
			return fmt.Errorf("paymaster's gas bounds: %w", err)
		}
		*v.dst = x.Uint64()
	}
	return nil
}

// probeSimulate fails the start when the node cannot simulate, rather than every request.
func (b *Bundler) probeSimulate(ctx context.Context) error {
	ep := b.cfg.EntryPoint
	data, err := b.epABI.Pack("getNonce", b.from, new(big.Int))
	if err != nil {
		return err
	}
	latest := rpc.BlockNumberOrHashWithNumber(rpc.LatestBlockNumber)
	_, err = b.l2.SimulateV1(ctx, ethclient.SimulateOptions{BlockStateCalls: []ethclient.SimulateBlock{{
		Calls: []ethereum.CallMsg{{From: b.from, To: &ep, Data: data}},
	}}}, &latest)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrNoSimulate, err)
	}
	return nil
}

// ChainID is the L2's chain id.
func (b *Bundler) ChainID() *big.Int { return new(big.Int).Set(b.chainID) }

// Address is the bundler's account: it signs bundles and is their beneficiary.
func (b *Bundler) Address() common.Address { return b.from }

// EntryPoint is the entry point the bundler serves.
func (b *Bundler) EntryPoint() common.Address { return b.cfg.EntryPoint }

// Health reports whether the submit loop reaches the L2.
func (b *Bundler) Health() *metrics.Health { return b.health }
