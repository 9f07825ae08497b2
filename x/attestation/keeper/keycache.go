package keeper

import (
	"bytes"
	"sync"

	"github.com/dpn-network/dpn/crypto/bls"
)

// keyCache keeps nodes' parsed, PoP-checked BLS keys so that a heartbeat does not decompress
// and re-check every signer's key. It is a pure memo: an entry is used only when its bytes
// equal the stored key, and a miss recomputes from stored state (parse + PopVerify), so every
// node computes the same result with or without it and gas (charged on store reads) is
// unaffected.
type keyCache struct {
	mu sync.RWMutex
	m  map[uint64]cachedKey
}

type cachedKey struct {
	raw []byte
	vpk bls.VerifiedPublicKey
}

func newKeyCache() *keyCache { return &keyCache{m: make(map[uint64]cachedKey)} }

// verified returns the verified key of node index, whose stored key and proof are raw and pop.
func (c *keyCache) verified(index uint64, raw, pop []byte) (bls.VerifiedPublicKey, error) {
	c.mu.RLock()
	e, ok := c.m[index]
	c.mu.RUnlock()
	if ok && bytes.Equal(e.raw, raw) {
		return e.vpk, nil
	}
	vpk, err := verifyKey(raw, pop)
	if err != nil {
		return bls.VerifiedPublicKey{}, err
	}
	c.mu.Lock()
	c.m[index] = cachedKey{raw: bytes.Clone(raw), vpk: vpk}
	c.mu.Unlock()
	return vpk, nil
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
