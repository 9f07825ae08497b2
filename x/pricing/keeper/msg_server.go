package keeper

import (
	"context"

	errorsmod "cosmossdk.io/errors"

	"github.com/dpn-network/dpn/x/pricing/types"
)

type msgServer struct{ k Keeper }

// NewMsgServerImpl returns the Msg service over k.
func NewMsgServerImpl(k Keeper) types.MsgServer { return msgServer{k: k} }

var _ types.MsgServer = msgServer{}

// UpdateParams replaces the params after checking the signer and every field. The
// controller's burn share is brought inside the new bounds.
func (m msgServer) UpdateParams(ctx context.Context, msg *types.MsgUpdateParams) (*types.MsgUpdateParamsResponse, error) {
	if msg.Authority != m.k.authority {
		return nil, errorsmod.Wrapf(types.ErrInvalidAuthority, "expected %s, got %s", m.k.authority, msg.Authority)
	}
	if err := msg.Params.Validate(); err != nil {
		return nil, err
	}
	ctrl, err := m.k.Controller.Get(ctx)
	if err != nil {
		return nil, err
	}
	ctrl.BurnShare = clamp(ctrl.BurnShare, msg.Params.BurnShareMin, msg.Params.BurnShareMax)
	ctrl.Integral = clamp(ctrl.Integral, msg.Params.IntegralLimit.Neg(), msg.Params.IntegralLimit)
	if err := m.k.Params.Set(ctx, msg.Params); err != nil {
		return nil, err
	}
	if err := m.k.Controller.Set(ctx, ctrl); err != nil {
		return nil, err
	}
	return &types.MsgUpdateParamsResponse{}, nil
}
