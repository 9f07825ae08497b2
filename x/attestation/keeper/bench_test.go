package keeper_test

import (
	"fmt"
	"math/big"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/stretchr/testify/require"

	storetypes "github.com/cosmos/cosmos-sdk/store/v2/types"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/dpn-network/dpn/crypto/bls"
	"github.com/dpn-network/dpn/x/attestation/types"
)

// meter is a gas meter that also adds up what each kind of store access charged, so that a
// benchmark can turn gas into bytes read and written (x/auth's KVGasConfig: 3 gas per byte
// read, 30 per byte written).
type meter struct {
	storetypes.GasMeter
	by map[string]storetypes.Gas
}

func newMeter() *meter {
	return &meter{GasMeter: storetypes.NewInfiniteGasMeter(), by: map[string]storetypes.Gas{}}
}

func (m *meter) ConsumeGas(amount storetypes.Gas, desc string) {
	m.by[desc] += amount
	m.GasMeter.ConsumeGas(amount, desc)
}

func (m *meter) bytesWritten() uint64 {
	return m.by[storetypes.GasWritePerByteDesc] / storetypes.KVGasConfig().WriteCostPerByte
}

// bytesRead counts keys and values read by Get and by iterators.
func (m *meter) bytesRead() uint64 {
	return (m.by[storetypes.GasReadPerByteDesc] + m.by[storetypes.GasValuePerByteDesc]) / storetypes.KVGasConfig().ReadCostPerByte
}

// benchRegistry is n active nodes, node i with secret key i+1+offset, written to the store
// through the indexed map (so every index, the heartbeat keys included, is as registration
// leaves it) and committed.
type benchRegistry struct {
	f      *fixture
	sks    []*bls.SecretKey
	pks    []bls.PublicKey
	sumKey *big.Int
}

func secretKeyFromScalar(tb testing.TB, s *big.Int) *bls.SecretKey {
	tb.Helper()
	sk, err := bls.ParseSecretKey(s.FillBytes(make([]byte, 32)))
	require.NoError(tb, err)
	return sk
}

func newBenchRegistry(tb testing.TB, n int) *benchRegistry {
	tb.Helper()
	f := newFixture(tb)
	r := &benchRegistry{f: f, sks: make([]*bls.SecretKey, n), pks: make([]bls.PublicKey, n), sumKey: new(big.Int)}
	vpks := make([]bls.VerifiedPublicKey, n)
	offset := big.NewInt(1 << 40)
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < n; i += workers {
				s := new(big.Int).Add(offset, big.NewInt(int64(i+1)))
				r.sks[i] = secretKeyFromScalar(tb, s)
				vpks[i] = r.sks[i].VerifiedPublicKey()
				r.pks[i] = vpks[i].PublicKey()
			}
		}(w)
	}
	wg.Wait()
	for i := range n {
		r.sumKey.Add(r.sumKey, new(big.Int).Add(offset, big.NewInt(int64(i+1))))
	}
	r.sumKey.Mod(r.sumKey, fr.Modulus())

	pop := make([]byte, 96) // not checked: the memo holds the verified keys, as registration leaves them
	for i := range n {
		raw := r.pks[i].Bytes()
		node := typicalNode(tb, uint64(i), raw, pop)
		f.k.RememberKey(raw, pop, vpks[i])
		require.NoError(tb, f.k.Nodes.Set(f.Ctx, uint64(i), node))
	}
	require.NoError(tb, f.k.NextNodeIndex.Set(f.Ctx, uint64(n)))
	f.Ctx.MultiStore().(storetypes.CommitMultiStore).Commit()
	return r
}

// typicalNode is a node as a light registration leaves it: descriptor of one GPU and one
// disk, capacity, region, no ML-DSA key.
func typicalNode(tb testing.TB, i uint64, blsKey, pop []byte) types.Node {
	m := fmt.Sprintf("machine-%08d", i)
	d := descriptor(tb, m)
	return types.Node{
		Index: i, Owner: addr(int(i % 200)), BlsPublicKey: blsKey, BlsPop: pop, Descriptor_: d,
		Fingerprint: types.Fingerprint(d), Capacity: capacity(), Region: "eu-west-1", Tier: types.TIER_HEAVY,
		Status: types.NODE_STATUS_ACTIVE, JoinHeight: 1, ActiveSinceEpoch: 2, LastStatusChangeHeight: 1,
		Bond: udpn(5_000_000),
	}
}

// heartbeatAll is one MsgSubmitHeartbeats signed by every node of r. All sign the same
// message, so the aggregate signature is (Σ sk_i)·H(m): one signing instead of n.
func (r *benchRegistry) heartbeatAll(tb testing.TB, epoch uint64) *types.MsgSubmitHeartbeats {
	tb.Helper()
	f := r.f
	beacon, err := f.k.Beacons.Get(f.Ctx, epoch)
	require.NoError(tb, err)
	msg := types.HeartbeatSignBytes(f.Ctx.ChainID(), epoch, beacon)
	var bitmap []byte
	for i := len(r.sks) - 1; i >= 0; i-- {
		bitmap = types.BitmapSet(bitmap, uint64(i))
	}
	sig := secretKeyFromScalar(tb, r.sumKey).Sign(msg)
	return &types.MsgSubmitHeartbeats{Aggregator: addr(99), Epoch: epoch, Signers: bitmap, Signature: sig.Bytes()}
}

// BenchmarkSubmitHeartbeats verifies and applies one MsgSubmitHeartbeats of n signers per
// iteration, on a cache of the committed IAVL store as a transaction in a block sees it. No
// in-memory cache is involved, so this is also the figure of a freshly restarted validator.
// Reported: heartbeats verified and applied per second, the verification and state-write
// times, bytes read and written in the store, and gas. The peer is the same heartbeats
// verified one by one (one pairing-based bls.Verify per signer, on all cores), measured on a
// sample of signers in the same run; ratio = aggregated rate / individual rate.
func BenchmarkSubmitHeartbeats(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("signers=%d", n), func(b *testing.B) {
			r := newBenchRegistry(b, n)
			f := r.f
			msg := r.heartbeatAll(b, 1)

			var verify, apply time.Duration
			var m *meter
			b.ResetTimer()
			for range b.N {
				m = newMeter()
				ctx, _ := f.Ctx.WithGasMeter(m).CacheContext()
				t0 := time.Now()
				epoch, signers, err := f.k.VerifyHeartbeats(ctx, msg)
				t1 := time.Now()
				if err != nil || signers != uint64(n) {
					b.Fatalf("verify: %v (%d signers)", err, signers)
				}
				added, err := f.k.ApplyHeartbeats(ctx, epoch, msg.FirstIndex, msg.Signers)
				t2 := time.Now()
				if err != nil || added != uint64(n) {
					b.Fatalf("apply: %v (%d added)", err, added)
				}
				verify += t1.Sub(t0)
				apply += t2.Sub(t1)
			}
			b.StopTimer()
			per := func(d time.Duration) float64 { return d.Seconds() * 1000 / float64(b.N) }
			total := (verify + apply).Seconds() / float64(b.N)
			b.ReportMetric(float64(n)/total, "heartbeats/s")
			b.ReportMetric(per(verify), "verify-ms")
			b.ReportMetric(per(apply), "write-ms")
			b.ReportMetric(float64(m.bytesWritten()), "B-written")
			b.ReportMetric(float64(m.bytesRead())/float64(n), "B-read/signer")
			b.ReportMetric(float64(m.GasConsumed()), "gas")
			b.ReportMetric(float64(len(msg.Signers)), "B-bitmap")

			// The whole handler, once, for its result.
			res, err := f.msg.SubmitHeartbeats(f.Ctx, msg)
			require.NoError(b, err)
			require.EqualValues(b, n, res.NewSigners)

			peer := individualVerifyRate(b, r, msg.Epoch, min(n, 2_000))
			b.ReportMetric(peer, "peer-verifies/s")
			b.ReportMetric(float64(n)/total/peer, "ratio")
		})
	}
}

// individualVerifyRate signs the heartbeat separately with the first sample keys and
// verifies each signature on its own across all cores, returning verifications per second.
func individualVerifyRate(b *testing.B, r *benchRegistry, epoch uint64, sample int) float64 {
	beacon, err := r.f.k.Beacons.Get(r.f.Ctx, epoch)
	require.NoError(b, err)
	msg := types.HeartbeatSignBytes(r.f.Ctx.ChainID(), epoch, beacon)
	sigs := make([]bls.Signature, sample)
	for i := range sigs {
		sigs[i] = r.sks[i].Sign(msg)
	}
	workers := runtime.GOMAXPROCS(0)
	start := time.Now()
	var wg sync.WaitGroup
	errs := make([]error, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < sample; i += workers {
				if err := bls.Verify(r.pks[i], msg, sigs[i]); err != nil {
					errs[w] = err
				}
			}
		}(w)
	}
	wg.Wait()
	elapsed := time.Since(start)
	for _, err := range errs {
		require.NoError(b, err)
	}
	return float64(sample) / elapsed.Seconds()
}

// TestNodeRecordSize measures the encoded size of a typical Node and of its heartbeat key
// entry, the figures docs/SCALE.md multiplies by the node count.
func TestNodeRecordSize(t *testing.T) {
	sk := secretKey(t, 0)
	n := typicalNode(t, 4_999_999, sk.PublicKey().Bytes(), sk.PopProve().Bytes())
	n.Owner = sdk.AccAddress(make([]byte, 20)).String()
	b, err := n.Marshal()
	require.NoError(t, err)
	withMLDSA := n
	withMLDSA.MldsaPublicKey = make([]byte, 1952)
	b2, err := withMLDSA.Marshal()
	require.NoError(t, err)
	t.Logf("typical Node: %d bytes (descriptor %d), with an ML-DSA-65 key: %d bytes", len(b), len(n.Descriptor_), len(b2))
	require.Less(t, len(b), 500, "a node record should stay a few hundred bytes")
}

// BenchmarkEndEpoch is the uptime evaluation at an epoch end with n active nodes, every one
// judged (a whole window behind it) and every one above the threshold: the per-node cost of
// the walk over the active-status index that docs/SCALE.md extrapolates to 5 M nodes.
func BenchmarkEndEpoch(b *testing.B) {
	const n = 100_000
	r := newBenchRegistry(b, n)
	f := r.f
	full := make([]byte, (n+7)/8)
	for i := range full {
		full[i] = 0xff
	}
	for e := uint64(2); e <= 4; e++ { // the fixture's window is 3 epochs; nodes active since 2
		require.NoError(b, f.k.Participation.Set(f.Ctx, e, full))
	}
	f.Ctx.MultiStore().(storetypes.CommitMultiStore).Commit()
	var m *meter
	b.ResetTimer()
	for range b.N {
		m = newMeter()
		ctx, _ := f.Ctx.WithGasMeter(m).CacheContext()
		if err := f.k.EndEpoch(ctx, 4); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	b.ReportMetric(b.Elapsed().Seconds()*1e6/float64(b.N*n), "us/node")
	b.ReportMetric(float64(m.bytesRead())/n, "B-read/node")
	n0, err := f.k.Nodes.Get(f.Ctx, 0)
	require.NoError(b, err)
	require.Equal(b, types.NODE_STATUS_ACTIVE, n0.Status)
}
