package sender_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dpn-network/dpn/bridge/bridgetest"
	"github.com/dpn-network/dpn/bridge/revert"
	"github.com/dpn-network/dpn/bridge/sender"
	"github.com/dpn-network/dpn/contracts/bindings"
	"github.com/dpn-network/dpn/contracts/l2sim"
)

type fixture struct {
	t     *testing.T
	env   *l2sim.Env
	miner *bridgetest.Miner
	key   *ecdsa.PrivateKey

	mu   sync.Mutex
	sent []*types.Transaction
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	set, err := bridgetest.NewSet(3, 0)
	if err != nil {
		t.Fatal(err)
	}
	key := bridgetest.Key()
	env, err := l2sim.NewEnv(set, key)
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{t: t, env: env, key: key, miner: bridgetest.StartMiner(env, 10*time.Millisecond)}
	t.Cleanup(func() { f.miner.Stop(); env.Close() })
	return f
}

func (f *fixture) sender(replaceAfter time.Duration) *sender.Sender {
	f.t.Helper()
	a, err := bindings.DPNSettlementMetaData.GetAbi()
	if err != nil {
		f.t.Fatal(err)
	}
	s, err := sender.New(f.env.Client, f.key, f.env.ChainID, sender.Config{
		MaxFeePerGas: big.NewInt(50e9), MaxPriorityFeePerGas: big.NewInt(2e9), ReplaceAfter: replaceAfter, ReceiptPoll: 5 * time.Millisecond,
	}, revert.NewDecoder(a), slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		f.t.Fatal(err)
	}
	s.OnBroadcast(func(tx *types.Transaction) {
		f.mu.Lock()
		f.sent = append(f.sent, tx)
		f.mu.Unlock()
	})
	return s
}

func (f *fixture) broadcasts() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.sent)
}

// batch is batch 1 as the contract takes it, and its calldata signed by the whole set.
func (f *fixture) batch() (bindings.DPNSettlementBatch, []bindings.DPNSettlementSignature, []byte) {
	f.t.Helper()
	h, err := f.env.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		f.t.Fatal(err)
	}
	b := l2sim.BatchBinding(l2sim.BatchOf(bindings.DPNSettlementBatch{Nonce: big.NewInt(1), L2ChainId: f.env.ChainID,
		Timeout: new(big.Int).SetUint64(h.Time + 3600), Partition: l2sim.PartitionEarnings,
		Recipients: []common.Address{{7}}, Amounts: []*big.Int{big.NewInt(5)}}))
	sigs := f.env.Valset.Sign(f.env.Domain.BatchDigest(b), nil)
	a, _ := bindings.DPNSettlementMetaData.GetAbi()
	data, err := a.Pack("submitBatch", f.env.Valset.Binding(), b, sigs)
	if err != nil {
		f.t.Fatal(err)
	}
	return b, sigs, data
}

type outcome struct {
	res *sender.Result
	err error
}

func (f *fixture) sendAsync(s *sender.Sender, data []byte) <-chan outcome {
	out := make(chan outcome, 1)
	go func() {
		res, err := s.Send(context.Background(), f.env.SettlementAddr, data)
		out <- outcome{res, err}
	}()
	return out
}

func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestSendMinesAndReportsTheFee(t *testing.T) {
	f := newFixture(t)
	_, _, data := f.batch()
	res, err := f.sender(time.Minute).Send(context.Background(), f.env.SettlementAddr, data)
	if err != nil {
		t.Fatal(err)
	}
	if res.Receipt.Status != types.ReceiptStatusSuccessful || res.Sent != 1 || res.Fee.Sign() <= 0 {
		t.Fatalf("result %+v", res)
	}
	if res.Tx.Type() != types.DynamicFeeTxType || res.Tx.GasTipCap().Cmp(big.NewInt(2e9)) > 0 || res.Tx.GasFeeCap().Cmp(big.NewInt(50e9)) > 0 {
		t.Fatalf("fees outside the caps: tip %v, max fee %v", res.Tx.GasTipCap(), res.Tx.GasFeeCap())
	}
}

func TestSimulationRevertIsNotSent(t *testing.T) {
	f := newFixture(t)
	b, sigs, _ := f.batch()
	b.Nonce = big.NewInt(2) // a gap
	a, _ := bindings.DPNSettlementMetaData.GetAbi()
	data, _ := a.Pack("submitBatch", f.env.Valset.Binding(), b, sigs)
	_, err := f.sender(time.Minute).Send(context.Background(), f.env.SettlementAddr, data)
	if !revert.Is(err, "BatchNonceGap") {
		t.Fatalf("want BatchNonceGap, got %v", err)
	}
	if f.broadcasts() != 0 {
		t.Fatal("a refused call was broadcast")
	}
}

func TestDroppedTransactionIsSentAgain(t *testing.T) {
	f := newFixture(t)
	_, _, data := f.batch()
	f.miner.Pause()
	done := f.sendAsync(f.sender(100*time.Millisecond), data)
	eventually(t, "first broadcast", func() bool { return f.broadcasts() == 1 })
	f.env.Backend.Rollback() // the node forgets it, as a restarted sequencer may
	eventually(t, "a replacement", func() bool { return f.broadcasts() >= 2 })
	f.miner.Resume()
	o := <-done
	if o.err != nil {
		t.Fatal(o.err)
	}
	if o.res.Sent < 2 || o.res.Tx.Hash() == f.sent[0].Hash() || o.res.Tx.GasFeeCap().Cmp(f.sent[0].GasFeeCap()) <= 0 {
		t.Fatalf("mined %s after %d sends", o.res.Tx.Hash(), o.res.Sent)
	}
}

func TestCallThatStopsSucceedingIsCancelled(t *testing.T) {
	f := newFixture(t)
	b, sigs, data := f.batch()
	f.miner.Pause()
	done := f.sendAsync(f.sender(100*time.Millisecond), data)
	eventually(t, "first broadcast", func() bool { return f.broadcasts() == 1 })
	// Ours is dropped and someone else settles the batch: sending it again would revert.
	f.miner.Do(func() {
		f.env.Backend.Rollback()
		if _, err := f.env.Mine(f.env.Settlement.SubmitBatch(f.env.Deployer, f.env.Valset.Binding(), b, sigs)); err != nil {
			t.Fatal(err)
		}
	})
	eventually(t, "the cancellation", func() bool { return f.broadcasts() >= 2 })
	f.miner.Resume()
	o := <-done
	if !errors.Is(o.err, sender.ErrAbandoned) || !revert.Is(o.err, "StaleBatchNonce") {
		t.Fatalf("want ErrAbandoned with StaleBatchNonce, got %v", o.err)
	}
	if to := o.res.Tx.To(); to == nil || *to != crypto.PubkeyToAddress(f.key.PublicKey) || len(o.res.Tx.Data()) != 0 {
		t.Fatalf("mined %+v, not an empty transfer to self", o.res.Tx)
	}
	if n, _ := f.env.Client.NonceAt(context.Background(), crypto.PubkeyToAddress(f.key.PublicKey), nil); n != 1 {
		t.Fatalf("nonce %d", n)
	}
}

func TestPreviousRunsTransactionIsOutbid(t *testing.T) {
	f := newFixture(t)
	_, _, data := f.batch()
	f.miner.Pause()
	// A previous run left a transaction for nonce 0 paying more than a fresh one would.
	from := crypto.PubkeyToAddress(f.key.PublicKey)
	old, err := types.SignNewTx(f.key, types.LatestSignerForChainID(f.env.ChainID), &types.DynamicFeeTx{
		Nonce: 0, To: &from, Gas: 21_000, GasTipCap: big.NewInt(1e8), GasFeeCap: big.NewInt(5e9),
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := f.env.Client.SendTransaction(context.Background(), old); err != nil {
		t.Fatal(err)
	}
	done := f.sendAsync(f.sender(time.Minute), data)
	eventually(t, "the node to take a replacement", func() bool {
		f.mu.Lock()
		defer f.mu.Unlock()
		for _, tx := range f.sent {
			if _, pending, err := f.env.Client.TransactionByHash(context.Background(), tx.Hash()); err == nil && pending {
				return true
			}
		}
		return false
	})
	f.miner.Resume()
	o := <-done
	if o.err != nil {
		t.Fatal(o.err)
	}
	if o.res.Tx.Nonce() != 0 || *o.res.Tx.To() != f.env.SettlementAddr || o.res.Tx.GasTipCap().Cmp(old.GasTipCap()) <= 0 {
		t.Fatalf("mined %+v", o.res.Tx)
	}
}

func TestFeeCapsAreRequired(t *testing.T) {
	f := newFixture(t)
	if _, err := sender.New(f.env.Client, f.key, f.env.ChainID, sender.Config{}, nil, nil); !errors.Is(err, sender.ErrNoFeeCaps) {
		t.Fatalf("want ErrNoFeeCaps, got %v", err)
	}
}
