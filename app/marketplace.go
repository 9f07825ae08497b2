package app

import (
	"context"
	"time"

	sdkmath "cosmossdk.io/math"

	computetypes "github.com/dpn-network/dpn/x/compute/types"
	pricingkeeper "github.com/dpn-network/dpn/x/pricing/keeper"
	pricingtypes "github.com/dpn-network/dpn/x/pricing/types"
)

// pricingQuoter gives x/compute its fees from x/pricing's quote: the marketplace counts
// resources in millicores and bytes, the price anchor in vCPUs, GiB and GB.
type pricingQuoter struct{ k pricingkeeper.Keeper }

var gib = sdkmath.LegacyNewDec(1 << 30)

func (q pricingQuoter) QuoteFee(ctx context.Context, r computetypes.Resources, seconds uint64) (sdkmath.Int, error) {
	res := pricingtypes.Resources{
		Vcpus:       sdkmath.LegacyNewDecFromInt(sdkmath.NewIntFromUint64(r.CpuMillicores)).QuoInt64(1000),
		MemoryGib:   sdkmath.LegacyNewDecFromInt(sdkmath.NewIntFromUint64(r.MemoryBytes)).Quo(gib),
		StorageGib:  sdkmath.LegacyNewDecFromInt(sdkmath.NewIntFromUint64(r.StorageBytes)).Quo(gib),
		BandwidthGb: sdkmath.LegacyNewDecFromInt(sdkmath.NewIntFromUint64(r.BandwidthBytes)).QuoInt64(1_000_000_000),
	}
	if r.GpuCount > 0 {
		res.Gpus = []pricingtypes.GpuCount{{Class: r.GpuClass, Count: r.GpuCount}}
	}
	quote, err := q.k.Quote(ctx, res, time.Duration(seconds)*time.Second)
	if err != nil {
		return sdkmath.Int{}, err
	}
	return quote.Udpn, nil
}
