package keeper_test

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/require"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/dpn-network/dpn/x/compute/types"
)

// TestOutputDelivered: winners hand the buyer the output, inline when it fits the param and
// by their blob endpoints otherwise; the result keeps the winners' bytes and URLs only, and a
// reveal whose inline bytes are not the revealed result, exceed the param or name a bad URL
// is rejected with nothing changed.
func TestOutputDelivered(t *testing.T) {
	f := newFixture(t, 3)
	id := f.submit(t, wasmJob(3, 2))
	job := f.job(t, id)
	out := []byte("the output")
	res := types.ContentOf(out)
	lie := []byte("another output")
	for i, n := range job.Nodes {
		h := res.Sha256
		if i == 2 {
			h = types.ContentOf(lie).Sha256
		}
		require.NoError(t, f.commit(t, id, n, h))
	}
	reveal := func(n uint64, data []byte, url string) func(sdk.Context) error {
		return func(ctx sdk.Context) error {
			c := types.ContentOf(data)
			_, err := f.msg.RevealResult(ctx, &types.MsgRevealResult{Owner: addr(int(n)).String(), JobId: id, NodeIndex: n,
				ResultHash: c.Sha256, Salt: salt(int(n)), Output: c, OutputData: data, OutputUrl: url})
			return err
		}
	}
	n0, n1, n2 := job.Nodes[0], job.Nodes[1], job.Nodes[2]
	f.requireRejected(t, types.ErrRevealMismatch, func(ctx sdk.Context) error {
		_, err := f.msg.RevealResult(ctx, &types.MsgRevealResult{Owner: addr(int(n0)).String(), JobId: id, NodeIndex: n0,
			ResultHash: res.Sha256, Salt: salt(int(n0)), Output: res, OutputData: []byte("not the output")})
		return err
	})
	f.requireRejected(t, types.ErrInvalidContent, reveal(n0, out, "ftp://node0"))
	require.NoError(t, reveal(n0, out, "http://node0:26690")(f.Ctx))
	require.NoError(t, reveal(n2, lie, "http://liar:26690")(f.Ctx))
	require.NoError(t, reveal(n1, out, "")(f.Ctx))
	r, err := f.q.Result(f.Ctx, &types.QueryResultRequest{JobId: id})
	require.NoError(t, err)
	require.Equal(t, res, r.Result.Output)
	require.Equal(t, out, r.Result.OutputData)
	require.Equal(t, []string{"http://node0:26690"}, r.Result.OutputUrls, "the minority's endpoint is not a place to fetch from")
}

// TestOutputInlineBound: an output above max_output_inline_bytes cannot ride in the reveal.
func TestOutputInlineBound(t *testing.T) {
	f := newFixture(t, 1)
	id := f.submit(t, wasmJob(1, 1))
	n := f.job(t, id).Nodes[0]
	big := bytes.Repeat([]byte{7}, types.DefaultMaxOutputInlineBytes+1)
	c := types.ContentOf(big)
	require.NoError(t, f.commit(t, id, n, c.Sha256))
	f.requireRejected(t, types.ErrInvalidContent, func(ctx sdk.Context) error {
		_, err := f.msg.RevealResult(ctx, &types.MsgRevealResult{Owner: addr(int(n)).String(), JobId: id, NodeIndex: n,
			ResultHash: c.Sha256, Salt: salt(int(n)), Output: c, OutputData: big})
		return err
	})
	_, err := f.msg.RevealResult(f.Ctx, &types.MsgRevealResult{Owner: addr(int(n)).String(), JobId: id, NodeIndex: n,
		ResultHash: c.Sha256, Salt: salt(int(n)), Output: c, OutputUrl: "http://node:26690"})
	require.NoError(t, err)
	r, err := f.q.Result(f.Ctx, &types.QueryResultRequest{JobId: id})
	require.NoError(t, err)
	require.Empty(t, r.Result.OutputData)
	require.Equal(t, []string{"http://node:26690"}, r.Result.OutputUrls)
}
