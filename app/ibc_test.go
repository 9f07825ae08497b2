package app_test

import (
	"encoding/json"
	"testing"

	dbm "github.com/cosmos/cosmos-db"
	"github.com/stretchr/testify/require"

	"cosmossdk.io/log/v2"
	sdkmath "cosmossdk.io/math"

	simtestutil "github.com/cosmos/cosmos-sdk/testutil/sims"
	sdk "github.com/cosmos/cosmos-sdk/types"

	transfertypes "github.com/cosmos/ibc-go/v11/modules/apps/transfer/types"
	clienttypes "github.com/cosmos/ibc-go/v11/modules/core/02-client/types"
	ibctesting "github.com/cosmos/ibc-go/v11/testing"

	"github.com/dpn-network/dpn/app"
)

func init() {
	ibctesting.DefaultTestingAppInit = func() (ibctesting.TestingApp, map[string]json.RawMessage) {
		a := app.New(log.NewNopLogger(), dbm.NewMemDB(), true, simtestutil.EmptyAppOptions{})
		return a, a.DefaultGenesis()
	}
}

// TestIBCTransferRoundTrip sends udpn from one DPN chain to another over ICS-20 and back: the
// receiving chain mints the voucher under its IBC denom, and the return burns it and unescrows
// the original coins.
func TestIBCTransferRoundTrip(t *testing.T) {
	coord := ibctesting.NewCoordinator(t, 2)
	chainA := coord.GetChain(ibctesting.GetChainID(1))
	chainB := coord.GetChain(ibctesting.GetChainID(2))
	appA := chainA.App.(*app.App)
	appB := chainB.App.(*app.App)

	path := ibctesting.NewTransferPath(chainA, chainB)
	path.Setup()

	sender := chainA.SenderAccount.GetAddress()
	receiver := chainB.SenderAccount.GetAddress()
	amount := sdkmath.NewInt(1_234_567)
	startA := appA.BankKeeper.GetBalance(chainA.GetContext(), sender, app.BondDenom)

	msg := transfertypes.NewMsgTransfer(path.EndpointA.ChannelConfig.PortID, path.EndpointA.ChannelID,
		sdk.NewCoin(app.BondDenom, amount), sender.String(), receiver.String(),
		clienttypes.NewHeight(1, 110), 0, "")
	res, err := chainA.SendMsgs(msg)
	require.NoError(t, err)
	packet, err := ibctesting.ParseV1PacketFromEvents(res.Events)
	require.NoError(t, err)
	require.NoError(t, path.RelayPacket(packet))

	voucher := transfertypes.NewDenom(app.BondDenom, transfertypes.NewHop(path.EndpointB.ChannelConfig.PortID, path.EndpointB.ChannelID))
	require.Regexp(t, `^ibc/[0-9A-F]{64}$`, voucher.IBCDenom())
	got := appB.BankKeeper.GetBalance(chainB.GetContext(), receiver, voucher.IBCDenom())
	require.Equal(t, amount, got.Amount, "receiver holds the voucher")
	escrow := transfertypes.GetEscrowAddress(path.EndpointA.ChannelConfig.PortID, path.EndpointA.ChannelID)
	require.Equal(t, amount, appA.BankKeeper.GetBalance(chainA.GetContext(), escrow, app.BondDenom).Amount, "source escrows the coins")
	require.Equal(t, startA.Amount.Sub(amount), appA.BankKeeper.GetBalance(chainA.GetContext(), sender, app.BondDenom).Amount)

	back := transfertypes.NewMsgTransfer(path.EndpointB.ChannelConfig.PortID, path.EndpointB.ChannelID,
		sdk.NewCoin(voucher.IBCDenom(), amount), receiver.String(), sender.String(),
		clienttypes.NewHeight(1, 110), 0, "")
	res, err = chainB.SendMsgs(back)
	require.NoError(t, err)
	packet, err = ibctesting.ParseV1PacketFromEvents(res.Events)
	require.NoError(t, err)
	require.NoError(t, path.RelayPacket(packet))

	require.True(t, appB.BankKeeper.GetBalance(chainB.GetContext(), receiver, voucher.IBCDenom()).IsZero(), "voucher burned on return")
	require.True(t, appB.BankKeeper.GetSupply(chainB.GetContext(), voucher.IBCDenom()).IsZero(), "no voucher supply left")
	require.True(t, appA.BankKeeper.GetBalance(chainA.GetContext(), escrow, app.BondDenom).IsZero(), "escrow released")
	require.Equal(t, startA.Amount, appA.BankKeeper.GetBalance(chainA.GetContext(), sender, app.BondDenom).Amount, "sender made whole")
}
