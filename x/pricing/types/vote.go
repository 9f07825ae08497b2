package types

import (
	errorsmod "cosmossdk.io/errors"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
)

// ValidatorVote is one validator of the last commit with its price vote, as the vote
// extensions deliver it to the tally: Vote is nil when the validator did not commit, or
// committed without a price part.
type ValidatorVote struct {
	ConsAddr sdk.ConsAddress
	Power    int64
	Vote     *PriceVote
}

// MaxVotePrices bounds the dimensions in one price vote.
const MaxVotePrices = 64

// MaxPriceUSD bounds any voted price or rate; nothing real costs a trillion dollars a unit.
var MaxPriceUSD = math.LegacyNewDec(1_000_000_000_000)

// ValidateBasic checks a price vote without state: dimensions well formed and strictly
// ascending, every price and the rate positive and below MaxPriceUSD.
func (v PriceVote) ValidateBasic() error {
	if len(v.Prices) > MaxVotePrices {
		return errorsmod.Wrapf(ErrInvalidPriceVote, "%d prices, limit %d", len(v.Prices), MaxVotePrices)
	}
	if err := checkPrice("dpn_usd", v.DpnUsd); err != nil {
		return err
	}
	if v.EthUsd != nil {
		if err := checkPrice("eth_usd", *v.EthUsd); err != nil {
			return err
		}
	}
	for i, p := range v.Prices {
		if err := ValidateDimension(p.Dimension); err != nil {
			return errorsmod.Wrapf(ErrInvalidPriceVote, "price %d: %v", i, err)
		}
		if i > 0 && p.Dimension <= v.Prices[i-1].Dimension {
			return errorsmod.Wrapf(ErrInvalidPriceVote, "price %d: %q not after %q", i, p.Dimension, v.Prices[i-1].Dimension)
		}
		if err := checkPrice(p.Dimension, p.Usd); err != nil {
			return err
		}
	}
	return nil
}

func checkPrice(what string, d math.LegacyDec) error {
	if d.IsNil() || !d.IsPositive() || d.GT(MaxPriceUSD) {
		return errorsmod.Wrapf(ErrInvalidPriceVote, "%s: %v not in (0, %v]", what, d, MaxPriceUSD)
	}
	return nil
}

// Values returns the vote as a map from tally key (dimensions and RateKey) to USD.
func (v PriceVote) Values() map[string]math.LegacyDec {
	m := make(map[string]math.LegacyDec, len(v.Prices)+1)
	for _, p := range v.Prices {
		m[p.Dimension] = p.Usd
	}
	m[RateKey] = v.DpnUsd
	if v.HasEthUsd() {
		m[EthRateKey] = *v.EthUsd
	}
	return m
}

// HasEthUsd reports whether the vote carries an ETH/USD rate: it is optional, absent when
// the validator's sources give none (and then must be absent, not zero).
func (v PriceVote) HasEthUsd() bool { return v.EthUsd != nil && !v.EthUsd.IsNil() && v.EthUsd.IsPositive() }
