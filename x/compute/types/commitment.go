package types

import (
	"crypto/sha256"
	"encoding/binary"
)

const commitDomain = "dpn/compute/commit/v1"

// SaltSize is the length of the secret a node mixes into its commitment, so that nobody can
// test candidate results against it before the reveal.
const SaltSize = 32

// Commitment binds a node to a result hash without showing it: SHA-256 of the domain, the job
// id, the node index, the result hash and the salt. The node index in it stops one node from
// copying another's commitment.
func Commitment(jobID, nodeIndex uint64, resultHash, salt []byte) []byte {
	h := sha256.New()
	h.Write([]byte(commitDomain))
	var b [16]byte
	binary.BigEndian.PutUint64(b[:8], jobID)
	binary.BigEndian.PutUint64(b[8:], nodeIndex)
	h.Write(b[:])
	h.Write(resultHash)
	h.Write(salt)
	return h.Sum(nil)
}

// ContentOf addresses data.
func ContentOf(data []byte) Content {
	sum := sha256.Sum256(data)
	return Content{Sha256: sum[:], Size_: uint64(len(data))}
}

// IsSet reports whether c names a blob.
func (c Content) IsSet() bool { return len(c.Sha256) != 0 }
