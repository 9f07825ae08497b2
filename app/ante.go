package app

import (
	"errors"

	"github.com/cosmos/cosmos-sdk/client"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/x/auth/ante"

	ibcante "github.com/cosmos/ibc-go/v11/modules/core/ante"

	"github.com/dpn-network/dpn/crypto/pqc"
)

// NewAnteHandler composes the SDK's standard ante chain (fees, signatures, sequences) with
// IBC's redundant-relay filter, so relayers do not pay for packets already delivered.
func NewAnteHandler(app *App, txConfig client.TxConfig) (sdk.AnteHandler, error) {
	if app.IBCKeeper == nil {
		return nil, errors.New("ante: the IBC keeper must be built before the ante handler")
	}
	sdkAnte, err := ante.NewAnteHandler(ante.HandlerOptions{
		AccountKeeper:   app.AccountKeeper,
		BankKeeper:      app.BankKeeper,
		FeegrantKeeper:  app.FeeGrantKeeper,
		SignModeHandler: txConfig.SignModeHandler(),
		SigGasConsumer:  pqc.SigVerificationGasConsumer, // ML-DSA-65 keys; the SDK's costs for the rest
	})
	if err != nil {
		return nil, err
	}
	relay := ibcante.NewRedundantRelayDecorator(app.IBCKeeper)
	return func(ctx sdk.Context, tx sdk.Tx, simulate bool) (sdk.Context, error) {
		ctx, err := sdkAnte(ctx, tx, simulate)
		if err != nil {
			return ctx, err
		}
		return relay.AnteHandle(ctx, tx, simulate, func(ctx sdk.Context, _ sdk.Tx, _ bool) (sdk.Context, error) { return ctx, nil })
	}, nil
}
