package keeper_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/collections"
	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/dpn-network/dpn/x/attestation/keeper"
	"github.com/dpn-network/dpn/x/attestation/types"
)

func udpn(n int64) sdk.Coin { return sdk.NewInt64Coin(types.DefaultBondDenom, n) }

func (f *fixture) fund(i int, amount int64) {
	f.bank.mint(sdk.MustAccAddressFromBech32(addr(i)), sdk.NewCoins(udpn(amount)))
}

func (f *fixture) balance(a sdk.AccAddress) int64 {
	return f.bank.GetBalance(f.Ctx, a, types.DefaultBondDenom).Amount.Int64()
}

// registerBonded funds owner i with bond and registers node i with it.
func (f *fixture) registerBonded(t *testing.T, i int, bond int64) uint64 {
	t.Helper()
	m := registerMsg(t, i)
	if bond > 0 {
		f.fund(i, bond)
		m.Bond = udpn(bond)
	}
	res, err := f.msg.RegisterNode(f.Ctx, m)
	require.NoError(t, err)
	return res.Index
}

func (f *fixture) setParams(t *testing.T, edit func(p *types.Params)) {
	t.Helper()
	p, err := f.k.Params.Get(f.Ctx)
	require.NoError(t, err)
	edit(&p)
	_, err = f.msg.UpdateParams(f.Ctx, &types.MsgUpdateParams{Authority: authority(), Params: p})
	require.NoError(t, err)
}

func (f *fixture) node(t *testing.T, idx uint64) types.Node {
	t.Helper()
	n, err := f.k.Nodes.Get(f.Ctx, idx)
	require.NoError(t, err)
	return n
}

func TestRegisterBond(t *testing.T) {
	tests := []struct {
		name  string
		funds int64
		bond  sdk.Coin
		err   error
	}{
		{"bond at the minimum", 1000, udpn(1000), nil},
		{"bond above the minimum, funds to spare", 5000, udpn(3000), nil},
		{"no bond", 5000, sdk.Coin{}, types.ErrBondTooSmall},
		{"bond too small", 5000, udpn(999), types.ErrBondTooSmall},
		{"wrong denom", 5000, sdk.NewInt64Coin("uatom", 1000), types.ErrInvalidBond},
		{"negative amount", 5000, sdk.Coin{Denom: types.DefaultBondDenom, Amount: sdkmath.NewInt(-1000)}, types.ErrInvalidBond},
		{"insufficient funds", 999, udpn(1000), types.ErrInsufficientFunds},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFixture(t)
			f.setParams(t, func(p *types.Params) { p.MinBond = udpn(1000) })
			f.fund(0, tc.funds)
			m := registerMsg(t, 0)
			m.Bond = tc.bond
			if tc.err != nil {
				f.requireRejected(t, tc.err, func() error { _, err := f.msg.RegisterNode(f.Ctx, m); return err })
				return
			}
			res, err := f.msg.RegisterNode(f.Ctx, m)
			require.NoError(t, err)
			require.Equal(t, tc.bond, f.node(t, res.Index).Bond)
			require.Equal(t, tc.bond.Amount.Int64(), f.balance(keeper.ModuleAddress()))
			require.Equal(t, tc.funds-tc.bond.Amount.Int64(), f.balance(sdk.MustAccAddressFromBech32(addr(0))))
			f.requireInvariant(t)
		})
	}
}

func TestRegisterWithoutBondWhenOptional(t *testing.T) {
	f := newFixture(t)
	idx := f.register(t, 0)
	require.True(t, f.node(t, idx).Bond.IsZero())
	require.EqualValues(t, 0, f.balance(keeper.ModuleAddress()))
	f.requireInvariant(t)
}

func TestAddBond(t *testing.T) {
	f := newFixture(t)
	idx := f.registerBonded(t, 0, 1000)
	f.fund(0, 500)
	tests := []struct {
		name string
		msg  *types.MsgAddBond
		err  error
	}{
		{"not the owner", &types.MsgAddBond{Owner: addr(1), Index: idx, Amount: udpn(100)}, types.ErrNotOwner},
		{"unknown node", &types.MsgAddBond{Owner: addr(0), Index: 9, Amount: udpn(100)}, types.ErrNodeNotFound},
		{"wrong denom", &types.MsgAddBond{Owner: addr(0), Index: idx, Amount: sdk.NewInt64Coin("uatom", 100)}, types.ErrInvalidBond},
		{"zero", &types.MsgAddBond{Owner: addr(0), Index: idx, Amount: udpn(0)}, types.ErrInvalidBond},
		{"insufficient funds", &types.MsgAddBond{Owner: addr(0), Index: idx, Amount: udpn(501)}, types.ErrInsufficientFunds},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f.requireRejected(t, tc.err, func() error { _, err := f.msg.AddBond(f.Ctx, tc.msg); return err })
		})
	}
	res, err := f.msg.AddBond(f.Ctx, &types.MsgAddBond{Owner: addr(0), Index: idx, Amount: udpn(500)})
	require.NoError(t, err)
	require.Equal(t, udpn(1500), res.Bond)
	require.EqualValues(t, 1500, f.balance(keeper.ModuleAddress()))
	f.requireInvariant(t)

	_, err = f.msg.DeregisterNode(f.Ctx, &types.MsgDeregisterNode{Owner: addr(0), Index: idx})
	require.NoError(t, err)
	f.fund(0, 10)
	f.requireRejected(t, types.ErrInvalidStatus, func() error {
		_, err := f.msg.AddBond(f.Ctx, &types.MsgAddBond{Owner: addr(0), Index: idx, Amount: udpn(10)})
		return err
	})
}

func TestUnbondingCompletesAfterDelay(t *testing.T) {
	f := newFixture(t)
	f.setParams(t, func(p *types.Params) { p.UnbondingBlocks = 5 })
	owner := sdk.MustAccAddressFromBech32(addr(0))
	idx := f.registerBonded(t, 0, 7000)
	other := f.registerBonded(t, 1, 3000)
	require.EqualValues(t, 0, f.balance(owner))

	res, err := f.msg.DeregisterNode(f.Ctx, &types.MsgDeregisterNode{Owner: addr(0), Index: idx})
	require.NoError(t, err)
	done := f.Ctx.BlockHeight() + 5
	require.Equal(t, done, res.UnbondingHeight)
	n := f.node(t, idx)
	require.Equal(t, types.NODE_STATUS_DEREGISTERING, n.Status)
	require.Equal(t, done, n.UnbondingHeight)
	has, err := f.k.UnbondingQueue.Has(f.Ctx, collections.Join(done, idx))
	require.NoError(t, err)
	require.True(t, has)
	q, err := f.q.Unbonding(f.Ctx, &types.QueryUnbondingRequest{})
	require.NoError(t, err)
	require.Equal(t, []types.UnbondingEntry{{CompletionHeight: done, NodeIndex: idx}}, q.Entries)
	f.requireInvariant(t)

	// Each epoch end before the completion height leaves the bond escrowed.
	for f.Ctx.BlockHeight() < done-1 {
		f.nextEpoch(t) // one block per epoch here
		require.EqualValues(t, 0, f.balance(owner), "bond returned before height %d (now %d)", done, f.Ctx.BlockHeight())
		require.Equal(t, udpn(7000), f.node(t, idx).Bond)
		f.requireInvariant(t)
	}
	f.nextEpoch(t) // the epoch end at the completion height pays
	require.Equal(t, done, f.Ctx.BlockHeight())
	require.EqualValues(t, 7000, f.balance(owner))
	n = f.node(t, idx)
	require.True(t, n.Bond.IsZero())
	require.Zero(t, n.UnbondingHeight)
	q, err = f.q.Unbonding(f.Ctx, &types.QueryUnbondingRequest{})
	require.NoError(t, err)
	require.Empty(t, q.Entries)
	require.EqualValues(t, 3000, f.balance(keeper.ModuleAddress()), "the other node's bond stays")
	require.Equal(t, udpn(3000), f.node(t, other).Bond)
	f.requireInvariant(t)
}

func TestJailSlashUnjail(t *testing.T) {
	f := newFixture(t)
	f.setParams(t, func(p *types.Params) { p.MinBond, p.JailBlocks, p.UnbondingBlocks = udpn(1000), 10, 3 })
	idx := f.registerBonded(t, 0, 4000)
	peer := f.registerBonded(t, 1, 1000)
	_, err := f.msg.SubmitHeartbeats(f.Ctx, f.heartbeat(t, 1, int(idx), int(peer)))
	require.NoError(t, err)

	f.requireRejected(t, types.ErrNodeNotFound, func() error { return f.k.Jail(f.Ctx, 42, "bad_result") })
	f.requireRejected(t, types.ErrInvalidStatus, func() error { return f.k.Jail(f.Ctx, idx, "") })
	require.NoError(t, f.k.Jail(f.Ctx, idx, "wrong_result"))
	jailedAt := f.Ctx.BlockHeight()
	n := f.node(t, idx)
	require.Equal(t, types.NODE_STATUS_JAILED, n.Status)
	require.Equal(t, jailedAt+10, n.JailedUntilHeight)
	requireStatusEventReason(t, f.Ctx, idx, types.NODE_STATUS_JAILED, "wrong_result")
	f.requireInvariant(t) // fingerprint and heartbeat key released
	w, err := f.k.ReputationWeight(f.Ctx, idx)
	require.NoError(t, err)
	require.Zero(t, w)

	// A jailed node's index cannot heartbeat, alone or among others.
	f.requireRejected(t, types.ErrUnknownNode, func() error {
		_, err := f.msg.SubmitHeartbeats(f.Ctx, f.heartbeat(t, 1, int(idx), int(peer)))
		return err
	})
	// Its machine is free, as for an inactive node.
	_, err = f.q.NodeByFingerprint(f.Ctx, &types.QueryNodeByFingerprintRequest{Fingerprint: fingerprintHex(n)})
	require.Error(t, err)

	// Slashing burns a fraction of the bond.
	for _, bad := range []sdkmath.LegacyDec{sdkmath.LegacyZeroDec(), sdkmath.LegacyMustNewDecFromStr("1.5"), sdkmath.LegacyMustNewDecFromStr("-0.1"), {}} {
		f.requireRejected(t, types.ErrInvalidSlash, func() error { _, err := f.k.SlashBond(f.Ctx, idx, bad); return err })
	}
	f.requireRejected(t, types.ErrNodeNotFound, func() error { _, err := f.k.SlashBond(f.Ctx, 42, sdkmath.LegacyOneDec()); return err })
	supply := f.bank.supply.AmountOf(types.DefaultBondDenom).Int64()
	burned, err := f.k.SlashBond(f.Ctx, idx, sdkmath.LegacyMustNewDecFromStr("0.8"))
	require.NoError(t, err)
	require.Equal(t, udpn(3200), burned)
	require.Equal(t, udpn(800), f.node(t, idx).Bond)
	require.EqualValues(t, 1800, f.balance(keeper.ModuleAddress()))
	require.EqualValues(t, supply-3200, f.bank.supply.AmountOf(types.DefaultBondDenom).Int64())
	f.requireInvariant(t)

	// Unjail: only the owner, only after jail_blocks, only with the minimum bond.
	unjail := &types.MsgUnjailNode{Owner: addr(0), Index: idx}
	f.requireRejected(t, types.ErrJailed, func() error { _, err := f.msg.UnjailNode(f.Ctx, unjail); return err })
	f.requireRejected(t, types.ErrInvalidStatus, func() error {
		_, err := f.msg.UnjailNode(f.Ctx, &types.MsgUnjailNode{Owner: addr(1), Index: peer})
		return err
	})
	for f.Ctx.BlockHeight() < jailedAt+9 {
		f.Fixture = f.NextBlock(1e9)
	}
	f.requireRejected(t, types.ErrJailed, func() error { _, err := f.msg.UnjailNode(f.Ctx, unjail); return err })
	f.Fixture = f.NextBlock(1e9)
	f.requireRejected(t, types.ErrNotOwner, func() error {
		_, err := f.msg.UnjailNode(f.Ctx, &types.MsgUnjailNode{Owner: addr(1), Index: idx})
		return err
	})
	f.requireRejected(t, types.ErrBondTooSmall, func() error { _, err := f.msg.UnjailNode(f.Ctx, unjail); return err })
	f.fund(0, 200)
	_, err = f.msg.AddBond(f.Ctx, &types.MsgAddBond{Owner: addr(0), Index: idx, Amount: udpn(200)})
	require.NoError(t, err)
	_, err = f.msg.UnjailNode(f.Ctx, unjail)
	require.NoError(t, err)
	n = f.node(t, idx)
	require.Equal(t, types.NODE_STATUS_ACTIVE, n.Status)
	require.Zero(t, n.JailedUntilHeight)
	requireStatusEventReason(t, f.Ctx, idx, types.NODE_STATUS_ACTIVE, "unjailed")
	f.requireRejected(t, types.ErrInvalidStatus, func() error { _, err := f.msg.UnjailNode(f.Ctx, unjail); return err })
	_, err = f.msg.SubmitHeartbeats(f.Ctx, f.heartbeat(t, 1, int(idx)))
	require.NoError(t, err)
	f.requireInvariant(t)
}

func TestJailedNodeUnbondsAfterJailEnds(t *testing.T) {
	f := newFixture(t)
	f.setParams(t, func(p *types.Params) { p.JailBlocks, p.UnbondingBlocks = 50, 3 })
	idx := f.registerBonded(t, 0, 1000)
	require.NoError(t, f.k.Jail(f.Ctx, idx, "wrong_result"))
	res, err := f.msg.DeregisterNode(f.Ctx, &types.MsgDeregisterNode{Owner: addr(0), Index: idx})
	require.NoError(t, err)
	require.Equal(t, f.node(t, idx).UnbondingHeight, res.UnbondingHeight)
	require.Equal(t, f.Ctx.BlockHeight()+50, res.UnbondingHeight, "deregistering does not shorten the jail's hold on the bond")
	// A deregistered node can still be slashed while it unbonds, but not jailed.
	f.requireRejected(t, types.ErrInvalidStatus, func() error { return f.k.Jail(f.Ctx, idx, "again") })
	burned, err := f.k.SlashBond(f.Ctx, idx, sdkmath.LegacyOneDec())
	require.NoError(t, err)
	require.Equal(t, udpn(1000), burned)
	f.requireInvariant(t)
}

func TestBondEscrowInvariantDetectsDrift(t *testing.T) {
	f := newFixture(t)
	f.registerBonded(t, 0, 1000)
	f.requireInvariant(t)
	f.bank.mint(keeper.ModuleAddress(), sdk.NewCoins(udpn(1)))
	msg, broken := f.k.CheckBondEscrow(f.Ctx)
	require.True(t, broken)
	require.Contains(t, msg, "module account holds 1001udpn")
}

func TestReputationWeight(t *testing.T) {
	tests := []struct {
		bond   int64
		status types.NodeStatus
		want   uint64
	}{
		{0, types.NODE_STATUS_ACTIVE, 1},
		{999_999, types.NODE_STATUS_ACTIVE, 1},
		{1_000_000, types.NODE_STATUS_ACTIVE, 2},
		{3_000_000, types.NODE_STATUS_ACTIVE, 3},
		{1_000_000_000, types.NODE_STATUS_ACTIVE, 10},
		{1_000_000_000, types.NODE_STATUS_INACTIVE, 0},
		{1_000_000_000, types.NODE_STATUS_JAILED, 0},
	}
	for _, tc := range tests {
		n := types.Node{Status: tc.status, Bond: udpn(tc.bond)}
		require.Equal(t, tc.want, types.ReputationWeight(n), "bond %d status %s", tc.bond, tc.status)
	}
	f := newFixture(t)
	idx := f.registerBonded(t, 0, 3_000_000)
	res, err := f.q.ReputationWeight(f.Ctx, &types.QueryReputationWeightRequest{Index: idx})
	require.NoError(t, err)
	require.EqualValues(t, 3, res.Weight)
}

func TestBondDenomFixed(t *testing.T) {
	f := newFixture(t)
	p, err := f.k.Params.Get(f.Ctx)
	require.NoError(t, err)
	p.MinBond = sdk.NewInt64Coin("uatom", 0)
	f.requireRejected(t, types.ErrInvalidParams, func() error {
		_, err := f.msg.UpdateParams(f.Ctx, &types.MsgUpdateParams{Authority: authority(), Params: p})
		return err
	})
	p.MinBond = sdk.Coin{Denom: types.DefaultBondDenom, Amount: sdkmath.NewInt(-1)}
	f.requireRejected(t, types.ErrInvalidParams, func() error {
		_, err := f.msg.UpdateParams(f.Ctx, &types.MsgUpdateParams{Authority: authority(), Params: p})
		return err
	})
}

func fingerprintHex(n types.Node) string { return fmt.Sprintf("%x", n.Fingerprint) }

func requireStatusEventReason(t *testing.T, ctx sdk.Context, idx uint64, to types.NodeStatus, reason string) {
	t.Helper()
	for _, e := range ctx.EventManager().Events() {
		if e.Type != "dpn.attestation.v1.EventNodeStatusChanged" {
			continue
		}
		msg, err := sdk.ParseTypedEvent(abciEvent(e))
		require.NoError(t, err)
		ev := msg.(*types.EventNodeStatusChanged)
		if ev.Index == idx && ev.To == to && ev.Reason == reason {
			return
		}
	}
	t.Fatalf("no status event for node %d to %s with reason %q", idx, to, reason)
}
