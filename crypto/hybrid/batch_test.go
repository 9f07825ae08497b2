package hybrid

import (
	"bytes"
	"encoding/binary"
	"errors"
	"testing"

	"github.com/cloudflare/circl/sign/mldsa/mldsa65"

	"github.com/dpn-network/dpn/crypto/bls"
)

type batchFixture struct {
	aggregator *PrivateKey
	nodes      []*bls.SecretKey
	keys       []bls.VerifiedPublicKey
	msg        []byte
	bitmap     []byte
	shares     []bls.Signature
}

func newBatchFixture(t testing.TB, n int, signer func(i int) bool) *batchFixture {
	f := &batchFixture{aggregator: key(t, 99), msg: []byte("epoch 12 beacon")}
	f.bitmap = make([]byte, (n+7)/8)
	for i := 0; i < n; i++ {
		sk, err := bls.KeyGen(bytes.Repeat([]byte{byte(i), byte(i >> 8), 7}, 11), nil)
		if err != nil {
			t.Fatal(err)
		}
		vpk, err := bls.PopVerify(sk.PublicKey(), sk.PopProve())
		if err != nil {
			t.Fatal(err)
		}
		f.nodes, f.keys = append(f.nodes, sk), append(f.keys, vpk)
		if signer(i) {
			f.bitmap[i/8] |= 1 << (i % 8)
			f.shares = append(f.shares, SignShare(sk, f.msg))
		}
	}
	return f
}

func TestBatchRoundTrip(t *testing.T) {
	f := newBatchFixture(t, 20, func(i int) bool { return i%3 != 1 })
	b, err := NewBatch(f.aggregator, f.msg, f.bitmap, f.shares)
	if err != nil {
		t.Fatal(err)
	}
	if err := VerifyBatch(f.aggregator.PublicKey(), f.keys, b); err != nil {
		t.Fatal(err)
	}
	enc, err := b.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	b2, err := ParseBatch(enc)
	if err != nil {
		t.Fatal(err)
	}
	if err := VerifyBatch(f.aggregator.PublicKey(), f.keys, b2); err != nil {
		t.Fatal(err)
	}
	re, _ := b2.MarshalBinary()
	if !bytes.Equal(re, enc) {
		t.Fatal("batch encoding is not canonical")
	}
}

func TestBatchRejects(t *testing.T) {
	f := newBatchFixture(t, 20, func(i int) bool { return i < 10 })
	b, err := NewBatch(f.aggregator, f.msg, f.bitmap, f.shares)
	if err != nil {
		t.Fatal(err)
	}
	aggPK := f.aggregator.PublicKey()

	// Claiming one more signer changes what the aggregator signed.
	extra := b
	extra.Bitmap = bytes.Clone(b.Bitmap)
	extra.Bitmap[2] |= 1
	if err := VerifyBatch(aggPK, f.keys, extra); !errors.Is(err, ErrAggregatorInvalid) {
		t.Errorf("bitmap changed after signing: %v", err)
	}
	// Another aggregator's key.
	if err := VerifyBatch(key(t, 98).PublicKey(), f.keys, b); !errors.Is(err, ErrAggregatorInvalid) {
		t.Errorf("wrong aggregator: %v", err)
	}
	// A dishonest aggregator that signs a bitmap claiming node 15, who did not sign.
	lying := bytes.Clone(f.bitmap)
	lying[1] |= 1 << 7
	bad, err := NewBatch(f.aggregator, f.msg, lying, f.shares)
	if err != nil {
		t.Fatal(err)
	}
	if err := VerifyBatch(aggPK, f.keys, bad); !errors.Is(err, ErrAggregateInvalid) {
		t.Errorf("bitmap claiming a non-signer: %v", err)
	}
	// Shares on another message.
	wrong := []bls.Signature{SignShare(f.nodes[0], []byte("other"))}
	one := make([]byte, len(f.bitmap))
	one[0] = 1
	bad, _ = NewBatch(f.aggregator, f.msg, one, wrong)
	if err := VerifyBatch(aggPK, f.keys, bad); !errors.Is(err, ErrAggregateInvalid) {
		t.Errorf("share on another message: %v", err)
	}
	// A plain BLS signature on the message is not a batch share.
	bad, _ = NewBatch(f.aggregator, f.msg, one, []bls.Signature{f.nodes[0].Sign(f.msg)})
	if err := VerifyBatch(aggPK, f.keys, bad); !errors.Is(err, ErrAggregateInvalid) {
		t.Errorf("plain signature as a share: %v", err)
	}
	// Bitmap not matching the key set.
	if err := VerifyBatch(aggPK, f.keys[:8], b); !errors.Is(err, bls.ErrBitmapLength) {
		t.Errorf("key set of another size: %v", err)
	}
	if _, err := NewBatch(f.aggregator, f.msg, f.bitmap, nil); !errors.Is(err, ErrNoShares) {
		t.Errorf("no shares: %v", err)
	}
	if _, err := NewBatch(f.aggregator, make([]byte, MaxBatchMessage+1), f.bitmap, f.shares); !errors.Is(err, ErrBatchTooLarge) {
		t.Errorf("large message: %v", err)
	}
	if err := VerifyBatch(aggPK, f.keys, Batch{}); !errors.Is(err, ErrUninitialized) {
		t.Errorf("zero batch: %v", err)
	}
}

func TestParseBatchRejects(t *testing.T) {
	f := newBatchFixture(t, 9, func(i int) bool { return true })
	b, _ := NewBatch(f.aggregator, f.msg, f.bitmap, f.shares)
	enc, _ := b.MarshalBinary()
	mod := func(fn func([]byte) []byte) []byte { return fn(bytes.Clone(enc)) }
	msgLenAt := 1
	bitmapLenAt := 1 + 4 + len(f.msg)
	aggAt := bitmapLenAt + 4 + len(f.bitmap)
	tests := []struct {
		name string
		b    []byte
		err  error
	}{
		{"empty", nil, ErrBatchEncoding},
		{"version", mod(func(c []byte) []byte { c[0] = 9; return c }), ErrVersion},
		{"only version", enc[:1], ErrBatchEncoding},
		{"truncated", enc[:len(enc)-1], ErrBatchEncoding},
		{"trailing byte", append(bytes.Clone(enc), 0), ErrBatchEncoding},
		{"message cut short", enc[:msgLenAt+4+5], ErrBatchEncoding},
		{"bitmap length missing", enc[:bitmapLenAt+2], ErrBatchEncoding},
		{"message too large", mod(func(c []byte) []byte {
			binary.BigEndian.PutUint32(c[msgLenAt:], MaxBatchMessage+1)
			return c
		}), ErrBatchTooLarge},
		{"bitmap too large", mod(func(c []byte) []byte {
			binary.BigEndian.PutUint32(c[bitmapLenAt:], 0xffffffff)
			return c
		}), ErrBatchTooLarge},
		{"aggregate infinity", mod(func(c []byte) []byte {
			clear(c[aggAt : aggAt+bls.SignatureSize])
			c[aggAt] = 0xc0
			return c
		}), bls.ErrSignatureInfinity},
	}
	for _, tc := range tests {
		if _, err := ParseBatch(tc.b); !errors.Is(err, tc.err) {
			t.Errorf("%s: got %v, want %v", tc.name, err, tc.err)
		}
	}
	// A flipped bit in the ML-DSA signature decodes but does not verify.
	c := bytes.Clone(enc)
	c[len(c)-mldsa65.SignatureSize+10] ^= 4
	b2, err := ParseBatch(c)
	if err != nil {
		t.Fatal(err)
	}
	if err := VerifyBatch(f.aggregator.PublicKey(), f.keys, b2); !errors.Is(err, ErrAggregatorInvalid) {
		t.Fatalf("flipped ML-DSA bit: %v", err)
	}
}
