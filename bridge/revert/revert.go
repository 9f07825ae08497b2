// Package revert explains why an L2 call failed: it takes the revert data out of an RPC
// error and decodes it as a custom error of the contracts' ABIs, Error(string) or Panic.
package revert

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// Errors of decoding.
var (
	ErrShort           = errors.New("revert: revert data shorter than a selector")
	ErrUnknownSelector = errors.New("revert: unknown error selector")
	ErrMalformed       = errors.New("revert: arguments do not match the error's ABI")
)

// Error is a decoded revert. Name is the custom error's name, "Error" for a require message,
// "Panic" for a Solidity panic, or empty when the call reverted without data.
type Error struct {
	Name string
	Args []any
	Data []byte
}

func (e *Error) Error() string {
	if e.Name == "" {
		return "execution reverted"
	}
	args := make([]string, len(e.Args))
	for i, a := range e.Args {
		args[i] = fmt.Sprint(a)
	}
	return fmt.Sprintf("execution reverted: %s(%s)", e.Name, strings.Join(args, ", "))
}

// Is reports whether err is (or wraps) a revert with one of these names.
func Is(err error, names ...string) bool {
	var re *Error
	if !errors.As(err, &re) {
		return false
	}
	for _, n := range names {
		if re.Name == n {
			return true
		}
	}
	return false
}

var (
	stringType, _ = abi.NewType("string", "", nil)
	uintType, _   = abi.NewType("uint256", "", nil)
	builtins      = []abi.Error{
		abi.NewError("Error", abi.Arguments{{Name: "message", Type: stringType}}),
		abi.NewError("Panic", abi.Arguments{{Name: "code", Type: uintType}}),
	}
)

// Decoder knows the custom errors of a set of contracts.
type Decoder struct {
	errors map[[4]byte]abi.Error
}

// NewDecoder decodes the custom errors of every ABI given; a contract whose call reverts
// with another contract's error (DPNSettlement passing on DPNToken's) needs both.
func NewDecoder(abis ...*abi.ABI) *Decoder {
	d := &Decoder{errors: map[[4]byte]abi.Error{}}
	for _, e := range builtins {
		d.errors[[4]byte(e.ID[:4])] = e
	}
	for _, a := range abis {
		for _, e := range a.Errors {
			d.errors[[4]byte(e.ID[:4])] = e
		}
	}
	return d
}

// Decode decodes revert data.
func (d *Decoder) Decode(data []byte) (*Error, error) {
	if len(data) == 0 {
		return &Error{}, nil
	}
	if len(data) < 4 {
		return nil, fmt.Errorf("%w: %x", ErrShort, data)
	}
	e, ok := d.errors[[4]byte(data[:4])]
	if !ok {
		return nil, fmt.Errorf("%w: %x", ErrUnknownSelector, data[:4])
	}
	args, err := e.Inputs.Unpack(data[4:])
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrMalformed, e.Name, err)
	}
	return &Error{Name: e.Name, Args: args, Data: append([]byte(nil), data...)}, nil
}

// Data returns the revert data an RPC error carries (eth_call and eth_estimateGas put it in
// the JSON-RPC error's data field as hex).
func Data(err error) ([]byte, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return nil, false
	}
	b, derr := hexutil.Decode(s)
	if derr != nil {
		return nil, false
	}
	return b, true
}

// FromRPC returns the decoded revert behind an RPC error, or false when err is not a revert
// (a node or network failure). A revert whose data this decoder does not know is returned
// with an empty name and the raw data.
func (d *Decoder) FromRPC(err error) (*Error, bool) {
	if err == nil {
		return nil, false
	}
	data, ok := Data(err)
	if !ok {
		if strings.Contains(err.Error(), "execution reverted") {
			return &Error{}, true
		}
		return nil, false
	}
	re, derr := d.Decode(data)
	if derr != nil {
		return &Error{Data: data}, true
	}
	return re, true
}
