package l2sim

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// ErrNoRecords is returned for a claim tree without records.
var ErrNoRecords = errors.New("l2sim: claim tree needs at least one record")

// Record is one settlement record: DPN (in base units) for an L2 address.
type Record struct {
	Recipient common.Address
	Amount    *big.Int
}

// ClaimLeaf is the leaf DPNSettlement.claim checks for record index:
// keccak256(bytes.concat(keccak256(abi.encode(index, recipient, amount)))).
func ClaimLeaf(index uint64, r Record) common.Hash {
	enc, err := abi.Arguments{{Type: tUint256}, {Type: tAddress}, {Type: tUint256}}.Pack(new(big.Int).SetUint64(index), r.Recipient, r.Amount)
	if err != nil {
		panic(err)
	}
	return crypto.Keccak256Hash(crypto.Keccak256(enc))
}

// ClaimTree is a Merkle tree over claim leaves with sorted-pair hashing (OpenZeppelin's
// MerkleProof); an odd node at the end of a level moves up unchanged.
type ClaimTree struct {
	levels [][]common.Hash
	Total  *big.Int
}

// NewClaimTree builds the tree over records, leaf i for records[i].
func NewClaimTree(records []Record) (*ClaimTree, error) {
	if len(records) == 0 {
		return nil, ErrNoRecords
	}
	total := new(big.Int)
	level := make([]common.Hash, len(records))
	for i, r := range records {
		level[i] = ClaimLeaf(uint64(i), r)
		total.Add(total, r.Amount)
	}
	t := &ClaimTree{levels: [][]common.Hash{level}, Total: total}
	for len(level) > 1 {
		next := make([]common.Hash, 0, (len(level)+1)/2)
		for i := 0; i < len(level); i += 2 {
			if i+1 == len(level) {
				next = append(next, level[i])
				continue
			}
			next = append(next, hashPair(level[i], level[i+1]))
		}
		t.levels = append(t.levels, next)
		level = next
	}
	return t, nil
}

func hashPair(a, b common.Hash) common.Hash {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	return crypto.Keccak256Hash(a[:], b[:])
}

// Root is the tree's root.
func (t *ClaimTree) Root() common.Hash { return t.levels[len(t.levels)-1][0] }

// Proof is the Merkle path of leaf index.
func (t *ClaimTree) Proof(index int) [][32]byte {
	var out [][32]byte
	for _, level := range t.levels[:len(t.levels)-1] {
		sib := index ^ 1
		if sib < len(level) {
			out = append(out, level[sib])
		}
		index /= 2
	}
	return out
}
