package keeper

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"strings"

	"cosmossdk.io/collections"
	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/dpn-network/dpn/x/bridge/types"
)

// maxAppliedPerSource bounds the events of one source applied in one block: the parts carry
// at most HardMaxEventsPerVote each, so this is never the limit in practice; it keeps a block's
// work bounded whatever the parts say.
const maxAppliedPerSource = types.HardMaxEventsPerVote

// sourceKey names one source of one destination.
type sourceKey struct {
	dest   string
	source types.EventSource
}

// version is one content of an event at a nonce, with the power that reported it.
type version struct {
	event      types.L2Event
	hash       []byte
	power      int64
	validators []string
}

// collectReports groups the events of the commit's parts by source, nonce and content.
// Each validator counts once per (source, nonce); events for a destination governance does
// not know, or beyond the params' bound on a part, are ignored.
func (k Keeper) collectReports(ctx context.Context, params types.Params, votes []types.ValidatorPart) map[sourceKey]map[uint64][]*version {
	out := map[sourceKey]map[uint64][]*version{}
	for _, v := range votes {
		if v.Part == nil || v.Power <= 0 {
			continue
		}
		who := v.ConsAddr.String()
		if val, err := k.staking.ValidatorByConsAddr(ctx, v.ConsAddr); err == nil && val != nil {
			who = val.GetOperator()
		}
		for i, e := range v.Part.Events {
			if i >= int(params.MaxEventsPerVote) {
				break
			}
			if i > 0 && !v.Part.Events[i-1].Less(e) {
				break // a part out of order (only the proposer's own part is not verified)
			}
			if _, ok := params.Destination(e.Destination); !ok || e.ValidateBasic() != nil {
				continue
			}
			sk := sourceKey{e.Destination, e.Source}
			if out[sk] == nil {
				out[sk] = map[uint64][]*version{}
			}
			h := e.Hash()
			var ver *version
			for _, x := range out[sk][e.Nonce] {
				if bytes.Equal(x.hash, h) {
					ver = x
					break
				}
			}
			if ver == nil {
				ver = &version{event: e, hash: h}
				out[sk][e.Nonce] = append(out[sk][e.Nonce], ver)
			}
			ver.power += v.Power
			ver.validators = append(ver.validators, who)
		}
	}
	return out
}

// applyObservations applies, per destination and source, the events more than 2/3 of the
// commit's power reported with the same content, in strict nonce order from the source's
// next nonce: the first nonce without such agreement (not seen yet, seen by too few, or seen
// differently) stops its source until a later block, so a lying or lagging minority holds
// up only its own events, never the chain. Conflicting contents at one nonce are kept as
// evidence.
func (k Keeper) applyObservations(ctx context.Context, params types.Params, votes []types.ValidatorPart, total int64) error {
	if total <= 0 {
		return nil
	}
	reports := k.collectReports(ctx, params, votes)
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	for _, d := range params.Destinations {
		for _, src := range types.Sources {
			sk := sourceKey{d.Name, src}
			byNonce := reports[sk]
			st, err := k.destState(ctx, d.Name)
			if err != nil {
				return err
			}
			applied := appliedNonce(st, src)
			for n := 0; n < maxAppliedPerSource; n++ {
				next := applied + 1
				vers := byNonce[next]
				if len(vers) > 1 {
					if err := k.recordConflict(ctx, d.Name, src, next, vers); err != nil {
						return err
					}
				}
				var agreed *version
				for _, v := range vers {
					if v.power*3 > total*2 {
						agreed = v
					}
				}
				if agreed == nil {
					break
				}
				if err := k.applyEvent(ctx, params, d, agreed); err != nil {
					return err
				}
				applied = next
			}
			// What the commit said about the nonce the source now waits for, for operators
			// looking at a stall (`dpnd q bridge events`).
			sr := types.SourceReports{Destination: d.Name, Source: src, AppliedNonce: applied, TotalPower: total, Height: sdkCtx.BlockHeight()}
			for _, v := range byNonce[applied+1] {
				sr.Next = append(sr.Next, types.ConflictReport{Hash: v.hash, Power: v.power, Validators: v.validators})
			}
			if err := k.Reports.Set(ctx, collections.Join(d.Name, int32(src)), sr); err != nil {
				return err
			}
		}
	}
	return nil
}

// Cursors returns the next nonce of every destination's sources, in the order vote parts
// list events.
func (k Keeper) Cursors(ctx context.Context, params types.Params) ([]types.SourceCursor, error) {
	var out []types.SourceCursor
	for _, d := range params.Destinations {
		st, err := k.destState(ctx, d.Name)
		if err != nil {
			return nil, err
		}
		for _, src := range types.Sources {
			out = append(out, types.SourceCursor{Destination: d.Name, Source: src, Next: appliedNonce(st, src) + 1})
		}
	}
	return out, nil
}

func appliedNonce(st types.DestinationState, src types.EventSource) uint64 {
	switch src {
	case types.EVENT_SOURCE_PURCHASES:
		return st.AppliedPurchaseNonce
	case types.EVENT_SOURCE_REDEMPTIONS:
		return st.AppliedRedemptionNonce
	}
	return st.AppliedJobNonce
}

func setApplied(st *types.DestinationState, src types.EventSource, n uint64) {
	switch src {
	case types.EVENT_SOURCE_PURCHASES:
		st.AppliedPurchaseNonce = n
	case types.EVENT_SOURCE_REDEMPTIONS:
		st.AppliedRedemptionNonce = n
	default:
		st.AppliedJobNonce = n
	}
}

func (k Keeper) recordConflict(ctx context.Context, dest string, src types.EventSource, nonce uint64, vers []*version) error {
	key := collections.Join3(dest, int32(src), nonce)
	if has, err := k.Conflicts.Has(ctx, key); err != nil || has {
		return err // the first evidence at a nonce is kept; later blocks repeat it
	}
	c := types.ObservationConflict{Destination: dest, Source: src, Nonce: nonce, Height: sdk.UnwrapSDKContext(ctx).BlockHeight()}
	for _, v := range vers {
		c.Reports = append(c.Reports, types.ConflictReport{Hash: v.hash, Power: v.power, Validators: v.validators})
	}
	sort.Slice(c.Reports, func(i, j int) bool { return c.Reports[i].Power > c.Reports[j].Power })
	if err := k.Conflicts.Set(ctx, key, c); err != nil {
		return err
	}
	return sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventObservationConflict{
		Destination: dest, Source: types.SourceName(src), Nonce: nonce, Versions: uint32(len(vers))})
}

// applyEvent applies one agreed event and advances its source. The handler runs on a cache
// of the state: if it fails for any reason, nothing it wrote stays, the event's value is
// refunded on its L2 instead and the chain goes on.
func (k Keeper) applyEvent(ctx context.Context, params types.Params, d types.Destination, v *version) error {
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	e := v.event
	obs := types.Observation{Event: e, Hash: v.hash, Height: sdkCtx.BlockHeight(), Udpn: sdkmath.ZeroInt(), Rate: sdkmath.LegacyZeroDec()}
	cache, write := sdkCtx.CacheContext()
	var account string
	var err error
	switch e.Source {
	case types.EVENT_SOURCE_PURCHASES:
		account, err = k.credit(cache, params, &obs)
	case types.EVENT_SOURCE_REDEMPTIONS:
		account, err = k.release(cache, d, &obs)
	case types.EVENT_SOURCE_JOBS:
		err = k.jobEvent(cache, d, &obs)
	}
	if err == nil {
		write()
		sdkCtx.EventManager().EmitEvents(cache.EventManager().Events())
	} else {
		account = ""
		obs.Outcome, obs.Reason, obs.Udpn, obs.Rate = types.OUTCOME_REFUNDED, err.Error(), sdkmath.ZeroInt(), sdkmath.LegacyZeroDec()
		if err := k.refund(ctx, d, &obs); err != nil {
			return err
		}
	}
	st, err := k.destState(ctx, d.Name)
	if err != nil {
		return err
	}
	setApplied(&st, e.Source, e.Nonce)
	if err := k.Destinations.Set(ctx, d.Name, st); err != nil {
		return err
	}
	if err := k.Observations.Set(ctx, collections.Join3(d.Name, int32(e.Source), e.Nonce), obs); err != nil {
		return err
	}
	if e.Source == types.EVENT_SOURCE_PURCHASES {
		if err := k.CreditsByAccount.Set(ctx, collections.Join(e.Purchase.DpnAccount, types.PurchaseID(d.Name, e.Nonce))); err != nil {
			return err
		}
	}
	return sdkCtx.EventManager().EmitTypedEvent(&types.EventObservationApplied{Destination: d.Name, Source: types.SourceName(e.Source),
		Nonce: e.Nonce, Outcome: obs.Outcome.String(), Account: account, Udpn: obs.Udpn, Reason: obs.Reason})
}

// jobEvent records an L2 team's order, and closes the chain's proof order once its proof
// was delivered on the L2 to the team it was made for.
func (k Keeper) jobEvent(ctx sdk.Context, d types.Destination, obs *types.Observation) error {
	j := obs.Event.Job
	id, ok := j.DPNJobID()
	if !j.Delivered {
		obs.Outcome = types.OUTCOME_ORDERED
		if !ok {
			obs.Reason = "the job id names no DPN job"
		}
		return nil
	}
	obs.Outcome = types.OUTCOME_DELIVERED
	if !ok {
		obs.Reason = "the job id names no DPN job"
		return nil
	}
	key := collections.Join(d.Name, id)
	o, err := k.ProofOrders.Get(ctx, key)
	if errors.Is(err, collections.ErrNotFound) {
		obs.Reason = "no proof order for the job"
		return nil
	}
	if err != nil {
		return err
	}
	if !strings.EqualFold(o.Team, j.Team) {
		obs.Reason = "delivered to another team than the proof order's"
		return nil
	}
	return k.ProofOrders.Remove(ctx, key)
}

// weiPerEth converts an ETH amount in wei.
var weiPerEth = sdkmath.LegacyNewDecFromBigInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil))

// credit pays a purchase from the treasury: amount ETH × DPN per ETH × (1 − spread), in
// udpn. Any reason it cannot (a malformed or blocked account, no rates, too little to
// credit, an empty treasury) is an error, and the caller refunds.
func (k Keeper) credit(ctx sdk.Context, params types.Params, obs *types.Observation) (string, error) {
	p := obs.Event.Purchase
	addr, err := k.accounts.AddressCodec().StringToBytes(p.DpnAccount)
	if err != nil || len(addr) == 0 {
		return "", fmt.Errorf("%w: account %q is not a DPN address", types.ErrNotCreditable, p.DpnAccount)
	}
	acc := sdk.AccAddress(addr)
	if k.bank.BlockedAddr(acc) {
		return "", fmt.Errorf("%w: account %s may not receive funds", types.ErrNotCreditable, p.DpnAccount)
	}
	if k.pricing == nil {
		return "", fmt.Errorf("%w: no price oracle", types.ErrNotCreditable)
	}
	dpnPerEth, err := k.pricing.DpnPerEth(ctx)
	if err != nil || !dpnPerEth.IsPositive() {
		return "", fmt.Errorf("%w: no ETH/DPN rate: %v", types.ErrNotCreditable, err)
	}
	// udpn = wei × (DPN per ETH) × 10^6 / 10^18 × (1 − spread), rounded down; the product
	// comes before the division so that no precision is lost on the way.
	udpn := sdkmath.LegacyNewDecFromBigInt(p.AmountWei.BigInt()).Mul(dpnPerEth).MulInt64(1_000_000).Quo(weiPerEth).
		Mul(sdkmath.LegacyOneDec().Sub(params.PurchaseSpread)).TruncateInt()
	if !udpn.IsPositive() {
		return "", fmt.Errorf("%w: %s wei buys less than 1 udpn", types.ErrNotCreditable, p.AmountWei)
	}
	treasury := k.accounts.GetModuleAddress(types.TreasuryName)
	if bal := k.bank.GetBalance(ctx, treasury, k.denom); bal.Amount.LT(udpn) {
		return "", fmt.Errorf("%w: the treasury holds %s, the purchase needs %s%s", types.ErrNotCreditable, bal, udpn, k.denom)
	}
	if err := k.bank.SendCoinsFromModuleToAccount(ctx, types.TreasuryName, acc, sdk.NewCoins(sdk.NewCoin(k.denom, udpn))); err != nil {
		return "", fmt.Errorf("%w: %v", types.ErrNotCreditable, err)
	}
	out, err := k.outflow(ctx)
	if err != nil {
		return "", err
	}
	if err := k.Outflow.Set(ctx, out.Add(udpn)); err != nil {
		return "", err
	}
	obs.Outcome, obs.Udpn, obs.Rate = types.OUTCOME_CREDITED, udpn, dpnPerEth
	return acc.String(), nil
}

// outflow is what the treasury paid for purchases so far.
func (k Keeper) outflow(ctx context.Context) (sdkmath.Int, error) {
	out, err := k.Outflow.Get(ctx)
	if errors.Is(err, collections.ErrNotFound) {
		return sdkmath.ZeroInt(), nil
	}
	return out, err
}

// udpnPerToken converts DPNToken units (18 decimals) to udpn (6).
var udpnPerToken = sdkmath.NewIntFromBigInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(12), nil))

// release pays a redemption out of the destination's escrow to the account it names. The
// part below one udpn stays in escrow. A malformed or blocked account is an error, and the
// caller re-issues the DPN to the holder on the L2.
func (k Keeper) release(ctx sdk.Context, d types.Destination, obs *types.Observation) (string, error) {
	r := obs.Event.Redemption
	udpn := r.Value.Quo(udpnPerToken)
	if udpn.IsZero() {
		obs.Outcome = types.OUTCOME_DUST
		return "", nil
	}
	addr, err := k.accounts.AddressCodec().StringToBytes(string(r.DpnAccount))
	if err != nil || len(addr) == 0 {
		return "", fmt.Errorf("%w: redemption data %q is not a DPN address", types.ErrNotCreditable, r.DpnAccount)
	}
	acc := sdk.AccAddress(addr)
	if k.bank.BlockedAddr(acc) {
		return "", fmt.Errorf("%w: account %s may not receive funds", types.ErrNotCreditable, acc)
	}
	st, err := k.destState(ctx, d.Name)
	if err != nil {
		return "", err
	}
	if st.Escrow.LT(udpn) {
		// More redeemed than the chain ever issued there: the L2's books are wrong. Nothing
		// leaves the escrow; the value is re-issued where it was burnt.
		return "", fmt.Errorf("%w: redemption of %s udpn over the escrow of %s", types.ErrNotCreditable, udpn, st.Escrow)
	}
	if err := k.bank.SendCoinsFromModuleToAccount(ctx, types.ModuleName, acc, sdk.NewCoins(sdk.NewCoin(k.denom, udpn))); err != nil {
		return "", fmt.Errorf("%w: %v", types.ErrNotCreditable, err)
	}
	st.Escrow = st.Escrow.Sub(udpn)
	st.Redeemed = st.Redeemed.Add(udpn)
	if err := k.Destinations.Set(ctx, d.Name, st); err != nil {
		return "", err
	}
	obs.Outcome, obs.Udpn = types.OUTCOME_RELEASED, udpn
	return acc.String(), nil
}

// refund sends an event's value back on its L2 through the next batch: a purchase's ETH
// as a refund, a redemption's DPN as a record re-issuing it to the holder (its udpn leaves
// the escrow for the queue, and returns to the escrow when the batch is cut).
func (k Keeper) refund(ctx context.Context, d types.Destination, obs *types.Observation) error {
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	e := obs.Event
	switch e.Source {
	case types.EVENT_SOURCE_PURCHASES:
		p := e.Purchase
		if p.AmountWei.IsZero() {
			return nil
		}
		r := types.PendingRefund{Destination: d.Name, Height: sdkCtx.BlockHeight(),
			Refund: types.EthRefund{PurchaseNonce: e.Nonce, To: p.Buyer, AmountWei: p.AmountWei}}
		if err := k.Refunds.Set(ctx, collections.Join(d.Name, e.Nonce), r); err != nil {
			return err
		}
		return sdkCtx.EventManager().EmitTypedEvent(&types.EventRefundQueued{Destination: d.Name, PurchaseNonce: e.Nonce, To: p.Buyer, AmountWei: p.AmountWei})
	case types.EVENT_SOURCE_JOBS:
		return nil // nothing of value moved: a job event that failed is recorded with its reason
	case types.EVENT_SOURCE_REDEMPTIONS:
		r := e.Redemption
		udpn := r.Value.Quo(udpnPerToken)
		st, err := k.destState(ctx, d.Name)
		if err != nil {
			return err
		}
		if udpn.IsZero() || st.Escrow.LT(udpn) {
			return nil // nothing the escrow backs to send back
		}
		id, err := k.ReissueSeq.Next(ctx)
		if err != nil {
			return err
		}
		id += types.ReissueIDBase
		st.Escrow, st.Redeemed = st.Escrow.Sub(udpn), st.Redeemed.Add(udpn)
		if err := k.Destinations.Set(ctx, d.Name, st); err != nil {
			return err
		}
		pr := types.PendingRecord{Destination: d.Name, Height: sdkCtx.BlockHeight(),
			Record: types.BatchRecord{RecordId: id, Recipient: r.From, Amount: udpn}}
		if err := k.Pending.Set(ctx, collections.Join(d.Name, id), pr); err != nil {
			return err
		}
		obs.Udpn = udpn
		return sdkCtx.EventManager().EmitTypedEvent(&types.EventRecordQueued{Destination: d.Name, RecordId: id, Recipient: r.From, Amount: udpn})
	}
	return nil
}
