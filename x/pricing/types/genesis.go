package types

import (
	errorsmod "cosmossdk.io/errors"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
)

// DefaultGenesis has the default params, no prices yet, every multiplier at 1 (implicitly)
// and the controller at its base burn share.
func DefaultGenesis() *GenesisState {
	p := DefaultParams()
	return &GenesisState{Params: p, DpnUsd: math.LegacyZeroDec(), EthUsd: math.LegacyZeroDec(), Controller: InitialController(p)}
}

// InitialController is the controller before any tally: no anchor, base burn share.
func InitialController(p Params) ControllerState {
	return ControllerState{
		AnchorUdpn: math.LegacyZeroDec(), Integral: math.LegacyZeroDec(), BurnShare: p.BurnShareBase,
		IssuanceFactor: math.LegacyOneDec(), LastDeviation: math.LegacyZeroDec(),
	}
}

// Validate checks gs: params, prices only of priced dimensions and positive, multipliers
// within bounds, voter addresses unique, controller outputs within bounds.
func (gs GenesisState) Validate() error {
	if err := gs.Params.Validate(); err != nil {
		return err
	}
	dims := map[string]bool{}
	for _, d := range gs.Params.Dimensions() {
		dims[d] = true
	}
	seen := map[string]bool{}
	for _, p := range gs.Prices {
		if !dims[p.Dimension] || seen[p.Dimension] {
			return errorsmod.Wrapf(ErrInvalidGenesis, "price of %q unpriced or repeated", p.Dimension)
		}
		seen[p.Dimension] = true
		if p.ReferenceUsd.IsNil() || !p.ReferenceUsd.IsPositive() {
			return errorsmod.Wrapf(ErrInvalidGenesis, "price of %q not positive", p.Dimension)
		}
	}
	if gs.DpnUsd.IsNil() || gs.DpnUsd.IsNegative() {
		return errorsmod.Wrap(ErrInvalidGenesis, "dpn_usd negative")
	}
	if !gs.EthUsd.IsNil() && gs.EthUsd.IsNegative() {
		return errorsmod.Wrap(ErrInvalidGenesis, "eth_usd negative")
	}
	seen = map[string]bool{}
	for _, m := range gs.Multipliers {
		if !dims[m.Dimension] || seen[m.Dimension] {
			return errorsmod.Wrapf(ErrInvalidGenesis, "multiplier of %q unpriced or repeated", m.Dimension)
		}
		seen[m.Dimension] = true
		if m.Multiplier.IsNil() || m.Multiplier.LT(gs.Params.MultiplierMin) || m.Multiplier.GT(gs.Params.MultiplierMax) {
			return errorsmod.Wrapf(ErrInvalidGenesis, "multiplier of %q out of bounds", m.Dimension)
		}
	}
	seen = map[string]bool{}
	for _, v := range gs.Voters {
		if _, err := sdk.ConsAddressFromBech32(v.ConsensusAddress); err != nil {
			return errorsmod.Wrapf(ErrInvalidGenesis, "voter %q: %v", v.ConsensusAddress, err)
		}
		if seen[v.ConsensusAddress] {
			return errorsmod.Wrapf(ErrInvalidGenesis, "voter %q repeated", v.ConsensusAddress)
		}
		seen[v.ConsensusAddress] = true
		if v.Status.Misses+v.Status.ValidVotes > gs.PeriodsInWindow {
			return errorsmod.Wrapf(ErrInvalidGenesis, "voter %q counted in more periods than the window has", v.ConsensusAddress)
		}
	}
	return gs.Controller.Validate(gs.Params)
}

// Validate checks the controller's state against p.
func (c ControllerState) Validate(p Params) error {
	for name, d := range map[string]math.LegacyDec{"anchor": c.AnchorUdpn, "integral": c.Integral, "burn share": c.BurnShare, "issuance factor": c.IssuanceFactor, "deviation": c.LastDeviation} {
		if d.IsNil() {
			return errorsmod.Wrapf(ErrInvalidGenesis, "controller %s missing", name)
		}
	}
	if c.AnchorUdpn.IsNegative() {
		return errorsmod.Wrap(ErrInvalidGenesis, "anchor negative")
	}
	if c.Integral.Abs().GT(p.IntegralLimit) {
		return errorsmod.Wrap(ErrInvalidGenesis, "integral beyond its limit")
	}
	if c.BurnShare.LT(p.BurnShareMin) || c.BurnShare.GT(p.BurnShareMax) {
		return errorsmod.Wrap(ErrInvalidGenesis, "burn share out of bounds")
	}
	if c.IssuanceFactor.IsNegative() || c.IssuanceFactor.GT(math.LegacyNewDec(2)) {
		return errorsmod.Wrap(ErrInvalidGenesis, "issuance factor not in [0, 2]")
	}
	return nil
}
