package aggregator

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/dpn-network/dpn/crypto/bls"
	"github.com/dpn-network/dpn/x/attestation/types"
)

// fakeChain holds nodes and checks submissions the way x/attestation does: the aggregate
// signature must verify against the sum of the selected keys, every selected node active.
type fakeChain struct {
	mu        sync.Mutex
	epoch     uint64
	beacon    []byte
	keys      []*bls.SecretKey
	inactive  map[uint64]bool
	bitmaps   map[uint64][]byte
	submitted int
	nodeReads int
	firsts    []uint64
}

func newFakeChain(t testing.TB, n int) *fakeChain {
	c := &fakeChain{epoch: 7, beacon: bytes.Repeat([]byte{9}, 32), inactive: map[uint64]bool{}, bitmaps: map[uint64][]byte{}}
	for i := 0; i < n; i++ {
		sk, err := bls.KeyGen(bytes.Repeat([]byte{byte(i + 1)}, 32), nil)
		require.NoError(t, err)
		c.keys = append(c.keys, sk)
	}
	return c
}

func (c *fakeChain) ChainID() string { return "dpn-test-1" }

func (c *fakeChain) CurrentBeacon(context.Context) (uint64, []byte, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.epoch, c.beacon, nil
}

func (c *fakeChain) Node(_ context.Context, i uint64) ([]byte, []byte, bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.nodeReads++
	if i >= uint64(len(c.keys)) {
		return nil, nil, false, fmt.Errorf("%w: %d", ErrUnknownNode, i)
	}
	return c.keys[i].PublicKey().Bytes(), c.keys[i].PopProve().Bytes(), !c.inactive[i], nil
}

func (c *fakeChain) SubmitHeartbeats(_ context.Context, epoch, first uint64, rel, sig []byte) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if epoch != c.epoch {
		return errors.New("wrong epoch")
	}
	if first%8 != 0 {
		return errors.New("first index not a multiple of 8")
	}
	c.firsts = append(c.firsts, first)
	var signers []byte // absolute bitmap
	for i := uint64(0); i < uint64(len(rel))*8; i++ {
		if types.BitmapGet(rel, i) {
			signers = types.BitmapSet(signers, first+i)
		}
	}
	if len(rel) > 0 && rel[len(rel)-1] == 0 {
		return errors.New("trailing zero byte")
	}
	var keys []bls.VerifiedPublicKey
	for i := range c.keys {
		if types.BitmapGet(signers, uint64(i)) {
			if c.inactive[uint64(i)] {
				return fmt.Errorf("node %d inactive", i)
			}
			keys = append(keys, c.keys[i].VerifiedPublicKey())
		}
	}
	s, err := bls.ParseSignature(sig)
	if err != nil {
		return err
	}
	if err := bls.FastAggregateVerify(keys, types.HeartbeatSignBytes(c.ChainID(), epoch, c.beacon), s); err != nil {
		return err
	}
	merged := c.bitmaps[epoch]
	for i := range c.keys {
		if types.BitmapGet(signers, uint64(i)) {
			merged = types.BitmapSet(merged, uint64(i))
		}
	}
	c.bitmaps[epoch] = merged
	c.submitted++
	return nil
}

func (c *fakeChain) sign(i int, epoch uint64) []byte {
	return c.keys[i].Sign(types.HeartbeatSignBytes(c.ChainID(), epoch, c.beacon)).Bytes()
}

func TestSubmitAggregates(t *testing.T) {
	ctx := context.Background()
	c := newFakeChain(t, 20)
	a := New(c, nil)
	_, err := a.Refresh(ctx)
	require.NoError(t, err)
	for _, i := range []int{0, 3, 9, 17} {
		require.NoError(t, a.Add(ctx, 7, uint64(i), c.sign(i, 7)))
	}
	n, err := a.Submit(ctx)
	require.NoError(t, err)
	require.Equal(t, 4, n)
	require.Equal(t, 1, c.submitted, "one transaction for all")
	for i := 0; i < 20; i++ {
		require.Equal(t, i == 0 || i == 3 || i == 9 || i == 17, types.BitmapGet(c.bitmaps[7], uint64(i)), "bit %d", i)
	}
	// A repeated heartbeat of an included node is not submitted again.
	require.NoError(t, a.Add(ctx, 7, 3, c.sign(3, 7)))
	n, err = a.Submit(ctx)
	require.NoError(t, err)
	require.Zero(t, n)
	require.Equal(t, 1, c.submitted)
	require.Equal(t, 4, a.Status().Included)
}

func TestBadSignatureBisectedOut(t *testing.T) {
	ctx := context.Background()
	c := newFakeChain(t, 16)
	a := New(c, nil)
	_, err := a.Refresh(ctx)
	require.NoError(t, err)
	for i := 0; i < 16; i++ {
		sig := c.sign(i, 7)
		if i == 5 || i == 11 {
			sig = c.sign((i+1)%16, 7) // another node's signature: decodes, does not verify
		}
		require.NoError(t, a.Add(ctx, 7, uint64(i), sig))
	}
	n, err := a.Submit(ctx)
	require.NoError(t, err)
	require.Equal(t, 14, n)
	require.False(t, types.BitmapGet(c.bitmaps[7], 5))
	require.False(t, types.BitmapGet(c.bitmaps[7], 11))
	require.True(t, types.BitmapGet(c.bitmaps[7], 6))
	require.Equal(t, uint64(2), a.Status().Dropped)
}

func TestBatchesOfMaxSigners(t *testing.T) {
	ctx := context.Background()
	c := newFakeChain(t, 10)
	a := New(c, nil)
	a.MaxSigners = 4
	_, err := a.Refresh(ctx)
	require.NoError(t, err)
	for i := 0; i < 10; i++ {
		require.NoError(t, a.Add(ctx, 7, uint64(i), c.sign(i, 7)))
	}
	n, err := a.Submit(ctx)
	require.NoError(t, err)
	require.Equal(t, 10, n)
	require.Equal(t, 3, c.submitted)
	require.Equal(t, []uint64{0, 0, 8}, c.firsts, "the third batch (nodes 8, 9) starts at index 8")
}

func TestAddRejects(t *testing.T) {
	ctx := context.Background()
	c := newFakeChain(t, 4)
	c.inactive[2] = true
	a := New(c, nil)
	_, err := a.Refresh(ctx)
	require.NoError(t, err)
	require.ErrorIs(t, a.Add(ctx, 6, 0, c.sign(0, 6)), ErrWrongEpoch)
	require.ErrorIs(t, a.Add(ctx, 7, 2, c.sign(2, 7)), ErrNodeInactive)
	require.ErrorIs(t, a.Add(ctx, 7, 0, []byte{1, 2, 3}), ErrBadSignature)
	require.ErrorIs(t, a.Add(ctx, 7, 99, c.sign(0, 7)), ErrUnknownNode)
	require.Zero(t, a.Status().Pending)
}

func TestNewEpochDropsPending(t *testing.T) {
	ctx := context.Background()
	c := newFakeChain(t, 4)
	a := New(c, nil)
	_, err := a.Refresh(ctx)
	require.NoError(t, err)
	require.NoError(t, a.Add(ctx, 7, 1, c.sign(1, 7)))
	c.epoch, c.beacon = 8, bytes.Repeat([]byte{8}, 32)
	// A node that already saw epoch 8 makes the aggregator catch up.
	require.NoError(t, a.Add(ctx, 8, 2, c.sign(2, 8)))
	st := a.Status()
	require.Equal(t, uint64(8), st.Epoch)
	require.Equal(t, 1, st.Pending)
	require.Equal(t, uint64(1), st.Dropped)
	n, err := a.Submit(ctx)
	require.NoError(t, err)
	require.Equal(t, 1, n)
	require.Equal(t, []byte{4}, c.bitmaps[8])
	// Keys are read once per node per epoch.
	reads := c.nodeReads
	require.NoError(t, a.Add(ctx, 8, 2, c.sign(2, 8)))
	require.Equal(t, reads, c.nodeReads)
}

func TestHTTP(t *testing.T) {
	ctx := context.Background()
	c := newFakeChain(t, 3)
	a := New(c, nil)
	_, err := a.Refresh(ctx)
	require.NoError(t, err)
	srv := httptest.NewServer(a.Handler())
	defer srv.Close()

	require.NoError(t, Post(ctx, srv.Client(), srv.URL, NewHeartbeat(7, 1, c.sign(1, 7))))
	err = Post(ctx, srv.Client(), srv.URL, NewHeartbeat(5, 1, c.sign(1, 5)))
	require.ErrorContains(t, err, "another epoch")

	for body, code := range map[string]int{
		`{`: http.StatusBadRequest,
		`{"epoch":7,"node_index":1,"signature":"zz"}`:                                       http.StatusBadRequest,
		`{"epoch":7,"node_index":1,"signature":"00","extra":1}`:                             http.StatusBadRequest,
		`{"epoch":7,"node_index":1,"signature":"` + hex.EncodeToString(c.sign(1, 7)) + `"}`: http.StatusAccepted,
		`{"epoch":7,"node_index":1,"signature":"` + strings.Repeat("00", 5000) + `"}`:       http.StatusBadRequest,
	} {
		res, err := srv.Client().Post(srv.URL+HeartbeatPath, "application/json", strings.NewReader(body))
		require.NoError(t, err)
		res.Body.Close()
		require.Equal(t, code, res.StatusCode, body)
	}
	res, err := srv.Client().Get(srv.URL + StatusPath)
	require.NoError(t, err)
	res.Body.Close()
	require.Equal(t, http.StatusOK, res.StatusCode)
	require.Equal(t, 1, a.Status().Pending)
}

// FuzzHeartbeatHandler sends arbitrary bodies: the handler never panics, never accepts a
// heartbeat whose signature does not decode, and answers with a JSON status.
func FuzzHeartbeatHandler(f *testing.F) {
	f.Add([]byte(`{"epoch":7,"node_index":1,"signature":"00"}`))
	f.Add([]byte(`{"epoch":18446744073709551615,"node_index":18446744073709551615}`))
	f.Add([]byte(`[]`))
	c := newFakeChain(f, 2)
	a := New(c, nil)
	if _, err := a.Refresh(context.Background()); err != nil {
		f.Fatal(err)
	}
	h := a.Handler()
	f.Fuzz(func(t *testing.T, body []byte) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, HeartbeatPath, bytes.NewReader(body)))
		if rec.Code == http.StatusAccepted {
			if a.Status().Pending == 0 {
				t.Fatal("accepted without a pending heartbeat")
			}
		}
		require.Equal(t, "application/json", rec.Header().Get("Content-Type"))
	})
}
