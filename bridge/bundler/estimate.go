package bundler

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dpn-network/dpn/contracts/bindings"
	"github.com/dpn-network/dpn/contracts/l2sim"
)

// GasEstimate is eth_estimateUserOperationGas's answer.
type GasEstimate struct {
	PreVerificationGas            hexutil.Uint64 `json:"preVerificationGas"`
	VerificationGasLimit          hexutil.Uint64 `json:"verificationGasLimit"`
	CallGasLimit                  hexutil.Uint64 `json:"callGasLimit"`
	PaymasterVerificationGasLimit hexutil.Uint64 `json:"paymasterVerificationGasLimit,omitempty"`
	PaymasterPostOpGasLimit       hexutil.Uint64 `json:"paymasterPostOpGasLimit,omitempty"`
}

// Apply sets op's limits to the estimate's.
func (g GasEstimate) Apply(op *UserOperation) {
	op.PreVerificationGas, op.VerificationGasLimit, op.CallGasLimit = uint64(g.PreVerificationGas), uint64(g.VerificationGasLimit), uint64(g.CallGasLimit)
	if op.Paymaster != nil {
		op.PaymasterVerificationGasLimit, op.PaymasterPostOpGasLimit = uint64(g.PaymasterVerificationGasLimit), uint64(g.PaymasterPostOpGasLimit)
	}
}

const (
	// searchStep is the precision of the verification gas searches; the margin is far
	// larger.
	searchStep = 2_000
	// pvgMargin covers the bytes a wallet's final operation may differ in from the one
	// estimated (a larger gas allowance written in the callData).
	pvgMargin = 1_000
)

// estimationKey signs the operations estimation simulates. Its signature fails an account's
// check, which the EntryPoint reports (AA24) only once both validations have run: reaching
// AA24 means the verification limits sufficed. For the execution phase the account's owner
// is overridden to this key's address.
var estimationKey, _ = crypto.ToECDSA(crypto.Keccak256([]byte("dpn bundler: gas estimation signer, never an owner")))

// simpleAccountOwnerSlot is where SimpleAccount keeps its owner (its first state variable;
// its bases keep none, Initializable's is namespaced).
var simpleAccountOwnerSlot = common.Hash{}

// Estimate measures op's gas limits by simulation and adds the margin: verification and
// paymaster verification by bisection on handleOps (dummy signature, AA24 marking success);
// the call and postOp on a simulation where the account accepts the dummy signature, at
// DPNPaymaster's floors when they suffice. For a DPN purchase the
// simulations write a gas allowance covering the limits tried into the callData and give
// the account the ETH the operation names, so a wallet can estimate before funding it; the
// credited amount (value - allowance) is kept. The result is inside DPNPaymaster's bounds.
func (b *Bundler) Estimate(ctx context.Context, op UserOperation, entryPoint common.Address) (*GasEstimate, error) {
	g, rerr := b.estimate(ctx, op, entryPoint)
	if rerr != nil {
		b.log.Info("estimate refused", "sender", op.Sender, "code", rerr.Code, "reason", rerr.Message)
		return nil, rerr
	}
	return g, nil
}

type estimator struct {
	b        *Bundler
	baseFee  *big.Int
	purchase *Purchase // the operation's DPN purchase, nil for another call
	credited *big.Int
	balance  *big.Int // what the account is given in the simulations
}

func (b *Bundler) estimate(ctx context.Context, op UserOperation, entryPoint common.Address) (*GasEstimate, *Error) {
	if err := b.checkTarget(op, entryPoint); err != nil {
		return nil, err
	}
	head, err := b.l2.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, internal(err)
	}
	e := &estimator{b: b, baseFee: head.BaseFee}
	if e.baseFee == nil {
		e.baseFee = new(big.Int)
	}
	w := op.clone()
	if w.MaxFeePerGas.Sign() == 0 {
		// The fee only scales the allowance and the prefund here; an estimate without
		// one is made at twice the base fee, as wallets price.
		w.MaxFeePerGas = new(big.Int).Add(new(big.Int).Mul(e.baseFee, big.NewInt(2)), big.NewInt(1))
	}
	if w.MaxPriorityFeePerGas.Cmp(w.MaxFeePerGas) > 0 {
		w.MaxPriorityFeePerGas = new(big.Int).Set(w.MaxFeePerGas)
	}
	l := b.cfg.Limits
	hiV, hiP, lowC, hiC, lowPO, hiPO := l.MaxVerificationGas, uint64(0), uint64(0), l.MaxCallGas, uint64(0), uint64(0)
	if w.Paymaster != nil {
		hiP = l.MaxPaymasterVerificationGas
		lowC, hiC = b.bounds.minCall, min(hiC, b.bounds.maxCall)
		lowPO, hiPO = b.bounds.minPostOp, min(l.MaxPostOpGas, b.bounds.maxPostOp)
		if p, err := DecodePurchase(w.CallData); err == nil && p.Credits == b.credits {
			e.purchase = &p
			e.credited = p.Credited()
			if e.credited.Sign() < 0 {
				e.credited = new(big.Int)
			}
		}
	}
	w.VerificationGasLimit, w.CallGasLimit, w.PaymasterVerificationGasLimit, w.PaymasterPostOpGasLimit = hiV, hiC, hiP, hiPO
	if err := e.price(&w); err != nil {
		return nil, err
	}
	bal, err := b.l2.BalanceAt(ctx, w.Sender, nil)
	if err != nil {
		return nil, internal(err)
	}
	need := new(big.Int).Add(w.MaxCost(), executeValue(w.CallData))
	e.balance = bal
	if bal.Cmp(need) < 0 {
		e.balance = need
	}

	if _, rerr := e.validates(ctx, w); rerr != nil {
		return nil, rerr
	}
	// Short of gas, the factory call fails (AA13), validateUserOp reverts (AA23), the
	// account's prefund transfer fails quietly (AA21), or the phase overruns (AA26).
	v, rerr := e.least(0, hiV, func(g uint64) (bool, *Error) {
		t := w.clone()
		t.VerificationGasLimit = g
		return e.validatesWithin(ctx, t, "AA13", "AA21", "AA23", "AA26")
	})
	if rerr != nil {
		return nil, rerr
	}
	w.VerificationGasLimit = min(hiV, e.margin(v))
	if w.Paymaster != nil {
		p, rerr := e.least(0, hiP, func(g uint64) (bool, *Error) {
			t := w.clone()
			t.PaymasterVerificationGasLimit = g
			return e.validatesWithin(ctx, t, "AA33", "AA36")
		})
		if rerr != nil {
			return nil, rerr
		}
		w.PaymasterVerificationGasLimit = min(hiP, e.margin(p))
	}
	if w.CallGasLimit, rerr = e.fromFloor(lowC, hiC, func(g uint64) (bool, *Error) {
		t := w.clone()
		t.CallGasLimit = g
		return e.executes(ctx, t)
	}); rerr != nil {
		return nil, rerr
	}
	if w.Paymaster != nil {
		if w.PaymasterPostOpGasLimit, rerr = e.fromFloor(lowPO, hiPO, func(g uint64) (bool, *Error) {
			t := w.clone()
			t.PaymasterPostOpGasLimit = g
			return e.executes(ctx, t)
		}); rerr != nil {
			return nil, rerr
		}
	}
	if err := e.price(&w); err != nil {
		return nil, err
	}
	// The answer itself, as the wallet will send it (allowance = its max cost).
	if ok, err := e.validates(ctx, w); !ok {
		return nil, err
	}
	if ok, err := e.executes(ctx, w); !ok {
		return nil, err
	}
	if w.Paymaster != nil {
		maxPVG, err := b.pm.MaxPreVerificationGas(&bind.CallOpts{Context: ctx})
		if err != nil {
			return nil, internal(err)
		}
		if maxPVG.IsUint64() && w.PreVerificationGas > maxPVG.Uint64() {
			return nil, &Error{Code: CodeRejectedByPaymaster, Reason: "paymaster:PreVerificationGasTooHigh",
				Message: fmt.Sprintf("preVerificationGas %d is above DPNPaymaster's maximum %s", w.PreVerificationGas, maxPVG)}
		}
	}
	if w.PreVerificationGas > l.MaxPreVerificationGas {
		return nil, invalid("gas_limits", "the operation needs preVerificationGas %d, above this bundler's %d", w.PreVerificationGas, l.MaxPreVerificationGas)
	}
	g := &GasEstimate{
		PreVerificationGas: hexutil.Uint64(w.PreVerificationGas), VerificationGasLimit: hexutil.Uint64(w.VerificationGasLimit),
		CallGasLimit: hexutil.Uint64(w.CallGasLimit),
	}
	if w.Paymaster != nil {
		g.PaymasterVerificationGasLimit, g.PaymasterPostOpGasLimit = hexutil.Uint64(w.PaymasterVerificationGasLimit), hexutil.Uint64(w.PaymasterPostOpGasLimit)
	}
	return g, nil
}

func (e *estimator) margin(g uint64) uint64 { return g + g*e.b.cfg.EstimateMarginPercent/100 }

// price sets preVerificationGas for w's bytes and, for a purchase, the allowance to w's max
// cost (keeping the credited amount), twice, since each depends on the other's bytes.
func (e *estimator) price(w *UserOperation) *Error {
	for range 2 {
		sig := w.Signature
		w.Signature = nil // counted as 65 non-zero bytes: any real signature costs less
		w.PreVerificationGas = preVerificationGas(*w) + pvgMargin
		w.Signature = sig
		if e.purchase == nil {
			continue
		}
		p := *e.purchase
		p.GasAllowance = w.MaxCost()
		p.Value = new(big.Int).Add(e.credited, p.GasAllowance)
		data, err := p.CallData()
		if err != nil {
			return invalid("invalid_fields", "purchase callData: %v", err)
		}
		w.CallData = data
	}
	return nil
}

// least is the smallest gas in (lo, hi] that passes, to within searchStep, given that hi
// passes. A probe's error (a refusal that more gas would not cure) ends the search.
func (e *estimator) least(lo, hi uint64, pass func(uint64) (bool, *Error)) (uint64, *Error) {
	for hi-lo > searchStep {
		mid := lo + (hi-lo)/2
		ok, err := pass(mid)
		if err != nil {
			return 0, err
		}
		if ok {
			hi = mid
		} else {
			lo = mid
		}
	}
	return hi, nil
}

// fromFloor is the limit for the call or postOp phase: for DPNPaymaster's operations the
// paymaster's floor (MIN_CALL_GAS_LIMIT, MIN_POST_OP_GAS_LIMIT: what its own call and postOp
// need on their longest paths) when the phase passes at it, since the paymaster refuses
// anything lower and so no margin below it can be measured; otherwise the least passing gas
// plus the margin, at most hi.
func (e *estimator) fromFloor(floor, hi uint64, pass func(uint64) (bool, *Error)) (uint64, *Error) {
	ok, err := pass(hi)
	if !ok {
		return 0, err
	}
	if floor > 0 {
		if ok, _ := pass(floor); ok {
			return floor, nil
		}
	}
	g, rerr := e.least(floor, hi, func(g uint64) (bool, *Error) {
		ok, _ := pass(g)
		return ok, nil
	})
	if rerr != nil {
		return 0, rerr
	}
	return min(hi, max(floor, e.margin(g))), nil
}

func (e *estimator) overrides(w UserOperation) map[common.Address]ethereum.OverrideAccount {
	return map[common.Address]ethereum.OverrideAccount{w.Sender: {Balance: e.balance}}
}

func signedByEstimator(w UserOperation, ep common.Address, chainID *big.Int) UserOperation {
	w.Signature = l2sim.SignUserOp(estimationKey, w.Hash(ep, chainID))
	return w
}

// validates runs w's validation: true when it passes up to the signature check.
func (e *estimator) validates(ctx context.Context, w UserOperation) (bool, *Error) {
	return e.validatesWithin(ctx, w)
}

// validatesWithin is validates, with the AA codes that mean "not enough gas" (false, nil)
// rather than a refusal.
func (e *estimator) validatesWithin(ctx context.Context, w UserOperation, gasCodes ...string) (bool, *Error) {
	b := e.b
	w = signedByEstimator(w, b.cfg.EntryPoint, b.chainID)
	sim, err := b.simulateOps(ctx, []bindings.PackedUserOperation{w.Packed()}, e.baseFee, simSetup{overrides: e.overrides(w)})
	if err != nil {
		return false, internal(err)
	}
	f := sim.Failed
	if f == nil || (f.Index == 0 && aaCode(f.Reason) == "AA24") {
		return true, nil
	}
	for _, c := range gasCodes {
		if f.Index == 0 && aaCode(f.Reason) == c {
			return false, nil
		}
	}
	return false, f.rpcError()
}

// executes runs w through execution and postOp, on a state where w's account (created
// first, when w has initCode) is owned by estimationKey: true when the call and postOp
// succeed.
func (e *estimator) executes(ctx context.Context, w UserOperation) (bool, *Error) {
	b := e.b
	setup := simSetup{overrides: e.overrides(w)}
	if w.Factory != nil {
		setup.pre = []ethereum.CallMsg{{From: b.senderCreator, To: w.Factory, Data: w.FactoryData, Gas: w.VerificationGasLimit}}
		w.Factory, w.FactoryData = nil, nil
	}
	o := setup.overrides[w.Sender]
	o.StateDiff = map[common.Hash]common.Hash{simpleAccountOwnerSlot: common.BytesToHash(crypto.PubkeyToAddress(estimationKey.PublicKey).Bytes())}
	setup.overrides[w.Sender] = o
	w = signedByEstimator(w, b.cfg.EntryPoint, b.chainID)
	h := w.Hash(b.cfg.EntryPoint, b.chainID)
	sim, err := b.simulateOps(ctx, []bindings.PackedUserOperation{w.Packed()}, e.baseFee, setup)
	if err != nil {
		if errors.Is(err, errSetup) {
			return false, &Error{Code: CodeRejectedByEntryPoint, Reason: "entrypoint:AA13", Message: "the factory call fails: " + err.Error()}
		}
		return false, internal(err)
	}
	if f := sim.Failed; f != nil {
		if aaCode(f.Reason) == "AA24" {
			return false, &Error{Code: CodeSignature, Reason: "estimate:account_kind",
				Message: "estimation needs a SimpleAccount (its owner in storage slot 0); give this account's gas limits yourself"}
		}
		return false, f.rpcError()
	}
	if rerr := sim.opError(b, h); rerr != nil {
		return false, rerr
	}
	return true, nil
}
