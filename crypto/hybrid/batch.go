package hybrid

import (
	"encoding/binary"

	"github.com/cloudflare/circl/sign/mldsa/mldsa65"

	"github.com/dpn-network/dpn/crypto/bls"
)

// Size limits of a batch. A bitmap of 2^23 bits covers 8 M nodes.
const (
	MaxBatchMessage = 1 << 10
	MaxBatchBitmap  = 1 << 20
)

// Batch is many nodes' BLS signatures on one message, aggregated, with the
// signer bitmap, countersigned by an aggregator's ML-DSA-65 key.
type Batch struct {
	Message   []byte        // what every signer signed (e.g. an epoch beacon)
	Bitmap    []byte        // bit i (byte i/8, LSB first) = node i signed
	Aggregate bls.Signature // sum of the signers' shares
	mlSig     []byte        // aggregator's ML-DSA-65 signature over the rest
}

// ShareMessage is what a node BLS-signs to take part in a batch on msg.
func ShareMessage(msg []byte) []byte {
	return append([]byte(batchSharePrefix), msg...)
}

// SignShare is a node's contribution to a batch on msg.
func SignShare(sk *bls.SecretKey, msg []byte) bls.Signature {
	return sk.Sign(ShareMessage(msg))
}

// batchDigestInput is what the aggregator signs: a prefix, its key id, and
// the length-prefixed message, bitmap and aggregate signature.
func batchDigestInput(aggregator *PublicKey, msg, bitmap []byte, agg bls.Signature) []byte {
	out := make([]byte, 0, len(batchPrefix)+32+8+len(msg)+len(bitmap)+bls.SignatureSize)
	out = append(out, batchPrefix...)
	out = append(out, aggregator.id[:]...)
	out = binary.BigEndian.AppendUint32(out, uint32(len(msg)))
	out = append(out, msg...)
	out = binary.BigEndian.AppendUint32(out, uint32(len(bitmap)))
	out = append(out, bitmap...)
	return append(out, agg.Bytes()...)
}

// NewBatch aggregates the shares (already checked by the aggregator, one per
// set bit of bitmap) and signs the result with the aggregator's ML-DSA-65 key.
func NewBatch(aggregator *PrivateKey, msg, bitmap []byte, shares []bls.Signature) (Batch, error) {
	if len(msg) > MaxBatchMessage || len(bitmap) > MaxBatchBitmap {
		return Batch{}, ErrBatchTooLarge
	}
	if len(shares) == 0 {
		return Batch{}, ErrNoShares
	}
	agg, err := bls.AggregateSignatures(shares)
	if err != nil {
		return Batch{}, err
	}
	b := Batch{Message: append([]byte(nil), msg...), Bitmap: append([]byte(nil), bitmap...), Aggregate: agg}
	b.mlSig = make([]byte, mldsa65.SignatureSize)
	in := batchDigestInput(&aggregator.pub, b.Message, b.Bitmap, agg)
	if err := mldsa65.SignTo(aggregator.ml, in, []byte(mldsaContext), true, b.mlSig); err != nil {
		return Batch{}, err
	}
	return b, nil
}

// VerifyBatch checks the aggregator's ML-DSA-65 signature over the batch and
// the aggregate BLS signature against the keys the bitmap selects from
// nodes (ordered as the bitmap's indices; every key has passed PopVerify).
func VerifyBatch(aggregator PublicKey, nodes []bls.VerifiedPublicKey, b Batch) error {
	if !aggregator.IsValid() || len(b.mlSig) != mldsa65.SignatureSize || !b.Aggregate.IsValid() {
		return ErrUninitialized
	}
	if len(b.Message) > MaxBatchMessage || len(b.Bitmap) > MaxBatchBitmap {
		return ErrBatchTooLarge
	}
	in := batchDigestInput(&aggregator, b.Message, b.Bitmap, b.Aggregate)
	if !mldsa65.Verify(aggregator.ml, in, []byte(mldsaContext), b.mlSig) {
		return ErrAggregatorInvalid
	}
	apk, err := bls.AggregateBitmap(nodes, b.Bitmap)
	if err != nil {
		return err
	}
	if err := bls.VerifyAggregate(apk, ShareMessage(b.Message), b.Aggregate); err != nil {
		return ErrAggregateInvalid
	}
	return nil
}

// MarshalBinary encodes b as version ‖ u32 len ‖ message ‖ u32 len ‖ bitmap ‖
// aggregate (96) ‖ ML-DSA-65 signature (3309), lengths big-endian.
func (b Batch) MarshalBinary() ([]byte, error) {
	if len(b.mlSig) != mldsa65.SignatureSize || !b.Aggregate.IsValid() {
		return nil, ErrUninitialized
	}
	out := make([]byte, 0, 1+8+len(b.Message)+len(b.Bitmap)+bls.SignatureSize+mldsa65.SignatureSize)
	out = append(out, Version)
	out = binary.BigEndian.AppendUint32(out, uint32(len(b.Message)))
	out = append(out, b.Message...)
	out = binary.BigEndian.AppendUint32(out, uint32(len(b.Bitmap)))
	out = append(out, b.Bitmap...)
	out = append(out, b.Aggregate.Bytes()...)
	return append(out, b.mlSig...), nil
}

// ParseBatch decodes an encoded batch, checking the version, the size limits,
// that the lengths account for every byte, and the aggregate's encoding.
func ParseBatch(in []byte) (Batch, error) {
	if len(in) < 1 {
		return Batch{}, ErrBatchEncoding
	}
	if in[0] != Version {
		return Batch{}, ErrVersion
	}
	rest := in[1:]
	readVar := func(limit int) ([]byte, error) {
		if len(rest) < 4 {
			return nil, ErrBatchEncoding
		}
		n := binary.BigEndian.Uint32(rest)
		if n > uint32(limit) {
			return nil, ErrBatchTooLarge
		}
		if uint64(len(rest)-4) < uint64(n) {
			return nil, ErrBatchEncoding
		}
		v := append([]byte(nil), rest[4:4+n]...)
		rest = rest[4+n:]
		return v, nil
	}
	msg, err := readVar(MaxBatchMessage)
	if err != nil {
		return Batch{}, err
	}
	bitmap, err := readVar(MaxBatchBitmap)
	if err != nil {
		return Batch{}, err
	}
	if len(rest) != bls.SignatureSize+mldsa65.SignatureSize {
		return Batch{}, ErrBatchEncoding
	}
	agg, err := bls.ParseSignature(rest[:bls.SignatureSize])
	if err != nil {
		return Batch{}, joinErr(ErrBLSSignature, err)
	}
	return Batch{
		Message:   msg,
		Bitmap:    bitmap,
		Aggregate: agg,
		mlSig:     append([]byte(nil), rest[bls.SignatureSize:]...),
	}, nil
}
