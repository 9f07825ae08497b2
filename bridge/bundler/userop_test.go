package bundler

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dpn-network/dpn/contracts/l2sim"
)

const sampleOp = `{
  "sender": "0x1bB1cE40b5d8B708c2e71E0C92918c96dE1A0836",
  "nonce": "0x0",
  "factory": "0x5FbDB2315678afecb367f032d93F642f64180aa3",
  "factoryData": "0x5fbfb9cf00000000000000000000000070997970c51812dc3a010c7d01b50e0d17dc79c80000000000000000000000000000000000000000000000000000000000000000",
  "callData": "0xb61d27f6",
  "callGasLimit": "0x186a0",
  "verificationGasLimit": "0x325aa",
  "preVerificationGas": "0xbb24",
  "maxFeePerGas": "0x3b9aca00",
  "maxPriorityFeePerGas": "0x3b9aca00",
  "paymaster": "0x8193F6091Be4F6ed122Ad89028286b2A68ad62CD",
  "paymasterVerificationGasLimit": "0xbac3",
  "paymasterPostOpGasLimit": "0x1adb0",
  "paymasterData": "0x",
  "signature": "0x` + "ab" + `"
}`

func TestDecodeUserOperation(t *testing.T) {
	op, err := DecodeUserOperation([]byte(sampleOp))
	if err != nil {
		t.Fatal(err)
	}
	if op.CallGasLimit != 100_000 || op.PaymasterPostOpGasLimit != 110_000 || op.Factory == nil || op.Paymaster == nil || len(op.FactoryData) != 68 {
		t.Fatalf("%+v", op)
	}
	p := op.Packed()
	if len(p.InitCode) != 88 || !bytes.Equal(p.InitCode[:20], op.Factory.Bytes()) || len(p.PaymasterAndData) != 52 {
		t.Fatalf("packed %+v", p)
	}
	if want := l2sim.Pack128(big.NewInt(0x325aa), big.NewInt(0x186a0)); p.AccountGasLimits != want {
		t.Fatalf("accountGasLimits %x", p.AccountGasLimits)
	}
	// What it writes reads back as itself.
	out, err := json.Marshal(op)
	if err != nil {
		t.Fatal(err)
	}
	again, err := DecodeUserOperation(out)
	if err != nil || again.Hash(common.Address{1}, big.NewInt(10)) != op.Hash(common.Address{1}, big.NewInt(10)) {
		t.Fatalf("round trip: %v\n%s", err, out)
	}

	with := func(field, value string) string {
		var m map[string]any
		_ = json.Unmarshal([]byte(sampleOp), &m)
		if value == "" {
			delete(m, field)
		} else {
			m[field] = json.RawMessage(value)
		}
		b, _ := json.Marshal(m)
		return string(b)
	}
	bad := map[string]string{
		"leading zero":            with("nonce", `"0x01"`),
		"no 0x":                   with("callGasLimit", `"186a0"`),
		"decimal":                 with("callGasLimit", `100000`),
		"odd hex":                 with("callData", `"0xabc"`),
		"no sender":               with("sender", ""),
		"no callData":             with("callData", ""),
		"short address":           with("sender", `"0x1234"`),
		"unknown field":           with("initCode", `"0x"`),
		"7702 auth":               with("eip7702Auth", `{"chainId":"0x1"}`),
		"7702 factory":            with("factory", `"0x7702000000000000000000000000000000000000"`),
		"zero factory":            with("factory", `"0x0000000000000000000000000000000000000000"`),
		"fee above 2^120":         with("maxFeePerGas", `"0x1000000000000000000000000000000"`),
		"tip above the fee":       with("maxPriorityFeePerGas", `"0x3b9aca01"`),
		"gas over 64 bits":        with("verificationGasLimit", `"0x10000000000000000"`),
		"nonce over 256 bits":     with("nonce", `"0x1`+strings.Repeat("0", 64)+`"`),
		"callData too long":       with("callData", `"0x`+strings.Repeat("00", MaxCallDataBytes+1)+`"`),
		"signature too long":      with("signature", `"0x`+strings.Repeat("00", MaxSignatureBytes+1)+`"`),
		"factoryData no factory":  strings.Replace(with("factory", ""), `"factoryData"`, `"factoryData"`, 1),
		"paymaster gas, none":     with("paymaster", ""),
		"trailing data":           sampleOp + `{}`,
		"not an object":           `[1,2]`,
		"paymasterData too long":  with("paymasterData", `"0x`+strings.Repeat("00", MaxPaymasterDataBytes+1)+`"`),
		"factoryData too long":    with("factoryData", `"0x`+strings.Repeat("00", MaxFactoryDataBytes+1)+`"`),
		"zero paymaster":          with("paymaster", `"0x0000000000000000000000000000000000000000"`),
		"sender as number":        with("sender", `1`),
		"nonce null and required": with("nonce", `null`),
	}
	for name, doc := range bad {
		if _, err := DecodeUserOperation([]byte(doc)); !errors.Is(err, ErrDecode) {
			t.Errorf("%s: %v", name, err)
		}
	}
	// An estimate request leaves gas, fees and the signature out.
	minimal := `{"sender":"0x1bB1cE40b5d8B708c2e71E0C92918c96dE1A0836","nonce":"0x1","callData":"0x","eip7702Auth":null}`
	if op, err := DecodeUserOperation([]byte(minimal)); err != nil || op.MaxFeePerGas.Sign() != 0 || op.Paymaster != nil || len(op.InitCode()) != 0 {
		t.Fatalf("minimal: %+v %v", op, err)
	}
}

func FuzzDecodeUserOperation(f *testing.F) {
	f.Add([]byte(sampleOp))
	f.Add([]byte(`{"sender":"0x1bB1cE40b5d8B708c2e71E0C92918c96dE1A0836","nonce":"0x1","callData":"0x"}`))
	f.Add([]byte(`{"sender":"0x1bB1cE40b5d8B708c2e71E0C92918c96dE1A0836","nonce":"0x0","callData":"0x","paymaster":"0x01","paymasterPostOpGasLimit":"0xffffffffffffffff"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		op, err := DecodeUserOperation(data)
		if err != nil {
			if !errors.Is(err, ErrDecode) {
				t.Fatalf("error outside ErrDecode: %v", err)
			}
			return
		}
		if len(op.CallData) > MaxCallDataBytes || len(op.FactoryData) > MaxFactoryDataBytes ||
			len(op.PaymasterData) > MaxPaymasterDataBytes || len(op.Signature) > MaxSignatureBytes ||
			op.MaxFeePerGas.BitLen() > maxFeeBits || op.MaxPriorityFeePerGas.Cmp(op.MaxFeePerGas) > 0 {
			t.Fatalf("accepted out of bounds: %+v", op)
		}
		// Everything the bundler derives from an accepted operation works on it.
		p := op.Packed()
		_ = op.Hash(common.Address{1}, big.NewInt(10))
		_ = preVerificationGas(op)
		_ = op.MaxCost()
		if len(p.PaymasterAndData) != 0 && len(p.PaymasterAndData) < 52 {
			t.Fatalf("paymasterAndData of %d bytes", len(p.PaymasterAndData))
		}
		out, err := json.Marshal(op)
		if err != nil {
			t.Fatal(err)
		}
		again, err := DecodeUserOperation(out)
		if err != nil {
			t.Fatalf("re-decoding %s: %v", out, err)
		}
		if again.Hash(common.Address{1}, big.NewInt(10)) != op.Hash(common.Address{1}, big.NewInt(10)) {
			t.Fatalf("round trip changed the operation: %s", out)
		}
	})
}
