package deploy_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dpn-network/dpn/bridge/bridgetest"
	"github.com/dpn-network/dpn/bridge/deploy"
	"github.com/dpn-network/dpn/contracts/bindings"
	"github.com/dpn-network/dpn/contracts/l2sim"
)

func TestDeployPaymasterWiresCredits(t *testing.T) {
	deployer := bridgetest.Key()
	set, err := bridgetest.NewSet(3, 0)
	if err != nil {
		t.Fatal(err)
	}
	env, err := l2sim.NewEnv(set, deployer)
	if err != nil {
		t.Fatal(err)
	}
	miner := bridgetest.StartMiner(env, 5*time.Millisecond)
	t.Cleanup(func() { miner.Stop(); env.Close() })
	ctx := context.Background()
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	addrs, err := deploy.Deploy(ctx, env.Client, deployer, deploy.Params{DPNChainID: "dpn-local-1", Valset: bridgetest.ValsetOf(set), Poll: 5 * time.Millisecond}, quiet)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := deploy.DeployPaymaster(ctx, env.Client, deployer, deploy.PaymasterParams{}, quiet); !errors.Is(err, deploy.ErrNoCredits) {
		t.Fatalf("no credits: %v", err)
	}
	if _, err := deploy.DeployPaymaster(ctx, env.Client, deployer, deploy.PaymasterParams{Credits: addrs.ComputeCredits, EntryPoint: common.Address{0xe9}}, quiet); !errors.Is(err, deploy.ErrNoEntryPoint) {
		t.Fatalf("entry point without code: %v", err)
	}
	owner := common.Address{0x0a}
	pa, err := deploy.DeployPaymaster(ctx, env.Client, deployer, deploy.PaymasterParams{Credits: addrs.ComputeCredits, Owner: owner, Poll: 5 * time.Millisecond}, quiet)
	if err != nil {
		t.Fatal(err)
	}
	credits, _ := bindings.NewComputeCredits(addrs.ComputeCredits, env.Client)
	if got, _ := credits.Paymaster(nil); got != pa.DPNPaymaster {
		t.Fatalf("credits' paymaster %s, want %s", got, pa.DPNPaymaster)
	}
	pm, _ := bindings.NewDPNPaymaster(pa.DPNPaymaster, env.Client)
	if ep, _ := pm.EntryPoint(nil); ep != pa.EntryPoint || pa.EntryPoint == env.EntryPointAddr {
		t.Fatalf("paymaster's entry point %s, deployed %s", ep, pa.EntryPoint)
	}
	// One hash for every proxy: the one l2sim measured by deploying an account.
	if pa.AccountCodeHash != env.AccountCodeHash {
		t.Fatalf("account code hash %s, a deployed account's %s", pa.AccountCodeHash, env.AccountCodeHash)
	}
	if ok, _ := pm.AllowedAccountCode(nil, pa.AccountCodeHash); !ok {
		t.Fatal("the factory's account code is not allowed")
	}
	if dep, _ := pm.GetDeposit(nil); dep.Cmp(deploy.DefaultPaymasterDeposit) != 0 {
		t.Fatalf("deposit %v", dep)
	}
	if o, _ := pm.PendingOwner(nil); o != owner || pa.PendingOwner == nil || *pa.PendingOwner != owner {
		t.Fatalf("paymaster offered to %s (%v)", o, pa.PendingOwner)
	}
}
