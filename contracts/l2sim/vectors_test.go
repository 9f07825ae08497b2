package l2sim_test

import (
	"context"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/dpn-network/dpn/contracts/bindings"
	"github.com/dpn-network/dpn/contracts/internal/eip712vectors"
	"github.com/dpn-network/dpn/contracts/l2sim"
)

// TestEIP712VectorsOnChain deploys the vectors' settlements where the file says they are and
// checks every digest of theirs against the contract's valsetDigest, batchDigest and
// retireDigest: the Go encoder the DPN chain uses and the contract cannot drift apart.
func TestEIP712VectorsOnChain(t *testing.T) {
	f, err := eip712vectors.Load(filepath.Join("..", "testdata", "eip712_vectors.json"))
	if err != nil {
		t.Fatal(err)
	}
	key, err := eip712vectors.Key(f.DeployerKeySeed)
	if err != nil {
		t.Fatal(err)
	}
	deployer := crypto.PubkeyToAddress(key.PublicKey)
	backend := simulated.NewBackend(types.GenesisAlloc{deployer: {Balance: l2sim.Ether(100)}})
	defer backend.Close()
	client := backend.Client()
	chainID, err := client.ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if chainID.Int64() != eip712vectors.SimChainID {
		t.Fatalf("simulated chain id %v, the vectors assume %d", chainID, eip712vectors.SimChainID)
	}
	opts := (&l2sim.Env{ChainID: chainID}).Transactor(key)
	// Any valid first set will do: the digests do not depend on it.
	initial := bindings.DPNSettlementValset{Validators: []common.Address{deployer}, Powers: []*big.Int{big.NewInt(1)}, Nonce: new(big.Int)}

	settlements := map[int]*bindings.DPNSettlement{}
	for i, d := range f.Domains {
		if d.DeployNonce == nil {
			continue
		}
		if d.L2ChainID != chainID.String() {
			t.Fatalf("domain %q: deployable on chain %s, not %s", d.Name, chainID, d.L2ChainID)
		}
		opts.Nonce = new(big.Int).SetUint64(*d.DeployNonce)
		addr, tx, s, err := bindings.DeployDPNSettlement(opts, client, common.Address{1}, d.DPNChainID, initial, deployer)
		if err != nil {
			t.Fatalf("domain %q: %v", d.Name, err)
		}
		backend.Commit()
		if r, err := client.TransactionReceipt(context.Background(), tx.Hash()); err != nil || r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("domain %q: deployment failed (%v)", d.Name, err)
		}
		if addr != d.Settlement {
			t.Fatalf("domain %q: deployed at %s, the file says %s", d.Name, addr, d.Settlement)
		}
		settlements[i] = s
	}
	if len(settlements) == 0 {
		t.Fatal("no deployable domain in the vectors")
	}

	checked := 0
	for _, v := range f.Valsets {
		s, ok := settlements[v.Domain]
		if !ok {
			continue
		}
		vs := bindings.DPNSettlementValset{Validators: v.Validators, Nonce: new(big.Int).SetUint64(v.Nonce)}
		for _, p := range v.Powers {
			vs.Powers = append(vs.Powers, new(big.Int).SetUint64(p))
		}
		got, err := s.ValsetDigest(nil, vs)
		if err != nil {
			t.Fatal(err)
		}
		if got != v.Digest {
			t.Errorf("valset %q: contract %x, file %s", v.Name, got, v.Digest)
		}
		checked++
	}
	var sawEmpty, saw100, sawRefunds bool
	for _, b := range f.Batches {
		s, ok := settlements[b.Domain]
		if !ok {
			continue
		}
		eb, err := b.EIP712()
		if err != nil {
			t.Fatal(err)
		}
		sawEmpty = sawEmpty || len(eb.Recipients) == 0
		saw100 = saw100 || len(eb.Recipients) == 100
		sawRefunds = sawRefunds || len(eb.RefundTo) != 0
		got, err := s.BatchDigest(nil, l2sim.BatchBinding(eb))
		if err != nil {
			t.Fatal(err)
		}
		if got != b.Digest {
			t.Errorf("batch %q: contract %x, file %s", b.Name, got, b.Digest)
		}
		checked++
	}
	if !sawEmpty || !saw100 || !sawRefunds {
		t.Error("no on-chain check of an empty-records batch, a 100-record batch or a batch with refunds")
	}
	for _, r := range f.Retires {
		s, ok := settlements[r.Domain]
		if !ok {
			continue
		}
		got, err := s.RetireDigest(nil, new(big.Int).SetUint64(r.LastBatchNonce))
		if err != nil {
			t.Fatal(err)
		}
		if got != r.Digest {
			t.Errorf("retire %q: contract %x, file %s", r.Name, got, r.Digest)
		}
		checked++
	}
	t.Logf("%d digests checked against the contract", checked)
}
