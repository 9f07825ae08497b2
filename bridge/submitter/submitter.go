// Package submitter drives one DPNSettlement deployment from the DPN chain: each poll it
// reads the contract's nonces, then carries over the next valsets, batch and proofs.
package submitter

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/dpn-network/dpn/bridge"
	"github.com/dpn-network/dpn/bridge/metrics"
	"github.com/dpn-network/dpn/bridge/retry"
	"github.com/dpn-network/dpn/bridge/revert"
	"github.com/dpn-network/dpn/bridge/sender"
	"github.com/dpn-network/dpn/contracts/bindings"
)

// L2 is the destination's node.
type L2 interface {
	sender.Backend
	ChainID(ctx context.Context) (*big.Int, error)
}

// Errors of a poll.
var (
	ErrNoContract = errors.New("submitter: no contract code at the settlement address")
	ErrConfig     = errors.New("submitter: incomplete configuration")
)

// Reverts that mean another relayer's transaction got there first.
var lostRaceErrors = []string{"StaleBatchNonce", "StaleValsetNonce", "AlreadyDelivered"}

// Config describes one destination.
type Config struct {
	// Destination is the L2's name as the DPN chain knows it (e.g. "optimism").
	Destination string
	Settlement  common.Address
	// Poll is the time between polls (default 1 s: a few L2 blocks, cheap for the nodes).
	Poll time.Duration
	// ExpiryMargin: a batch whose timeout is closer than this to the L2's newest block time
	// is not sent, since it could expire before inclusion; the chain renews it (default 60 s).
	ExpiryMargin time.Duration
	// Key signs the relayer's transactions; Fees are its limits.
	Key  *ecdsa.PrivateKey
	Fees sender.Config
	// Senders, when set, is shared by the destinations of one process, so that two on the
	// same L2 use one nonce sequence; nil gives the submitter a sender of its own.
	Senders *sender.Pool
}

// Submitter relays one destination.
type Submitter struct {
	cfg     Config
	src     bridge.Source
	l2      L2
	metrics *metrics.Metrics
	health  *metrics.Health
	log     *slog.Logger

	contract    *bindings.DPNSettlementCaller
	calls       *bindings.DPNSettlementTransactor
	decoder     *revert.Decoder
	onBroadcast func(*types.Transaction)

	// Built on the first poll that reaches the L2, so a node still starting only delays it.
	chainID *big.Int
	sender  *sender.Sender

	current           *bridge.Valset // the stored set, cached while its checkpoint holds
	currentCheckpoint [32]byte
	seen              map[string]time.Time // items seen on the chain and not yet on the L2
	notes             map[string]string    // what was last logged per item, so each is logged once
}

// New returns a submitter for cfg reading src and writing to l2; m and h may be nil.
func New(cfg Config, src bridge.Source, l2 L2, m *metrics.Metrics, h *metrics.Health, log *slog.Logger) (*Submitter, error) {
	if cfg.Destination == "" || cfg.Key == nil || src == nil || l2 == nil || cfg.Settlement == (common.Address{}) {
		return nil, ErrConfig
	}
	if cfg.Poll <= 0 {
		cfg.Poll = time.Second
	}
	if cfg.ExpiryMargin <= 0 {
		cfg.ExpiryMargin = time.Minute
	}
	if log == nil {
		log = slog.Default()
	}
	contract, err := bindings.NewDPNSettlementCaller(cfg.Settlement, l2)
	if err != nil {
		return nil, err
	}
	// Never sends: it only encodes calldata, with every option set so it asks no node.
	calls, err := bindings.NewDPNSettlementTransactor(cfg.Settlement, nil)
	if err != nil {
		return nil, err
	}
	decoder, err := NewDecoder()
	if err != nil {
		return nil, err
	}
	return &Submitter{
		cfg: cfg, src: src, l2: l2, metrics: m, health: h, log: log.With("destination", cfg.Destination),
		contract: contract, calls: calls, decoder: decoder,
		seen: map[string]time.Time{}, notes: map[string]string{},
	}, nil
}

// NewDecoder knows DPNSettlement's errors and those of the contracts it calls.
func NewDecoder() (*revert.Decoder, error) {
	var abis []*abi.ABI
	for _, md := range []*bind.MetaData{bindings.DPNSettlementMetaData, bindings.DPNTokenMetaData, bindings.KYCRegistryMetaData} {
		a, err := md.GetAbi()
		if err != nil {
			return nil, err
		}
		abis = append(abis, a)
	}
	return revert.NewDecoder(abis...), nil
}

// OnBroadcast registers f to see every transaction the submitter hands to the L2.
func (s *Submitter) OnBroadcast(f func(*types.Transaction)) { s.onBroadcast = f }

// Run polls until ctx ends. A failed poll (a node down or still starting) is retried with
// exponential backoff and logged once per retry; Run returns only when ctx ends.
func (s *Submitter) Run(ctx context.Context) error {
	backoff := retry.Backoff{First: s.cfg.Poll, Max: 30 * time.Second}
	s.log.Info("relaying", "settlement", s.cfg.Settlement, "poll", s.cfg.Poll)
	for {
		err := s.Step(ctx)
		if ctx.Err() != nil {
			s.log.Info("stopped")
			return nil
		}
		if s.health != nil {
			s.health.Report(s.cfg.Destination, err)
		}
		wait := s.cfg.Poll
		if err != nil {
			wait = backoff.Next()
			s.log.Warn("poll failed; retrying", "in", wait, "err", err)
		} else {
			backoff.Reset()
		}
		select {
		case <-ctx.Done():
			s.log.Info("stopped")
			return nil
		case <-time.After(wait):
		}
	}
}

// state is the contract's state at one block.
type state struct {
	block      *big.Int
	time       uint64 // the block's timestamp
	valset     uint64
	lastBatch  uint64
	checkpoint [32]byte
}

// Step does one poll: valsets, then the batches, then proofs.
func (s *Submitter) Step(ctx context.Context) error {
	if err := s.init(ctx); err != nil {
		return err
	}
	st, err := s.read(ctx)
	if err != nil {
		return err
	}
	if st.checkpoint == ([32]byte{}) {
		// Retirement ends valsets and batches; proofs need no valset and still go.
		s.note("retired", metrics.KindBatch, "", "settlement is retired; relaying proofs only")
	} else {
		if st, err = s.relayValsets(ctx, st); err != nil {
			return err
		}
		if err := s.relayBatches(ctx, st); err != nil {
			return err
		}
	}
	if err := s.relayProofs(ctx); err != nil {
		return err
	}
	s.recordBalance(ctx)
	return nil
}

func (s *Submitter) init(ctx context.Context) error {
	if s.sender != nil {
		return nil
	}
	id, err := s.l2.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("chain id: %w", err)
	}
	code, err := s.l2.CodeAt(ctx, s.cfg.Settlement, nil)
	if err != nil {
		return fmt.Errorf("settlement code: %w", err)
	}
	if len(code) == 0 {
		return fmt.Errorf("%w %s on chain %s", ErrNoContract, s.cfg.Settlement, id)
	}
	var snd *sender.Sender
	if s.cfg.Senders != nil {
		snd, err = s.cfg.Senders.For(s.l2, id)
	} else {
		snd, err = sender.New(s.l2, s.cfg.Key, id, s.cfg.Fees, s.decoder, s.log)
	}
	if err != nil {
		return err
	}
	if s.onBroadcast != nil {
		snd.OnBroadcast(s.onBroadcast)
	}
	s.chainID, s.sender = id, snd
	s.log.Info("connected", "chain_id", id, "relayer", snd.From())
	return nil
}

// read takes the contract's nonces and checkpoint at the newest block, all at one height.
func (s *Submitter) read(ctx context.Context) (state, error) {
	head, err := s.l2.HeaderByNumber(ctx, nil)
	if err != nil {
		return state{}, fmt.Errorf("head: %w", err)
	}
	opts := &bind.CallOpts{Context: ctx, BlockNumber: head.Number}
	st := state{block: head.Number, time: head.Time}
	vn, err := s.contract.ValsetNonce(opts)
	if err != nil {
		return st, fmt.Errorf("valsetNonce: %w", err)
	}
	bn, err := s.contract.LastBatchNonce(opts)
	if err != nil {
		return st, fmt.Errorf("lastBatchNonce: %w", err)
	}
	if st.checkpoint, err = s.contract.ValsetCheckpoint(opts); err != nil {
		return st, fmt.Errorf("valsetCheckpoint: %w", err)
	}
	st.valset, st.lastBatch = vn.Uint64(), bn.Uint64()
	s.included(fmt.Sprintf("valset/%d", st.valset), metrics.KindValset)
	for item := range s.seen {
		var n uint64
		if _, err := fmt.Sscanf(item, "batch/%d", &n); err == nil && n <= st.lastBatch {
			s.included(item, metrics.KindBatch)
		}
	}
	return st, nil
}

// included records an item's time from first seen to inclusion.
func (s *Submitter) included(item, kind string) {
	t, ok := s.seen[item]
	if !ok {
		return
	}
	delete(s.seen, item)
	delete(s.notes, item)
	if s.metrics != nil {
		s.metrics.Inclusion.WithLabelValues(s.cfg.Destination, kind).Observe(time.Since(t).Seconds())
	}
}

func (s *Submitter) markSeen(item string) {
	if _, ok := s.seen[item]; !ok {
		s.seen[item] = time.Now()
	}
}

// note logs msg for item and counts it as not sent, unless it is what item last noted.
func (s *Submitter) note(item, kind, result, msg string, attrs ...any) {
	if s.notes[item] == msg {
		return
	}
	s.notes[item] = msg
	s.log.Info(msg, append([]any{"item", item}, attrs...)...)
	if result != "" {
		s.count(kind, result)
	}
}

func (s *Submitter) count(kind, result string) {
	if s.metrics != nil {
		s.metrics.Submissions.WithLabelValues(s.cfg.Destination, kind, result).Inc()
	}
}

func (s *Submitter) recordBalance(ctx context.Context) {
	if s.metrics == nil {
		return
	}
	bal, err := s.l2.BalanceAt(ctx, s.sender.From(), nil)
	if err != nil {
		return // the next poll tries again; a balance is not worth failing a poll for
	}
	s.metrics.SignerBalance.WithLabelValues(s.cfg.Destination).Set(metrics.Wei(bal))
}

// errLostRace: another relayer settled the item first; read the contract again.
var errLostRace = errors.New("submitter: lost the race")

// submit sends calldata to the settlement and accounts for the outcome. It returns nil
// when the transaction succeeded or was refused in a way polling again will settle,
// errLostRace when another relayer won, and other errors for the poll to retry.
func (s *Submitter) submit(ctx context.Context, kind, item string, data []byte) error {
	res, err := s.sender.Send(ctx, s.cfg.Settlement, data)
	if res != nil && s.metrics != nil {
		s.metrics.GasUsed.WithLabelValues(s.cfg.Destination, kind).Observe(float64(res.Receipt.GasUsed))
		s.metrics.FeePaid.WithLabelValues(s.cfg.Destination, kind).Observe(metrics.Wei(res.Fee))
	}
	var re *revert.Error
	switch {
	case err == nil:
		delete(s.notes, item)
		s.count(kind, metrics.ResultSuccess)
		s.log.Info("submitted", "item", item, "tx", res.Tx.Hash(), "block", res.Receipt.BlockNumber,
			"gas_used", res.Receipt.GasUsed, "fee_wei", res.Fee, "transactions", res.Sent)
		return nil
	case revert.Is(err, lostRaceErrors...):
		s.count(kind, metrics.ResultLostRace)
		s.log.Info("another relayer was first", "item", item, "reason", err)
		return errLostRace
	case ctx.Err() != nil:
		return ctx.Err()
	case errors.Is(err, sender.ErrNonceTaken):
		s.count(kind, metrics.ResultError)
		s.log.Warn("nonce taken by another transaction of this key; reading the chain again", "item", item, "err", err)
		return nil
	case errors.Is(err, sender.ErrReverted) || errors.Is(err, sender.ErrAbandoned):
		s.count(kind, metrics.ResultReverted)
		s.log.Error("transaction failed on chain", "item", item, "err", err)
		return nil
	case errors.As(err, &re):
		// Refused in simulation: nothing was sent. Polling again re-evaluates.
		s.note(item, kind, metrics.ResultReverted, "not sent: the contract would refuse it", "reason", re.Error())
		return nil
	default:
		s.count(kind, metrics.ResultError)
		return fmt.Errorf("%s: %w", item, err)
	}
}

// calldata encodes a settlement call through the bindings without reaching a node.
func calldata(ctx context.Context, call func(*bind.TransactOpts) (*types.Transaction, error)) ([]byte, error) {
	zero := new(big.Int)
	tx, err := call(&bind.TransactOpts{
		Context: ctx, Nonce: zero, GasLimit: 1, GasFeeCap: zero, GasTipCap: zero, NoSend: true,
		Signer: func(_ common.Address, tx *types.Transaction) (*types.Transaction, error) { return tx, nil },
	})
	if err != nil {
		return nil, err
	}
	return tx.Data(), nil
}
