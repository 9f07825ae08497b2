package types_test

import (
	"bytes"
	"testing"

	"cosmossdk.io/math"

	"github.com/dpn-network/dpn/x/bridge/types"
)

// FuzzBridgeVote feeds arbitrary bytes to the bridge part's decoder and its stateless
// checks: neither may panic, and a part they accept must encode back to the same bytes
// once re-decoded (so no unknown field rides along into state).
func FuzzBridgeVote(f *testing.F) {
	good := types.BridgeVote{
		Signatures: []types.BridgeSignature{{Kind: types.ITEM_KIND_BATCH, Destination: "optimism", Nonce: 1, Signature: append(bytes.Repeat([]byte{1}, 64), 27)}},
		Statuses:   []types.L2Status{{Destination: "arbitrum", L2Height: 5, L2Time: 6, ValsetNonce: 1, LastBatchNonce: 2}},
		Events: []types.L2Event{
			{Destination: "optimism", Source: types.EVENT_SOURCE_PURCHASES, Nonce: 1, L2Height: 9, TxHash: bytes.Repeat([]byte{2}, 32),
				Purchase: &types.Purchase{Buyer: "0x00000000000000000000000000000000000000B1", DpnAccount: "dpn1x",
					AmountWei: math.NewInt(5), PurchaseId: bytes.Repeat([]byte{3}, 32), GasPaidWei: math.ZeroInt()}},
			{Destination: "optimism", Source: types.EVENT_SOURCE_REDEMPTIONS, Nonce: 4, L2Height: 9, TxHash: bytes.Repeat([]byte{2}, 32),
				Redemption: &types.Redemption{Partition: bytes.Repeat([]byte{1}, 32), From: "0x00000000000000000000000000000000000000B1",
					Value: math.NewInt(1), DpnAccount: []byte("dpn1y")}},
		},
	}
	if err := good.ValidateBasic(); err != nil {
		f.Fatal(err)
	}
	bz, err := good.Marshal()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(bz)
	f.Add([]byte{})
	f.Add([]byte{0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f})
	f.Fuzz(func(t *testing.T, data []byte) {
		var v types.BridgeVote
		if err := v.Unmarshal(data); err != nil {
			return
		}
		if err := v.ValidateBasic(); err != nil {
			return
		}
		again, err := v.Marshal()
		if err != nil {
			t.Fatalf("accepted part does not encode: %v", err)
		}
		var w types.BridgeVote
		if err := w.Unmarshal(again); err != nil || w.ValidateBasic() != nil {
			t.Fatalf("re-encoded part refused: %v", err)
		}
	})
}

// FuzzParseItemID: ParseItemID never panics and accepts only canonical ids.
func FuzzParseItemID(f *testing.F) {
	f.Add(types.Item{Kind: types.ITEM_KIND_VALSET, Destination: "optimism", Nonce: 3}.ID())
	f.Add("batch/a/b/00000000000000000001")
	f.Add("batch//1")
	f.Fuzz(func(t *testing.T, id string) {
		it, err := types.ParseItemID(id)
		if err == nil && it.ID() != id {
			t.Fatalf("accepted %q, canonical %q", id, it.ID())
		}
	})
}

func TestValidateBasicRejects(t *testing.T) {
	sig := append(bytes.Repeat([]byte{1}, 64), 27)
	high := append(bytes.Repeat([]byte{0xff}, 64), 27)
	tests := map[string]types.BridgeVote{
		"unknown kind":    {Signatures: []types.BridgeSignature{{Kind: 9, Destination: "optimism", Nonce: 1, Signature: sig}}},
		"nonce zero":      {Signatures: []types.BridgeSignature{{Kind: types.ITEM_KIND_BATCH, Destination: "optimism", Signature: sig}}},
		"short signature": {Signatures: []types.BridgeSignature{{Kind: types.ITEM_KIND_BATCH, Destination: "optimism", Nonce: 1, Signature: sig[:64]}}},
		"v of 1":          {Signatures: []types.BridgeSignature{{Kind: types.ITEM_KIND_BATCH, Destination: "optimism", Nonce: 1, Signature: append(sig[:64:64], 1)}}},
		"high s":          {Signatures: []types.BridgeSignature{{Kind: types.ITEM_KIND_BATCH, Destination: "optimism", Nonce: 1, Signature: high}}},
		"bad destination": {Signatures: []types.BridgeSignature{{Kind: types.ITEM_KIND_BATCH, Destination: "Optimism!", Nonce: 1, Signature: sig}}},
		"same item twice": {Signatures: []types.BridgeSignature{
			{Kind: types.ITEM_KIND_BATCH, Destination: "optimism", Nonce: 1, Signature: sig},
			{Kind: types.ITEM_KIND_BATCH, Destination: "optimism", Nonce: 1, Signature: sig}}},
		"statuses out of order": {Statuses: []types.L2Status{{Destination: "optimism"}, {Destination: "arbitrum"}}},
	}
	for name, v := range tests {
		t.Run(name, func(t *testing.T) {
			if err := v.ValidateBasic(); err == nil {
				t.Fatal("accepted")
			}
		})
	}
}
