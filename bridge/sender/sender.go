// Package sender sends one account's transactions to one L2: each simulated first, EIP-1559
// fees under caps, its nonce tracked until mined, replaced with higher fees when stuck.
package sender

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dpn-network/dpn/bridge/retry"
	"github.com/dpn-network/dpn/bridge/revert"
)

// Backend is the L2 node as the sender uses it; ethclient.Client and the simulated
// backend's client are Backends.
type Backend interface {
	ethereum.ChainStateReader
	ethereum.ContractCaller
	ethereum.GasEstimator
	ethereum.GasPricer1559
	ethereum.TransactionReader
	ethereum.TransactionSender
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Errors of sending.
var (
	// ErrReverted: the transaction was mined and failed; the error wraps the decoded reason
	// when a replay of the call reproduces it.
	ErrReverted = errors.New("sender: transaction reverted on chain")
	// ErrNonceTaken: a transaction this call did not send (a previous run's, or another
	// process using the same key) took the nonce; the caller should read the chain again.
	ErrNonceTaken = errors.New("sender: the nonce was used by another transaction")
	// ErrAbandoned: the call stopped simulating successfully while its transaction waited,
	// so the nonce was given to an empty transfer instead; the error wraps the revert.
	ErrAbandoned = errors.New("sender: call no longer succeeds; its transaction was cancelled")
	// ErrNoFeeCaps: the sender needs both caps.
	ErrNoFeeCaps = errors.New("sender: max fee per gas and max priority fee per gas must be set")
)

// What nodes answer (as text over JSON-RPC) when a nonce is in use or already mined.
const (
	msgAlreadyKnown    = "already known"
	msgReplacement     = "replacement transaction underpriced"
	msgNonceTooLow     = "nonce too low"
	msgAlreadyImported = "already imported"
	msgIndexing        = "indexing is in progress"
)

// nonceTakenPolls is how many polls in a row must see the nonce used without a receipt of
// ours before the sender concludes another transaction took it: a node indexes receipts
// after it imports the block, so one poll can see the nonce move before the receipt.
const nonceTakenPolls = 3

// Config holds the sender's limits; zero durations take the defaults.
type Config struct {
	// MaxFeePerGas caps every transaction's maxFeePerGas, replacements included (wei).
	MaxFeePerGas *big.Int
	// MaxPriorityFeePerGas caps the tip; below the cap the tip is what the node suggests
	// (eth_maxPriorityFeePerGas).
	MaxPriorityFeePerGas *big.Int
	// ReplaceAfter is how long a transaction may stay unmined before it is replaced with
	// fees 12.5 % higher (default 30 s: several blocks on any L2, short enough for batches).
	ReplaceAfter time.Duration
	// ReceiptPoll is how often receipts are looked for (default 1 s).
	ReceiptPoll time.Duration
	// GasHeadroomPercent is added to the gas estimate (default 25): state can change
	// between estimate and inclusion, and an out-of-gas failure costs more than the margin.
	GasHeadroomPercent uint64
}

// Sender sends the transactions of one key on one chain, one nonce at a time.
type Sender struct {
	backend Backend
	key     *ecdsa.PrivateKey
	from    common.Address
	signer  types.Signer
	cfg     Config
	decoder *revert.Decoder
	log     *slog.Logger

	mu sync.Mutex // one nonce in flight: a second call waits for the first to be mined
	// onBroadcast observes every transaction handed to the node.
	onBroadcast func(*types.Transaction)
}

// New returns a sender for key on the chain chainID; decoder explains reverts.
func New(backend Backend, key *ecdsa.PrivateKey, chainID *big.Int, cfg Config, decoder *revert.Decoder, log *slog.Logger) (*Sender, error) {
	if cfg.MaxFeePerGas == nil || cfg.MaxPriorityFeePerGas == nil || cfg.MaxFeePerGas.Sign() <= 0 {
		return nil, ErrNoFeeCaps
	}
	if cfg.ReplaceAfter <= 0 {
		cfg.ReplaceAfter = 30 * time.Second
	}
	if cfg.ReceiptPoll <= 0 {
		cfg.ReceiptPoll = time.Second
	}
	if cfg.GasHeadroomPercent == 0 {
		cfg.GasHeadroomPercent = 25
	}
	if log == nil {
		log = slog.Default()
	}
	if decoder == nil {
		decoder = revert.NewDecoder()
	}
	return &Sender{
		backend: backend, key: key, from: crypto.PubkeyToAddress(key.PublicKey),
		signer: types.LatestSignerForChainID(chainID), cfg: cfg, decoder: decoder, log: log,
	}, nil
}

// OnBroadcast registers f to see every signed transaction just before it goes to the node.
func (s *Sender) OnBroadcast(f func(*types.Transaction)) { s.onBroadcast = f }

// From is the sending account.
func (s *Sender) From() common.Address { return s.from }

// Result is a mined transaction.
type Result struct {
	Tx      *types.Transaction // the one of the nonce's transactions that was mined
	Receipt *types.Receipt
	Fee     *big.Int // gas used × effective gas price, in wei
	Sent    int      // transactions broadcast for the nonce, replacements included
}

// Simulate estimates the call as the sender would send it; a revert is returned as a
// *revert.Error, decoded.
func (s *Sender) Simulate(ctx context.Context, to common.Address, data []byte) (uint64, error) {
	gas, err := s.backend.EstimateGas(ctx, ethereum.CallMsg{From: s.from, To: &to, Data: data})
	if err != nil {
		if re, ok := s.decoder.FromRPC(err); ok {
			return 0, re
		}
		return 0, fmt.Errorf("estimate gas: %w", err)
	}
	return gas, nil
}

// Send simulates the call, sends it and waits until one of its transactions is mined,
// replacing it when it waits too long. A call that reverts in simulation is not sent and
// its *revert.Error is returned. A mined failure returns the Result and ErrReverted.
func (s *Sender) Send(ctx context.Context, to common.Address, data []byte) (*Result, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	gas, err := s.Simulate(ctx, to, data)
	if err != nil {
		return nil, err
	}
	gas += gas * s.cfg.GasHeadroomPercent / 100
	// The mined nonce, not the pending one: a transaction a previous run left in the pool
	// is replaced rather than queued behind, since it was built from state now stale.
	nonce, err := s.backend.NonceAt(ctx, s.from, nil)
	if err != nil {
		return nil, fmt.Errorf("nonce: %w", err)
	}
	tip, feeCap, err := s.fees(ctx)
	if err != nil {
		return nil, err
	}
	j := &job{s: s, to: to, data: data, gas: gas, nonce: nonce}
	if err := j.broadcast(ctx, &types.DynamicFeeTx{To: &to, Data: data, Gas: gas, GasTipCap: tip, GasFeeCap: feeCap}); err != nil {
		return nil, err
	}
	return j.wait(ctx)
}

// fees are the tip (the node's suggestion, capped) and the fee cap (twice the base fee plus
// the tip, capped) for a transaction sent now.
func (s *Sender) fees(ctx context.Context) (tip, feeCap *big.Int, err error) {
	head, err := s.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("head: %w", err)
	}
	tip, err = s.backend.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("suggest tip: %w", err)
	}
	tip = minBig(tip, s.cfg.MaxPriorityFeePerGas)
	base := head.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	feeCap = new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(2)), tip)
	feeCap = minBig(feeCap, s.cfg.MaxFeePerGas)
	tip = minBig(tip, feeCap)
	if feeCap.Cmp(base) < 0 {
		s.log.Warn("max fee per gas is below the base fee: the transaction waits until the base fee falls",
			"max_fee_per_gas", feeCap, "base_fee", base)
	}
	return tip, feeCap, nil
}

func minBig(a, b *big.Int) *big.Int {
	if a.Cmp(b) > 0 {
		return new(big.Int).Set(b)
	}
	return new(big.Int).Set(a)
}

// bumped is old raised by at least 12.5 % (rounded up; geth and its L2 forks want 10 %),
// or to fresh if that is higher, within limit; false when even the minimum bump exceeds it.
func bumped(old, fresh, limit *big.Int) (*big.Int, bool) {
	least := up(old)
	if least.Cmp(limit) > 0 {
		return nil, false
	}
	if fresh != nil && fresh.Cmp(least) > 0 {
		return minBig(fresh, limit), true
	}
	return least, true
}

// raised is up(v), but no higher than limit.
func raised(v, limit *big.Int) *big.Int { return minBig(up(v), limit) }

// up is v raised by 12.5 %, rounded up, and by at least 1 so that a zero fee rises too.
func up(v *big.Int) *big.Int {
	out := new(big.Int).Mul(v, big.NewInt(9))
	out.Add(out, big.NewInt(7)).Div(out, big.NewInt(8))
	if out.Cmp(v) == 0 {
		out.Add(out, big.NewInt(1))
	}
	return out
}

// job is one call's nonce and every transaction sent for it.
type job struct {
	s         *Sender
	to        common.Address
	data      []byte
	gas       uint64
	nonce     uint64
	sent      []*types.Transaction
	lastSent  time.Time
	takenSeen int   // consecutive polls that saw the nonce used and no receipt of ours
	abandoned error // why the call was replaced by an empty transfer
}

func (j *job) latest() *types.Transaction { return j.sent[len(j.sent)-1] }

// broadcast signs tx with the job's nonce and hands it to the node. A node that already
// holds a better transaction for the nonce gets a bumped one, up to the caps.
func (j *job) broadcast(ctx context.Context, tx *types.DynamicFeeTx) error {
	s := j.s
	for {
		tx.Nonce = j.nonce
		signed, err := types.SignNewTx(s.key, s.signer, tx)
		if err != nil {
			return err
		}
		if s.onBroadcast != nil {
			s.onBroadcast(signed)
		}
		err = retry.Do(ctx, s.log, "send transaction", func() error { return s.backend.SendTransaction(ctx, signed) })
		switch {
		case err == nil, isMsg(err, msgAlreadyKnown), isMsg(err, msgAlreadyImported):
			j.sent = append(j.sent, signed)
			j.lastSent = time.Now()
			s.log.Info("transaction sent", "hash", signed.Hash(), "nonce", j.nonce, "max_fee_per_gas", tx.GasFeeCap, "tip", tx.GasTipCap, "gas", tx.Gas, "replaces", len(j.sent)-1)
			return nil
		case isMsg(err, msgReplacement):
			// Another transaction (a previous run's) holds the nonce and pays more; its fees
			// are unknown, so both of ours rise until the node takes it or both are capped.
			tip, feeCap := raised(tx.GasTipCap, s.cfg.MaxPriorityFeePerGas), raised(tx.GasFeeCap, s.cfg.MaxFeePerGas)
			if tip.Cmp(tx.GasTipCap) == 0 && feeCap.Cmp(tx.GasFeeCap) == 0 {
				if len(j.sent) > 0 {
					return nil // ours is still in the pool; keep waiting for it
				}
				return fmt.Errorf("%w: a pending transaction for nonce %d pays more than the fee caps allow", ErrNonceTaken, j.nonce)
			}
			tx.GasTipCap, tx.GasFeeCap = minBig(tip, feeCap), feeCap
		case isMsg(err, msgNonceTooLow):
			if len(j.sent) > 0 {
				return nil // mined meanwhile, perhaps one of ours: wait tells
			}
			return fmt.Errorf("%w: nonce %d: %v", ErrNonceTaken, j.nonce, err)
		default:
			return fmt.Errorf("send transaction: %w", err)
		}
	}
}

func isMsg(err error, msg string) bool { return err != nil && strings.Contains(err.Error(), msg) }

// wait polls for the receipt of any of the job's transactions, replacing the newest when it
// has waited ReplaceAfter, until one is mined or the nonce is taken by another.
func (j *job) wait(ctx context.Context) (*Result, error) {
	s := j.s
	t := time.NewTicker(s.cfg.ReceiptPoll)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-t.C:
		}
		res, err := j.mined(ctx)
		if err != nil || res != nil {
			return res, err
		}
		if time.Since(j.lastSent) >= s.cfg.ReplaceAfter {
			if err := j.replace(ctx); err != nil {
				return nil, err
			}
		}
	}
}

// mined returns the result once one of the job's transactions has a receipt, or
// ErrNonceTaken once the nonce is used and none of them has one.
func (j *job) mined(ctx context.Context) (*Result, error) {
	s := j.s
	var confirmed uint64
	err := retry.Do(ctx, s.log, "receipt", func() error {
		// Read the nonce first: a receipt mined after this read is still found below.
		n, err := s.backend.NonceAt(ctx, s.from, nil)
		confirmed = n
		return err
	})
	if err != nil {
		return nil, err
	}
	for i := len(j.sent) - 1; i >= 0; i-- {
		tx := j.sent[i]
		var rcpt *types.Receipt
		err := retry.Do(ctx, s.log, "receipt", func() error {
			r, err := s.backend.TransactionReceipt(ctx, tx.Hash())
			if errors.Is(err, ethereum.NotFound) || isMsg(err, msgIndexing) {
				return nil
			}
			rcpt = r
			return err
		})
		if err != nil {
			return nil, err
		}
		if rcpt != nil {
			return j.result(ctx, tx, rcpt)
		}
	}
	if confirmed <= j.nonce {
		j.takenSeen = 0
		return nil, nil
	}
	if j.takenSeen++; j.takenSeen >= nonceTakenPolls {
		return nil, fmt.Errorf("%w: nonce %d", ErrNonceTaken, j.nonce)
	}
	return nil, nil
}

func (j *job) result(ctx context.Context, tx *types.Transaction, rcpt *types.Receipt) (*Result, error) {
	fee := new(big.Int).SetUint64(rcpt.GasUsed)
	if rcpt.EffectiveGasPrice != nil {
		fee.Mul(fee, rcpt.EffectiveGasPrice)
	}
	res := &Result{Tx: tx, Receipt: rcpt, Fee: fee, Sent: len(j.sent)}
	if tx.To() != nil && *tx.To() == j.s.from && j.abandoned != nil {
		return res, fmt.Errorf("%w: %w", ErrAbandoned, j.abandoned)
	}
	if rcpt.Status == types.ReceiptStatusSuccessful {
		return res, nil
	}
	return res, j.revertReason(ctx, tx, rcpt)
}

// revertReason replays the failed call on the state its block left, which reproduces the
// usual causes (another relayer's transaction earlier in the block).
func (j *job) revertReason(ctx context.Context, tx *types.Transaction, rcpt *types.Receipt) error {
	s := j.s
	if rcpt.GasUsed == tx.Gas() {
		return fmt.Errorf("%w: %s ran out of gas (%d)", ErrReverted, tx.Hash(), tx.Gas())
	}
	msg := ethereum.CallMsg{From: s.from, To: tx.To(), Data: tx.Data(), Gas: tx.Gas()}
	_, err := s.backend.CallContract(ctx, msg, rcpt.BlockNumber)
	if re, ok := s.decoder.FromRPC(err); ok {
		return fmt.Errorf("%w: %s: %w", ErrReverted, tx.Hash(), re)
	}
	return fmt.Errorf("%w: %s (reason not reproduced)", ErrReverted, tx.Hash())
}

// replace sends the job's call again with the same nonce and higher fees, or, when the
// call would now revert, an empty transfer to self so the nonce is not spent on a failure.
func (j *job) replace(ctx context.Context) error {
	s := j.s
	old := j.latest()
	tx := &types.DynamicFeeTx{To: old.To(), Data: old.Data(), Gas: old.Gas()}
	if j.abandoned == nil {
		if _, err := s.Simulate(ctx, j.to, j.data); err != nil {
			var re *revert.Error
			if !errors.As(err, &re) {
				s.log.Warn("re-simulation before replacement failed; replacing as it was", "err", err)
			} else {
				j.abandoned = re
				s.log.Info("call would now revert; cancelling its transaction", "nonce", j.nonce, "reason", re)
				tx = &types.DynamicFeeTx{To: &s.from, Gas: 21_000}
			}
		}
	} else {
		tx = &types.DynamicFeeTx{To: &s.from, Gas: 21_000}
	}
	freshTip, freshFee, err := s.fees(ctx)
	if err != nil {
		return err
	}
	tip, okTip := bumped(old.GasTipCap(), freshTip, s.cfg.MaxPriorityFeePerGas)
	feeCap, okFee := bumped(old.GasFeeCap(), freshFee, s.cfg.MaxFeePerGas)
	if !okTip || !okFee {
		if j.lastSent.Add(s.cfg.ReplaceAfter).Before(time.Now()) {
			s.log.Warn("transaction not mined and its fees are at the caps; waiting", "hash", old.Hash(), "nonce", j.nonce,
				"max_fee_per_gas", old.GasFeeCap(), "tip", old.GasTipCap())
			j.lastSent = time.Now() // once per ReplaceAfter, not every poll
		}
		return nil
	}
	tx.GasTipCap, tx.GasFeeCap = minBig(tip, feeCap), feeCap
	return j.broadcast(ctx, tx)
}
