package watcher

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	gethtypes "github.com/ethereum/go-ethereum/core/types"
)

// FuzzDecodeLog feeds arbitrary topics and data, as a lying RPC could serve them, to the
// event decoder: it never panics, never accepts a log of another contract, and every event
// it accepts passes the chain's own checks.
func FuzzDecodeLog(f *testing.F) {
	credits, token, settlement := common.Address{1}, common.Address{2}, common.Address{5}
	f.Add(uint8(0), purchasedID.Bytes(), []byte{}, []byte{})
	f.Add(uint8(1), redeemedID.Bytes(), []byte{7}, make([]byte, 160))
	f.Add(uint8(2), orderedID.Bytes(), make([]byte, 96), make([]byte, 64))
	f.Fuzz(func(t *testing.T, from uint8, topic0, topics, data []byte) {
		addr := []common.Address{credits, token, settlement}[from%3]
		l := gethtypes.Log{Address: addr, Data: data, BlockNumber: 5, TxHash: common.Hash{9}, Topics: []common.Hash{common.BytesToHash(topic0)}}
		for len(topics) >= 32 {
			l.Topics = append(l.Topics, common.BytesToHash(topics[:32]))
			topics = topics[32:]
		}
		e, ok := decode("optimism", l, credits, token, settlement)
		if !ok {
			return
		}
		if err := e.ValidateBasic(); err != nil {
			t.Fatalf("accepted an event the chain refuses: %v", err)
		}
		if _, other := decode("optimism", l, common.Address{3}, common.Address{4}, common.Address{6}); other {
			t.Fatal("accepted a log of a contract the settlement does not name")
		}
	})
}
