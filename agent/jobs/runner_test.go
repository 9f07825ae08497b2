package jobs

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/dpn-network/dpn/agent/blobs"
	"github.com/dpn-network/dpn/x/compute/types"
)

type fakeChain struct {
	mu        sync.Mutex
	params    *types.Params // nil: the defaults
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

func (c *fakeChain) ComputeParams(context.Context) (types.Params, error) {
	if c.params != nil {
		return *c.params, nil
	}
	return types.DefaultParams(), nil
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

// TestJobOwnLimits: a job runs under what it paid for, not under the node's whole limits: a
// program needing more memory or time than its job declares fails, and the same program in a
// job that declares enough (still under the node's limits) passes.
func TestJobOwnLimits(t *testing.T) {
	run := func(module []byte, res types.Resources, seconds uint64) (*fakeSender, error) {
		job, inline := wasmJobFor(t, module, nil)
		job.Resources, job.DurationSeconds = res, seconds
		s := &fakeSender{}
		r := &Runner{Chain: &fakeChain{job: job, inline: inline}, Sender: s, Limits: DefaultLimits()}
		return s, r.Step(context.Background())
	}
	// greedy asks for 64 MiB; the node allows 256.
	_, err := run(fixture(t, "greedy.wasm"), types.Resources{CpuMillicores: 1000, MemoryBytes: 32 << 20}, 600)
	require.ErrorIs(t, err, ErrMemoryLimit)
	s, err := run(fixture(t, "greedy.wasm"), types.Resources{CpuMillicores: 1000, MemoryBytes: 128 << 20}, 600)
	require.NoError(t, err)
	require.Len(t, s.sent, 1)

	// About three seconds of work; the node allows a minute.
	slow := countdown(100_000_000)
	start := time.Now()
	_, err = run(slow, types.Resources{CpuMillicores: 1000, MemoryBytes: 1 << 20}, 1)
	require.ErrorIs(t, err, ErrTimeLimit)
	require.Less(t, time.Since(start), 30*time.Second)
	s, err = run(slow, types.Resources{CpuMillicores: 1000, MemoryBytes: 1 << 20}, 60)
	require.NoError(t, err)
	require.Len(t, s.sent, 1)

	// The node's limits stay the ceiling.
	node := Limits{MemoryPages: 16, Time: time.Second, MaxOutput: 1}
	got := node.ForJob(types.Resources{MemoryBytes: 1 << 30}, 3600)
	require.Equal(t, node, got)
	got = DefaultLimits().ForJob(types.Resources{MemoryBytes: 100<<10 + 1}, 2)
	require.Equal(t, uint32(2), got.MemoryPages, "rounded up to whole pages")
	require.Equal(t, 2*time.Second, got.Time)
}

// TestOutputDelivered: the reveal hands the buyer the output: inline when it fits the chain's
// max_output_inline_bytes, and always the node's blob endpoint, which serves it from the
// node's store, also after a restart.
func TestOutputDelivered(t *testing.T) {
	for _, tc := range []struct {
		name   string
		limit  uint64
		inline bool
	}{{"inline", 1024, true}, {"blob endpoint only", 2, false}} {
		t.Run(tc.name, func(t *testing.T) {
			job, inline := wasmJobFor(t, fixture(t, "reverse.wasm"), []byte("abc"))
			params := types.DefaultParams()
			params.MaxOutputInlineBytes = tc.limit
			c := &fakeChain{job: job, inline: inline, params: &params}
			s := &fakeSender{}
			store := &blobs.Store{Dir: t.TempDir(), MaxBytes: 1 << 20}
			r := &Runner{Chain: c, Sender: s, Limits: DefaultLimits(), Dir: t.TempDir(), Blobs: store, BlobURL: "http://node0:26690"}
			require.NoError(t, r.Step(context.Background()))
			commit := s.sent[0].(*types.MsgCommitResult)
			c.job.Status = types.JOB_STATUS_REVEALING
			c.subs = []types.Submission{{JobId: 7, Commitment: commit.Commitment}}
			restarted := &Runner{Chain: c, Sender: s, Limits: DefaultLimits(), Dir: r.Dir, Blobs: store, BlobURL: r.BlobURL}
			require.NoError(t, restarted.Step(context.Background()))
			reveal := s.sent[1].(*types.MsgRevealResult)
			want := []byte("cba")
			if tc.inline {
				require.Equal(t, want, reveal.OutputData)
			} else {
				require.Empty(t, reveal.OutputData)
			}
			require.Equal(t, "http://node0:26690", reveal.OutputUrl)
			kept, err := store.Get(reveal.ResultHash)
			require.NoError(t, err)
			require.Equal(t, want, kept)
		})
	}
}
