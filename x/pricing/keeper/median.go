package keeper

import (
	"bytes"
	"sort"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
)

// Ballot is one validator's value for one tally key, weighted by its voting power.
type Ballot struct {
	Voter sdk.ConsAddress
	Power int64
	Value math.LegacyDec
}

// WeightedMedian returns the stake-weighted median of ballots: sorted by value (ties by
// voter address, so the order is the same on every node), the first value at which the
// cumulative power reaches half of the total. It returns false for no ballots or no power.
func WeightedMedian(ballots []Ballot) (math.LegacyDec, bool) {
	sorted := append([]Ballot(nil), ballots...)
	sort.Slice(sorted, func(i, j int) bool {
		if !sorted[i].Value.Equal(sorted[j].Value) {
			return sorted[i].Value.LT(sorted[j].Value)
		}
		return bytes.Compare(sorted[i].Voter, sorted[j].Voter) < 0
	})
	var total int64
	for _, b := range sorted {
		total += b.Power
	}
	if total <= 0 {
		return math.LegacyDec{}, false
	}
	var cum int64
	for _, b := range sorted {
		cum += b.Power
		if 2*cum >= total {
			return b.Value, true
		}
	}
	return sorted[len(sorted)-1].Value, true
}
