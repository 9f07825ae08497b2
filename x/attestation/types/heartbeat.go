package types

import (
	"crypto/sha256"
	"encoding/binary"
	"math/bits"
)

// heartbeatDomain separates heartbeat signatures from every other use of a node's BLS key.
const heartbeatDomain = "dpn/attestation/heartbeat/v1"

// HeartbeatSignBytes is what each node signs for an epoch: the domain, the chain id (length
// prefixed), the epoch and the epoch's beacon. A signature for one chain or epoch is useless
// for any other.
func HeartbeatSignBytes(chainID string, epoch uint64, beacon []byte) []byte {
	out := make([]byte, 0, len(heartbeatDomain)+2+len(chainID)+8+len(beacon))
	out = append(out, heartbeatDomain...)
	out = binary.BigEndian.AppendUint16(out, uint16(len(chainID)))
	out = append(out, chainID...)
	out = binary.BigEndian.AppendUint64(out, epoch)
	return append(out, beacon...)
}

// beaconDomain separates beacon hashes.
const beaconDomain = "dpn/attestation/beacon/v1"

// NextBeacon derives an epoch's beacon from the epoch number, the hash of the last block, the
// app hash it committed to and the previous beacon. The block proposer of the epoch's first
// block can grind it only by choosing which transactions go into the previous block (each try
// costs a fresh app hash) or by withholding a block; it can therefore bias, not choose, the
// beacon, which is acceptable for liveness heartbeats and audit sampling but not for a lottery.
func NextBeacon(epoch uint64, lastBlockHash, appHash, prev []byte) []byte {
	h := sha256.New()
	h.Write([]byte(beaconDomain))
	var e [8]byte
	binary.BigEndian.PutUint64(e[:], epoch)
	h.Write(e[:])
	for _, part := range [][]byte{lastBlockHash, appHash, prev} {
		var l [2]byte
		binary.BigEndian.PutUint16(l[:], uint16(len(part)))
		h.Write(l[:])
		h.Write(part)
	}
	return h.Sum(nil)
}

// BitmapGet reports whether bit i is set (bit i is byte i/8, least significant bit first).
func BitmapGet(b []byte, i uint64) bool {
	return i/8 < uint64(len(b)) && b[i/8]&(1<<(i%8)) != 0
}

// BitmapSet returns b with bit i set, grown as needed.
func BitmapSet(b []byte, i uint64) []byte {
	for uint64(len(b)) <= i/8 {
		b = append(b, 0)
	}
	b[i/8] |= 1 << (i % 8)
	return b
}

// BitmapOr returns a | b and how many bits b added that a lacked. a is not modified.
func BitmapOr(a, b []byte) ([]byte, uint64) { return BitmapOrAt(a, b, 0) }

// BitmapOrAt returns a | (b shifted up by off bytes, so that b's bit j is bit 8·off + j), and
// how many bits b added that a lacked. a is not modified.
func BitmapOrAt(a, b []byte, off uint64) ([]byte, uint64) {
	n := max(uint64(len(a)), off+uint64(len(b)))
	out := make([]byte, n)
	copy(out, a)
	dst := out[off:]
	var added uint64
	for i, v := range b {
		added += uint64(bits.OnesCount8(v &^ dst[i]))
		dst[i] |= v
	}
	return out, added
}

// BitmapCount returns the number of set bits.
func BitmapCount(b []byte) uint64 {
	var n uint64
	for _, v := range b {
		n += uint64(bits.OnesCount8(v))
	}
	return n
}

// auditDomain separates audit challenges.
const auditDomain = "dpn/attestation/audit/v1"

// AuditChallenge is the challenge of node index's audit in epoch: bound to the chain, the
// epoch's beacon and the node, so an answer cannot be computed before the epoch starts or
// reused by another node.
func AuditChallenge(chainID string, epoch, index uint64, beacon []byte) []byte {
	h := sha256.New()
	h.Write([]byte(auditDomain))
	var b [8]byte
	binary.BigEndian.PutUint16(b[:2], uint16(len(chainID)))
	h.Write(b[:2])
	h.Write([]byte(chainID))
	binary.BigEndian.PutUint64(b[:], epoch)
	h.Write(b[:])
	binary.BigEndian.PutUint64(b[:], index)
	h.Write(b[:])
	h.Write(beacon)
	return h.Sum(nil)
}

// AuditPick is the j-th candidate node index of an epoch's audit sample among n indices.
func AuditPick(beacon []byte, j, n uint64) uint64 {
	h := sha256.New()
	h.Write([]byte("dpn/attestation/audit-pick/v1"))
	h.Write(beacon)
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], j)
	h.Write(b[:])
	return binary.BigEndian.Uint64(h.Sum(nil)[:8]) % n
}
