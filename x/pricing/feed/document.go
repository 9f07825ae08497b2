// Package feed is the validator node's price feed: it reads USD reference prices and the
// DPN/USD rate from the sources configured in app.toml ([pricing] sources, timeout), takes
// the median across sources, and turns the result into the price part of the node's vote
// extension. It runs outside the state machine; nothing here is consensus-critical except
// the PriceVote it returns, which every peer checks.
package feed

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"cosmossdk.io/math"

	"github.com/dpn-network/dpn/x/pricing/types"
)

// MaxDocumentBytes bounds a source's answer.
const MaxDocumentBytes = 64 * 1024

// ErrDocument is a source answer that is not a valid price document.
var ErrDocument = errors.New("invalid price document")

// Document is the JSON a price source serves:
//
//	{
//	  "dpn_usd": "0.50",
//	  "eth_usd": "3000",
//	  "prices": {"cpu": "0.034", "memory": "0.0035", "storage": "0.08",
//	             "bandwidth": "0.09", "gpu/h100": "10.58"}
//	}
//
// Every number is a decimal string (at most 18 decimals), never a JSON number, so that no
// float rounding happens on the way. "prices" maps a dimension (cpu per vCPU-hour, memory
// per GiB-hour, storage per GiB-month, bandwidth per GB, gpu/<class> per GPU-hour) to USD.
// eth_usd (USD per ETH) prices the ETH that wallet users pay on the L2s. A source may give
// any subset, and may leave out dpn_usd or eth_usd; unknown fields are refused.
type Document struct {
	DpnUsd string            `json:"dpn_usd,omitempty"`
	EthUsd string            `json:"eth_usd,omitempty"`
	Prices map[string]string `json:"prices"`
}

// Observation is a parsed document: a nil-free map from tally key (dimensions and
// types.RateKey) to USD.
type Observation map[string]math.LegacyDec

// ParseDocument decodes and checks a document.
func ParseDocument(bz []byte) (Observation, error) {
	if len(bz) > MaxDocumentBytes {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrDocument, len(bz), MaxDocumentBytes)
	}
	dec := json.NewDecoder(bytes.NewReader(bz))
	dec.DisallowUnknownFields()
	var doc Document
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrDocument, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: trailing data", ErrDocument)
	}
	if len(doc.Prices) > types.MaxVotePrices {
		return nil, fmt.Errorf("%w: %d prices, limit %d", ErrDocument, len(doc.Prices), types.MaxVotePrices)
	}
	obs := make(Observation, len(doc.Prices)+1)
	for dim, s := range doc.Prices {
		if err := types.ValidateDimension(dim); err != nil {
			return nil, fmt.Errorf("%w: %v", ErrDocument, err)
		}
		v, err := parseUSD(dim, s)
		if err != nil {
			return nil, err
		}
		obs[dim] = v
	}
	if doc.DpnUsd != "" {
		v, err := parseUSD(types.RateKey, doc.DpnUsd)
		if err != nil {
			return nil, err
		}
		obs[types.RateKey] = v
	}
	if doc.EthUsd != "" {
		v, err := parseUSD(types.EthRateKey, doc.EthUsd)
		if err != nil {
			return nil, err
		}
		obs[types.EthRateKey] = v
	}
	if len(obs) == 0 {
		return nil, fmt.Errorf("%w: no prices", ErrDocument)
	}
	return obs, nil
}

func parseUSD(what, s string) (math.LegacyDec, error) {
	v, err := math.LegacyNewDecFromStr(s)
	if err != nil {
		return math.LegacyDec{}, fmt.Errorf("%w: %s: %v", ErrDocument, what, err)
	}
	if !v.IsPositive() || v.GT(types.MaxPriceUSD) {
		return math.LegacyDec{}, fmt.Errorf("%w: %s: %s not in (0, %v]", ErrDocument, what, s, types.MaxPriceUSD)
	}
	return v, nil
}
