package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/dpn-network/dpn/bridge/bridgetest"
	"github.com/dpn-network/dpn/bridge/deploy"
	"github.com/dpn-network/dpn/contracts/bindings"
	"github.com/dpn-network/dpn/contracts/l2sim"
	"github.com/dpn-network/dpn/testutil/l2node"
)

// TestBuyThroughBundleOnGeth is the whole path on a real node: geth --dev with Optimism's
// chain id, the contracts deployed by "deploy" and "deploy-paymaster", "bundle" serving,
// and "buy" purchasing credits from a new account through it.
func TestBuyThroughBundleOnGeth(t *testing.T) {
	if testing.Short() {
		t.Skip("starts geth --dev")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	dir := t.TempDir()
	deployerFile, deployerKey := writeKey(t, dir, "deployer.key")
	bundlerFile, bundlerKey := writeKey(t, dir, "bundler.key")
	ownerFile, ownerKey := writeKey(t, dir, "owner.key")
	n, err := l2node.Start(ctx, l2node.Config{DataDir: filepath.Join(dir, "optimism"), ChainID: 10,
		Fund: []common.Address{crypto.PubkeyToAddress(deployerKey.PublicKey), crypto.PubkeyToAddress(bundlerKey.PublicKey)}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(n.Stop)

	set, err := bridgetest.NewSet(4, 0)
	if err != nil {
		t.Fatal(err)
	}
	valsetJSON, _ := json.Marshal(bridgetest.ValsetOf(set))
	valsetFile := filepath.Join(dir, "valset.json")
	if err := os.WriteFile(valsetFile, valsetJSON, 0o644); err != nil {
		t.Fatal(err)
	}
	d := defaultDeps()
	out, _, err := execute(ctx, d, "deploy", "--rpc", n.URL, "--key-file", deployerFile, "--dpn-chain-id", "dpn-local-1", "--valset", valsetFile)
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	var addrs deploy.Addresses
	if err := json.Unmarshal([]byte(out), &addrs); err != nil {
		t.Fatalf("deploy output %q: %v", out, err)
	}
	out, _, err = execute(ctx, d, "deploy-paymaster", "--rpc", n.URL, "--key-file", deployerFile, "--credits", addrs.ComputeCredits.Hex())
	if err != nil {
		t.Fatalf("deploy-paymaster: %v", err)
	}
	var pa deploy.PaymasterAddresses
	if err := json.Unmarshal([]byte(out), &pa); err != nil {
		t.Fatalf("deploy-paymaster output %q: %v", out, err)
	}

	addr := freeAddr(t)
	startBundle(t, d, addr, "--rpc", n.URL, "--chain-id", "10", "--key-file", bundlerFile,
		"--entry-point", pa.EntryPoint.Hex(), "--paymaster", pa.DPNPaymaster.Hex())

	c, err := ethclient.DialContext(ctx, n.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	factory, _ := bindings.NewSimpleAccountFactoryCaller(pa.SimpleAccountFactory, c)
	account, err := factory.GetAddress(&bind.CallOpts{Context: ctx}, crypto.PubkeyToAddress(ownerKey.PublicKey), big.NewInt(0))
	if err != nil {
		t.Fatal(err)
	}
	sendETH(ctx, t, c, deployerKey, account, l2sim.Ether(1))

	out, _, err = execute(ctx, d, "buy", "--l2", n.URL, "--bundler", "http://"+addr, "--owner-key", ownerFile,
		"--paymaster", pa.DPNPaymaster.Hex(), "--factory", pa.SimpleAccountFactory.Hex(), "--eth", "0.01", "--to", testDPNAccount)
	if err != nil {
		t.Fatalf("buy: %v\n%s", err, out)
	}
	t.Log(out)
	if !strings.HasPrefix(field(t, out, "credited"), "10000000000000000 wei (0.01 ETH)") || field(t, out, "purchaseNonce") != "1" {
		t.Fatalf("output:\n%s", out)
	}
	credits, _ := bindings.NewComputeCreditsCaller(addrs.ComputeCredits, c)
	if nonce, err := credits.PurchaseNonce(&bind.CallOpts{Context: ctx}); err != nil || nonce.Uint64() != 1 {
		t.Fatalf("ComputeCredits' purchase nonce %v, %v", nonce, err)
	}
	if code, _ := c.CodeAt(ctx, account, nil); len(code) == 0 {
		t.Fatal("the account was not created")
	}
	if _, body := get(t, "http://"+addr+"/metrics"); !strings.Contains(body, `dpn_bundler_ops_included_total{result="success"} 1`) {
		t.Fatalf("/metrics:\n%s", body)
	}
}

// sendETH transfers value from key to to on a geth node and waits for it.
func sendETH(ctx context.Context, t *testing.T, c *ethclient.Client, key *ecdsa.PrivateKey, to common.Address, value *big.Int) {
	t.Helper()
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := c.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	id, err := c.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tip := big.NewInt(1e9)
	tx := types.MustSignNewTx(key, types.LatestSignerForChainID(id), &types.DynamicFeeTx{
		ChainID: id, Nonce: nonce, GasTipCap: tip, GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip),
		Gas: 21_000, To: &to, Value: value,
	})
	if err := c.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	if r, err := bind.WaitMined(ctx, c, tx); err != nil || r.Status != 1 {
		t.Fatalf("transfer: %v", err)
	}
}
