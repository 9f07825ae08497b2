package submitter

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/dpn-network/dpn/bridge"
	"github.com/dpn-network/dpn/bridge/metrics"
	"github.com/dpn-network/dpn/bridge/quorum"
)

// storedValset is the chain's copy of the set whose checkpoint the contract holds; false
// (noted once) when the chain has no such set.
func (s *Submitter) storedValset(ctx context.Context, st state) (bridge.Valset, bool, error) {
	if s.current != nil && s.current.Nonce == st.valset && s.currentCheckpoint == st.checkpoint {
		return *s.current, true, nil
	}
	item := fmt.Sprintf("stored-valset/%d", st.valset)
	vs, err := s.src.Valset(ctx, st.valset)
	if errors.Is(err, bridge.ErrNotFound) {
		s.note(item, metrics.KindValset, "", "the chain has no valset with the contract's nonce; cannot sign anything for this contract", "nonce", st.valset)
		return vs, false, nil
	}
	if err != nil {
		return vs, false, fmt.Errorf("valset %d: %w", st.valset, err)
	}
	if err := quorum.CheckValset(vs); err != nil {
		s.note(item, metrics.KindValset, "", "the chain's copy of the stored valset is malformed", "err", err)
		return vs, false, nil
	}
	cp, err := s.contract.ValsetDigest(&bind.CallOpts{Context: ctx, BlockNumber: st.block}, ValsetBinding(vs))
	if err != nil {
		return vs, false, fmt.Errorf("valsetDigest: %w", err)
	}
	if cp != st.checkpoint {
		s.note(item, metrics.KindValset, "", "the chain's valset does not hash to the contract's checkpoint: another DPN chain id or another deployment?",
			"nonce", st.valset, "chain", common.Hash(cp), "contract", common.Hash(st.checkpoint))
		return vs, false, nil
	}
	delete(s.notes, item)
	s.current, s.currentCheckpoint = &vs, st.checkpoint
	return vs, true, nil
}

// nextValset is the chain's first valset above nonce, up to latest.
func (s *Submitter) nextValset(ctx context.Context, nonce, latest uint64) (bridge.Valset, bool, error) {
	for n := nonce + 1; n <= latest; n++ {
		vs, err := s.src.Valset(ctx, n)
		if errors.Is(err, bridge.ErrNotFound) {
			continue
		}
		if err != nil {
			return vs, false, fmt.Errorf("valset %d: %w", n, err)
		}
		return vs, true, nil
	}
	return bridge.Valset{}, false, nil
}

// relayValsets moves the contract to the chain's newest valset one set at a time, each
// update signed by the set the contract holds; it returns the contract's state after.
func (s *Submitter) relayValsets(ctx context.Context, st state) (state, error) {
	latest, err := s.src.LatestValsetNonce(ctx)
	if err != nil {
		return st, fmt.Errorf("latest valset nonce: %w", err)
	}
	for st.valset < latest {
		current, ok, err := s.storedValset(ctx, st)
		if !ok || err != nil {
			return st, err
		}
		next, found, err := s.nextValset(ctx, st.valset, latest)
		if !found || err != nil {
			return st, err
		}
		item := fmt.Sprintf("valset/%d", next.Nonce)
		s.markSeen(item)
		if err := quorum.CheckValset(next); err != nil {
			s.note(item, metrics.KindValset, metrics.ResultNotSent, "not sent: the chain's valset breaks the contract's rules", "err", err)
			return st, nil
		}
		digest, err := s.contract.ValsetDigest(&bind.CallOpts{Context: ctx, BlockNumber: st.block}, ValsetBinding(next))
		if err != nil {
			return st, fmt.Errorf("valsetDigest: %w", err)
		}
		sigs, err := s.src.ValsetSignatures(ctx, s.cfg.Destination, next.Nonce)
		if err != nil {
			return st, fmt.Errorf("valset %d signatures: %w", next.Nonce, err)
		}
		selected, tally, err := quorum.Select(current, digest, sigs)
		if err != nil {
			s.noteInsufficient(item, metrics.KindValset, tally, err)
			return st, nil
		}
		data, err := calldata(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return s.calls.UpdateValset(o, ValsetBinding(next), ValsetBinding(current), selected)
		})
		if err != nil {
			return st, err
		}
		if err := s.submit(ctx, metrics.KindValset, item, data); err != nil && !errors.Is(err, errLostRace) {
			return st, err
		}
		before := st.valset
		if st, err = s.read(ctx); err != nil || st.valset == before {
			return st, err // unchanged: the next poll looks again rather than spinning here
		}
	}
	return st, nil
}

// noteInsufficient logs once why an item's signatures do not suffice.
func (s *Submitter) noteInsufficient(item, kind string, t quorum.Tally, err error) {
	attrs := []any{"valid_power", t.Valid, "total_power", t.Total}
	for addr, why := range t.Rejected {
		attrs = append(attrs, "rejected_"+addr.Hex(), why.Error())
	}
	s.note(item, kind, metrics.ResultNotSent, "not sent: "+err.Error(), attrs...)
}
