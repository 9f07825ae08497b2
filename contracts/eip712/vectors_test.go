package eip712_test

import (
	"flag"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/dpn-network/dpn/contracts/eip712"
	"github.com/dpn-network/dpn/contracts/internal/eip712vectors"
)

var update = flag.Bool("update", false, "rewrite contracts/testdata/eip712_vectors.json from the generator")

var vectorsPath = filepath.Join("..", "testdata", "eip712_vectors.json")

// TestVectors recomputes every digest of the golden file from its inputs, and checks that
// the file is what the generator produces.
func TestVectors(t *testing.T) {
	if *update {
		f, err := eip712vectors.Generate()
		if err != nil {
			t.Fatal(err)
		}
		if err := f.Write(vectorsPath); err != nil {
			t.Fatal(err)
		}
	}
	f, err := eip712vectors.Load(vectorsPath)
	if err != nil {
		t.Fatal(err)
	}
	domain := func(i int) eip712.Domain {
		t.Helper()
		d, err := f.Domains[i].EIP712()
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	for _, v := range f.Valsets {
		if got := eip712.ValsetDigest(domain(v.Domain), v.Validators, v.Powers, v.Nonce); got != v.Digest {
			t.Errorf("valset %q: digest %s, file %s", v.Name, got, v.Digest)
		}
	}
	var sawEmpty, saw100, sawRefunds bool
	for _, b := range f.Batches {
		eb, err := b.EIP712()
		if err != nil {
			t.Fatal(err)
		}
		sawEmpty = sawEmpty || len(eb.Recipients) == 0
		saw100 = saw100 || len(eb.Recipients) == 100
		sawRefunds = sawRefunds || len(eb.RefundTo) != 0
		if got := eip712.RecordsHash(eb.Recipients, eb.Amounts); got != b.RecordsHash {
			t.Errorf("batch %q: records hash %s, file %s", b.Name, got, b.RecordsHash)
		}
		if got := eip712.RefundsHash(eb.RefundTo, eb.RefundWei); got != b.RefundsHash {
			t.Errorf("batch %q: refunds hash %s, file %s", b.Name, got, b.RefundsHash)
		}
		if got := eip712.BatchDigest(domain(b.Domain), eb); got != b.Digest {
			t.Errorf("batch %q: digest %s, file %s", b.Name, got, b.Digest)
		}
	}
	if !sawEmpty || !saw100 || !sawRefunds {
		t.Error("the file lacks an empty-records batch, a 100-record batch or a batch with refunds")
	}
	for _, r := range f.Retires {
		if got := eip712.RetireDigest(domain(r.Domain), r.LastBatchNonce); got != r.Digest {
			t.Errorf("retire %q: digest %s, file %s", r.Name, got, r.Digest)
		}
	}
	for _, n := range f.Normalize {
		got, err := eip712.NormalizePowers(n.Powers)
		switch {
		case n.Error != "":
			if err == nil || err.Error() != n.Error {
				t.Errorf("normalize %q: error %v, file %q", n.Name, err, n.Error)
			}
		case err != nil || !reflect.DeepEqual(got, n.Normalized):
			t.Errorf("normalize %q: %v (%v), file %v", n.Name, got, err, n.Normalized)
		}
	}
	for _, s := range f.Signatures {
		k, err := eip712vectors.Key(s.KeySeed)
		if err != nil {
			t.Fatal(err)
		}
		sig := eip712.Sign(k, s.Digest)
		if hexutil.Encode(sig[:]) != s.Signature {
			t.Errorf("signature %q: %x, file %s", s.Name, sig, s.Signature)
		}
		if got, err := eip712.Recover(s.Digest, sig); err != nil || got != s.Signer {
			t.Errorf("signature %q: recovered %s (%v), file %s", s.Name, got, err, s.Signer)
		}
	}

	gen, err := eip712vectors.Generate()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(gen, f) {
		t.Error("the vectors file differs from the generator's output; rerun with -update and review the diff")
	}
}
