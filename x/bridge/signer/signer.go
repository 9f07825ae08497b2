package signer

import (
	"crypto/ecdsa"
	"errors"
	"sync"

	"cosmossdk.io/collections"
	"cosmossdk.io/log/v2"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dpn-network/dpn/contracts/eip712"
	"github.com/dpn-network/dpn/x/bridge/keeper"
	"github.com/dpn-network/dpn/x/bridge/types"
)

// Readings gives the latest confirmed readings of the L2 contracts (the watcher).
type Readings interface {
	// Statuses returns one reading per destination it has a fresh one for, ascending by
	// destination; it must not block.
	Statuses(dests []types.Destination) []types.L2Status
	// Events returns the events seen at confirmed blocks from each cursor's next nonce on,
	// consecutive, at most max in all, ascending by (destination, source, nonce); it must
	// not block.
	Events(cursors []types.SourceCursor, max int) []types.L2Event
}

// Signer produces this validator's bridge part.
type Signer struct {
	key      *ecdsa.PrivateKey
	addr     common.Address
	keeper   keeper.Keeper
	readings Readings
	logger   log.Logger

	mu       sync.Mutex
	reported string // last "not registered" state logged, so that it is logged once
}

// New returns a signer with key (nil: sign nothing) and readings (nil: report nothing).
func New(key *ecdsa.PrivateKey, k keeper.Keeper, readings Readings, logger log.Logger) *Signer {
	s := &Signer{key: key, keeper: k, readings: readings, logger: logger}
	if key != nil {
		s.addr = crypto.PubkeyToAddress(key.PublicKey)
	}
	return s
}

// Address is the signer's Ethereum address (zero without a key).
func (s *Signer) Address() common.Address { return s.addr }

// Part signs, oldest first, every open item this validator has not signed yet (at most
// max_signatures_per_vote, stopping at ctx's deadline), and adds the L2 readings. A key
// that no validator registered signs nothing.
func (s *Signer) Part(ctx sdk.Context) (*types.BridgeVote, error) {
	if s == nil {
		return nil, nil
	}
	params, err := s.keeper.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	part := &types.BridgeVote{}
	if s.readings != nil {
		part.Statuses = s.readings.Statuses(params.Destinations)
		// Observing needs no bridge key: every validator's power counts.
		cursors, err := s.keeper.Cursors(ctx, params)
		if err != nil {
			return nil, err
		}
		part.Events = s.readings.Events(cursors, int(params.MaxEventsPerVote))
	}
	if s.key == nil {
		return part, nil
	}
	valoper, err := s.keeper.ValidatorOf(ctx, s.addr)
	if errors.Is(err, collections.ErrNotFound) {
		s.logOnce("bridge key "+s.addr.Hex()+" is not registered: run `dpnd tx bridge register-eth-key`", "address", s.addr.Hex())
		return part, nil
	}
	if err != nil {
		return nil, err
	}
	s.logOnce("")
	done := ctx.Context().Done()
	var inner error
	err = s.keeper.OpenItems(ctx, func(it types.Item, digest common.Hash) bool {
		select {
		case <-done:
			return true
		default:
		}
		signed, err := s.keeper.HasSigned(ctx, it, valoper, digest)
		if err != nil {
			inner = err
			return true
		}
		if signed {
			return false
		}
		sig := eip712.Sign(s.key, digest)
		part.Signatures = append(part.Signatures, types.BridgeSignature{Kind: it.Kind, Destination: it.Destination, Nonce: it.Nonce, Signature: sig[:]})
		return len(part.Signatures) >= int(params.MaxSignaturesPerVote)
	})
	if err == nil {
		err = inner
	}
	return part, err
}

func (s *Signer) logOnce(msg string, kv ...any) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.reported == msg {
		return
	}
	s.reported = msg
	if msg != "" && s.logger != nil {
		s.logger.Warn(msg, kv...)
	}
}
