package keeper_test

import (
	"errors"
	"testing"

	errorsmod "cosmossdk.io/errors"

	"github.com/dpn-network/dpn/x/attestation/types"
)

// FuzzSubmitHeartbeats feeds arbitrary signer bitmaps and signatures to the handler: it never
// panics, every rejection is one of the module's registered errors, and a rejection leaves the
// store unchanged.
func FuzzSubmitHeartbeats(f *testing.F) {
	f.Add([]byte{0b11}, make([]byte, 96), uint64(1), uint64(0))
	f.Add([]byte{0xff, 0xff}, []byte{1, 2, 3}, uint64(1), uint64(0))
	f.Add([]byte{}, []byte{}, uint64(0), uint64(0))
	f.Add([]byte{0b100}, make([]byte, 96), uint64(2), uint64(0))
	f.Add([]byte{0b1}, []byte{}, uint64(1), uint64(8))
	f.Add([]byte{0b1}, []byte{}, uint64(1), uint64(1<<63))
	f.Fuzz(func(t *testing.T, signers, sig []byte, epoch, first uint64) {
		fx := newFixture(t)
		fx.register(t, 0)
		fx.register(t, 1)
		good := fx.heartbeat(t, 1, 0, 1)
		if len(sig) == 0 {
			sig = good.Signature // a real signature over possibly different signers
		}
		msg := &types.MsgSubmitHeartbeats{Aggregator: addr(9), Epoch: epoch, Signers: signers, Signature: sig, FirstIndex: first}
		before := fx.snapshot()
		_, err := fx.msg.SubmitHeartbeats(fx.Ctx, msg)
		if err == nil {
			return
		}
		var coded *errorsmod.Error
		if !errors.As(err, &coded) || coded.Codespace() != types.ModuleName {
			t.Fatalf("rejection is not a module error: %v", err)
		}
		after := fx.snapshot()
		if len(before) != len(after) {
			t.Fatalf("rejected heartbeat changed state")
		}
		for k, v := range before {
			if after[k] != v {
				t.Fatalf("rejected heartbeat changed state")
			}
		}
	})
}
