package watcher

import (
	"context"
	"fmt"
	"math/big"
	"unicode/utf8"

	sdkmath "cosmossdk.io/math"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	gethtypes "github.com/ethereum/go-ethereum/core/types"

	"github.com/dpn-network/dpn/contracts/bindings"
	"github.com/dpn-network/dpn/x/bridge/types"
)

const (
	// logChunk is the block range of one eth_getLogs request, inside what public L2 RPCs
	// allow.
	logChunk = 2000
	// maxCached bounds the events kept per source ahead of what the chain applied; the scan
	// waits for the chain beyond it.
	maxCached = 10_000
)

var (
	purchasedID = mustEventID(bindings.ComputeCreditsMetaData, "CreditsPurchased")
	redeemedID  = mustEventID(bindings.DPNTokenMetaData, "RedeemedToDPN")
	orderedID   = mustEventID(bindings.DPNSettlementMetaData, "JobOrdered")
	deliveredID = mustEventID(bindings.DPNSettlementMetaData, "ProofDelivered")
	// The filterers only parse logs; they never call the backend.
	creditsParser, _ = bindings.NewComputeCreditsFilterer(common.Address{}, nil)
	tokenParser, _   = bindings.NewDPNTokenFilterer(common.Address{}, nil)
	settleParser, _  = bindings.NewDPNSettlementFilterer(common.Address{}, nil)
)

func mustEventID(md *bind.MetaData, name string) common.Hash {
	a, err := md.GetAbi()
	if err != nil {
		panic(err)
	}
	return a.Events[name].ID
}

// eventLog is what the watcher read of one destination's events.
type eventLog struct {
	settlement     string
	token, credits common.Address
	// from is the next block to read; tip the hash of the block before it, so that a reorg
	// deeper than the confirmation depth is noticed and read again.
	from   uint64
	tip    common.Hash
	events map[types.EventSource]map[uint64]types.L2Event
}

func newEventLog(d types.Destination) *eventLog {
	return &eventLog{settlement: d.Settlement, from: d.EventsFromHeight,
		events: map[types.EventSource]map[uint64]types.L2Event{types.EVENT_SOURCE_PURCHASES: {}, types.EVENT_SOURCE_REDEMPTIONS: {}, types.EVENT_SOURCE_JOBS: {}}}
}

// Events implements signer.Readings: for each cursor, the cached events from its next
// nonce on while they are consecutive, at most max in all, ascending by (destination,
// source, nonce). Each cursor first gets an equal share of max, then what the others leave
// goes to whoever has more, so one busy source is never held to its share. It also drops
// what the chain has applied.
func (w *Watcher) Events(cursors []types.SourceCursor, max int) []types.L2Event {
	if len(cursors) == 0 || max <= 0 {
		return nil
	}
	share := max / len(cursors)
	if share == 0 {
		share = 1
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	var out []types.L2Event
	next := make([]uint64, len(cursors)) // the next nonce to take per cursor; 0 once exhausted
	for i, c := range cursors {
		lg := w.logs[c.Destination]
		if lg == nil {
			continue
		}
		cache := lg.events[c.Source]
		for n := range cache {
			if n < c.Next {
				delete(cache, n)
			}
		}
		next[i] = c.Next
	}
	take := func(i, limit int) {
		c := cursors[i]
		for taken := 0; next[i] != 0 && taken < limit && len(out) < max; taken++ {
			e, ok := w.logs[c.Destination].events[c.Source][next[i]]
			if !ok {
				next[i] = 0
				return
			}
			out = append(out, e)
			next[i]++
		}
	}
	for i := range cursors {
		take(i, share)
	}
	for i := range cursors {
		take(i, max)
	}
	sortEvents(out)
	return out
}

func sortEvents(es []types.L2Event) {
	for i := 1; i < len(es); i++ {
		for j := i; j > 0 && es[j].Less(es[j-1]); j-- {
			es[j], es[j-1] = es[j-1], es[j]
		}
	}
}

// scan reads the destination's events up to block target (a confirmed block), in chunks,
// from the contracts its DPNSettlement names only: any contract can emit a look-alike event.
func (w *Watcher) scan(ctx context.Context, d types.Destination, url string, target uint64) error {
	c, err := w.client(ctx, d.Name, url)
	if err != nil {
		return err
	}
	w.mu.Lock()
	lg := w.logs[d.Name]
	if lg == nil || lg.settlement != d.Settlement {
		lg = newEventLog(d)
		w.logs[d.Name] = lg
	}
	from, tip, token, credits := lg.from, lg.tip, lg.token, lg.credits
	w.mu.Unlock()

	if from > d.EventsFromHeight && from <= target+1 {
		h, err := c.HeaderByNumber(ctx, new(big.Int).SetUint64(from-1))
		if err != nil {
			return err
		}
		if h.Hash() != tip {
			w.logger.Warn("L2 reorganised below the confirmation depth; reading its events again", "destination", d.Name, "block", from-1)
			w.mu.Lock()
			w.logs[d.Name] = newEventLog(d)
			w.mu.Unlock()
			return nil
		}
	}
	if token == (common.Address{}) || credits == (common.Address{}) {
		s, err := bindings.NewDPNSettlementCaller(common.HexToAddress(d.Settlement), c)
		if err != nil {
			return err
		}
		opts := &bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(target)}
		if token, err = s.Token(opts); err != nil {
			return fmt.Errorf("token: %w", err)
		}
		if credits, err = s.Credits(opts); err != nil {
			return fmt.Errorf("credits: %w", err)
		}
		if credits == (common.Address{}) {
			// Purchases cannot be read before the settlement names its credits contract,
			// and the scan must not pass blocks it has not read them in.
			return fmt.Errorf("DPNSettlement %s names no ComputeCredits yet", d.Settlement)
		}
		w.mu.Lock()
		lg.token, lg.credits = token, credits
		w.mu.Unlock()
	}
	settlement := common.HexToAddress(d.Settlement)
	for from <= target {
		if w.full(d.Name) {
			return nil
		}
		to := min(from+logChunk-1, target)
		logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
			Addresses: []common.Address{credits, token, settlement}, Topics: [][]common.Hash{{purchasedID, redeemedID, orderedID, deliveredID}},
		})
		if err != nil {
			return err
		}
		h, err := c.HeaderByNumber(ctx, new(big.Int).SetUint64(to))
		if err != nil {
			return err
		}
		var found []types.L2Event
		for _, l := range logs {
			if e, ok := decode(d.Name, l, credits, token, settlement); ok && l.BlockNumber >= from && l.BlockNumber <= to {
				found = append(found, e)
			}
		}
		w.mu.Lock()
		if w.logs[d.Name] != lg {
			w.mu.Unlock()
			return nil // reset meanwhile
		}
		for _, e := range found {
			lg.events[e.Source][e.Nonce] = e
		}
		lg.from, lg.tip = to+1, h.Hash()
		w.mu.Unlock()
		from = to + 1
	}
	return nil
}

func (w *Watcher) full(dest string) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, m := range w.logs[dest].events {
		if len(m) >= maxCached {
			return true
		}
	}
	return false
}

// decode turns a log of one of the destination's contracts into the event validators
// report. Fields the chain could not carry (an account over the bound or not UTF-8) are
// emptied, which the chain refunds, so that every honest validator reports the same bytes.
func decode(dest string, l gethtypes.Log, credits, token, settlement common.Address) (types.L2Event, bool) {
	if l.Removed || len(l.Topics) == 0 {
		return types.L2Event{}, false
	}
	e := types.L2Event{Destination: dest, L2Height: l.BlockNumber, TxHash: l.TxHash.Bytes()}
	switch {
	case l.Address == credits && l.Topics[0] == purchasedID:
		p, err := creditsParser.ParseCreditsPurchased(l)
		if err != nil || !p.PurchaseNonce.IsUint64() {
			return e, false
		}
		account := p.DpnAccount
		if len(account) > types.MaxDPNAccountLen || !utf8.ValidString(account) {
			account = ""
		}
		e.Source, e.Nonce = types.EVENT_SOURCE_PURCHASES, p.PurchaseNonce.Uint64()
		e.Purchase = &types.Purchase{Buyer: p.Buyer.Hex(), DpnAccount: account, AmountWei: sdkmath.NewIntFromBigInt(p.AmountWei),
			PurchaseId: p.PurchaseId[:], GasPaidWei: sdkmath.NewIntFromBigInt(p.GasPaidWei)}
	case l.Address == token && l.Topics[0] == redeemedID:
		r, err := tokenParser.ParseRedeemedToDPN(l)
		if err != nil || !r.Nonce.IsUint64() {
			return e, false
		}
		account := r.DpnAccount
		if len(account) > types.MaxDPNAccountLen {
			account = nil
		}
		e.Source, e.Nonce = types.EVENT_SOURCE_REDEMPTIONS, r.Nonce.Uint64()
		e.Redemption = &types.Redemption{Partition: r.Partition[:], From: r.From.Hex(), Value: sdkmath.NewIntFromBigInt(r.Value), DpnAccount: account}
	case l.Address == settlement && (l.Topics[0] == orderedID || l.Topics[0] == deliveredID):
		e.Source = types.EVENT_SOURCE_JOBS
		if l.Topics[0] == orderedID {
			o, err := settleParser.ParseJobOrdered(l)
			if err != nil || !o.EventNonce.IsUint64() {
				return e, false
			}
			e.Nonce = o.EventNonce.Uint64()
			e.Job = &types.JobEvent{JobId: o.JobId[:], Team: o.Team.Hex(), VkId: o.VkId[:], InputsHash: o.InputsHash[:]}
		} else {
			p, err := settleParser.ParseProofDelivered(l)
			if err != nil || !p.EventNonce.IsUint64() {
				return e, false
			}
			e.Nonce = p.EventNonce.Uint64()
			e.Job = &types.JobEvent{Delivered: true, JobId: p.JobId[:], Team: p.Team.Hex(), VkId: p.VkId[:], InputsHash: p.InputsHash[:]}
		}
	default:
		return e, false
	}
	return e, e.ValidateBasic() == nil
}
