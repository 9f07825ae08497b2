package main

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/dpn-network/dpn/bridge/bundler"
	"github.com/dpn-network/dpn/bridge/sender"
	"github.com/dpn-network/dpn/contracts/bindings"
	"github.com/dpn-network/dpn/contracts/l2sim"
)

var errNoRepayment = errors.New("no GasRepaid for the operation")

// measureBundledPurchase is the UserOp purchase as a wallet sends it to dpn-relayer bundle:
// limits from the bundler's eth_estimateUserOperationGas, the allowance their max cost, the
// operation accepted (simulated) by the bundler, then the handleOps of it alone that the
// bundler sends. Beside each transaction's gas is what the buyer pays for it: what the
// paymaster kept of the allowance (the EntryPoint's charge and the paymaster's flat postOp
// charge), in gas at the operation's price.
func measureBundledPurchase(r *report) error {
	key := l2sim.NewKey()
	e, err := l2sim.NewEnv(newSet(4, 0), key)
	if err != nil {
		return err
	}
	defer e.Close()
	l2, ok := e.Client.(bundler.L2)
	if !ok {
		return errors.New("the simulated client does not serve eth_simulateV1")
	}
	owner := l2sim.NewKey()
	account, err := e.Factory.GetAddress(nil, crypto.PubkeyToAddress(owner.PublicKey), big.NewInt(0))
	if err != nil {
		return err
	}
	if err := e.SendETH(e.DeployerKey, account, l2sim.Ether(1)); err != nil {
		return err
	}
	for i, what := range []string{"account deployed in the op", "existing account"} {
		// A bundler of its own for each: it takes one operation per sender at a time, and
		// this one bundles nothing itself.
		b, err := bundler.New(ctx(), l2, bundler.Config{
			EntryPoint: e.EntryPointAddr, Paymaster: e.PaymasterAddr, Key: key,
			Fees: sender.Config{MaxFeePerGas: big.NewInt(100e9), MaxPriorityFeePerGas: big.NewInt(2e9)},
		}, prometheus.NewRegistry(), slog.New(slog.DiscardHandler))
		if err != nil {
			return err
		}
		op, err := bundledPurchase(e, b, owner, account, i == 0)
		if err != nil {
			return fmt.Errorf("bundled purchase, %s: %w", what, err)
		}
		if _, err := b.Accept(ctx(), op, e.EntryPointAddr); err != nil {
			return fmt.Errorf("bundler refused the purchase, %s: %w", what, err)
		}
		rcpt, err := e.HandleOps(key, op.Packed())
		if err != nil {
			return err
		}
		var paid, price *big.Int
		for _, lg := range rcpt.Logs {
			if ev, err := e.Paymaster.ParseGasRepaid(*lg); err == nil {
				paid = ev.CostWei
			}
			if ev, err := e.EntryPoint.ParseUserOperationEvent(*lg); err == nil {
				if !ev.Success {
					return errOpFailed
				}
				price = new(big.Int).Div(ev.ActualGasCost, ev.ActualGasUsed)
			}
		}
		if paid == nil || price == nil {
			return errNoRepayment
		}
		r.add("UserOp purchase via dpn-relayer bundle, "+what, rcpt.GasUsed, "", "handleOps tx, the bundler's estimated limits")
		r.add("… what its buyer pays", new(big.Int).Div(paid, price).Uint64(), "", "kept of the allowance: the EntryPoint's charge + the paymaster's flat postOp charge")
	}
	return nil
}

// bundledPurchase is a signed purchase of 0.01 ETH of credits by owner's account, its limits
// estimated by b and its allowance their max cost.
func bundledPurchase(e *l2sim.Env, b *bundler.Bundler, owner *ecdsa.PrivateKey, account common.Address, create bool) (bundler.UserOperation, error) {
	nonce, err := e.EntryPoint.GetNonce(nil, account, new(big.Int))
	if err != nil {
		return bundler.UserOperation{}, err
	}
	head, err := e.Client.HeaderByNumber(ctx(), nil)
	if err != nil {
		return bundler.UserOperation{}, err
	}
	tip := big.NewInt(1e9)
	pm := e.PaymasterAddr
	op := bundler.UserOperation{Sender: account, Nonce: nonce, Paymaster: &pm, MaxPriorityFeePerGas: tip,
		MaxFeePerGas: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)}
	if create {
		fa, err := bindings.SimpleAccountFactoryMetaData.GetAbi()
		if err != nil {
			return op, err
		}
		if op.FactoryData, err = fa.Pack("createAccount", crypto.PubkeyToAddress(owner.PublicKey), big.NewInt(0)); err != nil {
			return op, err
		}
		f := e.FactoryAddr
		op.Factory = &f
	}
	credited := big.NewInt(1e16)
	p := bundler.Purchase{Credits: e.CreditsAddr, DPNAccount: "dpn1" + strings.Repeat("q", 38), Value: credited, GasAllowance: new(big.Int)}
	if op.CallData, err = p.CallData(); err != nil {
		return op, err
	}
	g, err := b.Estimate(ctx(), op, e.EntryPointAddr)
	if err != nil {
		return op, err
	}
	g.Apply(&op)
	p.GasAllowance = op.MaxCost()
	p.Value = new(big.Int).Add(credited, p.GasAllowance)
	if op.CallData, err = p.CallData(); err != nil {
		return op, err
	}
	op.Signature = l2sim.SignUserOp(owner, op.Hash(e.EntryPointAddr, e.ChainID))
	return op, nil
}
