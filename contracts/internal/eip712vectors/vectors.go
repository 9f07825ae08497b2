// Package eip712vectors holds the format and the generator of the golden EIP-712 vectors
// (contracts/testdata/eip712_vectors.json). The eip712 package's tests check them against
// the Go code and l2sim's tests against the deployed DPNSettlement, so neither can drift
// from the other, and the DPN chain can check its own encoder against the file.
package eip712vectors

import (
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"os"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dpn-network/dpn/contracts/eip712"
)

// SimChainID is the chain id of go-ethereum's simulated backend, the chain the on-chain
// domains are deployed on.
const SimChainID = 1337

// File is the vectors file. Big integers are decimal strings so that any JSON reader keeps
// them exact.
type File struct {
	Comment         string      `json:"comment"`
	DeployerKeySeed string      `json:"deployerKeySeed"`
	Domains         []Domain    `json:"domains"`
	Valsets         []Valset    `json:"valsets"`
	Batches         []Batch     `json:"batches"`
	Retires         []Retire    `json:"retires"`
	Normalize       []Normalize `json:"normalize"`
	Signatures      []Signature `json:"signatures"`
}

// Domain is a settlement deployment. With DeployNonce set it is deployable: the settlement
// created by the seed key's account at that nonce on the simulated chain has this address.
type Domain struct {
	Name        string         `json:"name"`
	L2ChainID   string         `json:"l2ChainId"`
	Settlement  common.Address `json:"settlement"`
	DPNChainID  string         `json:"dpnChainId"`
	DeployNonce *uint64        `json:"deployNonce,omitempty"`
}

// Valset is a valsetDigest case.
type Valset struct {
	Name       string           `json:"name"`
	Domain     int              `json:"domain"`
	Validators []common.Address `json:"validators"`
	Powers     []uint64         `json:"powers"`
	Nonce      uint64           `json:"nonce"`
	Digest     common.Hash      `json:"digest"`
}

// Batch is a batchDigest case.
type Batch struct {
	Name        string           `json:"name"`
	Domain      int              `json:"domain"`
	Nonce       uint64           `json:"nonce"`
	L2ChainID   string           `json:"l2ChainId"`
	Timeout     uint64           `json:"timeout"`
	Partition   common.Hash      `json:"partition"`
	Recipients  []common.Address `json:"recipients"`
	Amounts     []string         `json:"amounts"`
	RefundTo    []common.Address `json:"refundTo"`
	RefundWei   []string         `json:"refundWei"`
	ClaimRoot   common.Hash      `json:"claimRoot"`
	ClaimTotal  string           `json:"claimTotal"`
	RecordsHash common.Hash      `json:"recordsHash"`
	RefundsHash common.Hash      `json:"refundsHash"`
	Digest      common.Hash      `json:"digest"`
}

// Retire is a retireDigest case.
type Retire struct {
	Name           string      `json:"name"`
	Domain         int         `json:"domain"`
	LastBatchNonce uint64      `json:"lastBatchNonce"`
	Digest         common.Hash `json:"digest"`
}

// Normalize is a NormalizePowers case; Error is the error's text when it fails.
type Normalize struct {
	Name       string   `json:"name"`
	Powers     []uint64 `json:"powers"`
	Normalized []uint64 `json:"normalized,omitempty"`
	Error      string   `json:"error,omitempty"`
}

// Signature is a Sign case: the key is keccak256(KeySeed).
type Signature struct {
	Name      string         `json:"name"`
	KeySeed   string         `json:"keySeed"`
	Digest    common.Hash    `json:"digest"`
	Signature string         `json:"signature"` // 0x r || s || v
	Signer    common.Address `json:"signer"`
}

// Load reads a vectors file.
func Load(path string) (*File, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var f File
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &f, nil
}

// Write writes f as indented JSON.
func (f *File) Write(path string) error {
	b, err := json.MarshalIndent(f, "", " ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

// Key derives a test key from a seed (never a real key).
func Key(seed string) (*ecdsa.PrivateKey, error) {
	return crypto.ToECDSA(crypto.Keccak256([]byte(seed)))
}

// Dec parses a decimal string.
func Dec(s string) (*big.Int, error) {
	n, ok := new(big.Int).SetString(s, 10)
	if !ok || n.Sign() < 0 {
		return nil, fmt.Errorf("eip712vectors: not a non-negative decimal: %q", s)
	}
	return n, nil
}

// EIP712 is d as an eip712.Domain.
func (d Domain) EIP712() (eip712.Domain, error) {
	id, err := Dec(d.L2ChainID)
	if err != nil {
		return eip712.Domain{}, err
	}
	return eip712.Domain{L2ChainID: id, Settlement: d.Settlement, DPNChainID: d.DPNChainID}, nil
}

// EIP712 is b as an eip712.Batch.
func (b Batch) EIP712() (eip712.Batch, error) {
	id, err := Dec(b.L2ChainID)
	if err != nil {
		return eip712.Batch{}, err
	}
	total, err := Dec(b.ClaimTotal)
	if err != nil {
		return eip712.Batch{}, err
	}
	out := eip712.Batch{Nonce: b.Nonce, L2ChainID: id, Timeout: b.Timeout, Partition: b.Partition,
		Recipients: append([]common.Address{}, b.Recipients...), RefundTo: append([]common.Address{}, b.RefundTo...),
		ClaimRoot: b.ClaimRoot, ClaimTotal: total}
	if out.Amounts, err = decs(b.Amounts); err != nil {
		return eip712.Batch{}, err
	}
	if out.RefundWei, err = decs(b.RefundWei); err != nil {
		return eip712.Batch{}, err
	}
	return out, nil
}

func decs(ss []string) ([]*big.Int, error) {
	out := []*big.Int{}
	for _, s := range ss {
		n, err := Dec(s)
		if err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, nil
}
