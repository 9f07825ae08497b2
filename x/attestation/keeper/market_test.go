package keeper_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/dpn-network/dpn/x/attestation/types"
)

// TestActiveNodes reads the marketplace's view: active nodes of a region and tier from a
// start index, wrapping around, bounded by the limit, never an inactive node.
func TestActiveNodes(t *testing.T) {
	f := newFixture(t)
	for i := 0; i < 6; i++ {
		m := registerMsg(t, i)
		if i == 4 {
			m.Region = "us-east-1"
		}
		if i == 5 {
			m.Tier = types.TIER_LIGHT
		}
		_, err := f.msg.RegisterNode(f.Ctx, m)
		require.NoError(t, err)
	}
	_, err := f.msg.DeregisterNode(f.Ctx, &types.MsgDeregisterNode{Owner: addr(1), Index: 1})
	require.NoError(t, err)

	collect := func(region string, tier types.Tier, start uint64, limit uint32) []uint64 {
		var got []uint64
		require.NoError(t, f.k.ActiveNodes(f.Ctx, region, tier, start, limit, func(n types.Node) bool {
			require.Equal(t, types.NODE_STATUS_ACTIVE, n.Status)
			got = append(got, n.Index)
			return false
		}))
		return got
	}
	require.Equal(t, []uint64{0, 2, 3}, collect("eu-west-1", types.TIER_HEAVY, 0, 10))
	require.Equal(t, []uint64{2, 3, 0}, collect("eu-west-1", types.TIER_HEAVY, 2, 10), "wraps around")
	require.Equal(t, []uint64{3, 0}, collect("eu-west-1", types.TIER_HEAVY, 3, 2), "bounded")
	require.Equal(t, []uint64{5, 0, 2, 3}, collect("eu-west-1", types.TIER_UNSPECIFIED, 0, 10), "light, then heavy")
	require.Equal(t, []uint64{0, 2, 3, 4}, collect("", types.TIER_HEAVY, 0, 10))
	require.Equal(t, []uint64{5, 0, 2, 3, 4}, collect("", types.TIER_UNSPECIFIED, 0, 10))
	require.Empty(t, collect("ap-south-1", types.TIER_HEAVY, 0, 10))

	var stopped []uint64
	require.NoError(t, f.k.ActiveNodes(f.Ctx, "", types.TIER_UNSPECIFIED, 0, 10, func(n types.Node) bool {
		stopped = append(stopped, n.Index)
		return len(stopped) == 2
	}))
	require.Len(t, stopped, 2)
}

// TestSlashNode: the marketplace's penalty burns basis points of the bond.
func TestSlashNode(t *testing.T) {
	f := newFixture(t)
	f.setParams(t, func(p *types.Params) { p.MinBond = udpn(1000) })
	idx := f.registerBonded(t, 0, 4000)
	burned, err := f.k.SlashNode(f.Ctx, idx, 500, "minority result")
	require.NoError(t, err)
	require.Equal(t, udpn(200), burned)
	require.Equal(t, udpn(3800), f.node(t, idx).Bond)
	zero, err := f.k.SlashNode(f.Ctx, idx, 0, "no penalty")
	require.NoError(t, err)
	require.True(t, zero.IsZero())
	_, err = f.k.SlashNode(f.Ctx, idx, 10_001, "too much")
	require.ErrorIs(t, err, types.ErrInvalidSlash)
	_, err = f.k.SlashNode(f.Ctx, 99, 500, "unknown")
	require.ErrorIs(t, err, types.ErrNodeNotFound)
	f.requireInvariant(t)
}
