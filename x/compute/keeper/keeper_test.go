package keeper_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	storetypes "github.com/cosmos/cosmos-sdk/store/v2/types"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	govtypes "github.com/cosmos/cosmos-sdk/x/gov/types"

	testkeeper "github.com/dpn-network/dpn/testutil/keeper"
	attestationtypes "github.com/dpn-network/dpn/x/attestation/types"
	"github.com/dpn-network/dpn/x/compute/keeper"
	"github.com/dpn-network/dpn/x/compute/types"
)

const denom = "udpn"

// fakeBank keeps balances and the supply of udpn so that tests can check escrow, payments
// and burns to the unit.
type fakeBank struct {
	balances map[string]sdkmath.Int
	supply   sdkmath.Int
}

func newFakeBank() *fakeBank {
	return &fakeBank{balances: map[string]sdkmath.Int{}, supply: sdkmath.ZeroInt()}
}

func (b *fakeBank) bal(a sdk.AccAddress) sdkmath.Int {
	if v, ok := b.balances[a.String()]; ok {
		return v
	}
	return sdkmath.ZeroInt()
}

func (b *fakeBank) mint(a sdk.AccAddress, n int64) {
	b.balances[a.String()] = b.bal(a).AddRaw(n)
	b.supply = b.supply.AddRaw(n)
}

func (b *fakeBank) move(from, to sdk.AccAddress, amt sdk.Coins) error {
	v := amt.AmountOf(denom)
	if b.bal(from).LT(v) {
		return fmt.Errorf("insufficient funds: %s < %s", b.bal(from), v)
	}
	b.balances[from.String()] = b.bal(from).Sub(v)
	b.balances[to.String()] = b.bal(to).Add(v)
	return nil
}

func moduleAddr() sdk.AccAddress { return authtypes.NewModuleAddress(types.ModuleName) }

func (b *fakeBank) SendCoinsFromAccountToModule(_ context.Context, s sdk.AccAddress, m string, amt sdk.Coins) error {
	return b.move(s, authtypes.NewModuleAddress(m), amt)
}
func (b *fakeBank) SendCoinsFromModuleToAccount(_ context.Context, m string, r sdk.AccAddress, amt sdk.Coins) error {
	return b.move(authtypes.NewModuleAddress(m), r, amt)
}
func (b *fakeBank) SendCoinsFromModuleToModule(_ context.Context, from, to string, amt sdk.Coins) error {
	return b.move(authtypes.NewModuleAddress(from), authtypes.NewModuleAddress(to), amt)
}
func (b *fakeBank) BurnCoins(_ context.Context, m string, amt sdk.Coins) error {
	a := authtypes.NewModuleAddress(m)
	v := amt.AmountOf(denom)
	if b.bal(a).LT(v) {
		return errors.New("burn more than held")
	}
	b.balances[a.String()] = b.bal(a).Sub(v)
	b.supply = b.supply.Sub(v)
	return nil
}
func (b *fakeBank) GetBalance(_ context.Context, a sdk.AccAddress, d string) sdk.Coin {
	return sdk.NewCoin(d, b.bal(a))
}

type fakeAccounts struct{}

func (fakeAccounts) GetModuleAddress(name string) sdk.AccAddress {
	return authtypes.NewModuleAddress(name)
}

// fakeRegistry is the node registry the marketplace reads.
type fakeRegistry struct {
	nodes   map[uint64]attestationtypes.Node
	slashed map[uint64]int
}

func (r *fakeRegistry) GetNode(_ context.Context, i uint64) (attestationtypes.Node, error) {
	n, ok := r.nodes[i]
	if !ok {
		return n, attestationtypes.ErrNodeNotFound
	}
	return n, nil
}

func (r *fakeRegistry) ActiveNodes(_ context.Context, region string, tier attestationtypes.Tier, start uint64, limit uint32, fn func(attestationtypes.Node) bool) error {
	var idx []uint64
	for i, n := range r.nodes {
		if n.Status == attestationtypes.NODE_STATUS_ACTIVE && (region == "" || n.Region == region) && (tier == 0 || n.Tier == tier) {
			idx = append(idx, i)
		}
	}
	sort.Slice(idx, func(a, b int) bool { return idx[a] < idx[b] })
	for j := 0; j < len(idx) && uint32(j) < limit; j++ {
		if fn(r.nodes[idx[(int(start%uint64(len(idx)))+j)%len(idx)]]) {
			return nil
		}
	}
	return nil
}

func (r *fakeRegistry) ActiveCapacity(context.Context) (attestationtypes.Capacity, error) {
	var c attestationtypes.Capacity
	for _, n := range r.nodes {
		if n.Status == attestationtypes.NODE_STATUS_ACTIVE {
			c.CpuMillicores += n.Capacity.CpuMillicores
			c.MemoryBytes += n.Capacity.MemoryBytes
		}
	}
	return c, nil
}

func (r *fakeRegistry) SlashNode(_ context.Context, i uint64, _ uint32, _ string) (sdk.Coin, error) {
	r.slashed[i]++
	return sdk.NewInt64Coin(denom, 0), nil
}

// flatPricing quotes 1,000 udpn per replica-hour of any resources.
type flatPricing struct{ reported *types.Resources }

func (p flatPricing) ReportUtilization(_ context.Context, load types.Resources, _ attestationtypes.Capacity) error {
	if p.reported != nil {
		*p.reported = load
	}
	return nil
}

func (flatPricing) QuoteFee(_ context.Context, _ types.Resources, d uint64) (sdkmath.Int, error) {
	return sdkmath.NewIntFromUint64((d + 3599) / 3600 * 1000), nil
}

type fixture struct {
	testkeeper.Fixture
	k    keeper.Keeper
	msg  types.MsgServer
	q    types.QueryServer
	bank *fakeBank
	reg  *fakeRegistry
	// reported is the load last reported to the price anchor.
	reported *types.Resources
}

func addr(i int) sdk.AccAddress { return sdk.AccAddress(bytes.Repeat([]byte{byte(0x20 + i)}, 20)) }

func buyer() sdk.AccAddress { return addr(99) }

// newFixture has nodes 0..n-1 active in eu-west-1 (light), owned by addr(i), and a funded
// buyer.
func newFixture(t testing.TB, n int) *fixture {
	t.Helper()
	base := testkeeper.New(t, types.StoreKey, types.RegisterInterfaces)
	bank := newFakeBank()
	reg := &fakeRegistry{nodes: map[uint64]attestationtypes.Node{}, slashed: map[uint64]int{}}
	for i := 0; i < n; i++ {
		reg.nodes[uint64(i)] = attestationtypes.Node{
			Index: uint64(i), Owner: addr(i).String(), Region: "eu-west-1", Tier: attestationtypes.TIER_LIGHT,
			Status:   attestationtypes.NODE_STATUS_ACTIVE,
			Capacity: attestationtypes.Capacity{CpuMillicores: 4000, MemoryBytes: 8 << 30, StorageBytes: 100 << 30},
		}
	}
	bank.mint(buyer(), 1_000_000)
	reported := &types.Resources{}
	k := keeper.NewKeeper(base.Codec, base.StoreService, authtypes.NewModuleAddress(govtypes.ModuleName).String(), bank, fakeAccounts{}, reg, flatPricing{reported})
	require.NoError(t, k.InitGenesis(base.Ctx, *types.DefaultGenesis()))
	return &fixture{Fixture: base, k: k, msg: keeper.NewMsgServerImpl(k), q: keeper.NewQueryServerImpl(k), bank: bank, reg: reg, reported: reported}
}

func content(data string) types.Content { return types.ContentOf([]byte(data)) }

func wasmJob(replicas, quorum uint32) *types.MsgSubmitJob {
	return &types.MsgSubmitJob{
		Buyer: buyer().String(), Kind: types.JOB_KIND_WASM,
		Module: content("(module)"), Input: content("input"),
		Resources:       types.Resources{CpuMillicores: 1000, MemoryBytes: 1 << 30},
		DurationSeconds: 3600, Region: "eu-west-1", Replicas: replicas, Quorum: quorum,
		MaxPrice: sdk.NewInt64Coin(denom, 10_000),
		Inline:   []types.InlineContent{{Sha256: content("input").Sha256, Data: []byte("input")}},
	}
}

func testdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "..", "crypto", "zk", "testdata", name))
	require.NoError(t, err)
	return b
}

func groth16Job(t testing.TB) *types.MsgSubmitJob {
	return &types.MsgSubmitJob{
		Buyer: buyer().String(), Kind: types.JOB_KIND_GROTH16,
		Module: types.ContentOf(testdata(t, "multiplier.wasm")), Input: types.ContentOf(testdata(t, "multiplier_input.json")),
		Zkey: types.ContentOf(testdata(t, "multiplier.zkey")), VerifyingKey: testdata(t, "multiplier_vkey.json"),
		Resources: types.Resources{CpuMillicores: 1000, MemoryBytes: 1 << 30}, DurationSeconds: 600,
		MaxPrice: sdk.NewInt64Coin(denom, 10_000),
	}
}

// snapshot is the module's whole store plus every balance and the supply.
func (f *fixture) snapshot(t *testing.T) string {
	t.Helper()
	var buf bytes.Buffer
	it := f.Ctx.KVStore(f.Key).Iterator(nil, nil)
	defer it.Close()
	for ; it.Valid(); it.Next() {
		fmt.Fprintf(&buf, "%X=%X\n", it.Key(), it.Value())
	}
	keys := make([]string, 0, len(f.bank.balances))
	for a := range f.bank.balances {
		keys = append(keys, a)
	}
	sort.Strings(keys)
	for _, a := range keys {
		fmt.Fprintf(&buf, "%s:%s\n", a, f.bank.balances[a])
	}
	fmt.Fprintf(&buf, "supply:%s\n", f.bank.supply)
	return buf.String()
}

// requireRejected runs fn and checks that it fails with want and changes nothing.
func (f *fixture) requireRejected(t *testing.T, want error, fn func(ctx sdk.Context) error) {
	t.Helper()
	before := f.snapshot(t)
	err := fn(f.Ctx.WithGasMeter(storetypes.NewInfiniteGasMeter()))
	require.ErrorIs(t, err, want)
	require.Equal(t, before, f.snapshot(t), "a rejected message changes nothing")
}

func (f *fixture) submit(t testing.TB, msg *types.MsgSubmitJob) uint64 {
	t.Helper()
	res, err := f.msg.SubmitJob(f.Ctx, msg)
	require.NoError(t, err)
	return res.Id
}

func (f *fixture) job(t testing.TB, id uint64) types.Job {
	t.Helper()
	res, err := f.q.Job(f.Ctx, &types.QueryJobRequest{Id: id})
	require.NoError(t, err)
	return res.Job
}

func (f *fixture) checkEscrow(t *testing.T) {
	t.Helper()
	msg, broken := f.k.CheckEscrow(f.Ctx)
	require.False(t, broken, msg)
}

func result(s string) []byte { sum := sha256.Sum256([]byte(s)); return sum[:] }

func salt(i int) []byte { return bytes.Repeat([]byte{byte(i + 1)}, 32) }

func (f *fixture) commit(t *testing.T, job, node uint64, res []byte) error {
	_, err := f.msg.CommitResult(f.Ctx, &types.MsgCommitResult{Owner: addr(int(node)).String(), JobId: job, NodeIndex: node,
		Commitment: types.Commitment(job, node, res, salt(int(node)))})
	return err
}

func (f *fixture) reveal(t *testing.T, job, node uint64, res []byte) error {
	_, err := f.msg.RevealResult(f.Ctx, &types.MsgRevealResult{Owner: addr(int(node)).String(), JobId: job, NodeIndex: node,
		ResultHash: res, Salt: salt(int(node))})
	return err
}

func (f *fixture) endBlocks(t *testing.T, n int) {
	t.Helper()
	for i := 0; i < n; i++ {
		f.Fixture = f.NextBlock(0)
		require.NoError(t, f.k.EndBlock(f.Ctx))
	}
}
