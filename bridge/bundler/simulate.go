package bundler

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/dpn-network/dpn/bridge/revert"
	"github.com/dpn-network/dpn/contracts/bindings"
)

// simulatedBalance is what the bundler's account is given in simulations, so that they do
// not depend on its funds (sending does).
var simulatedBalance = new(big.Int).Lsh(big.NewInt(1), 100)

// opResult is what handleOps said about one operation, simulated or mined.
type opResult struct {
	Hash          common.Hash
	Sender        common.Address
	Nonce         *big.Int
	Paymaster     common.Address
	Success       bool
	ActualGasCost *big.Int
	ActualGasUsed *big.Int
	// RevertReason is the call's revert data (UserOperationRevertReason), PostOpReason the
	// paymaster postOp's (PostOpRevertReason); PrefundTooLow means the charge exceeded the
	// prefund (UserOperationPrefundTooLow).
	RevertReason  []byte
	PostOpReason  []byte
	PrefundTooLow bool
	// Logs are the operation's own: after the previous operation's UserOperationEvent (or
	// BeforeExecution for the first), up to its own.
	Logs []*types.Log
}

// failedOp is handleOps reverting: FailedOp or FailedOpWithRevert for the operation at
// Index, or (Index -1) a revert that is neither.
type failedOp struct {
	Index  int
	Reason string
	Inner  *revert.Error
}

func (f *failedOp) rpcError() *Error {
	if f.Index < 0 {
		_, _, text := describe(f.Inner)
		return &Error{Code: CodeRejectedByEntryPoint, Message: "handleOps reverted: " + text, Reason: "entrypoint:other"}
	}
	return failedOpError(f.Reason, f.Inner)
}

// simulation is one simulated handleOps: either it reverted (Failed) or it ran, and Ops has
// each operation's outcome.
type simulation struct {
	Failed  *failedOp
	Ops     map[common.Hash]*opResult
	GasUsed uint64
}

// opError is why the operation with hash h must not be bundled, or nil: handleOps reverts
// for it, or its call or postOp reverts.
func (s *simulation) opError(b *Bundler, h common.Hash) *Error {
	if s.Failed != nil {
		return s.Failed.rpcError()
	}
	r, ok := s.Ops[h]
	if !ok {
		return &Error{Code: CodeInternal, Message: "simulation emitted no UserOperationEvent for the operation", Reason: "l2_error"}
	}
	switch {
	case len(r.PostOpReason) > 0:
		return executionError(true, b.decode(r.PostOpReason))
	case r.PrefundTooLow:
		return &Error{Code: CodeRejectedByEntryPoint, Message: "the operation's gas cost would exceed its prefund", Reason: "entrypoint:prefund_too_low"}
	case !r.Success:
		return executionError(false, b.decode(r.RevertReason))
	}
	return nil
}

// decode explains revert data with every ABI the bundler knows (EntryPoint, DPNPaymaster,
// ComputeCredits, SimpleAccount and its factory, Error(string), Panic).
func (b *Bundler) decode(data []byte) *revert.Error {
	re, err := b.decoder.Decode(data)
	if err != nil {
		return &revert.Error{Data: append([]byte(nil), data...)}
	}
	return re
}

// simSetup is what a simulation runs in a block before handleOps (estimation creates an
// account this way) and the state overrides handleOps runs on.
type simSetup struct {
	pre       []ethereum.CallMsg
	overrides map[common.Address]ethereum.OverrideAccount
}

// handleOpsCall is handleOps(ops, bundler) from the bundler, priced at the base fee so that
// the EntryPoint charges what it would in the next block.
func (b *Bundler) handleOpsCall(ops []bindings.PackedUserOperation, baseFee *big.Int) (ethereum.CallMsg, error) {
	data, err := b.epABI.Pack("handleOps", ops, b.from)
	if err != nil {
		return ethereum.CallMsg{}, err
	}
	ep := b.cfg.EntryPoint
	return ethereum.CallMsg{From: b.from, To: &ep, Data: data, Gas: b.cfg.BundleGasLimit, GasFeeCap: baseFee, GasTipCap: new(big.Int)}, nil
}

// simulateOps runs handleOps(ops) with eth_simulateV1 on the latest block, priced at
// baseFee (the latest block's): unlike eth_call it returns the logs, so an operation whose
// validation passes but whose call reverts is seen too.
func (b *Bundler) simulateOps(ctx context.Context, ops []bindings.PackedUserOperation, baseFee *big.Int, setup simSetup) (*simulation, error) {
	if baseFee == nil {
		baseFee = new(big.Int)
	}
	call, err := b.handleOpsCall(ops, baseFee)
	if err != nil {
		return nil, err
	}
	overrides := map[common.Address]ethereum.OverrideAccount{b.from: {Balance: simulatedBalance}}
	for a, o := range setup.overrides {
		overrides[a] = o
	}
	var blocks []ethclient.SimulateBlock
	bo := &ethereum.BlockOverrides{BaseFee: baseFee}
	if len(setup.pre) > 0 {
		blocks = append(blocks, ethclient.SimulateBlock{BlockOverrides: bo, StateOverrides: map[common.Address]ethereum.OverrideAccount{b.from: {Balance: simulatedBalance}}, Calls: setup.pre})
		bo = &ethereum.BlockOverrides{BaseFee: baseFee}
	}
	blocks = append(blocks, ethclient.SimulateBlock{BlockOverrides: bo, StateOverrides: overrides, Calls: []ethereum.CallMsg{call}})
	latest := rpc.BlockNumberOrHashWithNumber(rpc.LatestBlockNumber)
	res, err := b.l2.SimulateV1(ctx, ethclient.SimulateOptions{BlockStateCalls: blocks}, &latest)
	if err != nil {
		return nil, fmt.Errorf("eth_simulateV1: %w", err)
	}
	if len(res) != len(blocks) {
		return nil, fmt.Errorf("eth_simulateV1 returned %d blocks for %d", len(res), len(blocks))
	}
	for i, pre := range res[0 : len(res)-1] {
		for j, c := range pre.Calls {
			if c.Status != types.ReceiptStatusSuccessful {
				return nil, fmt.Errorf("%w: set-up call %d.%d failed: %s", errSetup, i, j, callErrorText(c))
			}
		}
	}
	last := res[len(res)-1]
	if len(last.Calls) != 1 {
		return nil, fmt.Errorf("eth_simulateV1 returned %d calls for 1", len(last.Calls))
	}
	c := last.Calls[0]
	sim := &simulation{GasUsed: c.GasUsed}
	if c.Status != types.ReceiptStatusSuccessful {
		sim.Failed = b.failure(c)
		return sim, nil
	}
	sim.Ops = b.parseOps(c.Logs)
	return sim, nil
}

// errSetup is a simulation whose preparatory calls failed (estimation's account deployment).
var errSetup = errors.New("simulation set-up failed")

func callErrorText(c ethclient.SimulateCallResult) string {
	if c.Error == nil {
		return "no error reported"
	}
	return c.Error.Message
}

// failure decodes a reverted handleOps.
func (b *Bundler) failure(c ethclient.SimulateCallResult) *failedOp {
	var data []byte
	if c.Error != nil && c.Error.Data != "" {
		data, _ = hexutil.Decode(c.Error.Data)
	}
	if len(data) == 0 {
		msg := "no revert data"
		if c.Error != nil {
			msg = c.Error.Message
		}
		return &failedOp{Index: -1, Inner: &revert.Error{}, Reason: msg}
	}
	re := b.decode(data)
	switch re.Name {
	case "FailedOp", "FailedOpWithRevert":
		idx, _ := re.Args[0].(*big.Int)
		reason, _ := re.Args[1].(string)
		if idx == nil || !idx.IsInt64() {
			return &failedOp{Index: -1, Inner: re}
		}
		f := &failedOp{Index: int(idx.Int64()), Reason: reason}
		if re.Name == "FailedOpWithRevert" {
			inner, _ := re.Args[2].([]byte)
			f.Inner = b.decode(inner)
		}
		return f
	}
	return &failedOp{Index: -1, Inner: re}
}

// parseOps reads the EntryPoint's events of one handleOps: each operation's
// UserOperationEvent, revert reasons, and the logs emitted while it executed.
func (b *Bundler) parseOps(logs []*types.Log) map[common.Hash]*opResult {
	out := map[common.Hash]*opResult{}
	get := func(h common.Hash) *opResult {
		r, ok := out[h]
		if !ok {
			r = &opResult{Hash: h}
			out[h] = r
		}
		return r
	}
	start := 0
	for i, lg := range logs {
		if lg.Address != b.cfg.EntryPoint || len(lg.Topics) == 0 {
			continue
		}
		switch lg.Topics[0] {
		case b.epABI.Events["BeforeExecution"].ID:
			start = i + 1
		case b.epABI.Events["UserOperationRevertReason"].ID:
			if ev, err := b.ep.ParseUserOperationRevertReason(*lg); err == nil {
				get(ev.UserOpHash).RevertReason = ev.RevertReason
			}
		case b.epABI.Events["PostOpRevertReason"].ID:
			if ev, err := b.ep.ParsePostOpRevertReason(*lg); err == nil {
				get(ev.UserOpHash).PostOpReason = ev.RevertReason
			}
		case b.epABI.Events["UserOperationPrefundTooLow"].ID:
			if ev, err := b.ep.ParseUserOperationPrefundTooLow(*lg); err == nil {
				get(ev.UserOpHash).PrefundTooLow = true
			}
		case b.epABI.Events["UserOperationEvent"].ID:
			ev, err := b.ep.ParseUserOperationEvent(*lg)
			if err != nil {
				continue
			}
			r := get(ev.UserOpHash)
			r.Sender, r.Nonce, r.Paymaster, r.Success = ev.Sender, ev.Nonce, ev.Paymaster, ev.Success
			r.ActualGasCost, r.ActualGasUsed = ev.ActualGasCost, ev.ActualGasUsed
			r.Logs = append([]*types.Log{}, logs[start:i]...)
			start = i + 1
		}
	}
	return out
}
