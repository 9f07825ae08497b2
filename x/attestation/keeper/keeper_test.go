package keeper_test

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/query"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	govtypes "github.com/cosmos/cosmos-sdk/x/gov/types"

	"github.com/dpn-network/dpn/crypto/bls"
	testkeeper "github.com/dpn-network/dpn/testutil/keeper"
	"github.com/dpn-network/dpn/x/attestation/keeper"
	"github.com/dpn-network/dpn/x/attestation/types"
)

// fixture is the keeper on an in-memory store, positioned in epoch 1.
type fixture struct {
	testkeeper.Fixture
	k    keeper.Keeper
	msg  types.MsgServer
	q    types.QueryServer
	bank *ledger
}

func newFixture(t testing.TB) *fixture {
	t.Helper()
	base := testkeeper.New(t, types.StoreKey, types.RegisterInterfaces)
	bank := newLedger()
	k := keeper.NewKeeper(base.Codec, base.StoreService, bank, authority())
	f := &fixture{Fixture: base, k: k, msg: keeper.NewMsgServerImpl(k), q: keeper.NewQueryServerImpl(k), bank: bank}
	gs := types.DefaultGenesis()
	gs.Params.UptimeWindowEpochs = 3
	gs.Params.AuditSampleSize = 0 // audits have their own test
	require.NoError(t, k.InitGenesis(f.Ctx, *gs))
	require.NoError(t, k.StartEpoch(f.Ctx, 1))
	return f
}

func authority() string { return authtypes.NewModuleAddress(govtypes.ModuleName).String() }

func addr(i int) string {
	return sdk.AccAddress(bytes.Repeat([]byte{byte(0x10 + i)}, 20)).String()
}

func secretKey(t testing.TB, i int) *bls.SecretKey {
	t.Helper()
	sk, err := bls.KeyGen(bytes.Repeat([]byte{byte(i + 1)}, 32), nil)
	require.NoError(t, err)
	return sk
}

func descriptor(t testing.TB, machine string) []byte {
	t.Helper()
	b, err := (&types.HardwareDescriptor{
		MachineId: machine, CpuModel: "EPYC 7763", CpuThreads: 8, MemoryBytes: 32 << 30,
		Gpus:  []types.Gpu{{Uuid: "GPU-" + machine, Model: "A100", MemoryBytes: 80 << 30}},
		Disks: []types.Disk{{Serial: "S-" + machine, SizeBytes: 1 << 40}},
	}).Marshal()
	require.NoError(t, err)
	return b
}

func capacity() types.Capacity {
	return types.Capacity{CpuMillicores: 4000, GpuCount: 1, GpuClass: "a100-80g", MemoryBytes: 16 << 30, StorageBytes: 1 << 39, BandwidthBps: 1e9}
}

// registerMsg is a valid registration of node key i on machine "m<i>" by owner i.
func registerMsg(t testing.TB, i int) *types.MsgRegisterNode {
	sk := secretKey(t, i)
	return &types.MsgRegisterNode{
		Owner: addr(i), BlsPublicKey: sk.PublicKey().Bytes(), BlsPop: sk.PopProve().Bytes(),
		Descriptor_: descriptor(t, fmt.Sprintf("m%d", i)), Capacity: capacity(), Region: "eu-west-1", Tier: types.TIER_HEAVY,
	}
}

func (f *fixture) register(t *testing.T, i int) uint64 {
	t.Helper()
	res, err := f.msg.RegisterNode(f.Ctx, registerMsg(t, i))
	require.NoError(t, err)
	return res.Index
}

// snapshot returns every key and value of the module's store, and the bank's balances.
func (f *fixture) snapshot() map[string]string {
	out := f.storeSnapshot()
	if f.bank != nil {
		f.bank.snapshot(out)
	}
	return out
}

// storeSnapshot returns every key and value of the module's store.
func (f *fixture) storeSnapshot() map[string]string {
	out := map[string]string{}
	it := f.Ctx.KVStore(f.Key).Iterator(nil, nil)
	defer it.Close()
	for ; it.Valid(); it.Next() {
		out[string(it.Key())] = string(it.Value())
	}
	return out
}

// requireRejected runs fn, expects err, and checks that the store did not change.
func (f *fixture) requireRejected(t *testing.T, want error, fn func() error) {
	t.Helper()
	before := f.snapshot()
	err := fn()
	require.ErrorIs(t, err, want)
	require.Equal(t, before, f.snapshot(), "a rejected message changed state")
}

// heartbeat builds a MsgSubmitHeartbeats signed by the secret keys of nodes (key i = node i).
func (f *fixture) heartbeat(t *testing.T, epoch uint64, nodes ...int) *types.MsgSubmitHeartbeats {
	t.Helper()
	beacon, err := f.k.Beacons.Get(f.Ctx, epoch)
	if err != nil {
		beacon = make([]byte, 32)
	}
	msg := types.HeartbeatSignBytes(f.Ctx.ChainID(), epoch, beacon)
	var bitmap []byte
	sigs := make([]bls.Signature, 0, len(nodes))
	for _, i := range nodes {
		bitmap = types.BitmapSet(bitmap, uint64(i))
		sigs = append(sigs, secretKey(t, i).Sign(msg))
	}
	agg, err := bls.AggregateSignatures(sigs)
	require.NoError(t, err)
	return &types.MsgSubmitHeartbeats{Aggregator: addr(99), Epoch: epoch, Signers: bitmap, Signature: agg.Bytes()}
}

// nextEpoch ends the current epoch and starts the next, as x/epochs does.
func (f *fixture) nextEpoch(t *testing.T) uint64 {
	t.Helper()
	cur, err := f.k.CurrentEpoch.Get(f.Ctx)
	require.NoError(t, err)
	f.Fixture = f.NextBlock(60e9)
	require.NoError(t, f.k.Hooks().AfterEpochEnd(f.Ctx, types.DefaultEpochIdentifier, int64(cur)))
	require.NoError(t, f.k.Hooks().BeforeEpochStart(f.Ctx, types.DefaultEpochIdentifier, int64(cur+1)))
	return cur + 1
}

func (f *fixture) requireInvariant(t *testing.T) {
	t.Helper()
	msg, broken := f.k.CheckFingerprintIndex(f.Ctx)
	require.False(t, broken, msg)
	msg, broken = f.k.CheckBondEscrow(f.Ctx)
	require.False(t, broken, msg)
}

func TestRegisterNode(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(m *types.MsgRegisterNode)
		err    error
	}{
		{"valid", func(*types.MsgRegisterNode) {}, nil},
		{"bad owner", func(m *types.MsgRegisterNode) { m.Owner = "nobody" }, types.ErrInvalidAddress},
		{"malformed BLS key", func(m *types.MsgRegisterNode) { m.BlsPublicKey = bytes.Repeat([]byte{1}, 48) }, types.ErrInvalidBLSKey},
		{"proof of possession of another key", func(m *types.MsgRegisterNode) { m.BlsPop = secretKey(t, 7).PopProve().Bytes() }, types.ErrInvalidPoP},
		{"signature instead of proof of possession", func(m *types.MsgRegisterNode) {
			m.BlsPop = secretKey(t, 0).Sign(m.BlsPublicKey).Bytes()
		}, types.ErrInvalidPoP},
		{"ML-DSA key of wrong size", func(m *types.MsgRegisterNode) { m.MldsaPublicKey = make([]byte, 100) }, types.ErrInvalidMLDSAKey},
		{"oversized descriptor", func(m *types.MsgRegisterNode) {
			d := types.HardwareDescriptor{MachineId: "big", CpuThreads: 8, MemoryBytes: 32 << 30}
			for i := 0; i < 60; i++ {
				d.Disks = append(d.Disks, types.Disk{Serial: fmt.Sprintf("disk-%03d-%s", i, bytes.Repeat([]byte("x"), 60)), SizeBytes: 1 << 40})
			}
			m.Descriptor_, _ = d.Marshal()
		}, types.ErrDescriptorTooLarge},
		{"non-canonical descriptor (unknown field)", func(m *types.MsgRegisterNode) {
			m.Descriptor_ = append(append([]byte{}, m.Descriptor_...), 0x78, 0x01) // field 15, varint 1
		}, types.ErrInvalidDescriptor},
		{"empty descriptor", func(m *types.MsgRegisterNode) { m.Descriptor_ = nil }, types.ErrInvalidDescriptor},
		{"capacity above hardware", func(m *types.MsgRegisterNode) { m.Capacity.GpuCount = 2 }, types.ErrInvalidCapacity},
		{"bad region", func(m *types.MsgRegisterNode) { m.Region = "EU West" }, types.ErrInvalidRegion},
		{"no tier", func(m *types.MsgRegisterNode) { m.Tier = types.TIER_UNSPECIFIED }, types.ErrInvalidTier},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFixture(t)
			m := registerMsg(t, 0)
			tc.mutate(m)
			if tc.err != nil {
				f.requireRejected(t, tc.err, func() error { _, err := f.msg.RegisterNode(f.Ctx, m); return err })
				return
			}
			res, err := f.msg.RegisterNode(f.Ctx, m)
			require.NoError(t, err)
			require.Equal(t, types.Fingerprint(m.Descriptor_), res.Fingerprint)
			n, err := f.k.Nodes.Get(f.Ctx, res.Index)
			require.NoError(t, err)
			require.Equal(t, types.NODE_STATUS_ACTIVE, n.Status)
			require.EqualValues(t, 2, n.ActiveSinceEpoch)
			require.EqualValues(t, 1, n.JoinHeight)
			f.requireInvariant(t)
		})
	}
}

func TestSybilGuard(t *testing.T) {
	f := newFixture(t)
	first := f.register(t, 0)

	// The same machine under another owner and key is refused.
	dup := registerMsg(t, 1)
	dup.Descriptor_ = registerMsg(t, 0).Descriptor_
	f.requireRejected(t, types.ErrFingerprintInUse, func() error { _, err := f.msg.RegisterNode(f.Ctx, dup); return err })

	// An update onto another active node's machine is refused too.
	second := f.register(t, 1)
	upd := &types.MsgUpdateNode{Owner: addr(1), Index: second, Descriptor_: dup.Descriptor_, Capacity: capacity(), Region: "us-east-1"}
	f.requireRejected(t, types.ErrFingerprintInUse, func() error { _, err := f.msg.UpdateNode(f.Ctx, upd); return err })

	// Once the first node is deregistered its machine may register again.
	_, err := f.msg.DeregisterNode(f.Ctx, &types.MsgDeregisterNode{Owner: addr(0), Index: first})
	require.NoError(t, err)
	_, err = f.msg.RegisterNode(f.Ctx, dup)
	require.NoError(t, err)
	f.requireInvariant(t)

	res, err := f.q.NodeByFingerprint(f.Ctx, &types.QueryNodeByFingerprintRequest{Fingerprint: fmt.Sprintf("%x", types.Fingerprint(dup.Descriptor_))})
	require.NoError(t, err)
	require.EqualValues(t, 2, res.Node.Index)
}

func TestUpdateAndDeregister(t *testing.T) {
	f := newFixture(t)
	idx := f.register(t, 0)
	newDesc := descriptor(t, "m0-rebuilt")

	f.requireRejected(t, types.ErrNotOwner, func() error {
		_, err := f.msg.UpdateNode(f.Ctx, &types.MsgUpdateNode{Owner: addr(1), Index: idx, Descriptor_: newDesc, Capacity: capacity(), Region: "us-east-1"})
		return err
	})
	f.requireRejected(t, types.ErrNodeNotFound, func() error {
		_, err := f.msg.UpdateNode(f.Ctx, &types.MsgUpdateNode{Owner: addr(0), Index: 42, Descriptor_: newDesc, Capacity: capacity(), Region: "us-east-1"})
		return err
	})
	res, err := f.msg.UpdateNode(f.Ctx, &types.MsgUpdateNode{Owner: addr(0), Index: idx, Descriptor_: newDesc, Capacity: capacity(), Region: "us-east-1"})
	require.NoError(t, err)
	require.Equal(t, types.Fingerprint(newDesc), res.Fingerprint)
	n, err := f.k.Nodes.Get(f.Ctx, idx)
	require.NoError(t, err)
	require.Equal(t, "us-east-1", n.Region)
	f.requireInvariant(t)

	f.requireRejected(t, types.ErrNotOwner, func() error {
		_, err := f.msg.DeregisterNode(f.Ctx, &types.MsgDeregisterNode{Owner: addr(1), Index: idx})
		return err
	})
	_, err = f.msg.DeregisterNode(f.Ctx, &types.MsgDeregisterNode{Owner: addr(0), Index: idx})
	require.NoError(t, err)
	requireStatusEvent(t, f.Ctx, idx, types.NODE_STATUS_DEREGISTERING)
	f.requireRejected(t, types.ErrInvalidStatus, func() error {
		_, err := f.msg.DeregisterNode(f.Ctx, &types.MsgDeregisterNode{Owner: addr(0), Index: idx})
		return err
	})
	f.requireRejected(t, types.ErrInvalidStatus, func() error {
		_, err := f.msg.ReactivateNode(f.Ctx, &types.MsgReactivateNode{Owner: addr(0), Index: idx})
		return err
	})
	f.requireInvariant(t)
}

func requireStatusEvent(t *testing.T, ctx sdk.Context, idx uint64, to types.NodeStatus) {
	t.Helper()
	for _, e := range ctx.EventManager().Events() {
		if e.Type != "dpn.attestation.v1.EventNodeStatusChanged" {
			continue
		}
		msg, err := sdk.ParseTypedEvent(abciEvent(e))
		require.NoError(t, err)
		ev := msg.(*types.EventNodeStatusChanged)
		if ev.Index == idx && ev.To == to {
			return
		}
	}
	t.Fatalf("no status event for node %d to %s", idx, to)
}

func TestSubmitHeartbeats(t *testing.T) {
	f := newFixture(t)
	for i := 0; i < 3; i++ {
		f.register(t, i)
	}
	// Node 2 leaves; node 3 is never registered.
	_, err := f.msg.DeregisterNode(f.Ctx, &types.MsgDeregisterNode{Owner: addr(2), Index: 2})
	require.NoError(t, err)

	forged := f.heartbeat(t, 1, 0, 1)
	forged.Signature = f.heartbeat(t, 1, 0, 7).Signature // signed by a key that is not node 1's
	otherChain := f.heartbeat(t, 1, 0, 1)
	otherChain.Signature = func() []byte {
		msg := types.HeartbeatSignBytes("other-chain", 1, mustBeacon(t, f, 1))
		s, _ := bls.AggregateSignatures([]bls.Signature{secretKey(t, 0).Sign(msg), secretKey(t, 1).Sign(msg)})
		return s.Bytes()
	}()
	subset := f.heartbeat(t, 1, 0, 1)
	subset.Signature = f.heartbeat(t, 1, 0).Signature // node 1 claimed but did not sign
	tests := []struct {
		name string
		msg  *types.MsgSubmitHeartbeats
		err  error
	}{
		{"forged signature", forged, types.ErrInvalidSignature},
		{"signature for another chain", otherChain, types.ErrInvalidSignature},
		{"signer claimed without signing", subset, types.ErrInvalidSignature},
		{"garbage signature", func() *types.MsgSubmitHeartbeats { m := f.heartbeat(t, 1, 0); m.Signature = make([]byte, 96); return m }(), types.ErrInvalidSignature},
		{"deregistered node", f.heartbeat(t, 1, 0, 2), types.ErrUnknownNode},
		{"unknown index", func() *types.MsgSubmitHeartbeats {
			m := f.heartbeat(t, 1, 0)
			m.Signers = []byte{0b1001} // node 3 does not exist
			return m
		}(), types.ErrUnknownNode},
		{"bitmap longer than the registry", func() *types.MsgSubmitHeartbeats {
			m := f.heartbeat(t, 1, 0)
			m.Signers = []byte{1, 1}
			return m
		}(), types.ErrInvalidBitmap},
		{"empty bitmap", func() *types.MsgSubmitHeartbeats { m := f.heartbeat(t, 1, 0); m.Signers = []byte{0}; return m }(), types.ErrInvalidBitmap},
		{"future epoch", f.heartbeat(t, 2, 0), types.ErrWrongEpoch},
		{"past epoch", f.heartbeat(t, 0, 0), types.ErrWrongEpoch},
		{"bad aggregator", func() *types.MsgSubmitHeartbeats { m := f.heartbeat(t, 1, 0); m.Aggregator = "x"; return m }(), types.ErrInvalidAddress},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f.requireRejected(t, tc.err, func() error { _, err := f.msg.SubmitHeartbeats(f.Ctx, tc.msg); return err })
		})
	}

	// Overlapping submissions merge; a repeat changes nothing.
	res, err := f.msg.SubmitHeartbeats(f.Ctx, f.heartbeat(t, 1, 0))
	require.NoError(t, err)
	require.EqualValues(t, 1, res.NewSigners)
	res, err = f.msg.SubmitHeartbeats(f.Ctx, f.heartbeat(t, 1, 0, 1))
	require.NoError(t, err)
	require.EqualValues(t, 2, res.Signers)
	require.EqualValues(t, 1, res.NewSigners)
	before := f.snapshot()
	res, err = f.msg.SubmitHeartbeats(f.Ctx, f.heartbeat(t, 1, 1))
	require.NoError(t, err)
	require.EqualValues(t, 0, res.NewSigners)
	require.Equal(t, before, f.snapshot())

	p, err := f.q.Participation(f.Ctx, &types.QueryParticipationRequest{Epoch: 1})
	require.NoError(t, err)
	require.Equal(t, []byte{0b11}, p.Bitmap)
	require.EqualValues(t, 2, p.Count)

	// After the epoch changes, the old epoch's heartbeat is refused.
	f.nextEpoch(t)
	f.requireRejected(t, types.ErrWrongEpoch, func() error { _, err := f.msg.SubmitHeartbeats(f.Ctx, f.heartbeat(t, 1, 0)); return err })
}

func mustBeacon(t *testing.T, f *fixture, epoch uint64) []byte {
	b, err := f.k.Beacons.Get(f.Ctx, epoch)
	require.NoError(t, err)
	return b
}

func TestNoEpochYet(t *testing.T) {
	base := testkeeper.New(t, types.StoreKey, types.RegisterInterfaces)
	k := keeper.NewKeeper(base.Codec, base.StoreService, newLedger(), authority())
	require.NoError(t, k.InitGenesis(base.Ctx, *types.DefaultGenesis()))
	f := &fixture{Fixture: base, k: k, msg: keeper.NewMsgServerImpl(k), q: keeper.NewQueryServerImpl(k)}
	f.register(t, 0)
	m := &types.MsgSubmitHeartbeats{Aggregator: addr(9), Epoch: 0, Signers: []byte{1}, Signature: secretKey(t, 0).Sign([]byte("x")).Bytes()}
	f.requireRejected(t, types.ErrNoEpoch, func() error { _, err := f.msg.SubmitHeartbeats(f.Ctx, m); return err })
}

func TestBeaconsChain(t *testing.T) {
	f := newFixture(t)
	b1 := mustBeacon(t, f, 1)
	f.nextEpoch(t)
	b2 := mustBeacon(t, f, 2)
	require.Len(t, b2, 32)
	require.NotEqual(t, b1, b2)
	h := f.Ctx.BlockHeader()
	require.Equal(t, types.NextBeacon(2, h.LastBlockId.Hash, h.AppHash, b1), b2)
	res, err := f.q.CurrentBeacon(f.Ctx, &types.QueryCurrentBeaconRequest{})
	require.NoError(t, err)
	require.EqualValues(t, 2, res.Epoch)
	require.Equal(t, b2, res.Beacon)
}

// TestUptimeQueryBeforeTheNodeExisted: a node registered late reports no epoch from before
// it was active, and no uptime at all until one of its epochs has ended.
func TestUptimeQueryBeforeTheNodeExisted(t *testing.T) {
	f := newFixture(t)
	early := f.register(t, 0)
	for e := 0; e < 3; e++ {
		epoch := f.nextEpoch(t)
		_, err := f.msg.SubmitHeartbeats(f.Ctx, f.heartbeat(t, epoch, int(early)))
		require.NoError(t, err)
	}
	late := f.register(t, 1)
	n, err := f.q.Node(f.Ctx, &types.QueryNodeRequest{Index: late})
	require.NoError(t, err)
	u, err := f.q.Uptime(f.Ctx, &types.QueryUptimeRequest{Index: late})
	require.NoError(t, err)
	require.Zero(t, u.ActiveEpochs)
	require.Zero(t, u.UptimeBps, "no ended epoch yet: no uptime, not 100 %")
	require.GreaterOrEqual(t, u.WindowStart, n.Node.ActiveSinceEpoch, "the window reaches back before the node existed")
	epoch := f.nextEpoch(t)
	_, err = f.msg.SubmitHeartbeats(f.Ctx, f.heartbeat(t, epoch, int(early), int(late)))
	require.NoError(t, err)
	f.nextEpoch(t)
	u, err = f.q.Uptime(f.Ctx, &types.QueryUptimeRequest{Index: late})
	require.NoError(t, err)
	require.Positive(t, u.ActiveEpochs)
	require.EqualValues(t, 10_000*u.ParticipatedEpochs/u.ActiveEpochs, u.UptimeBps)
	require.GreaterOrEqual(t, u.WindowStart, n.Node.ActiveSinceEpoch)
}

func TestUptimeInactiveAndReactivate(t *testing.T) {
	f := newFixture(t) // window 3 epochs, threshold 50 %
	alive, flaky, dead := f.register(t, 0), f.register(t, 1), f.register(t, 2)
	f.requireRejected(t, types.ErrInvalidStatus, func() error {
		_, err := f.msg.ReactivateNode(f.Ctx, &types.MsgReactivateNode{Owner: addr(2), Index: dead})
		return err
	})
	// Epochs 2, 3, 4: alive heartbeats every epoch, flaky in two of three, dead never.
	for e := 0; e < 3; e++ {
		epoch := f.nextEpoch(t)
		signers := []int{int(alive)}
		if e != 1 {
			signers = append(signers, int(flaky))
		}
		_, err := f.msg.SubmitHeartbeats(f.Ctx, f.heartbeat(t, epoch, signers...))
		require.NoError(t, err)
		if e < 2 {
			// still within the grace window: nobody is judged
			require.Equal(t, types.NODE_STATUS_ACTIVE, status(t, f, dead))
		}
	}
	u, err := f.q.Uptime(f.Ctx, &types.QueryUptimeRequest{Index: flaky})
	require.NoError(t, err)
	require.EqualValues(t, 2, u.ActiveEpochs) // epochs 2 and 3 have ended
	require.EqualValues(t, 1, u.ParticipatedEpochs)

	f.nextEpoch(t) // ends epoch 4: window [2, 4]
	require.Equal(t, types.NODE_STATUS_ACTIVE, status(t, f, alive))
	require.Equal(t, types.NODE_STATUS_ACTIVE, status(t, f, flaky)) // 2/3 ≥ 50 %
	require.Equal(t, types.NODE_STATUS_INACTIVE, status(t, f, dead))
	requireStatusEvent(t, f.Ctx, dead, types.NODE_STATUS_INACTIVE)
	f.requireInvariant(t)

	// An inactive node cannot heartbeat; its owner reactivates it with a fresh window.
	f.requireRejected(t, types.ErrUnknownNode, func() error { _, err := f.msg.SubmitHeartbeats(f.Ctx, f.heartbeat(t, 5, int(dead))); return err })
	f.requireRejected(t, types.ErrNotOwner, func() error {
		_, err := f.msg.ReactivateNode(f.Ctx, &types.MsgReactivateNode{Owner: addr(0), Index: dead})
		return err
	})
	_, err = f.msg.ReactivateNode(f.Ctx, &types.MsgReactivateNode{Owner: addr(2), Index: dead})
	require.NoError(t, err)
	requireStatusEvent(t, f.Ctx, dead, types.NODE_STATUS_ACTIVE)
	n, err := f.k.Nodes.Get(f.Ctx, dead)
	require.NoError(t, err)
	require.EqualValues(t, 6, n.ActiveSinceEpoch)
	require.Positive(t, n.ActiveBlocks)
	_, err = f.msg.SubmitHeartbeats(f.Ctx, f.heartbeat(t, 5, int(dead)))
	require.NoError(t, err)

	// Old bitmaps leave the store with the window.
	_, err = f.k.Participation.Get(f.Ctx, 1)
	require.Error(t, err)
	f.requireInvariant(t)
}

func status(t *testing.T, f *fixture, idx uint64) types.NodeStatus {
	n, err := f.k.Nodes.Get(f.Ctx, idx)
	require.NoError(t, err)
	return n.Status
}

func TestNodesQuery(t *testing.T) {
	f := newFixture(t)
	regions := []string{"eu-west-1", "us-east-1", "eu-west-1", "eu-west-1"}
	tiers := []types.Tier{types.TIER_HEAVY, types.TIER_HEAVY, types.TIER_LIGHT, types.TIER_HEAVY}
	for i := range regions {
		m := registerMsg(t, i)
		m.Region, m.Tier = regions[i], tiers[i]
		_, err := f.msg.RegisterNode(f.Ctx, m)
		require.NoError(t, err)
	}
	_, err := f.msg.DeregisterNode(f.Ctx, &types.MsgDeregisterNode{Owner: addr(3), Index: 3})
	require.NoError(t, err)

	indices := func(req *types.QueryNodesRequest) []uint64 {
		res, err := f.q.Nodes(f.Ctx, req)
		require.NoError(t, err)
		var out []uint64
		for _, n := range res.Nodes {
			out = append(out, n.Index)
		}
		return out
	}
	active := types.NODE_STATUS_ACTIVE
	require.Equal(t, []uint64{0, 1, 2}, sorted(indices(&types.QueryNodesRequest{Status: active})))
	require.Equal(t, []uint64{0, 2}, sorted(indices(&types.QueryNodesRequest{Status: active, Region: "eu-west-1"})))
	require.Equal(t, []uint64{0}, indices(&types.QueryNodesRequest{Status: active, Region: "eu-west-1", Tier: types.TIER_HEAVY}))
	require.Equal(t, []uint64{0, 1}, sorted(indices(&types.QueryNodesRequest{Status: active, Tier: types.TIER_HEAVY})))
	require.Equal(t, []uint64{3}, indices(&types.QueryNodesRequest{Status: types.NODE_STATUS_DEREGISTERING}))
	require.Equal(t, []uint64{0, 1, 2, 3}, indices(&types.QueryNodesRequest{}))
	_, err = f.q.Nodes(f.Ctx, &types.QueryNodesRequest{Region: "eu-west-1"})
	require.Error(t, err)

	// Paging by key under a two-element prefix walks the same entries, one at a time.
	var paged []uint64
	var next []byte
	for {
		res, err := f.q.Nodes(f.Ctx, &types.QueryNodesRequest{Status: active, Region: "eu-west-1", Pagination: &query.PageRequest{Key: next, Limit: 1}})
		require.NoError(t, err)
		for _, n := range res.Nodes {
			paged = append(paged, n.Index)
		}
		if next = res.Pagination.NextKey; next == nil {
			break
		}
		require.Less(t, len(paged), 10)
	}
	require.Equal(t, []uint64{0, 2}, sorted(paged))
	_, err = f.q.Nodes(f.Ctx, &types.QueryNodesRequest{Status: active, Region: "Bad Region"})
	require.Error(t, err)
}

func sorted(s []uint64) []uint64 {
	out := append([]uint64(nil), s...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

func TestUpdateParams(t *testing.T) {
	f := newFixture(t)
	p := types.DefaultParams()
	p.MinUptimeBps = 9000
	f.requireRejected(t, types.ErrInvalidAuthority, func() error {
		_, err := f.msg.UpdateParams(f.Ctx, &types.MsgUpdateParams{Authority: addr(1), Params: p})
		return err
	})
	bad := p
	bad.UptimeWindowEpochs = 0
	f.requireRejected(t, types.ErrInvalidParams, func() error {
		_, err := f.msg.UpdateParams(f.Ctx, &types.MsgUpdateParams{Authority: authority(), Params: bad})
		return err
	})
	other := p
	other.EpochIdentifier = "hour"
	f.requireRejected(t, types.ErrInvalidParams, func() error {
		_, err := f.msg.UpdateParams(f.Ctx, &types.MsgUpdateParams{Authority: authority(), Params: other})
		return err
	})
	_, err := f.msg.UpdateParams(f.Ctx, &types.MsgUpdateParams{Authority: authority(), Params: p})
	require.NoError(t, err)
	got, err := f.q.Params(f.Ctx, &types.QueryParamsRequest{})
	require.NoError(t, err)
	require.Equal(t, p, got.Params)
}

func TestGenesisRoundTrip(t *testing.T) {
	f := newFixture(t)
	for i := 0; i < 4; i++ {
		f.registerBonded(t, i, int64(i)*1_000_000) // node 0 without bond
	}
	p := types.DefaultParams()
	p.UptimeWindowEpochs, p.VdfDifficulty = 3, 64
	_, err := f.msg.UpdateParams(f.Ctx, &types.MsgUpdateParams{Authority: authority(), Params: p})
	require.NoError(t, err)
	_, err = f.msg.SubmitHeartbeats(f.Ctx, f.heartbeat(t, 1, 0, 2))
	require.NoError(t, err)
	f.nextEpoch(t)
	_, err = f.msg.SubmitHeartbeats(f.Ctx, f.heartbeat(t, 2, 1))
	require.NoError(t, err)
	_, err = f.msg.DeregisterNode(f.Ctx, &types.MsgDeregisterNode{Owner: addr(3), Index: 3})
	require.NoError(t, err)

	exported, err := f.k.ExportGenesis(f.Ctx)
	require.NoError(t, err)
	require.NoError(t, exported.Validate())
	require.NotEmpty(t, exported.Audits)
	require.Len(t, exported.Participation, 2)
	require.Equal(t, []types.UnbondingEntry{{CompletionHeight: exported.Nodes[3].UnbondingHeight, NodeIndex: 3}}, exported.Unbonding)
	require.Equal(t, "2000000udpn", exported.Nodes[2].Bond.String())
	require.EqualValues(t, 2, exported.CurrentEpoch)
	json, err := f.Codec.MarshalJSON(exported)
	require.NoError(t, err)

	g := testkeeper.New(t, types.StoreKey, types.RegisterInterfaces)
	k2 := keeper.NewKeeper(g.Codec, g.StoreService, f.bank, authority())
	var imported types.GenesisState
	require.NoError(t, g.Codec.UnmarshalJSON(json, &imported))
	require.NoError(t, k2.InitGenesis(g.Ctx, imported))
	again, err := k2.ExportGenesis(g.Ctx)
	require.NoError(t, err)
	require.Equal(t, exported, again)

	// Store-level: the imported store holds exactly the same keys and values, indexes included.
	f2 := &fixture{Fixture: g, k: k2}
	require.Equal(t, f.storeSnapshot(), f2.storeSnapshot())

	// A genesis with two active nodes on one machine is refused.
	bad := *exported
	bad.Nodes = append([]types.Node(nil), exported.Nodes...)
	bad.Nodes[1].Descriptor_, bad.Nodes[1].Fingerprint = bad.Nodes[0].Descriptor_, bad.Nodes[0].Fingerprint
	require.ErrorIs(t, bad.Validate(), types.ErrInvalidGenesis)

	// The unbonding queue must match the unbonding nodes exactly.
	noQueue := *exported
	noQueue.Unbonding = nil
	require.ErrorIs(t, noQueue.Validate(), types.ErrInvalidGenesis)
	wrongHeight := *exported
	wrongHeight.Unbonding = []types.UnbondingEntry{{CompletionHeight: 1, NodeIndex: 3}}
	require.ErrorIs(t, wrongHeight.Validate(), types.ErrInvalidGenesis)
	badDenom := *exported
	badDenom.Nodes = append([]types.Node(nil), exported.Nodes...)
	badDenom.Nodes[2].Bond = sdk.NewInt64Coin("uatom", 5)
	require.ErrorIs(t, badDenom.Validate(), types.ErrInvalidGenesis)
}

// TestHeartbeatAfterRestart: a keeper built afresh over the same store (a restarted validator,
// no memo) verifies heartbeats from the stored keys alone, at the same gas.
func TestHeartbeatAfterRestart(t *testing.T) {
	f := newFixture(t)
	for i := 0; i < 3; i++ {
		f.register(t, i)
	}
	msg := f.heartbeat(t, 1, 0, 2)
	cacheCtx, _ := f.Ctx.CacheContext()
	warm := cacheCtx.GasMeter().GasConsumed()
	_, err := f.msg.SubmitHeartbeats(cacheCtx, msg)
	require.NoError(t, err)
	warm = cacheCtx.GasMeter().GasConsumed() - warm

	k2 := keeper.NewKeeper(f.Codec, f.StoreService, f.bank, authority())
	before := f.Ctx.GasMeter().GasConsumed()
	_, err = keeper.NewMsgServerImpl(k2).SubmitHeartbeats(f.Ctx, msg)
	require.NoError(t, err)
	require.Equal(t, warm, f.Ctx.GasMeter().GasConsumed()-before)
}

// TestGenesisChecksProofsOfPossession: an active node whose stored proof does not prove its
// key is refused on import.
func TestGenesisChecksProofsOfPossession(t *testing.T) {
	f := newFixture(t)
	f.register(t, 0)
	f.register(t, 1)
	gs, err := f.k.ExportGenesis(f.Ctx)
	require.NoError(t, err)
	gs.Nodes[1].BlsPop = secretKey(t, 7).PopProve().Bytes()
	require.NoError(t, gs.Validate(), "Validate does not check proofs")
	g := testkeeper.New(t, types.StoreKey, types.RegisterInterfaces)
	k2 := keeper.NewKeeper(g.Codec, g.StoreService, newLedger(), authority())
	require.ErrorIs(t, k2.InitGenesis(g.Ctx, *gs), types.ErrInvalidGenesis)
}

// TestHeartbeatsFromAnOffset: a bitmap may start at a multiple of 8, so an aggregator of
// high node indices does not send zeros for all the nodes below them.
func TestHeartbeatsFromAnOffset(t *testing.T) {
	f := newFixture(t)
	for i := 0; i < 18; i++ {
		f.register(t, i)
	}
	from := func(first uint64, nodes ...int) *types.MsgSubmitHeartbeats {
		m := f.heartbeat(t, 1, nodes...)
		m.Signers, m.FirstIndex = m.Signers[first/8:], first
		return m
	}
	tests := []struct {
		name string
		msg  *types.MsgSubmitHeartbeats
		err  error
	}{
		{"first index not a multiple of 8", func() *types.MsgSubmitHeartbeats { m := from(8, 9); m.FirstIndex = 4; return m }(), types.ErrInvalidBitmap},
		{"first index beyond the registry", func() *types.MsgSubmitHeartbeats { m := from(16, 17); m.FirstIndex = 24; return m }(), types.ErrInvalidBitmap},
		{"bitmap reaching beyond the registry", func() *types.MsgSubmitHeartbeats { m := from(8, 9); m.Signers = []byte{2, 0, 1}; return m }(), types.ErrInvalidBitmap},
		{"signature of the nodes without the offset", func() *types.MsgSubmitHeartbeats {
			m := from(8, 9, 10)
			m.Signature = f.heartbeat(t, 1, 1, 2).Signature
			return m
		}(), types.ErrInvalidSignature},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f.requireRejected(t, tc.err, func() error { _, err := f.msg.SubmitHeartbeats(f.Ctx, tc.msg); return err })
		})
	}
	res, err := f.msg.SubmitHeartbeats(f.Ctx, from(16, 17))
	require.NoError(t, err)
	require.EqualValues(t, 1, res.NewSigners)
	res, err = f.msg.SubmitHeartbeats(f.Ctx, from(8, 9, 10, 17))
	require.NoError(t, err)
	require.EqualValues(t, 3, res.Signers)
	require.EqualValues(t, 2, res.NewSigners)
	_, err = f.msg.SubmitHeartbeats(f.Ctx, f.heartbeat(t, 1, 0))
	require.NoError(t, err)
	p, err := f.q.Participation(f.Ctx, &types.QueryParticipationRequest{Epoch: 1})
	require.NoError(t, err)
	require.Equal(t, []byte{0b1, 0b110, 0b10}, p.Bitmap)
}
