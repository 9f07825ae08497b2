package deploy

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dpn-network/dpn/contracts/bindings"
)

// Errors of the paymaster's deployment.
var (
	ErrNoCredits    = errors.New("deploy: ComputeCredits' address is required")
	ErrNoEntryPoint = errors.New("deploy: no contract at the entry point address")
)

// DefaultPaymasterDeposit is the paymaster's first EntryPoint deposit: it fronts each
// sponsored operation's gas until postOp repays it, so it bounds how many operations can be
// in one bundle (0.1 ETH is some 300 purchases at 1 gwei).
var DefaultPaymasterDeposit = new(big.Int).Exp(big.NewInt(10), big.NewInt(17), nil)

// PaymasterParams describe the sponsored-purchase contracts added to a deployment.
type PaymasterParams struct {
	// Credits is the deployment's ComputeCredits; the deploying key must still own it, since
	// it names its paymaster once (setPaymaster).
	Credits common.Address
	// EntryPoint is the L2's EntryPoint v0.8; zero deploys one (a local L2 has none).
	EntryPoint common.Address
	// Deposit is the paymaster's first EntryPoint deposit (default DefaultPaymasterDeposit).
	Deposit *big.Int
	// Owner is offered the paymaster (allowed account code, maxPreVerificationGas, debts, its
	// deposit; Ownable2Step: it must call acceptOwnership); default the deploying key.
	Owner common.Address
	// Poll is how often receipts are looked for (default 200 ms).
	Poll time.Duration
}

// PaymasterAddresses are what DeployPaymaster produced.
type PaymasterAddresses struct {
	ChainID              uint64         `json:"chain_id"`
	EntryPoint           common.Address `json:"entry_point"`
	SimpleAccountFactory common.Address `json:"simple_account_factory"`
	DPNPaymaster         common.Address `json:"dpn_paymaster"`
	ComputeCredits       common.Address `json:"compute_credits"`
	// AccountCodeHash is the code hash of the factory's accounts, which the paymaster
	// sponsors.
	AccountCodeHash common.Hash  `json:"account_code_hash"`
	Deposit         *hexutil.Big `json:"deposit_wei"`
	// PendingOwner is set when the paymaster waits for Owner's acceptOwnership.
	PendingOwner *common.Address `json:"pending_owner,omitempty"`
}

// DeployPaymaster deploys what wallets need to buy credits through ERC-4337 next to a
// deployment's ComputeCredits: the EntryPoint when the L2 has none, SimpleAccountFactory and
// DPNPaymaster; it names the paymaster in ComputeCredits, allows the factory's accounts'
// code and makes the first deposit.
func DeployPaymaster(ctx context.Context, backend Backend, key *ecdsa.PrivateKey, p PaymasterParams, log *slog.Logger) (PaymasterAddresses, error) {
	if log == nil {
		log = slog.Default()
	}
	deployer := crypto.PubkeyToAddress(key.PublicKey)
	if p.Credits == (common.Address{}) {
		return PaymasterAddresses{}, ErrNoCredits
	}
	if p.Deposit == nil {
		p.Deposit = DefaultPaymasterDeposit
	}
	if p.Owner == (common.Address{}) {
		p.Owner = deployer
	}
	if p.Poll <= 0 {
		p.Poll = 200 * time.Millisecond
	}
	chainID, err := backend.ChainID(ctx)
	if err != nil {
		return PaymasterAddresses{}, fmt.Errorf("chain id: %w", err)
	}
	out := PaymasterAddresses{ChainID: chainID.Uint64(), EntryPoint: p.EntryPoint, ComputeCredits: p.Credits, Deposit: (*hexutil.Big)(p.Deposit)}
	opts, err := bind.NewKeyedTransactorWithChainID(key, chainID)
	if err != nil {
		return out, err
	}
	opts.Context = ctx
	d := &deployment{ctx: ctx, backend: backend, poll: p.Poll, log: log}
	var tx *types.Transaction
	if p.EntryPoint == (common.Address{}) {
		out.EntryPoint, tx, _, err = bindings.DeployEntryPoint(opts, backend)
		d.mined("EntryPoint", tx, err)
	} else if code, err := backend.CodeAt(ctx, p.EntryPoint, nil); err != nil || len(code) == 0 {
		return out, fmt.Errorf("%w: %s (%v)", ErrNoEntryPoint, p.EntryPoint, err)
	}
	if d.err != nil {
		return out, d.err
	}
	var factory *bindings.SimpleAccountFactory
	out.SimpleAccountFactory, tx, factory, err = bindings.DeploySimpleAccountFactory(opts, backend, out.EntryPoint)
	d.mined("SimpleAccountFactory", tx, err)
	var pm *bindings.DPNPaymaster
	if d.err == nil {
		out.DPNPaymaster, tx, pm, err = bindings.DeployDPNPaymaster(opts, backend, out.EntryPoint, p.Credits)
		d.mined("DPNPaymaster", tx, err)
	}
	if d.err != nil {
		return out, d.err
	}
	credits, err := bindings.NewComputeCredits(p.Credits, backend)
	if err != nil {
		return out, err
	}
	tx, err = credits.SetPaymaster(opts, out.DPNPaymaster)
	d.mined("credits.setPaymaster", tx, err)
	if d.err != nil {
		return out, d.err
	}
	if out.AccountCodeHash, err = accountCodeHash(ctx, backend, factory, deployer); err != nil {
		return out, err
	}
	tx, err = pm.SetAccountCode(opts, out.AccountCodeHash, true)
	d.mined("paymaster.setAccountCode", tx, err)
	if d.err == nil && p.Deposit.Sign() > 0 {
		dep := *opts
		dep.Value = p.Deposit
		tx, err = pm.Deposit(&dep)
		d.mined("paymaster.deposit", tx, err)
	}
	if d.err == nil && p.Owner != deployer {
		tx, err = pm.TransferOwnership(opts, p.Owner)
		d.mined("paymaster.transferOwnership", tx, err)
		if d.err == nil {
			out.PendingOwner = &p.Owner
		}
	}
	return out, d.err
}

// accountCodeHash is the code hash every account of factory has: that of an ERC1967Proxy,
// which keeps its implementation in storage, so one hash covers them all. The code comes
// from running the proxy's creation as a call, so no account is deployed for it.
func accountCodeHash(ctx context.Context, backend Backend, factory *bindings.SimpleAccountFactory, deployer common.Address) (common.Hash, error) {
	impl, err := factory.AccountImplementation(&bind.CallOpts{Context: ctx})
	if err != nil {
		return common.Hash{}, fmt.Errorf("account implementation: %w", err)
	}
	sa, err := bindings.SimpleAccountMetaData.GetAbi()
	if err != nil {
		return common.Hash{}, err
	}
	init, err := sa.Pack("initialize", deployer)
	if err != nil {
		return common.Hash{}, err
	}
	proxy, err := bindings.ERC1967ProxyMetaData.GetAbi()
	if err != nil {
		return common.Hash{}, err
	}
	args, err := proxy.Pack("", impl, init)
	if err != nil {
		return common.Hash{}, err
	}
	creation := append(common.FromHex(bindings.ERC1967ProxyMetaData.Bin), args...)
	code, err := backend.CallContract(ctx, ethereum.CallMsg{From: deployer, Data: creation}, nil)
	if err != nil {
		return common.Hash{}, fmt.Errorf("account code: %w", err)
	}
	if len(code) == 0 {
		return common.Hash{}, errors.New("account code: the proxy's creation returned no code")
	}
	return crypto.Keccak256Hash(code), nil
}
