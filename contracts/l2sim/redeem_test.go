package l2sim_test

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/dpn-network/dpn/contracts/bindings"
	"github.com/dpn-network/dpn/contracts/l2sim"
)

// redeemedToDPN is the one RedeemedToDPN of r.
func redeemedToDPN(t *testing.T, e *l2sim.Env, r *types.Receipt) *bindings.DPNTokenRedeemedToDPN {
	t.Helper()
	var out *bindings.DPNTokenRedeemedToDPN
	for _, lg := range r.Logs {
		if ev, err := e.Token.ParseRedeemedToDPN(*lg); err == nil {
			if out != nil {
				t.Fatal("two RedeemedToDPN events in one redemption")
			}
			out = ev
		}
	}
	if out == nil {
		t.Fatal("no RedeemedToDPN event")
	}
	return out
}

// TestRedeemedToDPN: every burn path emits RedeemedToDPN with the next nonce and the bytes
// that name the DPN account (the holder's data, or the operator's or controller's
// operatorData), beside its ERC-1594/1410/1644 events.
func TestRedeemedToDPN(t *testing.T) {
	alice, operator, controller := l2sim.NewKey(), l2sim.NewKey(), l2sim.NewKey()
	e := newEnv(t, 4, alice, operator, controller)
	ao, oo, co := e.Transactor(alice), e.Transactor(operator), e.Transactor(controller)
	if err := settle(t, e, 1, l2sim.PartitionEarnings, []l2sim.Record{{Recipient: ao.From, Amount: big.NewInt(100e12)}}); err != nil {
		t.Fatal(err)
	}
	mine(t, e)(e.Token.AuthorizeOperatorByPartition(ao, l2sim.PartitionEarnings, oo.From))
	asOwner(t, e, "setController", l2sim.PartitionEarnings, co.From, true)
	if n, _ := e.Token.RedemptionNonce(nil); n.Sign() != 0 {
		t.Fatalf("redemption nonce %v before any redemption", n)
	}

	account := func(i int) []byte {
		return []byte("dpn1" + string(rune('q'+i)) + "zry9x8gf2tvdw0s3jn54khce6mua7lqpzry9")
	}
	type standard struct{ redeemed, byPartition, controller bool }
	for i, c := range []struct {
		name   string
		redeem func(value *big.Int, dpnAccount []byte) (*types.Transaction, error)
		want   standard
	}{
		{"redeem", func(v *big.Int, a []byte) (*types.Transaction, error) { return e.Token.Redeem(ao, v, a) },
			standard{redeemed: true}},
		{"redeemByPartition", func(v *big.Int, a []byte) (*types.Transaction, error) {
			return e.Token.RedeemByPartition(ao, l2sim.PartitionEarnings, v, a)
		}, standard{byPartition: true}},
		{"operatorRedeemByPartition", func(v *big.Int, a []byte) (*types.Transaction, error) {
			return e.Token.OperatorRedeemByPartition(oo, l2sim.PartitionEarnings, ao.From, v, a)
		}, standard{byPartition: true}},
		{"controllerRedeemByPartition", func(v *big.Int, a []byte) (*types.Transaction, error) {
			return e.Token.ControllerRedeemByPartition(co, l2sim.PartitionEarnings, ao.From, v, []byte("court order"), a)
		}, standard{byPartition: true, controller: true}},
	} {
		value := big.NewInt(int64(i+1) * 1e12)
		supply, _ := e.Token.TotalSupply(nil)
		r := mine(t, e)(c.redeem(value, account(i)))
		ev := redeemedToDPN(t, e, r)
		if ev.Nonce.Int64() != int64(i+1) || ev.Partition != l2sim.PartitionEarnings || ev.From != ao.From ||
			ev.Value.Cmp(value) != 0 || !bytes.Equal(ev.DpnAccount, account(i)) {
			t.Fatalf("%s: RedeemedToDPN{nonce %v, partition %q, from %s, value %v, dpnAccount %q}", c.name,
				ev.Nonce, ev.Partition, ev.From, ev.Value, ev.DpnAccount)
		}
		if n, _ := e.Token.RedemptionNonce(nil); n.Int64() != int64(i+1) {
			t.Fatalf("%s: redemptionNonce %v", c.name, n)
		}
		if after, _ := e.Token.TotalSupply(nil); new(big.Int).Sub(supply, after).Cmp(value) != 0 {
			t.Fatalf("%s: supply %v -> %v", c.name, supply, after)
		}
		var got standard
		for _, lg := range r.Logs {
			if _, err := e.Token.ParseRedeemed(*lg); err == nil {
				got.redeemed = true
			}
			if _, err := e.Token.ParseRedeemedByPartition(*lg); err == nil {
				got.byPartition = true
			}
			if _, err := e.Token.ParseControllerRedemption(*lg); err == nil {
				got.controller = true
			}
		}
		if got != c.want {
			t.Fatalf("%s: standard events %+v, want %+v", c.name, got, c.want)
		}
	}
	// a refused redemption takes no nonce
	_, err := e.Token.Redeem(ao, big.NewInt(1e18), account(0))
	wantError(t, mustABI(t, bindings.DPNTokenMetaData), err, "TransferRejected")
	if n, _ := e.Token.RedemptionNonce(nil); n.Int64() != 4 {
		t.Fatalf("redemption nonce %v after a refused redemption", n)
	}
	// issuance leaves the nonce that shares the supply's slot alone
	if err := settle(t, e, 2, l2sim.PartitionEarnings, []l2sim.Record{{Recipient: ao.From, Amount: big.NewInt(5)}}); err != nil {
		t.Fatal(err)
	}
	if n, _ := e.Token.RedemptionNonce(nil); n.Int64() != 4 {
		t.Fatalf("redemption nonce %v after an issuance", n)
	}
	if s, _ := e.Token.TotalSupply(nil); s.Cmp(big.NewInt(90e12+5)) != 0 {
		t.Fatalf("total supply %v", s)
	}
}
