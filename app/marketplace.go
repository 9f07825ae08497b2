package app

import (
	"context"
	"time"

	sdkmath "cosmossdk.io/math"

	attestationtypes "github.com/dpn-network/dpn/x/attestation/types"
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

// ReportUtilization reports, per dimension the marketplace holds (CPU, memory, storage),
// the running jobs' share of the active nodes' capacity. GPUs are held by class and the
// registry sums them across classes, so their multipliers are not fed yet.
func (q pricingQuoter) ReportUtilization(ctx context.Context, load computetypes.Resources, capacity attestationtypes.Capacity) error {
	for _, d := range []struct {
		dim        string
		used, have uint64
	}{
		{pricingtypes.DimensionCPU, load.CpuMillicores, capacity.CpuMillicores},
		{pricingtypes.DimensionMemory, load.MemoryBytes, capacity.MemoryBytes},
		{pricingtypes.DimensionStorage, load.StorageBytes, capacity.StorageBytes},
	} {
		if d.have == 0 {
			continue
		}
		u := sdkmath.LegacyNewDecFromInt(sdkmath.NewIntFromUint64(d.used)).Quo(sdkmath.LegacyNewDecFromInt(sdkmath.NewIntFromUint64(d.have)))
		if u.GT(sdkmath.LegacyOneDec()) {
			u = sdkmath.LegacyOneDec()
		}
		if err := q.k.ReportUtilization(ctx, d.dim, u); err != nil {
			return err
		}
	}
	return nil
}
