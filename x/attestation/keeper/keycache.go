package keeper

import (
	"bytes"
	"sync"

	"github.com/dpn-network/dpn/crypto/bls"
)

// keyCache keeps nodes' parsed, PoP-checked BLS keys so that a heartbeat does not decompress
// and re-check every signer's key. It is a pure memo: an entry is used only when its bytes
// equal the key stored for the node, and a miss recomputes from stored state (parse +
// PopVerify against the node's stored proof, read without charging gas), so every node
// computes the same result with or without it and gas is the same either way. Registration,
// which checks the proof anyway, fills it.
type keyCache struct {
	mu sync.RWMutex
	m  map[uint64]cachedKey
}

type cachedKey struct {
	raw []byte
	vpk bls.VerifiedPublicKey
}

func newKeyCache() *keyCache { return &keyCache{m: make(map[uint64]cachedKey)} }

// get returns the cached verified key of node index if its bytes are raw.
func (c *keyCache) get(index uint64, raw []byte) (bls.VerifiedPublicKey, bool) {
	c.mu.RLock()
	e, ok := c.m[index]
	c.mu.RUnlock()
	if ok && bytes.Equal(e.raw, raw) {
		return e.vpk, true
	}
	return bls.VerifiedPublicKey{}, false
}

// put remembers that raw, node index's key, parses to vpk and passed its PoP check.
func (c *keyCache) put(index uint64, raw []byte, vpk bls.VerifiedPublicKey) {
	c.mu.Lock()
	c.m[index] = cachedKey{raw: bytes.Clone(raw), vpk: vpk}
	c.mu.Unlock()
}

// verifyKey parses a public key and checks its proof of possession.
func verifyKey(raw, pop []byte) (bls.VerifiedPublicKey, error) {
	pk, err := bls.ParsePublicKey(raw)
	if err != nil {
		return bls.VerifiedPublicKey{}, err
	}
	proof, err := bls.ParseSignature(pop)
	if err != nil {
		return bls.VerifiedPublicKey{}, err
	}
	return bls.PopVerify(pk, proof)
}
