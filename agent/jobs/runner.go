package jobs

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"time"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/dpn-network/dpn/agent/blobs"
	"github.com/dpn-network/dpn/x/compute/types"
)

// Chain is what the job runner reads from the chain.
type Chain interface {
	NodeJobs(ctx context.Context, node uint64) ([]types.Job, error)
	Submissions(ctx context.Context, job uint64) ([]types.Submission, error)
	// InlineContent returns the blobs carried by the transaction that submitted a job.
	InlineContent(ctx context.Context, txHash []byte) ([]types.InlineContent, error)
	// ComputeParams returns x/compute's params (how large an output a reveal may carry).
	ComputeParams(ctx context.Context) (types.Params, error)
}

// Sender signs and sends the node owner's transactions.
type Sender interface {
	Address() (sdk.AccAddress, error)
	Send(ctx context.Context, msgs ...sdk.Msg) (*sdk.TxResponse, error)
}

// Runner runs the jobs the marketplace assigns to one node: it fetches their content, runs
// them, commits and later reveals wasm results, and delivers groth16 proofs.
type Runner struct {
	Chain  Chain
	Sender Sender
	Index  uint64
	Limits Limits
	Log    *slog.Logger
	// Dir keeps the salts of committed results, so that a restarted agent can still reveal.
	Dir string
	// Tamper, when set, changes every wasm output before it is committed: a test's dishonest
	// node.
	Tamper func([]byte) []byte
	// Blobs, when set, keeps fetched content (served by the node's blob endpoint) and is read
	// before the job's content URL.
	Blobs *blobs.Store
	// HTTP fetches content from jobs' content URLs.
	HTTP *http.Client
	// BlobURL is where others reach this node's blob endpoint; a reveal names it as a place
	// to fetch the output from (kept in Blobs). Empty names none.
	BlobURL string

	mu      sync.Mutex
	secrets map[uint64]secret
	failed  map[uint64]bool
}

// secret is a committed result not yet revealed.
type secret struct {
	ResultHash []byte `json:"result_hash"`
	Salt       []byte `json:"salt"`
	Size       uint64 `json:"size"`
	// Output is kept when it may travel inline (a restarted agent without a blob store can
	// still deliver it).
	Output []byte `json:"output,omitempty"`
}

// maxSavedOutput is the largest output kept with its salt: the ceiling of the chain's
// max_output_inline_bytes.
const maxSavedOutput = 1 << 20

// Run steps every poll until ctx ends.
func (r *Runner) Run(ctx context.Context, poll time.Duration) error {
	t := time.NewTicker(poll)
	defer t.Stop()
	for {
		if err := r.Step(ctx); err != nil && ctx.Err() == nil {
			r.logger().Warn("jobs step", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

func (r *Runner) logger() *slog.Logger {
	if r.Log == nil {
		return slog.Default()
	}
	return r.Log
}

// Step handles every open job of the node once.
func (r *Runner) Step(ctx context.Context) error {
	r.mu.Lock()
	if r.secrets == nil {
		r.secrets, r.failed = map[uint64]secret{}, map[uint64]bool{}
	}
	r.mu.Unlock()
	jobs, err := r.Chain.NodeJobs(ctx, r.Index)
	if err != nil {
		return err
	}
	var errs []error
	for _, job := range jobs {
		if err := r.handle(ctx, job); err != nil {
			errs = append(errs, fmt.Errorf("job %d: %w", job.Id, err))
		}
	}
	return errors.Join(errs...)
}

func (r *Runner) handle(ctx context.Context, job types.Job) error {
	r.mu.Lock()
	failed := r.failed[job.Id<<8|uint64(job.Attempts)]
	r.mu.Unlock()
	if failed {
		return nil // this round already failed here; the chain will reassign it
	}
	mine, err := r.mySubmission(ctx, job.Id)
	if err != nil {
		return err
	}
	switch {
	case job.Kind == types.JOB_KIND_GROTH16 && job.Status == types.JOB_STATUS_ASSIGNED:
		return r.markFailed(job, r.prove(ctx, job))
	case job.Kind == types.JOB_KIND_WASM && job.Status == types.JOB_STATUS_ASSIGNED && mine == nil:
		return r.markFailed(job, r.commit(ctx, job))
	case job.Kind == types.JOB_KIND_WASM && job.Status == types.JOB_STATUS_REVEALING && mine != nil && !mine.Revealed:
		return r.reveal(ctx, job)
	}
	return nil
}

// errRunFailed marks a failure of the job itself (the program failed or exceeded its limits,
// the circuit rejected its input): running it again would fail again. Anything else (content
// not reachable yet, a transaction not yet indexed, a full mempool) is retried next poll.
var errRunFailed = errors.New("job failed on this node")

// markFailed remembers a round this node cannot run, so that it is not retried every poll;
// the chain reassigns the job at the deadline.
func (r *Runner) markFailed(job types.Job, err error) error {
	if errors.Is(err, errRunFailed) {
		r.mu.Lock()
		r.failed[job.Id<<8|uint64(job.Attempts)] = true
		r.mu.Unlock()
	}
	return err
}

func (r *Runner) mySubmission(ctx context.Context, jobID uint64) (*types.Submission, error) {
	subs, err := r.Chain.Submissions(ctx, jobID)
	if err != nil {
		return nil, err
	}
	for i := range subs {
		if subs[i].NodeIndex == r.Index {
			return &subs[i], nil
		}
	}
	return nil, nil
}

// fetch returns a job's content, checked against its hash: from the submitting transaction
// when it travelled inline, else from this node's blob store, else from the job's content
// URL (and then kept in the store, so that this node serves it too).
func (r *Runner) fetch(ctx context.Context, job types.Job, c types.Content) ([]byte, error) {
	if len(job.SubmitTxHash) != 0 {
		inline, err := r.Chain.InlineContent(ctx, job.SubmitTxHash)
		if err != nil {
			return nil, err
		}
		for _, in := range inline {
			if bytes.Equal(in.Sha256, c.Sha256) {
				if sum := sha256.Sum256(in.Data); !bytes.Equal(sum[:], c.Sha256) || uint64(len(in.Data)) != c.Size_ {
					return nil, fmt.Errorf("%w: %X", ErrContentHash, c.Sha256)
				}
				return in.Data, nil
			}
		}
	}
	if r.Blobs != nil {
		if data, err := r.Blobs.Get(c.Sha256); err == nil && uint64(len(data)) == c.Size_ {
			return data, nil
		}
	}
	if job.ContentUrl == "" {
		return nil, fmt.Errorf("%w: %X is neither inline nor at a content URL", ErrContentFetch, c.Sha256)
	}
	client, limit := r.HTTP, int64(1<<30)
	if client == nil {
		client = &http.Client{Timeout: 5 * time.Minute}
	}
	if r.Blobs != nil {
		limit = r.Blobs.MaxBytes
	}
	data, err := blobs.Fetch(ctx, client, job.ContentUrl, c.Sha256, c.Size_, limit)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrContentFetch, err)
	}
	if r.Blobs != nil {
		if err := r.Blobs.Put(c.Sha256, data); err != nil {
			r.logger().Warn("keeping fetched content", "err", err)
		}
	}
	return data, nil
}

func (r *Runner) commit(ctx context.Context, job types.Job) error {
	module, err := r.fetch(ctx, job, job.Module)
	if err != nil {
		return err
	}
	input, err := r.fetch(ctx, job, job.Input)
	if err != nil {
		return err
	}
	start := time.Now()
	out, err := RunWASM(ctx, module, input, r.Limits.ForJob(job.Resources, job.DurationSeconds))
	if err != nil {
		if ctx.Err() != nil {
			return err
		}
		return fmt.Errorf("%w: %w", errRunFailed, err)
	}
	if r.Tamper != nil {
		out = r.Tamper(out)
	}
	sum := sha256.Sum256(out)
	s := secret{ResultHash: sum[:], Salt: make([]byte, types.SaltSize), Size: uint64(len(out))}
	if _, err := rand.Read(s.Salt); err != nil {
		return err
	}
	if len(out) <= maxSavedOutput {
		s.Output = out
	}
	if r.Blobs != nil {
		// The buyer fetches outputs too large for the chain from here.
		if err := r.Blobs.Put(s.ResultHash, out); err != nil {
			r.logger().Warn("keeping the output for the buyer", "job", job.Id, "err", err)
		}
	}
	if err := r.saveSecret(job.Id, s); err != nil {
		return err
	}
	owner, err := r.Sender.Address()
	if err != nil {
		return err
	}
	if _, err := r.Sender.Send(ctx, &types.MsgCommitResult{Owner: owner.String(), JobId: job.Id, NodeIndex: r.Index,
		Commitment: types.Commitment(job.Id, r.Index, s.ResultHash, s.Salt)}); err != nil {
		return err
	}
	r.logger().Info("wasm job run and committed", "job", job.Id, "output_bytes", len(out), "seconds", time.Since(start).Seconds())
	return nil
}

func (r *Runner) reveal(ctx context.Context, job types.Job) error {
	s, ok := r.loadSecret(job.Id)
	if !ok {
		return fmt.Errorf("no saved result for job %d: it cannot be revealed", job.Id)
	}
	owner, err := r.Sender.Address()
	if err != nil {
		return err
	}
	params, err := r.Chain.ComputeParams(ctx)
	if err != nil {
		return err
	}
	msg := &types.MsgRevealResult{Owner: owner.String(), JobId: job.Id, NodeIndex: r.Index,
		ResultHash: s.ResultHash, Salt: s.Salt, Output: types.Content{Sha256: s.ResultHash, Size_: s.Size}}
	if s.Size <= params.MaxOutputInlineBytes && uint64(len(s.Output)) == s.Size {
		msg.OutputData = s.Output
	}
	if r.BlobURL != "" && r.Blobs != nil && r.Blobs.Has(s.ResultHash) {
		msg.OutputUrl = r.BlobURL
	}
	if _, err := r.Sender.Send(ctx, msg); err != nil {
		return err
	}
	r.forgetSecret(job.Id)
	r.logger().Info("wasm result revealed", "job", job.Id, "output_bytes", s.Size, "inline", len(msg.OutputData) != 0, "output_url", msg.OutputUrl)
	return nil
}

func (r *Runner) prove(ctx context.Context, job types.Job) error {
	wasm, err := r.fetch(ctx, job, job.Module)
	if err != nil {
		return err
	}
	zk, err := r.fetch(ctx, job, job.Zkey)
	if err != nil {
		return err
	}
	input, err := r.fetch(ctx, job, job.Input)
	if err != nil {
		return err
	}
	start := time.Now()
	proof, public, err := ProveCircom(ctx, wasm, zk, input, r.Limits.ForJob(job.Resources, job.DurationSeconds))
	if err != nil {
		if ctx.Err() != nil {
			return err
		}
		return fmt.Errorf("%w: %w", errRunFailed, err)
	}
	owner, err := r.Sender.Address()
	if err != nil {
		return err
	}
	if _, err := r.Sender.Send(ctx, &types.MsgSubmitProof{Owner: owner.String(), JobId: job.Id, NodeIndex: r.Index, Proof: proof, PublicSignals: public}); err != nil {
		return err
	}
	r.logger().Info("groth16 proof delivered", "job", job.Id, "seconds", time.Since(start).Seconds())
	return nil
}

func (r *Runner) secretPath(job uint64) string {
	return filepath.Join(r.Dir, fmt.Sprintf("job-%d.json", job))
}

func (r *Runner) saveSecret(job uint64, s secret) error {
	r.mu.Lock()
	r.secrets[job] = s
	r.mu.Unlock()
	if r.Dir == "" {
		return nil
	}
	bz, err := json.Marshal(s)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(r.Dir, 0o700); err != nil {
		return err
	}
	return os.WriteFile(r.secretPath(job), bz, 0o600)
}

func (r *Runner) loadSecret(job uint64) (secret, bool) {
	r.mu.Lock()
	s, ok := r.secrets[job]
	r.mu.Unlock()
	if ok || r.Dir == "" {
		return s, ok
	}
	bz, err := os.ReadFile(r.secretPath(job))
	if err != nil || json.Unmarshal(bz, &s) != nil {
		return secret{}, false
	}
	return s, true
}

func (r *Runner) forgetSecret(job uint64) {
	r.mu.Lock()
	delete(r.secrets, job)
	r.mu.Unlock()
	if r.Dir != "" {
		_ = os.Remove(r.secretPath(job))
	}
}
