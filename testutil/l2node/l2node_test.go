package l2node_test

import (
	"context"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/dpn-network/dpn/testutil/l2node"
)

// TestStartResume starts a geth --dev with Arbitrum's chain id and a funded account, mines a
// transfer, stops it, and resumes the same chain from its data directory.
func TestStartResume(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	cfg := l2node.Config{DataDir: filepath.Join(t.TempDir(), "arb"), ChainID: 42161, Fund: []common.Address{crypto.PubkeyToAddress(key.PublicKey)}}
	n, err := l2node.Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	c, err := ethclient.DialContext(ctx, n.URL)
	if err != nil {
		t.Fatal(err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	bal, err := c.BalanceAt(ctx, from, nil)
	if err != nil || bal.Cmp(new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))) != 0 {
		t.Fatalf("genesis balance %v, %v", bal, err)
	}
	to := common.Address{0x42}
	tip := big.NewInt(1e9)
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tx := types.MustSignNewTx(key, types.LatestSignerForChainID(big.NewInt(42161)), &types.DynamicFeeTx{
		ChainID: big.NewInt(42161), Nonce: 0, GasTipCap: tip, GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip),
		Gas: 21000, To: &to, Value: big.NewInt(12345),
	})
	if err := c.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	waitBalance(ctx, t, c, to, 12345)
	c.Close()
	n.Stop()

	n, err = l2node.Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer n.Stop()
	c, err = ethclient.DialContext(ctx, n.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	waitBalance(ctx, t, c, to, 12345) // the resumed chain kept the transfer
}

func waitBalance(ctx context.Context, t *testing.T, c *ethclient.Client, a common.Address, want int64) {
	t.Helper()
	for i := 0; i < 60; i++ {
		if b, err := c.BalanceAt(ctx, a, nil); err == nil && b.Int64() == want {
			return
		}
		time.Sleep(250 * time.Millisecond)
	}
	t.Fatalf("balance of %s never reached %d", a, want)
}
