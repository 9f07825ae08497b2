package sender

import (
	"crypto/ecdsa"
	"log/slog"
	"math/big"
	"sync"

	"github.com/dpn-network/dpn/bridge/revert"
)

// Pool hands out one Sender per chain for one key, so that destinations on the same L2
// (two deployments, say) share the account's nonces instead of racing for them.
type Pool struct {
	key     *ecdsa.PrivateKey
	cfg     Config
	decoder *revert.Decoder
	log     *slog.Logger

	mu      sync.Mutex
	senders map[string]*Sender
}

// NewPool is a pool for key with the given limits.
func NewPool(key *ecdsa.PrivateKey, cfg Config, decoder *revert.Decoder, log *slog.Logger) *Pool {
	return &Pool{key: key, cfg: cfg, decoder: decoder, log: log, senders: map[string]*Sender{}}
}

// For is the pool's Sender on chainID, created on backend the first time.
func (p *Pool) For(backend Backend, chainID *big.Int) (*Sender, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if s, ok := p.senders[chainID.String()]; ok {
		return s, nil
	}
	s, err := New(backend, p.key, chainID, p.cfg, p.decoder, p.log)
	if err != nil {
		return nil, err
	}
	p.senders[chainID.String()] = s
	return s, nil
}
