package liveness

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/dpn-network/dpn/agent/aggregator"
	"github.com/dpn-network/dpn/crypto/bls"
	"github.com/dpn-network/dpn/crypto/vdf"
	"github.com/dpn-network/dpn/x/attestation/types"
)

type fakeChain struct {
	mu     sync.Mutex
	epoch  uint64
	beacon []byte
	height int64
	audits map[uint64][]types.Audit
}

func (c *fakeChain) ChainID() string { return "dpn-test-1" }
func (c *fakeChain) CurrentBeacon(context.Context) (uint64, []byte, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.epoch, c.beacon, nil
}
func (c *fakeChain) Audits(_ context.Context, e uint64) ([]types.Audit, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.audits[e], nil
}
func (c *fakeChain) LatestHeight(context.Context) (int64, error) { return c.height, nil }

type fakeSender struct {
	mu   sync.Mutex
	sent []sdk.Msg
	fail error
}

func (s *fakeSender) Address() (sdk.AccAddress, error) {
	return sdk.AccAddress(bytes.Repeat([]byte{1}, 20)), nil
}
func (s *fakeSender) Send(_ context.Context, msgs ...sdk.Msg) (*sdk.TxResponse, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fail != nil {
		return nil, s.fail
	}
	s.sent = append(s.sent, msgs...)
	return &sdk.TxResponse{Height: 10}, nil
}

func (s *fakeSender) count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.sent)
}

func TestHeartbeatOncePerEpochAndAuditAnswered(t *testing.T) {
	sk, err := bls.KeyGen(bytes.Repeat([]byte{3}, 32), nil)
	require.NoError(t, err)
	var mu sync.Mutex
	var got []aggregator.Heartbeat
	agg := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var hb aggregator.Heartbeat
		require.NoError(t, json.NewDecoder(r.Body).Decode(&hb))
		mu.Lock()
		got = append(got, hb)
		mu.Unlock()
		w.WriteHeader(http.StatusAccepted)
	}))
	defer agg.Close()
	down := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(http.StatusBadGateway)
	}))
	defer down.Close()

	challenge := bytes.Repeat([]byte{7}, 32)
	c := &fakeChain{epoch: 4, beacon: bytes.Repeat([]byte{4}, 32), height: 5, audits: map[uint64][]types.Audit{
		4: {{Epoch: 4, NodeIndex: 2, Challenge: challenge, VdfDifficulty: 1 << 10, DeadlineHeight: 20}, {Epoch: 4, NodeIndex: 9}},
	}}
	s := &fakeSender{}
	r := &Runner{Chain: c, Sender: s, Key: sk, Index: 2, Aggregators: []string{down.URL, agg.URL}, HTTP: agg.Client()}
	ctx, cancel := context.WithCancel(context.Background())
	r.Poll = 20 * time.Millisecond
	done := make(chan error)
	go func() { done <- r.Run(ctx) }()
	require.Eventually(t, func() bool { return s.count() == 1 }, 10*time.Second, 10*time.Millisecond)
	time.Sleep(100 * time.Millisecond) // more polls in the same epoch
	cancel()
	require.NoError(t, <-done)

	require.Len(t, got, 1, "one heartbeat per epoch, although one aggregator is down")
	sig, err := bls.ParseSignature(mustHex(t, got[0].Signature))
	require.NoError(t, err)
	require.NoError(t, bls.Verify(sk.PublicKey(), types.HeartbeatSignBytes("dpn-test-1", 4, c.beacon), sig))

	require.Equal(t, 1, s.count(), "only this node's audit is answered, once")
	ans := s.sent[0].(*types.MsgSubmitAuditAnswer)
	require.Equal(t, uint64(2), ans.NodeIndex)
	out, err := vdf.ParseOutput(ans.Output)
	require.NoError(t, err)
	require.NoError(t, vdf.VerifyOutput(vdf.HashToGroup(challenge), 1<<10, out))
}

func TestAuditPastDeadlineNotAnswered(t *testing.T) {
	sk, err := bls.KeyGen(bytes.Repeat([]byte{3}, 32), nil)
	require.NoError(t, err)
	c := &fakeChain{epoch: 4, beacon: []byte{1}, height: 30, audits: map[uint64][]types.Audit{
		4: {{Epoch: 4, NodeIndex: 0, Challenge: []byte{1}, VdfDifficulty: 1 << 10, DeadlineHeight: 20}},
	}}
	s := &fakeSender{}
	r := &Runner{Chain: c, Sender: s, Key: sk, Index: 0, Aggregators: nil, Log: discardLogger()}
	err = r.Step(context.Background())
	require.ErrorContains(t, err, "reached no aggregator")
	require.Zero(t, s.count())
}

func TestFailedAnswerRetried(t *testing.T) {
	sk, err := bls.KeyGen(bytes.Repeat([]byte{3}, 32), nil)
	require.NoError(t, err)
	c := &fakeChain{epoch: 1, beacon: []byte{1}, height: 2, audits: map[uint64][]types.Audit{
		1: {{Epoch: 1, NodeIndex: 0, Challenge: []byte{1}, VdfDifficulty: 1 << 8, DeadlineHeight: 20}},
	}}
	s := &fakeSender{fail: errors.New("mempool full")}
	r := &Runner{Chain: c, Sender: s, Key: sk, Index: 0, Log: discardLogger()}
	_ = r.Step(context.Background())
	r.Wait()
	s.mu.Lock()
	s.fail = nil
	s.mu.Unlock()
	_ = r.Step(context.Background())
	r.Wait()
	require.Equal(t, 1, s.count())
}
