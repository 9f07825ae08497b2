package bundler

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/dpn-network/dpn/contracts/bindings"
)

// Purchase is the one call DPNPaymaster sponsors: the account's execute(credits, Value,
// buySponsored(DPNAccount, GasAllowance)). Value - GasAllowance is credited; GasAllowance
// pays the operation's gas and what it does not cost comes back to the account.
type Purchase struct {
	Credits      common.Address
	DPNAccount   string
	Value        *big.Int
	GasAllowance *big.Int
}

var errNotPurchase = errors.New("not execute(ComputeCredits, value, buySponsored(account, gasAllowance))")

var (
	simpleAccountABI  = mustABI(bindings.SimpleAccountMetaData)
	computeCreditsABI = mustABI(bindings.ComputeCreditsMetaData)
)

func mustABI(md interface{ GetAbi() (*abi.ABI, error) }) *abi.ABI {
	a, err := md.GetAbi()
	if err != nil {
		panic(err)
	}
	return a
}

// CallData is the SimpleAccount callData of the purchase.
func (p Purchase) CallData() ([]byte, error) {
	inner, err := computeCreditsABI.Pack("buySponsored", p.DPNAccount, p.GasAllowance)
	if err != nil {
		return nil, err
	}
	return simpleAccountABI.Pack("execute", p.Credits, p.Value, inner)
}

// Credited is what the purchase credits on DPN: Value - GasAllowance.
func (p Purchase) Credited() *big.Int { return new(big.Int).Sub(p.Value, p.GasAllowance) }

// DecodePurchase reads a purchase's callData; anything else is an error.
func DecodePurchase(callData []byte) (Purchase, error) {
	exec := simpleAccountABI.Methods["execute"]
	if len(callData) < 4 || !bytes.Equal(callData[:4], exec.ID) {
		return Purchase{}, errNotPurchase
	}
	args, err := exec.Inputs.Unpack(callData[4:])
	if err != nil || len(args) != 3 {
		return Purchase{}, fmt.Errorf("%w: %v", errNotPurchase, err)
	}
	target, _ := args[0].(common.Address)
	value, _ := args[1].(*big.Int)
	inner, _ := args[2].([]byte)
	buy := computeCreditsABI.Methods["buySponsored"]
	if len(inner) < 4 || !bytes.Equal(inner[:4], buy.ID) || value == nil {
		return Purchase{}, errNotPurchase
	}
	bargs, err := buy.Inputs.Unpack(inner[4:])
	if err != nil || len(bargs) != 2 {
		return Purchase{}, fmt.Errorf("%w: %v", errNotPurchase, err)
	}
	acct, _ := bargs[0].(string)
	allowance, _ := bargs[1].(*big.Int)
	if allowance == nil {
		return Purchase{}, errNotPurchase
	}
	return Purchase{Credits: target, DPNAccount: acct, Value: value, GasAllowance: allowance}, nil
}

// executeValue is the ETH a SimpleAccount execute call sends, 0 for other calls.
func executeValue(callData []byte) *big.Int {
	exec := simpleAccountABI.Methods["execute"]
	if len(callData) < 4 || !bytes.Equal(callData[:4], exec.ID) {
		return new(big.Int)
	}
	args, err := exec.Inputs.Unpack(callData[4:])
	if err != nil || len(args) != 3 {
		return new(big.Int)
	}
	if v, ok := args[1].(*big.Int); ok {
		return v
	}
	return new(big.Int)
}
