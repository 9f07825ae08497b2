package jobs

import (
	"context"
	"errors"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/dpn-network/dpn/x/compute/types"
)

type fakeChain struct {
	mu        sync.Mutex
	job       types.Job
	subs      []types.Submission
	inline    []types.InlineContent
	failFetch int // InlineContent fails this many times first
}

func (c *fakeChain) NodeJobs(context.Context, uint64) ([]types.Job, error) {
	return []types.Job{c.job}, nil
}
func (c *fakeChain) Submissions(context.Context, uint64) ([]types.Submission, error) {
	return c.subs, nil
}
func (c *fakeChain) InlineContent(context.Context, []byte) ([]types.InlineContent, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.failFetch > 0 {
		c.failFetch--
		return nil, errors.New("tx not found")
	}
	return c.inline, nil
}

type fakeSender struct{ sent []sdk.Msg }

func (s *fakeSender) Address() (sdk.AccAddress, error) { return sdk.AccAddress(make([]byte, 20)), nil }
func (s *fakeSender) Send(_ context.Context, msgs ...sdk.Msg) (*sdk.TxResponse, error) {
	s.sent = append(s.sent, msgs...)
	return &sdk.TxResponse{}, nil
}

func wasmJobFor(t *testing.T, module, input []byte) (types.Job, []types.InlineContent) {
	job := types.Job{Id: 7, Kind: types.JOB_KIND_WASM, Status: types.JOB_STATUS_ASSIGNED, Attempts: 1,
		Module: types.ContentOf(module), Input: types.ContentOf(input), SubmitTxHash: []byte{1}}
	return job, []types.InlineContent{{Sha256: job.Module.Sha256, Data: module}, {Sha256: job.Input.Sha256, Data: input}}
}

// TestTransientFetchRetried: content not reachable yet (the submitting transaction not yet
// indexed) is retried next poll, not written off.
func TestTransientFetchRetried(t *testing.T) {
	job, inline := wasmJobFor(t, fixture(t, "reverse.wasm"), []byte("abc"))
	c := &fakeChain{job: job, inline: inline, failFetch: 1}
	s := &fakeSender{}
	r := &Runner{Chain: c, Sender: s, Index: 0, Limits: DefaultLimits(), Dir: t.TempDir()}
	require.Error(t, r.Step(context.Background()))
	require.Empty(t, s.sent)
	require.NoError(t, r.Step(context.Background()))
	require.Len(t, s.sent, 1)
	commit := s.sent[0].(*types.MsgCommitResult)
	require.Equal(t, uint64(7), commit.JobId)

	// The reveal opens the commitment with the output's hash, also after a restart (the salt
	// is on disk).
	c.job.Status = types.JOB_STATUS_REVEALING
	c.subs = []types.Submission{{JobId: 7, NodeIndex: 0, Commitment: commit.Commitment}}
	restarted := &Runner{Chain: c, Sender: s, Index: 0, Limits: DefaultLimits(), Dir: r.Dir}
	require.NoError(t, restarted.Step(context.Background()))
	reveal := s.sent[1].(*types.MsgRevealResult)
	require.Equal(t, types.ContentOf([]byte("cba")).Sha256, reveal.ResultHash)
	require.Equal(t, commit.Commitment, types.Commitment(7, 0, reveal.ResultHash, reveal.Salt))
}

// TestFailedRunNotRetried: a program that fails is not run again every poll.
func TestFailedRunNotRetried(t *testing.T) {
	job, inline := wasmJobFor(t, fixture(t, "spin.wasm"), nil)
	c := &fakeChain{job: job, inline: inline}
	s := &fakeSender{}
	lim := DefaultLimits()
	lim.Time = 100_000_000 // 100 ms
	r := &Runner{Chain: c, Sender: s, Limits: lim}
	require.ErrorIs(t, r.Step(context.Background()), ErrTimeLimit)
	require.NoError(t, r.Step(context.Background()), "the failed round is remembered")
	require.Empty(t, s.sent)

	// A corrupt inline blob is refused.
	job, inline = wasmJobFor(t, fixture(t, "reverse.wasm"), []byte("abc"))
	inline[1].Data = []byte("abd")
	c = &fakeChain{job: job, inline: inline}
	r = &Runner{Chain: c, Sender: s, Limits: DefaultLimits()}
	require.ErrorIs(t, r.Step(context.Background()), ErrContentHash)
}
