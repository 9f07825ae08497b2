package l2sim

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/dpn-network/dpn/contracts/bindings"
)

// DPNChainID is the DPN chain id the simulated deployment is bound to.
const DPNChainID = "dpn-test-1"

// Partition names used by the simulated deployment.
var (
	PartitionEarnings = [32]byte{'e', 'a', 'r', 'n', 'i', 'n', 'g', 's'}
	PartitionKYC      = [32]byte{'r', 'e', 'g', 'u', 'l', 'a', 't', 'e', 'd'}
)

// OwnerDelay is the token owner's timelock delay in the simulated deployment: DPNToken's
// MIN_OWNER_DELAY, the least it accepts.
const OwnerDelay = 2 * 24 * time.Hour

// ErrTxFailed is returned when a mined transaction reverted.
var ErrTxFailed = errors.New("l2sim: transaction reverted")

// Env is a simulated L2 with the DPN contracts, EntryPoint v0.8 and SimpleAccountFactory.
// The token's owner is Timelock (a TimelockController with OwnerDelay whose only proposer
// and executor is the deployer); the deployer owns the settlement and ComputeCredits, which
// name each other (setSettlement, setCredits) so that batches can refund purchases.
type Env struct {
	Backend *simulated.Backend
	Client  simulated.Client
	ChainID *big.Int

	DeployerKey *ecdsa.PrivateKey
	Deployer    *bind.TransactOpts

	KYC        *bindings.KYCRegistry
	Timelock   *bindings.TimelockController
	Token      *bindings.DPNToken
	Settlement *bindings.DPNSettlement
	Credits    *bindings.ComputeCredits
	Paymaster  *bindings.DPNPaymaster
	EntryPoint *bindings.EntryPoint
	Factory    *bindings.SimpleAccountFactory

	KYCAddr, TimelockAddr, TokenAddr, SettlementAddr, CreditsAddr, PaymasterAddr, EntryPointAddr, FactoryAddr common.Address

	// AccountCodeHash is the code hash of Factory's SimpleAccount proxies, which the
	// paymaster is set to sponsor.
	AccountCodeHash common.Hash

	Valset Set
	Domain Domain

	salt uint64 // makes every OwnerCall a distinct timelock operation
}

// Options configure NewEnvWith. The zero value is NewEnv's setup.
type Options struct {
	Fork Fork
	// ChainID of the simulated L2; nil keeps the dev chain's 1337.
	ChainID *big.Int
	// DeployerKey deploys everything; nil draws a fresh key. The same key on two chains
	// yields the same contract addresses, as a deployer reusing its nonce sequence would.
	DeployerKey *ecdsa.PrivateKey
	// Extra accounts funded with 1,000 ETH at genesis.
	Extra []*ecdsa.PrivateKey
}

// Funded is an extra account given ETH at genesis.
type Funded struct {
	Key *ecdsa.PrivateKey
}

// NewKey returns a fresh secp256k1 key.
func NewKey() *ecdsa.PrivateKey {
	k, err := crypto.GenerateKey()
	if err != nil {
		panic(err)
	}
	return k
}

// Ether is n ETH in wei.
func Ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// Fork selects the EVM rules of the simulated chain.
type Fork int

const (
	// Osaka runs the rules Optimism and Arbitrum follow today (Cancun, Prague, Osaka): the
	// default, and the rules the gas report is stated for.
	Osaka Fork = iota
	// DevChain runs go-ethereum's dev-chain default, which enables every scheduled fork,
	// including Amsterdam's state-gas metering (EIP-8037/8038) that reprices storage writes.
	DevChain
)

func chainConfig(f Fork, chainID *big.Int) *params.ChainConfig {
	c := *params.AllDevChainProtocolChanges
	if f == Osaka {
		c.AmsterdamTime = nil
		c.BogotaTime = nil
	}
	if chainID != nil {
		c.ChainID = new(big.Int).Set(chainID)
	}
	return &c
}

// NewEnv starts a simulated chain with Osaka rules, funds the deployer and extra, and
// deploys everything with valset as the settlement's first validator set.
func NewEnv(valset Set, extra ...*ecdsa.PrivateKey) (*Env, error) {
	return NewEnvWith(valset, Options{Extra: extra})
}

// NewEnvFork is NewEnv with the given EVM rules.
func NewEnvFork(fork Fork, valset Set, extra ...*ecdsa.PrivateKey) (*Env, error) {
	return NewEnvWith(valset, Options{Fork: fork, Extra: extra})
}

// NewEnvWith is NewEnv with options.
func NewEnvWith(valset Set, o Options) (*Env, error) {
	e := &Env{DeployerKey: o.DeployerKey, Valset: valset}
	if e.DeployerKey == nil {
		e.DeployerKey = NewKey()
	}
	alloc := types.GenesisAlloc{crypto.PubkeyToAddress(e.DeployerKey.PublicKey): {Balance: Ether(1_000_000)}}
	for _, k := range o.Extra {
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: Ether(1000)}
	}
	withFork := func(_ *node.Config, ec *ethconfig.Config) { ec.Genesis.Config = chainConfig(o.Fork, o.ChainID) }
	e.Backend = simulated.NewBackend(alloc, withFork, simulated.WithBlockGasLimit(100_000_000), simulated.WithCallGasLimit(100_000_000))
	e.Client = e.Backend.Client()
	id, err := e.Client.ChainID(context.Background())
	if err != nil {
		return nil, err
	}
	e.ChainID = id
	e.Deployer = e.Transactor(e.DeployerKey)
	if err := e.deploy(); err != nil {
		e.Close()
		return nil, err
	}
	return e, nil
}

// Close stops the simulated chain.
func (e *Env) Close() { _ = e.Backend.Close() }

// Transactor signs transactions with key on the simulated chain.
func (e *Env) Transactor(key *ecdsa.PrivateKey) *bind.TransactOpts {
	o, err := bind.NewKeyedTransactorWithChainID(key, e.ChainID)
	if err != nil {
		panic(err)
	}
	return o
}

// Mine commits the pending block and returns the receipt of tx, or ErrTxFailed.
func (e *Env) Mine(tx *types.Transaction, err error) (*types.Receipt, error) {
	if err != nil {
		return nil, err
	}
	e.Backend.Commit()
	r, err := e.Client.TransactionReceipt(context.Background(), tx.Hash())
	if err != nil {
		return nil, err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("%w: %s", ErrTxFailed, tx.Hash())
	}
	return r, nil
}

func (e *Env) deploy() error {
	d := e.Deployer
	owner := d.From
	var firstErr error
	mine := func(name string) func(*types.Transaction, error) {
		return func(t *types.Transaction, err error) {
			if firstErr != nil {
				return
			}
			if _, err := e.Mine(t, err); err != nil {
				firstErr = fmt.Errorf("deploy %s: %w", name, err)
			}
		}
	}
	var tx *types.Transaction
	var err error
	e.KYCAddr, tx, e.KYC, err = bindings.DeployKYCRegistry(d, e.Client, owner)
	mine("KYCRegistry")(tx, err)
	e.TimelockAddr, tx, e.Timelock, err = bindings.DeployTimelockController(d, e.Client,
		big.NewInt(int64(OwnerDelay/time.Second)), []common.Address{owner}, []common.Address{owner}, common.Address{})
	mine("TimelockController")(tx, err)
	e.TokenAddr, tx, e.Token, err = bindings.DeployDPNToken(d, e.Client, "DPN", "DPN", e.TimelockAddr, e.KYCAddr,
		[][32]byte{PartitionEarnings, PartitionKYC}, []bool{false, true})
	mine("DPNToken")(tx, err)
	e.SettlementAddr, tx, e.Settlement, err = bindings.DeployDPNSettlement(d, e.Client, e.TokenAddr, DPNChainID, e.Valset.Binding(), owner)
	mine("DPNSettlement")(tx, err)
	if firstErr != nil {
		return firstErr
	}
	mine("setSettlement")(e.Token.SetSettlement(d, e.SettlementAddr))
	e.EntryPointAddr, tx, e.EntryPoint, err = bindings.DeployEntryPoint(d, e.Client)
	mine("EntryPoint")(tx, err)
	e.FactoryAddr, tx, e.Factory, err = bindings.DeploySimpleAccountFactory(d, e.Client, e.EntryPointAddr)
	mine("SimpleAccountFactory")(tx, err)
	e.CreditsAddr, tx, e.Credits, err = bindings.DeployComputeCredits(d, e.Client, owner, big.NewInt(1e12))
	mine("ComputeCredits")(tx, err)
	e.PaymasterAddr, tx, e.Paymaster, err = bindings.DeployDPNPaymaster(d, e.Client, e.EntryPointAddr, e.CreditsAddr)
	mine("DPNPaymaster")(tx, err)
	if firstErr != nil {
		return firstErr
	}
	mine("setPaymaster")(e.Credits.SetPaymaster(d, e.PaymasterAddr))
	// In this order: setCredits checks that the credits contract names the settlement.
	mine("credits.setSettlement")(e.Credits.SetSettlement(d, e.SettlementAddr))
	mine("settlement.setCredits")(e.Settlement.SetCredits(d, e.CreditsAddr))
	if firstErr != nil {
		return firstErr
	}
	if e.AccountCodeHash, err = e.simpleAccountCodeHash(); err != nil {
		return err
	}
	mine("setAccountCode")(e.Paymaster.SetAccountCode(d, e.AccountCodeHash, true))
	dep := *d
	dep.Value = Ether(10)
	mine("paymaster deposit")(e.Paymaster.Deposit(&dep))
	e.Domain = Domain{L2ChainID: e.ChainID, Settlement: e.SettlementAddr, DPNChainID: DPNChainID}
	return firstErr
}

// simpleAccountCodeHash deploys an ERC1967Proxy of the factory's SimpleAccount, owned by
// the deployer (the code every account the factory creates has: the proxy keeps no
// immutables), and returns its code hash.
func (e *Env) simpleAccountCodeHash() (common.Hash, error) {
	impl, err := e.Factory.AccountImplementation(nil)
	if err != nil {
		return common.Hash{}, err
	}
	sa, err := bindings.SimpleAccountMetaData.GetAbi()
	if err != nil {
		return common.Hash{}, err
	}
	init, err := sa.Pack("initialize", e.Deployer.From)
	if err != nil {
		return common.Hash{}, err
	}
	addr, tx, _, err := bindings.DeployERC1967Proxy(e.Deployer, e.Client, impl, init)
	if _, err := e.Mine(tx, err); err != nil {
		return common.Hash{}, fmt.Errorf("deploy ERC1967Proxy: %w", err)
	}
	code, err := e.Client.CodeAt(context.Background(), addr, nil)
	if err != nil {
		return common.Hash{}, err
	}
	return crypto.Keccak256Hash(code), nil
}

// Wait advances the chain's clock by d, sealing an empty block.
func (e *Env) Wait(d time.Duration) error {
	// AdjustTime refuses while the pool lists pending transactions, and the pool forgets
	// the ones the last Commit included only on its own goroutine, so a Wait right after a
	// Mine can be refused for a moment.
	var err error
	for range 200 {
		if err = e.Backend.AdjustTime(d); err == nil {
			return nil
		}
		time.Sleep(5 * time.Millisecond)
	}
	return err
}

// OwnerCall is one call the token's owner (the timelock) makes, as a timelock operation.
type OwnerCall struct {
	Target common.Address
	Data   []byte
	Salt   [32]byte
}

// TokenCall is an owner call of DPNToken's method with args, with a salt of its own so
// that the same call can be made more than once.
func (e *Env) TokenCall(method string, args ...any) (OwnerCall, error) {
	a, err := bindings.DPNTokenMetaData.GetAbi()
	if err != nil {
		return OwnerCall{}, err
	}
	data, err := a.Pack(method, args...)
	if err != nil {
		return OwnerCall{}, err
	}
	e.salt++
	var salt [32]byte
	new(big.Int).SetUint64(e.salt).FillBytes(salt[:])
	return OwnerCall{Target: e.TokenAddr, Data: data, Salt: salt}, nil
}

// Schedule queues c at the timelock with the owner delay.
func (e *Env) Schedule(c OwnerCall) (*types.Receipt, error) {
	return e.Mine(e.Timelock.Schedule(e.Deployer, c.Target, new(big.Int), c.Data, [32]byte{}, c.Salt,
		big.NewInt(int64(OwnerDelay/time.Second))))
}

// Execute runs c, scheduled earlier, once its delay has passed.
func (e *Env) Execute(c OwnerCall) (*types.Receipt, error) {
	return e.Mine(e.Timelock.Execute(e.Deployer, c.Target, new(big.Int), c.Data, [32]byte{}, c.Salt))
}

// AsOwner schedules c, waits out the delay and executes it.
func (e *Env) AsOwner(c OwnerCall) (*types.Receipt, error) {
	if _, err := e.Schedule(c); err != nil {
		return nil, fmt.Errorf("schedule: %w", err)
	}
	if err := e.Wait(OwnerDelay); err != nil {
		return nil, err
	}
	return e.Execute(c)
}

// TokenAsOwner makes the owner call DPNToken's method with args through the timelock.
func (e *Env) TokenAsOwner(method string, args ...any) (*types.Receipt, error) {
	c, err := e.TokenCall(method, args...)
	if err != nil {
		return nil, err
	}
	return e.AsOwner(c)
}

// RetireSignatures are the set's signatures (all members) retiring the settlement after
// batch lastBatchNonce.
func (e *Env) RetireSignatures(lastBatchNonce uint64) []bindings.DPNSettlementSignature {
	return e.Valset.Sign(e.Domain.RetireDigest(lastBatchNonce), nil)
}

// RevertData extracts the revert data carried by err (from gas estimation or a call).
func RevertData(err error) ([]byte, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return nil, false
	}
	b, derr := hexutil.Decode(s)
	if derr != nil {
		return nil, false
	}
	return b, true
}

// CustomError decodes err's revert data as a custom error of contractABI and returns its
// name and arguments.
func CustomError(contractABI *abi.ABI, err error) (string, []any, error) {
	data, ok := RevertData(err)
	if !ok {
		return "", nil, fmt.Errorf("l2sim: no revert data in %v", err)
	}
	if len(data) < 4 {
		return "", nil, fmt.Errorf("l2sim: revert data too short: %x", data)
	}
	for name, ev := range contractABI.Errors {
		if string(ev.ID[:4]) == string(data[:4]) {
			args, uerr := ev.Inputs.Unpack(data[4:])
			if uerr != nil {
				return name, nil, uerr
			}
			return name, args, nil
		}
	}
	return "", nil, fmt.Errorf("l2sim: unknown error selector %x (%s)", data[:4], strings.TrimSpace(err.Error()))
}

// SendETH transfers value wei from key to to and mines it.
func (e *Env) SendETH(key *ecdsa.PrivateKey, to common.Address, value *big.Int) error {
	ctx := context.Background()
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := e.Client.PendingNonceAt(ctx, from)
	if err != nil {
		return err
	}
	price, err := e.Client.SuggestGasPrice(ctx)
	if err != nil {
		return err
	}
	tx, err := types.SignTx(types.NewTransaction(nonce, to, value, 21_000, price, nil), types.LatestSignerForChainID(e.ChainID), key)
	if err != nil {
		return err
	}
	if err := e.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	_, err = e.Mine(tx, nil)
	return err
}
