// Package liveness is the agent's side of x/attestation's liveness checks: each epoch it
// signs the beacon with the node's BLS key and hands the signature to the aggregators, and
// when the beacon picks the node for a VDF audit it evaluates the VDF and answers on chain
// before the deadline.
package liveness

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"time"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/dpn-network/dpn/agent/aggregator"
	"github.com/dpn-network/dpn/crypto/bls"
	"github.com/dpn-network/dpn/crypto/vdf"
	"github.com/dpn-network/dpn/x/attestation/types"
)

// Chain is what the runner reads from and sends to the chain.
type Chain interface {
	ChainID() string
	CurrentBeacon(ctx context.Context) (uint64, []byte, error)
	Audits(ctx context.Context, epoch uint64) ([]types.Audit, error)
	LatestHeight(ctx context.Context) (int64, error)
}

// Sender signs and sends the owner's transactions.
type Sender interface {
	Address() (sdk.AccAddress, error)
	Send(ctx context.Context, msgs ...sdk.Msg) (*sdk.TxResponse, error)
}

// Runner keeps one node alive on chain.
type Runner struct {
	Chain       Chain
	Sender      Sender
	Key         *bls.SecretKey
	Index       uint64
	Aggregators []string
	HTTP        *http.Client
	Poll        time.Duration
	Log         *slog.Logger

	once      sync.Once
	mu        sync.Mutex
	sentEpoch uint64
	audits    map[uint64]bool // epochs whose audit is answered or being answered
	wg        sync.WaitGroup
}

// Run loops until ctx ends: each poll it reads the epoch, heartbeats once per epoch and
// starts the answer to any open audit of this node.
func (r *Runner) Run(ctx context.Context) error {
	r.once.Do(r.setDefaults)
	defer r.wg.Wait()
	t := time.NewTicker(r.Poll)
	defer t.Stop()
	for {
		if err := r.Step(ctx); err != nil && ctx.Err() == nil {
			r.Log.Warn("liveness step", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

func (r *Runner) setDefaults() {
	if r.HTTP == nil {
		r.HTTP = &http.Client{Timeout: 10 * time.Second}
	}
	if r.Log == nil {
		r.Log = slog.Default()
	}
	if r.Poll <= 0 {
		r.Poll = time.Second
	}
	r.audits = map[uint64]bool{}
}

// Wait waits for audit answers still being computed or sent.
func (r *Runner) Wait() { r.wg.Wait() }

// Step does one poll's work.
func (r *Runner) Step(ctx context.Context) error {
	r.once.Do(r.setDefaults)
	epoch, beacon, err := r.Chain.CurrentBeacon(ctx)
	if err != nil {
		return err
	}
	if epoch == 0 {
		return nil // epochs have not started
	}
	var errs []error
	if r.sentEpoch != epoch {
		if err := r.heartbeat(ctx, epoch, beacon); err != nil {
			errs = append(errs, err)
		} else {
			r.sentEpoch = epoch
		}
	}
	// An audit stays open until its deadline, which can reach past its epoch's end.
	for _, e := range []uint64{epoch - 1, epoch} {
		if e == 0 {
			continue
		}
		if err := r.answerAudits(ctx, e); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// heartbeat signs the epoch's beacon and posts it to every aggregator; one acceptance is
// enough (the chain merges what several include).
func (r *Runner) heartbeat(ctx context.Context, epoch uint64, beacon []byte) error {
	sig := r.Key.Sign(types.HeartbeatSignBytes(r.Chain.ChainID(), epoch, beacon))
	hb := aggregator.NewHeartbeat(epoch, r.Index, sig.Bytes())
	var errs []error
	accepted := 0
	for _, url := range r.Aggregators {
		if err := aggregator.Post(ctx, r.HTTP, url, hb); err != nil {
			errs = append(errs, err)
			continue
		}
		accepted++
	}
	if accepted == 0 {
		return fmt.Errorf("heartbeat of epoch %d reached no aggregator: %w", epoch, errors.Join(errs...))
	}
	r.Log.Info("heartbeat sent", "epoch", epoch, "aggregators", accepted)
	return nil
}

func (r *Runner) answerAudits(ctx context.Context, epoch uint64) error {
	r.mu.Lock()
	busy := r.audits[epoch]
	r.mu.Unlock()
	if busy {
		return nil
	}
	audits, err := r.Chain.Audits(ctx, epoch)
	if err != nil {
		return err
	}
	for _, a := range audits {
		if a.NodeIndex != r.Index || a.Answered {
			continue
		}
		height, err := r.Chain.LatestHeight(ctx)
		if err != nil {
			return err
		}
		if height >= a.DeadlineHeight {
			r.Log.Warn("audit deadline passed before it was seen", "epoch", epoch, "deadline", a.DeadlineHeight)
			r.mu.Lock()
			r.audits[epoch] = true
			r.mu.Unlock()
			continue
		}
		r.mu.Lock()
		r.audits[epoch] = true
		r.mu.Unlock()
		r.wg.Add(1)
		go func(a types.Audit) {
			defer r.wg.Done()
			if err := r.answer(ctx, a); err != nil {
				r.Log.Error("audit answer failed", "epoch", a.Epoch, "err", err)
				r.mu.Lock()
				delete(r.audits, a.Epoch) // try again next poll while the deadline allows
				r.mu.Unlock()
			}
		}(a)
	}
	return nil
}

// answer evaluates y = x^(2^T) with its Wesolowski proof and sends it.
func (r *Runner) answer(ctx context.Context, a types.Audit) error {
	r.Log.Info("audit: evaluating VDF", "epoch", a.Epoch, "T", a.VdfDifficulty, "deadline_height", a.DeadlineHeight)
	start := time.Now()
	y, proof, err := vdf.EvalContext(ctx, vdf.HashToGroup(a.Challenge), a.VdfDifficulty, nil)
	if err != nil {
		return fmt.Errorf("vdf: %w", err)
	}
	out, err := vdf.Output{T: a.VdfDifficulty, Y: y, Proof: proof}.MarshalBinary()
	if err != nil {
		return err
	}
	owner, err := r.Sender.Address()
	if err != nil {
		return err
	}
	res, err := r.Sender.Send(ctx, &types.MsgSubmitAuditAnswer{Owner: owner.String(), Epoch: a.Epoch, NodeIndex: a.NodeIndex, Output: out})
	if err != nil {
		return err
	}
	r.Log.Info("audit answered", "epoch", a.Epoch, "vdf_seconds", time.Since(start).Seconds(), "height", res.Height)
	return nil
}
