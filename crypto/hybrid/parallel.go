package hybrid

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// Item is one signature to check.
type Item struct {
	PublicKey PublicKey
	Message   []byte
	Signature Signature
}

// VerifyMany checks items on a pool of workers (GOMAXPROCS if workers ≤ 0)
// and returns one result per item: nil if it verified, else the reason.
// Verification is CPU-bound, so throughput grows with the cores given.
func VerifyMany(items []Item, workers int) []error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, len(items))
	errs := make([]error, len(items))
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(items) {
					return
				}
				it := &items[i]
				errs[i] = Verify(it.PublicKey, it.Message, it.Signature)
			}
		}()
	}
	wg.Wait()
	return errs
}
