package watcher_test

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"cosmossdk.io/log/v2"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/dpn-network/dpn/bridge"
	"github.com/dpn-network/dpn/bridge/deploy"
	"github.com/dpn-network/dpn/testutil/l2node"
	"github.com/dpn-network/dpn/x/bridge/types"
	"github.com/dpn-network/dpn/x/bridge/watcher"
)

// TestWatcherReadsConfirmedState runs the watcher against a geth --dev L2 with a deployed
// DPNSettlement: it reports the contract's nonces a confirmed block behind the head, and an
// endpoint that serves another chain id than its destination names is never reported.
func TestWatcherReadsConfirmedState(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("watcher deployer")))
	if err != nil {
		t.Fatal(err)
	}
	n, err := l2node.Start(ctx, l2node.Config{DataDir: filepath.Join(t.TempDir(), "op"), ChainID: 10,
		Fund: []common.Address{crypto.PubkeyToAddress(key.PublicKey)}})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Stop()
	c, err := ethclient.DialContext(ctx, n.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	vs := bridge.Valset{Nonce: 7, Members: []bridge.Member{{Address: common.Address{9}, Power: 1 << 31}}}
	addrs, err := deploy.Deploy(ctx, c, key, deploy.Params{DPNChainID: "dpn-test-1", Valset: vs}, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	partition := bytes.Repeat([]byte{1}, 32)
	good := types.Destination{Name: "optimism", L2ChainId: 10, Settlement: addrs.DPNSettlement.Hex(), Partition: partition}
	// Same endpoint, but the destination says Arbitrum: the watcher must refuse to report it.
	wrong := types.Destination{Name: "arbitrum", L2ChainId: 42161, Settlement: addrs.DPNSettlement.Hex(), Partition: partition}

	const depth = 2
	w := watcher.New(map[string]string{"optimism": n.URL, "arbitrum": n.URL}, depth, 200*time.Millisecond, log.NewNopLogger())
	wctx, stop := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { w.Run(wctx); close(done) }()
	defer func() { stop(); <-done }()

	var got []types.L2Status
	deadline := time.Now().Add(time.Minute)
	for len(got) == 0 && time.Now().Before(deadline) {
		got = w.Statuses([]types.Destination{wrong, good})
		time.Sleep(200 * time.Millisecond)
	}
	if len(got) != 1 || got[0].Destination != "optimism" {
		t.Fatalf("statuses %+v: want one reading, of optimism", got)
	}
	s := got[0]
	if s.ValsetNonce != 7 || s.LastBatchNonce != 0 {
		t.Fatalf("reading %+v: want valset nonce 7, batch nonce 0", s)
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if s.L2Height+depth > head.Number.Uint64() {
		t.Fatalf("read block %d with the head at %d: less than %d deep", s.L2Height, head.Number, depth)
	}
	hdr, err := c.HeaderByNumber(ctx, nil)
	if err != nil || hdr.Time < s.L2Time {
		t.Fatalf("L2 time %d ahead of the head's %d (%v)", s.L2Time, hdr.Time, err)
	}
	// A stopped L2 ages its reading out instead of repeating it forever.
	n.Stop()
	deadline = time.Now().Add(30 * time.Second)
	for len(w.Statuses([]types.Destination{good})) > 0 {
		if time.Now().After(deadline) {
			t.Fatal("a reading of an L2 that stopped answering is still reported")
		}
		time.Sleep(200 * time.Millisecond)
	}
}
