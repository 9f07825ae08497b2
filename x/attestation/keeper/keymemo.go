package keeper

import (
	"sync"

	"github.com/dpn-network/dpn/crypto/bls"
)

// keyMemoLimit bounds the memo: entries left by registrations that failed after their proof
// check are dropped wholesale past it.
const keyMemoLimit = 4096

// keyMemo hands the result of a proof-of-possession check from where it was done to the
// heartbeat key index that stores the key: registration checks the proof and the index then
// does not check it again; genesis import checks all proofs on every core before writing the
// nodes. It is a pure memo of verifyKey(raw, pop): an entry is keyed by both byte strings, so
// a hit returns exactly what recomputing would, and each entry is taken out when used.
type keyMemo struct {
	mu sync.Mutex
	m  map[string]bls.VerifiedPublicKey
}

func newKeyMemo() *keyMemo { return &keyMemo{m: make(map[string]bls.VerifiedPublicKey)} }

func memoKey(raw, pop []byte) string { return string(raw) + string(pop) }

// put remembers that raw with proof pop verified to vpk.
func (c *keyMemo) put(raw, pop []byte, vpk bls.VerifiedPublicKey) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.m) >= keyMemoLimit {
		clear(c.m)
	}
	c.m[memoKey(raw, pop)] = vpk
}

// verified returns verifyKey(raw, pop), from the memo when it is there.
func (c *keyMemo) verified(raw, pop []byte) (bls.VerifiedPublicKey, error) {
	k := memoKey(raw, pop)
	c.mu.Lock()
	vpk, ok := c.m[k]
	delete(c.m, k)
	c.mu.Unlock()
	if ok {
		return vpk, nil
	}
	return verifyKey(raw, pop)
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
