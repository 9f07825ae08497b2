package hybrid

import (
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/cloudflare/circl/sign/mldsa/mldsa65"

	"github.com/dpn-network/dpn/crypto/bls"
)

// Item is one signature to check.
type Item struct {
	PublicKey PublicKey
	Message   []byte
	Signature Signature
}

// maxChunk bounds how many BLS parts are checked in one random-linear-
// combination batch: large enough to amortise the final exponentiation,
// small enough that a failing batch costs little to re-check item by item.
const maxChunk = 64

// VerifyMany checks items on a pool of workers (GOMAXPROCS if workers ≤ 0)
// and returns one result per item: nil if it verified, else the reason, the
// same errors Verify returns. Each worker takes a chunk of items, checks
// their ML-DSA-65 parts, then checks the BLS parts of those that passed
// together with bls.BatchVerify (one Miller loop per item and one final
// exponentiation per chunk); if that batch fails, it verifies the chunk's
// BLS parts one by one to find the bad ones.
func VerifyMany(items []Item, workers int) []error {
	errs := make([]error, len(items))
	if len(items) == 0 {
		return errs
	}
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	chunk := min(maxChunk, (len(items)+workers-1)/workers)
	chunks := (len(items) + chunk - 1) / chunk
	workers = min(workers, chunks)
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				c := int(next.Add(1) - 1)
				if c >= chunks {
					return
				}
				lo, hi := c*chunk, min((c+1)*chunk, len(items))
				verifyChunk(items[lo:hi], errs[lo:hi])
			}
		}()
	}
	wg.Wait()
	return errs
}

func verifyChunk(items []Item, errs []error) {
	batch := make([]bls.SignedMessage, 0, len(items))
	index := make([]int, 0, len(items))
	for i := range items {
		it := &items[i]
		if !it.PublicKey.IsValid() || len(it.Signature.ml) != mldsa65.SignatureSize || !it.Signature.bls.IsValid() {
			errs[i] = ErrUninitialized
			continue
		}
		m := boundMessage(&it.PublicKey, it.Message)
		if !mldsa65.Verify(it.PublicKey.ml, m, []byte(mldsaContext), it.Signature.ml) {
			errs[i] = ErrMLDSAInvalid
			continue
		}
		batch = append(batch, bls.SignedMessage{PublicKey: it.PublicKey.bls, Message: m, Signature: it.Signature.bls})
		index = append(index, i)
	}
	if len(batch) == 0 || bls.BatchVerify(batch, nil) == nil {
		return
	}
	for j, sm := range batch {
		if bls.Verify(sm.PublicKey, sm.Message, sm.Signature) != nil {
			errs[index[j]] = ErrBLSInvalid
		}
	}
}
