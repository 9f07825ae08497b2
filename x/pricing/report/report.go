// Package report builds docs/PRICING.md: it reads the recorded AWS list prices, derives the
// reference unit prices a validator's price source would serve from them, and compares each
// instance's AWS price with the chain's own quote for the same resources.
package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"cosmossdk.io/math"

	"github.com/dpn-network/dpn/x/pricing/feed"
	"github.com/dpn-network/dpn/x/pricing/types"
)

// Instance is one row of the AWS on-demand list.
type Instance struct {
	Name      string
	Category  string
	Vcpus     int64
	MemoryGiB int64
	GPUClass  string
	GPUs      int64
	USDPerH   math.LegacyDec
}

// Resources returns the instance as x/pricing resources (no storage, no transfer: the AWS
// instance price includes neither).
func (in Instance) Resources() types.Resources {
	r := types.Resources{
		Vcpus: math.LegacyNewDec(in.Vcpus), MemoryGib: math.LegacyNewDec(in.MemoryGiB),
		StorageGib: math.LegacyZeroDec(), BandwidthGb: math.LegacyZeroDec(),
	}
	if in.GPUs > 0 {
		r.Gpus = []types.GpuCount{{Class: in.GPUClass, Count: uint32(in.GPUs)}}
	}
	return r
}

func readCSV(r io.Reader, fields int) ([][]string, error) {
	cr := csv.NewReader(r)
	cr.Comment = '#'
	cr.FieldsPerRecord = fields
	rows, err := cr.ReadAll()
	if err != nil {
		return nil, err
	}
	if len(rows) < 2 {
		return nil, fmt.Errorf("no data rows")
	}
	return rows[1:], nil
}

// ReadInstances parses docs/data/aws-ondemand-us-east-1.csv.
func ReadInstances(r io.Reader) ([]Instance, error) {
	rows, err := readCSV(r, 7)
	if err != nil {
		return nil, err
	}
	var out []Instance
	for _, row := range rows {
		vcpus, err1 := strconv.ParseInt(row[2], 10, 64)
		mem, err2 := strconv.ParseInt(row[3], 10, 64)
		gpus, err3 := strconv.ParseInt(row[5], 10, 64)
		price, err4 := math.LegacyNewDecFromStr(row[6])
		if err := firstErr(err1, err2, err3, err4); err != nil {
			return nil, fmt.Errorf("%s: %w", row[0], err)
		}
		if (gpus > 0) != (row[4] != "") {
			return nil, fmt.Errorf("%s: gpu class and count disagree", row[0])
		}
		out = append(out, Instance{Name: row[0], Category: row[1], Vcpus: vcpus, MemoryGiB: mem, GPUClass: row[4], GPUs: gpus, USDPerH: price})
	}
	return out, nil
}

// ReadUnitPrices parses docs/data/aws-unit-prices-us-east-1.csv into dimension → USD.
func ReadUnitPrices(r io.Reader) (map[string]math.LegacyDec, error) {
	rows, err := readCSV(r, 4)
	if err != nil {
		return nil, err
	}
	out := map[string]math.LegacyDec{}
	for _, row := range rows {
		v, err := math.LegacyNewDecFromStr(row[1])
		if err != nil {
			return nil, fmt.Errorf("%s: %w", row[0], err)
		}
		out[row[0]] = v
	}
	return out, nil
}

func firstErr(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

// FitReference derives reference unit prices from the list: the vCPU-hour and GiB-hour
// prices that best explain the CPU-only instances (least squares on the relative error, so a
// large instance does not outweigh a small one), then each GPU class's GPU-hour price as the
// mean, over that class's instances, of what is left of the instance price per GPU. Storage
// and bandwidth come from the unit price list.
func FitReference(instances []Instance, units map[string]math.LegacyDec) (map[string]math.LegacyDec, error) {
	// Normal equations of min Σ (a_i·c + b_i·m − 1)², a_i = vcpus/p, b_i = mem/p.
	var saa, sab, sbb, sa, sb math.LegacyDec = math.LegacyZeroDec(), math.LegacyZeroDec(), math.LegacyZeroDec(), math.LegacyZeroDec(), math.LegacyZeroDec()
	n := 0
	for _, in := range instances {
		if in.GPUs > 0 {
			continue
		}
		a := math.LegacyNewDec(in.Vcpus).Quo(in.USDPerH)
		b := math.LegacyNewDec(in.MemoryGiB).Quo(in.USDPerH)
		saa, sab, sbb = saa.Add(a.Mul(a)), sab.Add(a.Mul(b)), sbb.Add(b.Mul(b))
		sa, sb = sa.Add(a), sb.Add(b)
		n++
	}
	det := saa.Mul(sbb).Sub(sab.Mul(sab))
	if n < 2 || det.IsZero() {
		return nil, fmt.Errorf("cannot fit cpu and memory prices from %d instances", n)
	}
	cpu := sa.Mul(sbb).Sub(sb.Mul(sab)).Quo(det)
	mem := sb.Mul(saa).Sub(sa.Mul(sab)).Quo(det)
	if !cpu.IsPositive() || !mem.IsPositive() {
		return nil, fmt.Errorf("fit gave cpu %v, memory %v", cpu, mem)
	}
	ref := map[string]math.LegacyDec{types.DimensionCPU: round(cpu), types.DimensionMemory: round(mem)}
	sums, counts := map[string]math.LegacyDec{}, map[string]int64{}
	for _, in := range instances {
		if in.GPUs == 0 {
			continue
		}
		host := math.LegacyNewDec(in.Vcpus).Mul(ref[types.DimensionCPU]).Add(math.LegacyNewDec(in.MemoryGiB).Mul(ref[types.DimensionMemory]))
		per := in.USDPerH.Sub(host).QuoInt64(in.GPUs)
		if !per.IsPositive() {
			return nil, fmt.Errorf("%s: host part %v exceeds the price", in.Name, host)
		}
		d := types.GPUDimension(in.GPUClass)
		if _, ok := sums[d]; !ok {
			sums[d] = math.LegacyZeroDec()
		}
		sums[d] = sums[d].Add(per)
		counts[d]++
	}
	for d, s := range sums {
		ref[d] = round(s.QuoInt64(counts[d]))
	}
	for _, d := range []string{types.DimensionStorage, types.DimensionBandwidth} {
		v, ok := units[d]
		if !ok {
			return nil, fmt.Errorf("no unit price for %s", d)
		}
		ref[d] = v
	}
	return ref, nil
}

// round keeps six decimals, as a price source would publish them.
func round(d math.LegacyDec) math.LegacyDec {
	return d.MulInt64(1_000_000).RoundInt().ToLegacyDec().QuoInt64(1_000_000)
}

// AssumedEthUSD is the ETH/USD rate the reference document carries, the figure the gas
// report (contracts/cmd/gasreport) assumes as well.
var AssumedEthUSD = math.LegacyNewDec(3000)

// Document returns the reference prices, a DPN/USD rate and AssumedEthUSD as a price-feed
// document.
func Document(ref map[string]math.LegacyDec, dpnUSD math.LegacyDec) feed.Document {
	doc := feed.Document{DpnUsd: dpnUSD.String(), EthUsd: AssumedEthUSD.String(), Prices: map[string]string{}}
	for d, v := range ref {
		doc.Prices[d] = v.String()
	}
	return doc
}

// Row is one line of the table.
type Row struct {
	Instance Instance
	QuoteUSD math.LegacyDec
	Udpn     math.Int
	// Saving is 1 − quote / AWS price.
	Saving math.LegacyDec
}

// Markdown renders the document.
func Markdown(rows []Row, ref map[string]math.LegacyDec, dpnUSD, discount math.LegacyDec, recorded string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# DPN prices against AWS on-demand\n\n")
	fmt.Fprintf(&b, "Generated by `make pricing-table` from the chain's own quote; do not edit by hand.\n\n")
	fmt.Fprintf(&b, "AWS figures are the us-east-1 Linux on-demand list prices as recorded on %s in\n", recorded)
	fmt.Fprintf(&b, "`docs/data/aws-ondemand-us-east-1.csv` (instances) and `docs/data/aws-unit-prices-us-east-1.csv`\n")
	fmt.Fprintf(&b, "(EBS gp3 storage, data transfer out), both from AWS's published pricing pages. AWS changes its\n")
	fmt.Fprintf(&b, "list prices from time to time; the comparison holds for the figures as recorded on that date.\n")
	fmt.Fprintf(&b, "The p4d, p4de and p5 rows carry the list prices from before AWS's 2025 reduction of P4 and P5\n")
	fmt.Fprintf(&b, "on-demand prices: their GPU-hour references (a100-40g, a100-80g, h100) are high by that\n")
	fmt.Fprintf(&b, "reduction until re-recorded; the saving, a ratio to the same list, is not affected.\n\n")
	fmt.Fprintf(&b, "## How the figures are made\n\n")
	fmt.Fprintf(&b, "1. Reference unit prices are derived from the AWS list (`x/pricing/report.FitReference`): the\n")
	fmt.Fprintf(&b, "   vCPU-hour and GiB-hour prices that best fit the CPU-only instances (least squares on the\n")
	fmt.Fprintf(&b, "   relative error), each GPU class's GPU-hour price from its instances after the host part,\n")
	fmt.Fprintf(&b, "   storage and transfer from the unit price list. They are written, with an assumed DPN/USD\n")
	fmt.Fprintf(&b, "   rate of %s, as a price-feed document: `docs/data/reference-prices.json`, which a validator\n", dpnUSD)
	fmt.Fprintf(&b, "   can serve to its node as a `file://` source.\n")
	fmt.Fprintf(&b, "2. Four validators vote that document through x/pricing's tally (`ApplyVotes`, the code\n")
	fmt.Fprintf(&b, "   PreBlock runs on the vote extensions), on a keeper over a real store.\n")
	fmt.Fprintf(&b, "3. Each instance's vCPUs, memory and GPUs for one hour are quoted by the module's `Quote`\n")
	fmt.Fprintf(&b, "   query, exactly as `dpnd q pricing quote 3600 --resources '{...}'` answers on a chain with\n")
	fmt.Fprintf(&b, "   those prices: reference × (1 − discount %s) × utilization multiplier (1: no marketplace\n", discount)
	fmt.Fprintf(&b, "   load reported) ÷ DPN/USD.\n\n")
	fmt.Fprintf(&b, "The saving does not depend on the DPN/USD rate: the udpn column does.\n\n")
	fmt.Fprintf(&b, "## Reference unit prices (USD)\n\n| dimension | unit | USD |\n|---|---|---:|\n")
	dims := make([]string, 0, len(ref))
	for d := range ref {
		dims = append(dims, d)
	}
	sort.Strings(dims)
	units := map[string]string{"cpu": "vCPU-hour", "memory": "GiB-hour", "storage": "GiB-month", "bandwidth": "GB"}
	for _, d := range dims {
		u := units[d]
		if u == "" {
			u = "GPU-hour"
		}
		fmt.Fprintf(&b, "| %s | %s | %s |\n", d, u, trim(ref[d]))
	}
	fmt.Fprintf(&b, "\n## Instances, one hour\n\n")
	fmt.Fprintf(&b, "| instance | category | vCPU | GiB | GPUs | AWS USD/h | DPN USD/h | DPN udpn/h | cheaper |\n")
	fmt.Fprintf(&b, "|---|---|---:|---:|---|---:|---:|---:|---:|\n")
	minS, maxS := math.LegacyOneDec(), math.LegacyZeroDec()
	for _, r := range rows {
		gpus := "–"
		if r.Instance.GPUs > 0 {
			gpus = fmt.Sprintf("%d × %s", r.Instance.GPUs, r.Instance.GPUClass)
		}
		fmt.Fprintf(&b, "| %s | %s | %d | %d | %s | %s | %s | %s | %s %% |\n", r.Instance.Name, r.Instance.Category,
			r.Instance.Vcpus, r.Instance.MemoryGiB, gpus, trim(r.Instance.USDPerH), fixed4(r.QuoteUSD),
			r.Udpn, pct(r.Saving))
		if r.Saving.LT(minS) {
			minS = r.Saving
		}
		if r.Saving.GT(maxS) {
			maxS = r.Saving
		}
	}
	fmt.Fprintf(&b, "\nAcross these %d instance types DPN's quote is %s %% to %s %% below the AWS list price.\n", len(rows), pct(minS), pct(maxS))
	return b.String()
}

// trim prints a decimal without trailing zeros.
func trim(d math.LegacyDec) string {
	s := strings.TrimRight(d.String(), "0")
	return strings.TrimSuffix(s, ".")
}

// fixed4 prints a non-negative decimal rounded to four places.
func fixed4(d math.LegacyDec) string {
	v := d.MulInt64(10_000).RoundInt().Int64()
	return fmt.Sprintf("%d.%04d", v/10_000, v%10_000)
}

// pct prints a share as a percentage with one decimal.
func pct(d math.LegacyDec) string {
	v := d.MulInt64(1000).RoundInt()
	return fmt.Sprintf("%d.%d", v.Int64()/10, v.Int64()%10)
}
