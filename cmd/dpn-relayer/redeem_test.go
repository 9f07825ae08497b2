package main

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dpn-network/dpn/contracts/bindings"
	"github.com/dpn-network/dpn/contracts/l2sim"
)

// TestRedeem burns DPN held on a simulated L2 with the DPN account as data, and refuses a
// malformed account, a bad amount and more than the key holds before sending anything.
func TestRedeem(t *testing.T) {
	dir := t.TempDir()
	keyFile, key := writeKey(t, dir, "holder.key")
	holder := crypto.PubkeyToAddress(key.PublicKey)
	set, err := l2sim.NewSet([]l2sim.Validator{{Key: l2sim.NewKey(), Power: 100}}, 0)
	if err != nil {
		t.Fatal(err)
	}
	env, err := l2sim.NewEnv(set, key)
	if err != nil {
		t.Fatal(err)
	}
	defer env.Close()
	h, _ := env.Client.HeaderByNumber(context.Background(), nil)
	b := bindings.DPNSettlementBatch{Nonce: big.NewInt(1), L2ChainId: env.ChainID, Timeout: new(big.Int).SetUint64(h.Time + 3600),
		Partition: l2sim.PartitionEarnings, Recipients: []common.Address{holder}, Amounts: []*big.Int{big.NewInt(2e18)}, ClaimTotal: new(big.Int)}
	all := func(int) bool { return true }
	if _, err := env.Mine(env.Settlement.SubmitBatch(env.Deployer, env.Valset.Binding(), b, env.Valset.Sign(env.Domain.BatchDigest(b), all))); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() { // the simulated L2 seals a block every 20 ms
		for ctx.Err() == nil {
			env.Backend.Commit()
			time.Sleep(20 * time.Millisecond)
		}
	}()
	d := testL2s{"op": env}.deps(nil)
	const to = "dpn1waskcmr9wss82um9wgsxzerywfjhxuepclswa0"
	args := func(amount, account string) []string {
		return []string{"redeem", "--rpc", "sim://op", "--settlement", env.SettlementAddr.Hex(), "--key-file", keyFile, "--amount", amount, "--to", account}
	}
	for _, bad := range []struct{ amount, to, want string }{
		{"0.5", "dpn1waskcmr9wss82um9wgsxzerywfjhxuepclswa9", "not a DPN account"},
		{"0.5", "cosmos1qzry9x8gf2tvdw0s3jn54khce6mua7lqpzry9x", "not a DPN account"},
		{"1e3", to, "not an amount of DPN"},
		{"0.0000000000000000001", to, "at most 18"},
		{"3", to, "less than 3"},
	} {
		if _, _, err := execute(ctx, d, args(bad.amount, bad.to)...); err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Fatalf("redeem %s to %s: %v, want %q", bad.amount, bad.to, err, bad.want)
		}
	}
	if n, _ := env.Token.RedemptionNonce(nil); n.Sign() != 0 {
		t.Fatal("a refused redeem sent a transaction")
	}
	out, _, err := execute(ctx, d, args("0.5", to)...)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "redemption 1") || !strings.Contains(out, "500000 udpn will be released to "+to) {
		t.Fatalf("output: %s", out)
	}
	bal, err := env.Token.BalanceOf(nil, holder)
	if err != nil || bal.Cmp(big.NewInt(15e17)) != 0 {
		t.Fatalf("balance after redeeming 0.5 of 2 DPN: %v %v", bal, err)
	}
}
