package keeper

import (
	"context"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/dpn-network/dpn/x/pricing/types"
)

// ControllerOutput is one step of the anchor controller, as a pure function of its input.
type ControllerOutput struct {
	Deviation      math.LegacyDec
	Integral       math.LegacyDec
	BurnShare      math.LegacyDec
	IssuanceFactor math.LegacyDec
}

// StepController computes the controller's next state from the Compute Unit's udpn value
// and the anchor: deviation d = (value − anchor) / anchor; integral I ← clamp(I + d, ±limit);
// u = clamp(kp·d + ki·I, −1, 1). A Compute Unit that costs more DPN than the anchor means
// DPN is worth less than it was: u > 0 burns more of the fees (up to burn_share_max) and
// issues fewer rewards (factor 1 − u); u < 0 does the opposite, down to burn_share_min.
func StepController(p types.Params, integral, value, anchor math.LegacyDec) ControllerOutput {
	dev := value.Sub(anchor).Quo(anchor)
	integral = clamp(integral.Add(dev), p.IntegralLimit.Neg(), p.IntegralLimit)
	u := clamp(p.ControllerKp.Mul(dev).Add(p.ControllerKi.Mul(integral)), math.LegacyOneDec().Neg(), math.LegacyOneDec())
	burn := p.BurnShareBase
	if u.IsPositive() {
		burn = burn.Add(u.Mul(p.BurnShareMax.Sub(p.BurnShareBase)))
	} else {
		burn = burn.Add(u.Mul(p.BurnShareBase.Sub(p.BurnShareMin)))
	}
	return ControllerOutput{Deviation: dev, Integral: integral, BurnShare: burn, IssuanceFactor: math.LegacyOneDec().Sub(u)}
}

func clamp(d, lo, hi math.LegacyDec) math.LegacyDec {
	if d.LT(lo) {
		return lo
	}
	if d.GT(hi) {
		return hi
	}
	return d
}

// stepController runs one controller step after a tally, once the whole basket is priced.
// The first such tally fixes the anchor (unless genesis set it).
func (k Keeper) stepController(ctx context.Context, params types.Params) error {
	value, ok, err := k.ComputeUnitValue(ctx, params)
	if err != nil || !ok {
		return err
	}
	ctrl, err := k.Controller.Get(ctx)
	if err != nil {
		return err
	}
	if !ctrl.AnchorUdpn.IsPositive() {
		ctrl.AnchorUdpn = value
	}
	out := StepController(params, ctrl.Integral, value, ctrl.AnchorUdpn)
	ctrl.Integral, ctrl.BurnShare, ctrl.IssuanceFactor, ctrl.LastDeviation = out.Integral, out.BurnShare, out.IssuanceFactor, out.Deviation
	if err := k.Controller.Set(ctx, ctrl); err != nil {
		return err
	}
	return sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventAnchor{
		ComputeUnitUdpn: value.String(), AnchorUdpn: ctrl.AnchorUdpn.String(), Deviation: out.Deviation.String(),
		BurnShare: out.BurnShare.String(), IssuanceFactor: out.IssuanceFactor.String(),
	})
}
