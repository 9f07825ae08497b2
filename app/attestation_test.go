package app_test

import (
	"bytes"
	"math/rand"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/collections"

	abci "github.com/cometbft/cometbft/abci/types"
	cmttypes "github.com/cometbft/cometbft/types"

	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	simtestutil "github.com/cosmos/cosmos-sdk/testutil/sims"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"

	ibctesting "github.com/cosmos/ibc-go/v11/testing"

	"github.com/dpn-network/dpn/app"
	"github.com/dpn-network/dpn/crypto/bls"
	"github.com/dpn-network/dpn/crypto/vdf"
	attestationtypes "github.com/dpn-network/dpn/x/attestation/types"
)

// TestAttestationThroughEpochs runs x/attestation inside the app: a node registers by a signed
// transaction, x/epochs' "minute" epochs drive the module's hooks (beacons, audits, uptime), a
// heartbeat transaction lands in the epoch's bitmap, a VDF audit answer verifies, and the node
// falls inactive once a whole window passes with too few heartbeats.
func TestAttestationThroughEpochs(t *testing.T) {
	priv := secp256k1.GenPrivKey()
	owner := sdk.AccAddress(priv.PubKey().Address())
	acc := authtypes.NewBaseAccount(owner, priv.PubKey(), 0, 0)
	bal := banktypes.Balance{Address: owner.String(), Coins: sdk.NewCoins(sdk.NewInt64Coin(app.BondDenom, 1_000_000_000))}
	_, pv := cmttypes.RandValidator(false, 1)
	pub, err := pv.GetPubKey()
	require.NoError(t, err)
	valSet := cmttypes.NewValidatorSet([]*cmttypes.Validator{cmttypes.NewValidator(pub, 1)})
	const chainID = "dpn-attest-1"
	dpn := ibctesting.SetupWithGenesisValSet(t, valSet, []authtypes.GenesisAccount{acc}, chainID, sdk.DefaultPowerReduction, bal).(*app.App)
	accNum := dpn.AccountKeeper.GetAccount(dpn.NewContext(false), owner).GetAccountNumber()

	rng := rand.New(rand.NewSource(1))
	var seq uint64
	sign := func(msg sdk.Msg) []byte {
		tx, err := simtestutil.GenSignedMockTx(rng, dpn.TxConfig(), []sdk.Msg{msg}, sdk.NewCoins(sdk.NewInt64Coin(app.BondDenom, 5000)),
			1_000_000, chainID, []uint64{accNum}, []uint64{seq}, priv)
		require.NoError(t, err)
		seq++
		bz, err := dpn.TxConfig().TxEncoder()(tx)
		require.NoError(t, err)
		return bz
	}
	height := dpn.LastBlockHeight() + 1
	blockTime := time.Now().UTC()
	// ibc-go's test genesis has no time, so x/epochs would start at year 1 and then open one
	// epoch per block to catch up; start the minute epochs now, as a real genesis does.
	genesisCtx := dpn.NewContext(false)
	info, err := dpn.EpochsKeeper.GetEpochInfo(genesisCtx, "minute")
	require.NoError(t, err)
	info.StartTime = blockTime
	require.NoError(t, dpn.EpochsKeeper.EpochInfo.Set(genesisCtx, "minute", info))
	block := func(step time.Duration, txs ...[]byte) *abci.ResponseFinalizeBlock {
		blockTime = blockTime.Add(step)
		res, err := dpn.FinalizeBlock(&abci.RequestFinalizeBlock{Height: height, Time: blockTime, Txs: txs,
			ProposerAddress: pub.Address(), NextValidatorsHash: valSet.Hash()})
		require.NoError(t, err)
		_, err = dpn.Commit()
		require.NoError(t, err)
		for i, r := range res.TxResults {
			require.Zerof(t, r.Code, "block %d tx %d: %s", height, i, r.Log)
		}
		height++
		return res
	}
	k := dpn.AttestationKeeper

	sk, err := bls.KeyGen(bytes.Repeat([]byte{42}, 32), nil)
	require.NoError(t, err)
	desc, err := (&attestationtypes.HardwareDescriptor{MachineId: "app-test", CpuThreads: 4, MemoryBytes: 8 << 30}).Marshal()
	require.NoError(t, err)
	block(time.Second, sign(&attestationtypes.MsgRegisterNode{
		Owner: owner.String(), BlsPublicKey: sk.PublicKey().Bytes(), BlsPop: sk.PopProve().Bytes(), Descriptor_: desc,
		Capacity: attestationtypes.Capacity{CpuMillicores: 2000, MemoryBytes: 4 << 30}, Region: "eu-west-1", Tier: attestationtypes.TIER_LIGHT,
	}))
	ctx := dpn.NewContext(true)
	node, err := k.Nodes.Get(ctx, 0)
	require.NoError(t, err)
	require.Equal(t, attestationtypes.NODE_STATUS_ACTIVE, node.Status)
	first, err := k.CurrentEpoch.Get(ctx)
	require.NoError(t, err, "x/epochs started the module's epoch")

	// The next minute starts a new epoch with a new beacon; the node heartbeats in it.
	block(61 * time.Second)
	ctx = dpn.NewContext(true)
	epoch, err := k.CurrentEpoch.Get(ctx)
	require.NoError(t, err)
	require.Equal(t, first+1, epoch)
	beacon, err := k.Beacons.Get(ctx, epoch)
	require.NoError(t, err)
	sig := sk.Sign(attestationtypes.HeartbeatSignBytes(chainID, epoch, beacon))
	block(time.Second, sign(&attestationtypes.MsgSubmitHeartbeats{Aggregator: owner.String(), Epoch: epoch, Signers: []byte{1}, Signature: sig.Bytes()}))
	bitmap, err := k.Participation.Get(dpn.NewContext(true), epoch)
	require.NoError(t, err)
	require.Equal(t, []byte{1}, bitmap)

	// The beacon picked the only node for a VDF audit; it answers in time and the chain
	// verifies the proof.
	audit, err := k.Audits.Get(dpn.NewContext(true), collections.Join(epoch, uint64(0)))
	require.NoError(t, err)
	y, pi, err := vdf.Eval(vdf.HashToGroup(audit.Challenge), audit.VdfDifficulty)
	require.NoError(t, err)
	out, err := vdf.Output{T: audit.VdfDifficulty, Y: y, Proof: pi}.MarshalBinary()
	require.NoError(t, err)
	block(time.Second, sign(&attestationtypes.MsgSubmitAuditAnswer{Owner: owner.String(), Epoch: epoch, NodeIndex: 0, Output: out}))
	audit, err = k.Audits.Get(dpn.NewContext(true), collections.Join(epoch, uint64(0)))
	require.NoError(t, err)
	require.True(t, audit.Answered)

	// One heartbeat in a ten-epoch window is below 50 %: after the window the node is inactive.
	for i := 0; i < 11; i++ {
		block(61 * time.Second)
	}
	node, err = k.Nodes.Get(dpn.NewContext(true), 0)
	require.NoError(t, err)
	require.Equal(t, attestationtypes.NODE_STATUS_INACTIVE, node.Status)
	msg, broken := k.CheckFingerprintIndex(dpn.NewContext(true))
	require.False(t, broken, msg)
}
