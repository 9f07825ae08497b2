// Package sim runs x/pricing's keeper (tally, multipliers, anchor controller) against a toy
// market for DPN and for compute, through shocks, and records the anchor deviation over time.
//
// The chain side is the real keeper over a real store. The market side is a model, and its
// results say what the controller does under the model's assumptions, no more:
//
//   - one step is one vote period (one block);
//   - demand for compute, in Compute Units per step, is base demand × shock ÷ multiplier
//     (elasticity 1); capacity is twice base demand, so base demand is the 50 % target;
//     the utilization reported to the keeper each step is demand ÷ capacity;
//   - fees are demand × the Compute Unit's USD price; voting rewards are
//     reward_per_period × issuance factor;
//   - DPN/USD moves each step by the controller's net buy pressure over market depth:
//     ΔP/P = ((burn share − base) × fees − (issuance − 1) × rewards) ÷ depth, where depth is
//     Depth × the fees of a step at base demand (a step's whole fee revenue bought at once
//     would move the price by 1/Depth), times any exogenous shock;
//   - validators vote the reference prices and the market rate with a deterministic ±0.5 %
//     spread between them.
package sim

import (
	"fmt"
	gomath "math"
	mrand "math/rand"
	"strconv"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/dpn-network/dpn/x/pricing/keeper"
	"github.com/dpn-network/dpn/x/pricing/types"
)

// Shock is an exogenous event over [Start, End) steps.
type Shock struct {
	Name  string
	Start int
	End   int
	// Demand multiplies base demand while the shock lasts.
	Demand float64
	// RateDrop is the fraction DPN/USD loses, spread evenly over the shock's steps.
	RateDrop float64
	// Offline is the number of validators that do not vote while the shock lasts.
	Offline int
	// Outlier, when set, makes validator 0 vote 10× every price while the shock lasts.
	Outlier bool
}

// Config is the model's set-up.
type Config struct {
	Steps int
	// Depth: a step's fee revenue at base demand moves the price by 1/Depth.
	Depth float64
	// Reference is the USD reference price of each dimension the validators vote.
	Reference map[string]math.LegacyDec
	// StartRate is DPN/USD at the start.
	StartRate float64
	Shocks    []Shock
	// Seed fixes the validators' spread.
	Seed int64
}

// Point is one step's record.
type Point struct {
	Step           int
	Shock          string
	Deviation      float64
	DpnUsd         float64
	BurnShare      float64
	IssuanceFactor float64
	Multiplier     float64
	Utilization    float64
	InBandVoters   int
}

// Recovery is how a shock played out.
type Recovery struct {
	Shock Shock
	// Peak is the largest |deviation| from the shock's start to the next shock.
	Peak float64
	// Steps from the shock's start until |deviation| is below 5 % and stays there until the
	// next shock (or the end); -1 if it never does.
	Steps int
}

func f(d math.LegacyDec) float64 {
	v, _ := strconv.ParseFloat(d.String(), 64)
	return v
}

func dec(x float64) math.LegacyDec {
	return math.LegacyMustNewDecFromStr(strconv.FormatFloat(x, 'f', 12, 64))
}

// Run drives k (initialized, with params) through cfg, one step per block, starting at
// ctx's height. next returns the context of the following block.
func Run(ctx sdk.Context, next func(sdk.Context) sdk.Context, k keeper.Keeper, voters []sdk.ConsAddress, cfg Config) ([]Point, error) {
	params, err := k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	rng := mrand.New(mrand.NewSource(cfg.Seed))
	rate := cfg.StartRate
	const baseDemand, capacity = 1.0, 2.0
	var baseFees float64
	var points []Point
	mult := 1.0
	for step := 0; step < cfg.Steps; step++ {
		var active Shock
		for _, s := range cfg.Shocks {
			if step >= s.Start && step < s.End {
				active = s
			}
		}
		// Validators vote the reference prices and the market rate.
		var votes []types.ValidatorVote
		for i, v := range voters {
			if i >= len(voters)-active.Offline {
				votes = append(votes, types.ValidatorVote{ConsAddr: v, Power: 100})
				continue
			}
			scale := 1 + (rng.Float64()-0.5)*0.01
			if active.Outlier && i == 0 {
				scale = 10
			}
			pv := &types.PriceVote{DpnUsd: dec(rate * scale)}
			for _, d := range params.Dimensions() {
				pv.Prices = append(pv.Prices, types.DimensionPrice{Dimension: d, Usd: cfg.Reference[d].Mul(dec(scale))})
			}
			votes = append(votes, types.ValidatorVote{ConsAddr: v, Power: 100, Vote: pv})
		}
		if err := k.ApplyVotes(ctx, votes); err != nil {
			return nil, err
		}
		ctrl, err := k.Controller.Get(ctx)
		if err != nil {
			return nil, err
		}
		cu, err := k.Quote(ctx, params.ComputeUnit, 3600e9)
		if err != nil {
			return nil, err
		}
		// The marketplace: demand answers the price, utilization goes to the keeper.
		demand := baseDemand
		if active.Demand != 0 {
			demand *= active.Demand
		}
		demand /= mult
		u := demand / capacity
		if u > 1 {
			u = 1
		}
		for _, d := range params.Dimensions() {
			if err := k.ReportUtilization(ctx, d, dec(u)); err != nil {
				return nil, err
			}
		}
		if err := k.EndBlock(ctx); err != nil {
			return nil, err
		}
		m, err := k.Multiplier(ctx, types.DimensionCPU)
		if err != nil {
			return nil, err
		}
		mult = f(m)
		// The DPN market: the controller's net buy pressure, then any exogenous shock.
		fees := demand * f(cu.Usd)
		if baseFees == 0 {
			baseFees = baseDemand * f(cu.Usd)
		}
		rewards := f(params.RewardPerPeriod.ToLegacyDec()) / 1e6 * rate
		pressure := (f(ctrl.BurnShare)-f(params.BurnShareBase))*fees - (f(ctrl.IssuanceFactor)-1)*rewards
		rate *= 1 + pressure/(cfg.Depth*baseFees)
		if active.RateDrop != 0 {
			n := float64(active.End - active.Start)
			rate *= gomath.Pow(1-active.RateDrop, 1/n)
		}
		inBand := 0
		for _, v := range voters {
			if st, err := k.Voters.Get(ctx, v); err == nil && st.LastValid && st.LastHeight == ctx.BlockHeight() {
				inBand++
			}
		}
		points = append(points, Point{
			Step: step, Shock: active.Name, Deviation: f(ctrl.LastDeviation), DpnUsd: rate, BurnShare: f(ctrl.BurnShare),
			IssuanceFactor: f(ctrl.IssuanceFactor), Multiplier: mult, Utilization: u, InBandVoters: inBand,
		})
		ctx = next(ctx)
	}
	return points, nil
}

// Recoveries measures each shock in points.
func Recoveries(points []Point, shocks []Shock) []Recovery {
	var out []Recovery
	for i, s := range shocks {
		end := len(points)
		if i+1 < len(shocks) {
			end = shocks[i+1].Start
		}
		r := Recovery{Shock: s, Steps: -1}
		lastAbove := s.Start - 1
		for _, p := range points[s.Start:end] {
			a := abs(p.Deviation)
			if a > r.Peak {
				r.Peak = a
			}
			if a >= 0.05 {
				lastAbove = p.Step
			}
		}
		if lastAbove < end-1 {
			r.Steps = lastAbove + 1 - s.Start
		}
		out = append(out, r)
	}
	return out
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// CSV renders points.
func CSV(points []Point) string {
	s := "step,shock,deviation,dpn_usd,burn_share,issuance_factor,multiplier,utilization,in_band_voters\n"
	for _, p := range points {
		s += fmt.Sprintf("%d,%s,%.6f,%.6f,%.6f,%.6f,%.6f,%.6f,%d\n", p.Step, p.Shock, p.Deviation, p.DpnUsd, p.BurnShare, p.IssuanceFactor, p.Multiplier, p.Utilization, p.InBandVoters)
	}
	return s
}
