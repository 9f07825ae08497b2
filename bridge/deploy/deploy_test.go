package deploy_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dpn-network/dpn/bridge"
	"github.com/dpn-network/dpn/bridge/bridgetest"
	"github.com/dpn-network/dpn/bridge/deploy"
	"github.com/dpn-network/dpn/contracts/bindings"
	"github.com/dpn-network/dpn/contracts/eip712"
	"github.com/dpn-network/dpn/contracts/l2sim"
)

func TestDeployWiresEverything(t *testing.T) {
	deployer, governance := bridgetest.Key(), bridgetest.Key()
	set, err := bridgetest.NewSet(3, 5)
	if err != nil {
		t.Fatal(err)
	}
	env, err := l2sim.NewEnv(set, deployer, governance)
	if err != nil {
		t.Fatal(err)
	}
	miner := bridgetest.StartMiner(env, 5*time.Millisecond)
	t.Cleanup(func() { miner.Stop(); env.Close() })
	vkJSON, err := os.ReadFile(filepath.Join("..", "..", "contracts", "testdata", "verification_key.json"))
	if err != nil {
		t.Fatal(err)
	}
	owner := crypto.PubkeyToAddress(governance.PublicKey)
	p := deploy.Params{
		DPNChainID: "dpn-local-1", Valset: bridgetest.ValsetOf(set), Owner: owner, VerifyingKey: vkJSON, Poll: 5 * time.Millisecond,
		Partitions: []deploy.Partition{{Name: "earnings"}, {Name: "regulated", KYCRequired: true}},
	}
	nonce, err := env.Client.NonceAt(context.Background(), crypto.PubkeyToAddress(deployer.PublicKey), nil)
	if err != nil {
		t.Fatal(err)
	}
	addrs, err := deploy.Deploy(context.Background(), env.Client, deployer, p, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	if want := deploy.PredictSettlement(crypto.PubkeyToAddress(deployer.PublicKey), nonce); addrs.DPNSettlement != want {
		t.Fatalf("settlement at %s, PredictSettlement says %s", addrs.DPNSettlement, want)
	}

	s, err := bindings.NewDPNSettlement(addrs.DPNSettlement, env.Client)
	if err != nil {
		t.Fatal(err)
	}
	cp, _ := s.ValsetCheckpoint(nil)
	d := eip712.Domain{L2ChainID: env.ChainID, Settlement: addrs.DPNSettlement, DPNChainID: "dpn-local-1"}
	if want := eip712.ValsetDigest(d, set.Addresses(), set.Powers(), 5); cp != want {
		t.Fatalf("checkpoint %x, want %x", cp, want)
	}
	credits, _ := bindings.NewComputeCredits(addrs.ComputeCredits, env.Client)
	if got, _ := s.Credits(nil); got != addrs.ComputeCredits || addrs.ComputeCredits == (common.Address{}) {
		t.Fatalf("settlement's credits %s, deployed %s", got, addrs.ComputeCredits)
	}
	if got, _ := credits.Settlement(nil); got != addrs.DPNSettlement {
		t.Fatalf("credits' settlement %s", got)
	}
	if min, _ := credits.MinPurchaseWei(nil); min.Int64() != 1e12 {
		t.Fatalf("minPurchaseWei %v", min)
	}
	token, _ := bindings.NewDPNToken(addrs.DPNToken, env.Client)
	if got, _ := token.Settlement(nil); got != addrs.DPNSettlement {
		t.Fatalf("token's settlement %s", got)
	}
	if got, _ := token.Owner(nil); got != addrs.Timelock {
		t.Fatalf("token owner %s, want the timelock", got)
	}
	tl, _ := bindings.NewTimelockController(addrs.Timelock, env.Client)
	if delay, _ := tl.GetMinDelay(nil); delay.Int64() != int64(deploy.MinOwnerDelay/time.Second) {
		t.Fatalf("timelock delay %v", delay)
	}
	kyc, _ := bindings.NewKYCRegistry(addrs.KYCRegistry, env.Client)
	if got, _ := kyc.Owner(nil); got != owner {
		t.Fatalf("KYC registry owner %s", got)
	}
	vk, _ := l2sim.DecodeVerifyingKey(vkJSON)
	if addrs.VerifyingKeyID == nil || *addrs.VerifyingKeyID != bridge.VerifyingKeyID(vk) {
		t.Fatalf("verifying key id %v", addrs.VerifyingKeyID)
	}
	if stored, err := s.VerifyingKey(nil, *addrs.VerifyingKeyID); err != nil || !bytes.Equal(stored, vk) {
		t.Fatalf("stored key differs (%v)", err)
	}
	// Governance takes the settlement and ComputeCredits over with acceptOwnership.
	if pending, _ := s.PendingOwner(nil); addrs.PendingOwner == nil || pending != owner {
		t.Fatalf("settlement's pending owner %s", pending)
	}
	if pending, _ := credits.PendingOwner(nil); pending != owner {
		t.Fatalf("credits' pending owner %s", pending)
	}
	opts := env.Transactor(governance)
	opts.Context = context.Background()
	for name, accept := range map[string]func(*bind.TransactOpts) (*types.Transaction, error){
		"settlement": s.AcceptOwnership, "credits": credits.AcceptOwnership,
	} {
		tx, err := accept(opts)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if _, err := bind.WaitMined(context.Background(), env.Client, tx); err != nil {
			t.Fatal(err)
		}
	}
	if got, _ := s.Owner(nil); got != owner {
		t.Fatalf("settlement's owner %s after accepting", got)
	}
	if got, _ := credits.Owner(nil); got != owner {
		t.Fatalf("credits' owner %s after accepting", got)
	}
}

// TestDeployOwnedByDeployer: with no other owner, nothing waits for acceptance.
func TestDeployOwnedByDeployer(t *testing.T) {
	deployer := bridgetest.Key()
	set, err := bridgetest.NewSet(2, 1)
	if err != nil {
		t.Fatal(err)
	}
	env, err := l2sim.NewEnv(set, deployer)
	if err != nil {
		t.Fatal(err)
	}
	miner := bridgetest.StartMiner(env, 5*time.Millisecond)
	t.Cleanup(func() { miner.Stop(); env.Close() })
	p := deploy.Params{DPNChainID: "dpn-local-1", Valset: bridgetest.ValsetOf(set), Poll: 5 * time.Millisecond, MinPurchaseWei: big.NewInt(7)}
	addrs, err := deploy.Deploy(context.Background(), env.Client, deployer, p, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	if addrs.PendingOwner != nil {
		t.Fatalf("pending owner %s", addrs.PendingOwner)
	}
	credits, _ := bindings.NewComputeCredits(addrs.ComputeCredits, env.Client)
	s, _ := bindings.NewDPNSettlement(addrs.DPNSettlement, env.Client)
	from := crypto.PubkeyToAddress(deployer.PublicKey)
	if got, _ := credits.Owner(nil); got != from {
		t.Fatalf("credits' owner %s", got)
	}
	if got, _ := s.Owner(nil); got != from {
		t.Fatalf("settlement's owner %s", got)
	}
	if got, _ := s.Credits(nil); got != addrs.ComputeCredits {
		t.Fatalf("settlement's credits %s", got)
	}
	if min, _ := credits.MinPurchaseWei(nil); min.Int64() != 7 {
		t.Fatalf("minPurchaseWei %v", min)
	}
}

func TestDeployRefusesBadParams(t *testing.T) {
	set, _ := bridgetest.NewSet(2, 0)
	vs := bridgetest.ValsetOf(set)
	tests := []struct {
		name string
		p    deploy.Params
		want error
	}{
		{"no chain id", deploy.Params{Valset: vs}, deploy.ErrNoChainID},
		{"short delay", deploy.Params{DPNChainID: "x", Valset: vs, OwnerDelay: time.Hour}, deploy.ErrOwnerDelay},
		{"long partition name", deploy.Params{DPNChainID: "x", Valset: vs, Partitions: []deploy.Partition{{Name: string(make([]byte, 33))}}}, deploy.ErrPartitionName},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := deploy.Deploy(context.Background(), nil, bridgetest.Key(), tc.p, nil); !errors.Is(err, tc.want) {
				t.Fatalf("want %v, got %v", tc.want, err)
			}
		})
	}
}
