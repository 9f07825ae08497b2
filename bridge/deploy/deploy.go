// Package deploy puts DPN's settlement contracts on one L2: the KYC registry, the token's
// timelocked owner, DPNToken, DPNSettlement and ComputeCredits wired together, and a
// verifying key.
package deploy

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dpn-network/dpn/bridge"
	"github.com/dpn-network/dpn/bridge/quorum"
	"github.com/dpn-network/dpn/bridge/retry"
	"github.com/dpn-network/dpn/bridge/submitter"
	"github.com/dpn-network/dpn/contracts/bindings"
	"github.com/dpn-network/dpn/contracts/l2sim"
)

// MinOwnerDelay is DPNToken's MIN_OWNER_DELAY: the token refuses an owner whose timelock
// waits less.
const MinOwnerDelay = 2 * 24 * time.Hour

// Errors of deployment.
var (
	ErrNoChainID      = errors.New("deploy: the DPN chain id is required")
	ErrOwnerDelay     = errors.New("deploy: the owner delay is below DPNToken's two days")
	ErrPartitionName  = errors.New("deploy: a partition name is empty or longer than 32 bytes")
	ErrNoPartitions   = errors.New("deploy: at least one partition is required")
	ErrDeployReverted = errors.New("deploy: transaction reverted")
)

// Partition is a token partition the settlement issues into.
type Partition struct {
	Name        string `json:"name"`
	KYCRequired bool   `json:"kyc_required"`
}

// PartitionID is a partition name as the contracts key it: its bytes, zero-padded on the
// right to 32 (so "earnings" reads as itself in a block explorer).
func PartitionID(name string) ([32]byte, error) {
	var id [32]byte
	if name == "" || len(name) > 32 {
		return id, fmt.Errorf("%w: %q", ErrPartitionName, name)
	}
	copy(id[:], name)
	return id, nil
}

// Params describe a deployment. Zero values take the defaults noted.
type Params struct {
	DPNChainID string        // the DPN chain id string the signatures bind (required)
	Valset     bridge.Valset // the settlement's first validator set
	// Owner is governance on this L2: it owns the KYC registry, the settlement and
	// ComputeCredits (whose proceeds it withdraws), and is the timelock's only proposer and
	// executor (default: the deploying key).
	Owner common.Address
	// OwnerDelay is the token owner's timelock delay (default and least: two days).
	OwnerDelay  time.Duration
	TokenName   string      // default "DPN"
	TokenSymbol string      // default "DPN"
	Partitions  []Partition // the first is the default partition (default: "earnings", no KYC)
	// MinPurchaseWei is the smallest purchase ComputeCredits accepts (default 10^12 wei, a
	// millionth of an ETH: each purchase is an event every validator applies, so dust is
	// kept out while any real purchase passes).
	MinPurchaseWei *big.Int
	// VerifyingKey, a snarkjs verification_key.json, is registered when given.
	VerifyingKey []byte
	// Poll is how often receipts are looked for (default 200 ms).
	Poll time.Duration
}

// Addresses are what a deployment produced.
type Addresses struct {
	ChainID        uint64         `json:"chain_id"`
	KYCRegistry    common.Address `json:"kyc_registry"`
	Timelock       common.Address `json:"timelock"`
	DPNToken       common.Address `json:"dpn_token"`
	DPNSettlement  common.Address `json:"dpn_settlement"`
	ComputeCredits common.Address `json:"compute_credits"`
	Owner          common.Address `json:"owner"`
	VerifyingKeyID *common.Hash   `json:"verifying_key_id,omitempty"`
	// PendingOwner is set when the settlement and ComputeCredits still wait for Owner's
	// acceptOwnership: the deployer kept them long enough to wire them to each other (and
	// to register the verifying key).
	PendingOwner *common.Address `json:"pending_owner,omitempty"`
}

// Backend is the L2 node a deployment talks to.
type Backend interface {
	bind.ContractBackend
	ethereum.TransactionReader
	ChainID(ctx context.Context) (*big.Int, error)
}

func (p *Params) setDefaults(deployer common.Address) error {
	if p.DPNChainID == "" {
		return ErrNoChainID
	}
	if err := quorum.CheckValset(p.Valset); err != nil {
		return err
	}
	if p.Owner == (common.Address{}) {
		p.Owner = deployer
	}
	if p.OwnerDelay == 0 {
		p.OwnerDelay = MinOwnerDelay
	}
	if p.OwnerDelay < MinOwnerDelay {
		return ErrOwnerDelay
	}
	if p.TokenName == "" {
		p.TokenName = "DPN"
	}
	if p.TokenSymbol == "" {
		p.TokenSymbol = "DPN"
	}
	if p.Partitions == nil {
		p.Partitions = []Partition{{Name: "earnings"}}
	}
	if len(p.Partitions) == 0 {
		return ErrNoPartitions
	}
	if p.MinPurchaseWei == nil {
		p.MinPurchaseWei = big.NewInt(1e12)
	}
	if p.Poll <= 0 {
		p.Poll = 200 * time.Millisecond
	}
	return nil
}

// Deploy deploys and wires the contracts with key, waiting for each transaction.
func Deploy(ctx context.Context, backend Backend, key *ecdsa.PrivateKey, p Params, log *slog.Logger) (Addresses, error) {
	if log == nil {
		log = slog.Default()
	}
	deployer := crypto.PubkeyToAddress(key.PublicKey)
	if err := p.setDefaults(deployer); err != nil {
		return Addresses{}, err
	}
	var vk []byte
	if p.VerifyingKey != nil {
		var err error
		if vk, err = l2sim.DecodeVerifyingKey(p.VerifyingKey); err != nil {
			return Addresses{}, err
		}
	}
	partitions := make([][32]byte, len(p.Partitions))
	kyc := make([]bool, len(p.Partitions))
	for i, part := range p.Partitions {
		id, err := PartitionID(part.Name)
		if err != nil {
			return Addresses{}, err
		}
		partitions[i], kyc[i] = id, part.KYCRequired
	}
	chainID, err := backend.ChainID(ctx)
	if err != nil {
		return Addresses{}, fmt.Errorf("chain id: %w", err)
	}
	opts, err := bind.NewKeyedTransactorWithChainID(key, chainID)
	if err != nil {
		return Addresses{}, err
	}
	opts.Context = ctx
	d := &deployment{ctx: ctx, backend: backend, poll: p.Poll, log: log}
	out := Addresses{ChainID: chainID.Uint64(), Owner: p.Owner}

	// The deployer owns the settlement and ComputeCredits until they name each other (and
	// the key is registered), then offers them to the owner. The paymaster is left to the
	// owner (ComputeCredits.setPaymaster): it needs the L2's EntryPoint.
	//
	// The order of the first four transactions fixes the settlement's address, which
	// PredictSettlement tells a chain's genesis before the contracts exist.
	var tx *types.Transaction
	out.KYCRegistry, tx, _, err = bindings.DeployKYCRegistry(opts, backend, p.Owner)
	d.mined("KYCRegistry", tx, err)
	out.Timelock, tx, _, err = bindings.DeployTimelockController(opts, backend, big.NewInt(int64(p.OwnerDelay/time.Second)),
		[]common.Address{p.Owner}, []common.Address{p.Owner}, common.Address{})
	d.mined("TimelockController", tx, err)
	if d.err != nil {
		return out, d.err
	}
	var token *bindings.DPNToken
	out.DPNToken, tx, token, err = bindings.DeployDPNToken(opts, backend, p.TokenName, p.TokenSymbol, out.Timelock, out.KYCRegistry, partitions, kyc)
	d.mined("DPNToken", tx, err)
	if d.err != nil {
		return out, d.err
	}
	var settlement *bindings.DPNSettlement
	out.DPNSettlement, tx, settlement, err = bindings.DeployDPNSettlement(opts, backend, out.DPNToken, p.DPNChainID, submitter.ValsetBinding(p.Valset), deployer)
	d.mined("DPNSettlement", tx, err)
	if d.err != nil {
		return out, d.err
	}
	tx, err = token.SetSettlement(opts, out.DPNSettlement)
	d.mined("token.setSettlement", tx, err)
	var credits *bindings.ComputeCredits
	out.ComputeCredits, tx, credits, err = bindings.DeployComputeCredits(opts, backend, deployer, p.MinPurchaseWei)
	d.mined("ComputeCredits", tx, err)
	if d.err != nil {
		return out, d.err
	}
	// In this order: setCredits checks that ComputeCredits names the settlement.
	tx, err = credits.SetSettlement(opts, out.DPNSettlement)
	d.mined("credits.setSettlement", tx, err)
	if d.err == nil {
		tx, err = settlement.SetCredits(opts, out.ComputeCredits)
		d.mined("settlement.setCredits", tx, err)
	}
	if vk != nil && d.err == nil {
		id := bridge.VerifyingKeyID(vk)
		tx, err = settlement.RegisterVerifyingKey(opts, id, vk)
		d.mined("registerVerifyingKey", tx, err)
		out.VerifyingKeyID = &id
	}
	if p.Owner != deployer && d.err == nil {
		tx, err = settlement.TransferOwnership(opts, p.Owner)
		d.mined("settlement.transferOwnership", tx, err)
		if d.err == nil {
			tx, err = credits.TransferOwnership(opts, p.Owner)
			d.mined("credits.transferOwnership", tx, err)
		}
		if d.err == nil {
			out.PendingOwner = &p.Owner
		}
	}
	return out, d.err
}

// deployment keeps the first error, so the steps read as a list.
type deployment struct {
	ctx     context.Context
	backend Backend
	poll    time.Duration
	log     *slog.Logger
	err     error
}

func (d *deployment) mined(what string, tx *types.Transaction, err error) {
	if d.err != nil {
		return
	}
	if err != nil {
		d.err = fmt.Errorf("%s: %w", what, err)
		return
	}
	t := time.NewTicker(d.poll)
	defer t.Stop()
	for {
		r, err := d.backend.TransactionReceipt(d.ctx, tx.Hash())
		if err == nil {
			if r.Status != types.ReceiptStatusSuccessful {
				d.err = fmt.Errorf("%w: %s (%s)", ErrDeployReverted, what, tx.Hash())
				return
			}
			d.log.Info("deployed", "step", what, "tx", tx.Hash(), "gas_used", r.GasUsed)
			return
		}
		if !errors.Is(err, ethereum.NotFound) && !retry.Transient(err) && !strings.Contains(err.Error(), "indexing is in progress") {
			d.err = fmt.Errorf("%s receipt: %w", what, err)
			return
		}
		select {
		case <-d.ctx.Done():
			d.err = d.ctx.Err()
			return
		case <-t.C:
		}
	}
}
