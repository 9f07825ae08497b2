package bundler

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/dpn-network/dpn/contracts/bindings"
	"github.com/dpn-network/dpn/contracts/l2sim"
)

// Bounds on a UserOperation's variable parts. DPN's purchase is about 400 bytes of callData,
// 68 of factoryData and a 65-byte signature; the bounds leave room for other calls of a
// SimpleAccount while keeping one request's work small.
const (
	MaxCallDataBytes      = 16 << 10
	MaxFactoryDataBytes   = 1 << 10
	MaxPaymasterDataBytes = 256
	MaxSignatureBytes     = 1 << 10
	// maxFeeBits is the EntryPoint's own bound on fees (AA94: every gas value below 2^120).
	maxFeeBits = 120
)

// ErrDecode is a UserOperation that is not well formed.
var ErrDecode = errors.New("malformed UserOperation")

// eip7702Marker is the factory field of an EIP-7702 operation (initCode 0x7702 padded to 20
// bytes); the bundler does not take those (their hash covers the delegate too).
var eip7702Marker = common.Address{0x77, 0x02}

// UserOperation is an EntryPoint v0.8 UserOperation in the unpacked form ERC-4337's RPC
// carries it. Gas limits are uint64: anything larger is far beyond any bound the bundler or
// the EntryPoint accepts.
type UserOperation struct {
	Sender                        common.Address
	Nonce                         *big.Int
	Factory                       *common.Address // nil: the account exists
	FactoryData                   []byte
	CallData                      []byte
	CallGasLimit                  uint64
	VerificationGasLimit          uint64
	PreVerificationGas            uint64
	MaxFeePerGas                  *big.Int
	MaxPriorityFeePerGas          *big.Int
	Paymaster                     *common.Address // nil: the account pays its own gas
	PaymasterVerificationGasLimit uint64
	PaymasterPostOpGasLimit       uint64
	PaymasterData                 []byte
	Signature                     []byte
}

// userOpJSON is the wire form; pointers tell an absent field from a zero one.
type userOpJSON struct {
	Sender                        *common.Address `json:"sender"`
	Nonce                         *hexutil.Big    `json:"nonce"`
	Factory                       *common.Address `json:"factory,omitempty"`
	FactoryData                   *hexutil.Bytes  `json:"factoryData,omitempty"`
	CallData                      *hexutil.Bytes  `json:"callData"`
	CallGasLimit                  *hexutil.Big    `json:"callGasLimit"`
	VerificationGasLimit          *hexutil.Big    `json:"verificationGasLimit"`
	PreVerificationGas            *hexutil.Big    `json:"preVerificationGas"`
	MaxFeePerGas                  *hexutil.Big    `json:"maxFeePerGas"`
	MaxPriorityFeePerGas          *hexutil.Big    `json:"maxPriorityFeePerGas"`
	Paymaster                     *common.Address `json:"paymaster,omitempty"`
	PaymasterVerificationGasLimit *hexutil.Big    `json:"paymasterVerificationGasLimit,omitempty"`
	PaymasterPostOpGasLimit       *hexutil.Big    `json:"paymasterPostOpGasLimit,omitempty"`
	PaymasterData                 *hexutil.Bytes  `json:"paymasterData,omitempty"`
	Signature                     *hexutil.Bytes  `json:"signature"`
	EIP7702Auth                   json.RawMessage `json:"eip7702Auth,omitempty"`
}

// DecodeUserOperation reads a UserOperation from outside JSON. Unknown fields are refused
// (a v0.6 "initCode" or "paymasterAndData" would otherwise be silently dropped), as are
// quantities without 0x or with leading zeros, odd-length hex and parts above the bounds.
// Gas limits, fees and the signature may be absent (zero or empty), as an estimate request
// has them; sending checks them.
func DecodeUserOperation(data []byte) (UserOperation, error) {
	var w userOpJSON
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&w); err != nil {
		return UserOperation{}, fmt.Errorf("%w: %v", ErrDecode, err)
	}
	if dec.More() {
		return UserOperation{}, fmt.Errorf("%w: data after the object", ErrDecode)
	}
	return w.operation()
}

// UnmarshalJSON lets the RPC server decode parameters with DecodeUserOperation.
func (op *UserOperation) UnmarshalJSON(data []byte) error {
	o, err := DecodeUserOperation(data)
	if err != nil {
		return err
	}
	*op = o
	return nil
}

func (w userOpJSON) operation() (UserOperation, error) {
	fail := func(format string, a ...any) (UserOperation, error) {
		return UserOperation{}, fmt.Errorf("%w: %s", ErrDecode, fmt.Sprintf(format, a...))
	}
	if w.Sender == nil || w.Nonce == nil || w.CallData == nil {
		return fail("sender, nonce and callData are required")
	}
	if len(w.EIP7702Auth) > 0 && string(w.EIP7702Auth) != "null" {
		return fail("EIP-7702 operations (eip7702Auth) are not supported")
	}
	op := UserOperation{Sender: *w.Sender, Nonce: w.Nonce.ToInt(), CallData: *w.CallData}
	if len(op.CallData) > MaxCallDataBytes {
		return fail("callData is %d bytes, above %d", len(op.CallData), MaxCallDataBytes)
	}
	var err error
	gas := func(name string, v *hexutil.Big) uint64 {
		if v == nil || err != nil {
			return 0
		}
		if !v.ToInt().IsUint64() {
			err = fmt.Errorf("%w: %s %s does not fit in 64 bits", ErrDecode, name, v)
			return 0
		}
		return v.ToInt().Uint64()
	}
	fee := func(name string, v *hexutil.Big) *big.Int {
		if v == nil || err != nil {
			return new(big.Int)
		}
		if v.ToInt().BitLen() > maxFeeBits {
			err = fmt.Errorf("%w: %s %s is above 2^%d", ErrDecode, name, v, maxFeeBits)
		}
		return v.ToInt()
	}
	op.CallGasLimit = gas("callGasLimit", w.CallGasLimit)
	op.VerificationGasLimit = gas("verificationGasLimit", w.VerificationGasLimit)
	op.PreVerificationGas = gas("preVerificationGas", w.PreVerificationGas)
	op.PaymasterVerificationGasLimit = gas("paymasterVerificationGasLimit", w.PaymasterVerificationGasLimit)
	op.PaymasterPostOpGasLimit = gas("paymasterPostOpGasLimit", w.PaymasterPostOpGasLimit)
	op.MaxFeePerGas = fee("maxFeePerGas", w.MaxFeePerGas)
	op.MaxPriorityFeePerGas = fee("maxPriorityFeePerGas", w.MaxPriorityFeePerGas)
	if err != nil {
		return UserOperation{}, err
	}
	if op.MaxPriorityFeePerGas.Cmp(op.MaxFeePerGas) > 0 {
		return fail("maxPriorityFeePerGas %s is above maxFeePerGas %s", op.MaxPriorityFeePerGas, op.MaxFeePerGas)
	}
	switch {
	case w.Factory != nil:
		if *w.Factory == eip7702Marker {
			return fail("EIP-7702 operations (factory 0x7702) are not supported")
		}
		if *w.Factory == (common.Address{}) {
			return fail("factory is the zero address (leave it out when the account exists)")
		}
		f := *w.Factory
		op.Factory = &f
		if w.FactoryData != nil {
			op.FactoryData = *w.FactoryData
		}
		if len(op.FactoryData) > MaxFactoryDataBytes {
			return fail("factoryData is %d bytes, above %d", len(op.FactoryData), MaxFactoryDataBytes)
		}
	case w.FactoryData != nil && len(*w.FactoryData) > 0:
		return fail("factoryData without a factory")
	}
	switch {
	case w.Paymaster != nil:
		if *w.Paymaster == (common.Address{}) {
			return fail("paymaster is the zero address (leave it out when the account pays)")
		}
		p := *w.Paymaster
		op.Paymaster = &p
		if w.PaymasterData != nil {
			op.PaymasterData = *w.PaymasterData
		}
		if len(op.PaymasterData) > MaxPaymasterDataBytes {
			return fail("paymasterData is %d bytes, above %d", len(op.PaymasterData), MaxPaymasterDataBytes)
		}
	case op.PaymasterVerificationGasLimit != 0 || op.PaymasterPostOpGasLimit != 0 || (w.PaymasterData != nil && len(*w.PaymasterData) > 0):
		return fail("paymaster gas limits or data without a paymaster")
	}
	if w.Signature != nil {
		op.Signature = *w.Signature
	}
	if len(op.Signature) > MaxSignatureBytes {
		return fail("signature is %d bytes, above %d", len(op.Signature), MaxSignatureBytes)
	}
	return op, nil
}

// MarshalJSON writes the wire form, absent parts left out.
func (op UserOperation) MarshalJSON() ([]byte, error) {
	u := func(v uint64) *hexutil.Big { return (*hexutil.Big)(new(big.Int).SetUint64(v)) }
	b := func(v []byte) *hexutil.Bytes { h := hexutil.Bytes(append([]byte{}, v...)); return &h }
	big0 := func(v *big.Int) *hexutil.Big {
		if v == nil {
			v = new(big.Int)
		}
		return (*hexutil.Big)(v)
	}
	sender := op.Sender
	w := userOpJSON{
		Sender: &sender, Nonce: big0(op.Nonce), CallData: b(op.CallData),
		CallGasLimit: u(op.CallGasLimit), VerificationGasLimit: u(op.VerificationGasLimit), PreVerificationGas: u(op.PreVerificationGas),
		MaxFeePerGas: big0(op.MaxFeePerGas), MaxPriorityFeePerGas: big0(op.MaxPriorityFeePerGas), Signature: b(op.Signature),
	}
	if op.Factory != nil {
		w.Factory, w.FactoryData = op.Factory, b(op.FactoryData)
	}
	if op.Paymaster != nil {
		w.Paymaster, w.PaymasterData = op.Paymaster, b(op.PaymasterData)
		w.PaymasterVerificationGasLimit, w.PaymasterPostOpGasLimit = u(op.PaymasterVerificationGasLimit), u(op.PaymasterPostOpGasLimit)
	}
	return json.Marshal(w)
}

// InitCode is factory ‖ factoryData, empty for an existing account.
func (op UserOperation) InitCode() []byte {
	if op.Factory == nil {
		return []byte{}
	}
	return append(op.Factory.Bytes(), op.FactoryData...)
}

// PaymasterAndData is paymaster ‖ validation gas (16 bytes) ‖ postOp gas (16) ‖ data, empty
// without a paymaster.
func (op UserOperation) PaymasterAndData() []byte {
	if op.Paymaster == nil {
		return []byte{}
	}
	return l2sim.PaymasterAndData(*op.Paymaster, op.PaymasterVerificationGasLimit, op.PaymasterPostOpGasLimit, op.PaymasterData)
}

// Packed is the operation as handleOps takes it.
func (op UserOperation) Packed() bindings.PackedUserOperation {
	nonce, maxFee, tip := op.Nonce, op.MaxFeePerGas, op.MaxPriorityFeePerGas
	for _, p := range []**big.Int{&nonce, &maxFee, &tip} {
		if *p == nil {
			*p = new(big.Int)
		}
	}
	sig := op.Signature
	if sig == nil {
		sig = []byte{}
	}
	return bindings.PackedUserOperation{
		Sender:             op.Sender,
		Nonce:              nonce,
		InitCode:           op.InitCode(),
		CallData:           op.CallData,
		AccountGasLimits:   l2sim.Pack128(new(big.Int).SetUint64(op.VerificationGasLimit), new(big.Int).SetUint64(op.CallGasLimit)),
		PreVerificationGas: new(big.Int).SetUint64(op.PreVerificationGas),
		GasFees:            l2sim.Pack128(tip, maxFee),
		PaymasterAndData:   op.PaymasterAndData(),
		Signature:          sig,
	}
}

// Hash is the userOpHash EntryPoint v0.8 computes for op on chainID.
func (op UserOperation) Hash(entryPoint common.Address, chainID *big.Int) common.Hash {
	return l2sim.UserOpHash(op.Packed(), entryPoint, chainID)
}

// GasTotal is the sum of the operation's gas limits and preVerificationGas: what it may
// make a bundle spend.
// It saturates rather than wrap, since the parts come from outside.
func (op UserOperation) GasTotal() uint64 {
	var total uint64
	for _, g := range []uint64{op.VerificationGasLimit, op.CallGasLimit, op.PreVerificationGas, op.PaymasterVerificationGasLimit, op.PaymasterPostOpGasLimit} {
		if total+g < total {
			return math.MaxUint64
		}
		total += g
	}
	return total
}

// MaxCost is the most the EntryPoint may charge for op: its gas total at maxFeePerGas.
func (op UserOperation) MaxCost() *big.Int {
	fee := op.MaxFeePerGas
	if fee == nil {
		fee = new(big.Int)
	}
	return new(big.Int).Mul(new(big.Int).SetUint64(op.GasTotal()), fee)
}

// clone is a deep copy, for the variants estimation simulates.
func (op UserOperation) clone() UserOperation {
	c := op
	cp := func(b []byte) []byte { return append([]byte(nil), b...) }
	bi := func(v *big.Int) *big.Int {
		if v == nil {
			return new(big.Int)
		}
		return new(big.Int).Set(v)
	}
	c.Nonce, c.MaxFeePerGas, c.MaxPriorityFeePerGas = bi(op.Nonce), bi(op.MaxFeePerGas), bi(op.MaxPriorityFeePerGas)
	c.FactoryData, c.CallData, c.PaymasterData, c.Signature = cp(op.FactoryData), cp(op.CallData), cp(op.PaymasterData), cp(op.Signature)
	if op.Factory != nil {
		f := *op.Factory
		c.Factory = &f
	}
	if op.Paymaster != nil {
		p := *op.Paymaster
		c.Paymaster = &p
	}
	return c
}
