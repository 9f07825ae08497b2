package keeper_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/collections"

	"github.com/dpn-network/dpn/crypto/vdf"
	"github.com/dpn-network/dpn/x/attestation/types"
)

// auditFixture audits every node every epoch with a small T and a two-block deadline.
func auditFixture(t *testing.T, nodes int) *fixture {
	f := newFixture(t)
	for i := 0; i < nodes; i++ {
		f.register(t, i)
	}
	p, err := f.k.Params.Get(f.Ctx)
	require.NoError(t, err)
	p.AuditSampleSize, p.AuditDeadlineBlocks, p.VdfDifficulty = uint32(nodes), 2, 64
	_, err = f.msg.UpdateParams(f.Ctx, &types.MsgUpdateParams{Authority: authority(), Params: p})
	require.NoError(t, err)
	return f
}

func answer(t *testing.T, a types.Audit) []byte {
	y, pi, err := vdf.Eval(vdf.HashToGroup(a.Challenge), a.VdfDifficulty)
	require.NoError(t, err)
	b, err := vdf.Output{T: a.VdfDifficulty, Y: y, Proof: pi}.MarshalBinary()
	require.NoError(t, err)
	return b
}

func TestAudits(t *testing.T) {
	f := auditFixture(t, 2)
	epoch := f.nextEpoch(t)
	res, err := f.q.Audits(f.Ctx, &types.QueryAuditsRequest{Epoch: epoch})
	require.NoError(t, err)
	require.Len(t, res.Audits, 2, "both nodes sampled")
	a := res.Audits[0]
	require.Equal(t, types.AuditChallenge(f.Ctx.ChainID(), epoch, a.NodeIndex, mustBeacon(t, f, epoch)), a.Challenge)
	good := answer(t, a)
	owner := addr(int(a.NodeIndex))
	other := res.Audits[1]

	wrongY := answer(t, other) // a valid output, for another challenge
	tampered := append([]byte(nil), good...)
	tampered[len(tampered)-1] ^= 1
	tests := []struct {
		name string
		msg  *types.MsgSubmitAuditAnswer
		err  error
	}{
		{"wrong VDF proof (other challenge)", &types.MsgSubmitAuditAnswer{Owner: owner, Epoch: epoch, NodeIndex: a.NodeIndex, Output: wrongY}, types.ErrInvalidVDFProof},
		{"tampered proof", &types.MsgSubmitAuditAnswer{Owner: owner, Epoch: epoch, NodeIndex: a.NodeIndex, Output: tampered}, types.ErrInvalidVDFProof},
		{"garbage output", &types.MsgSubmitAuditAnswer{Owner: owner, Epoch: epoch, NodeIndex: a.NodeIndex, Output: []byte{1, 2, 3}}, types.ErrInvalidVDFProof},
		{"not the owner", &types.MsgSubmitAuditAnswer{Owner: addr(9), Epoch: epoch, NodeIndex: a.NodeIndex, Output: good}, types.ErrNotOwner},
		{"no audit that epoch", &types.MsgSubmitAuditAnswer{Owner: owner, Epoch: epoch - 1, NodeIndex: a.NodeIndex, Output: good}, types.ErrAuditNotFound},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f.requireRejected(t, tc.err, func() error { _, err := f.msg.SubmitAuditAnswer(f.Ctx, tc.msg); return err })
		})
	}

	_, err = f.msg.SubmitAuditAnswer(f.Ctx, &types.MsgSubmitAuditAnswer{Owner: owner, Epoch: epoch, NodeIndex: a.NodeIndex, Output: good})
	require.NoError(t, err)
	f.requireRejected(t, types.ErrAuditAnswered, func() error {
		_, err := f.msg.SubmitAuditAnswer(f.Ctx, &types.MsgSubmitAuditAnswer{Owner: owner, Epoch: epoch, NodeIndex: a.NodeIndex, Output: good})
		return err
	})

	// Past the deadline, the other node's correct answer is refused.
	for i := 0; i < 3; i++ {
		f.Fixture = f.NextBlock(1e9)
	}
	late := &types.MsgSubmitAuditAnswer{Owner: addr(int(other.NodeIndex)), Epoch: epoch, NodeIndex: other.NodeIndex, Output: answer(t, other)}
	f.requireRejected(t, types.ErrAuditDeadline, func() error { _, err := f.msg.SubmitAuditAnswer(f.Ctx, late); return err })
}

// TestMissedAuditsCountAgainstUptime: both nodes heartbeat every epoch, node 0 answers its
// audits and node 1 never does; after a window node 1 is inactive and node 0 is not.
func TestMissedAuditsCountAgainstUptime(t *testing.T) {
	f := auditFixture(t, 2)
	for e := 0; e < 3; e++ {
		epoch := f.nextEpoch(t)
		_, err := f.msg.SubmitHeartbeats(f.Ctx, f.heartbeat(t, epoch, 0, 1))
		require.NoError(t, err)
		a, err := f.k.Audits.Get(f.Ctx, collections.Join(epoch, uint64(0)))
		require.NoError(t, err)
		_, err = f.msg.SubmitAuditAnswer(f.Ctx, &types.MsgSubmitAuditAnswer{Owner: addr(0), Epoch: epoch, NodeIndex: 0, Output: answer(t, a)})
		require.NoError(t, err)
		for i := 0; i < 3; i++ { // let the deadline pass
			f.Fixture = f.NextBlock(1e9)
		}
	}
	f.nextEpoch(t) // ends epoch 4, window [2, 4]
	require.Equal(t, types.NODE_STATUS_ACTIVE, status(t, f, 0))
	require.Equal(t, types.NODE_STATUS_INACTIVE, status(t, f, 1))
	requireStatusEvent(t, f.Ctx, 1, types.NODE_STATUS_INACTIVE)

	// Audits leave the store with the window: ending epoch 5 drops epoch 2.
	_, err := f.k.Audits.Get(f.Ctx, collections.Join(uint64(2), uint64(0)))
	require.NoError(t, err)
	f.nextEpoch(t)
	_, err = f.k.Audits.Get(f.Ctx, collections.Join(uint64(2), uint64(0)))
	require.Error(t, err)
}
