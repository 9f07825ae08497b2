package bundler

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/dpn-network/dpn/contracts/bindings"
)

// The calldata costs that preVerificationGas must cover, as eth-infinitism's reference
// bundler counts them for a bundle of one: the transaction's 21,000, a fixed share of the
// EntryPoint's loop and events per operation, and the operation's bytes in handleOps'
// calldata.
const (
	pvgFixed      = 21_000
	pvgPerOp      = 18_300
	pvgPerWord    = 4
	pvgZeroByte   = 4
	pvgByte       = 16
	dummySigBytes = 65 // a SimpleAccount's ECDSA signature
)

var packedOpArgs = func() abi.Arguments {
	ep := mustABI(bindings.EntryPointMetaData)
	return abi.Arguments{{Type: *ep.Methods["handleOps"].Inputs[0].Type.Elem}}
}()

// preVerificationGas is the least preVerificationGas the bundler takes for op: what its
// bytes cost the bundle transaction. An absent signature counts as a SimpleAccount's.
func preVerificationGas(op UserOperation) uint64 {
	p := op.Packed()
	if len(p.Signature) == 0 {
		p.Signature = make([]byte, dummySigBytes)
		for i := range p.Signature {
			p.Signature[i] = 0xff
		}
	}
	enc, err := packedOpArgs.Pack(p)
	if err != nil {
		return pvgFixed + pvgPerOp // unreachable for a decoded operation
	}
	gas := uint64(pvgFixed + pvgPerOp + pvgPerWord*((len(enc)+31)/32))
	for _, c := range enc {
		if c == 0 {
			gas += pvgZeroByte
		} else {
			gas += pvgByte
		}
	}
	return gas
}

// checkTarget refuses an operation for another entry point or paymaster.
func (b *Bundler) checkTarget(op UserOperation, entryPoint common.Address) *Error {
	if entryPoint != b.cfg.EntryPoint {
		return invalid("wrong_entry_point", "entry point %s is not this bundler's (%s)", entryPoint, b.cfg.EntryPoint)
	}
	if op.Paymaster != nil && *op.Paymaster != b.cfg.Paymaster {
		return invalid("foreign_paymaster", "paymaster %s is not DPNPaymaster (%s): this bundler only bundles DPN's operations", *op.Paymaster, b.cfg.Paymaster)
	}
	return nil
}

// checkGas refuses limits above the bundler's bounds and a preVerificationGas below what
// the operation costs the bundle.
func (b *Bundler) checkGas(op UserOperation) *Error {
	l := b.cfg.Limits
	for _, c := range []struct {
		name     string
		got, max uint64
	}{
		{"verificationGasLimit", op.VerificationGasLimit, l.MaxVerificationGas},
		{"paymasterVerificationGasLimit", op.PaymasterVerificationGasLimit, l.MaxPaymasterVerificationGas},
		{"callGasLimit", op.CallGasLimit, l.MaxCallGas},
		{"paymasterPostOpGasLimit", op.PaymasterPostOpGasLimit, l.MaxPostOpGas},
		{"preVerificationGas", op.PreVerificationGas, l.MaxPreVerificationGas},
	} {
		if c.got > c.max {
			return invalid("gas_limits", "%s %d is above this bundler's %d", c.name, c.got, c.max)
		}
	}
	if op.VerificationGasLimit == 0 {
		return invalid("gas_limits", "verificationGasLimit is 0 (eth_estimateUserOperationGas gives the limits)")
	}
	if least := preVerificationGas(op); op.PreVerificationGas < least {
		return invalid("gas_limits", "preVerificationGas %d is below %d, what the operation's bytes cost the bundle", op.PreVerificationGas, least)
	}
	if total := op.GasTotal(); total > b.cfg.BundleGasLimit/2 {
		return invalid("gas_limits", "the operation's gas limits add up to %d, above this bundler's %d per operation", total, b.cfg.BundleGasLimit/2)
	}
	return nil
}

// checkFees refuses an operation that could not be included now.
func (b *Bundler) checkFees(op UserOperation, baseFee *big.Int) *Error {
	if op.MaxFeePerGas.Sign() == 0 {
		return invalid("fee_too_low", "maxFeePerGas is 0")
	}
	if baseFee != nil && op.MaxFeePerGas.Cmp(baseFee) < 0 {
		return invalid("fee_too_low", "maxFeePerGas %s is below the L2's base fee %s", op.MaxFeePerGas, baseFee)
	}
	return nil
}

// Accept validates op for entryPoint, simulates it, and puts it in the mempool. A refusal
// is an *Error with the ERC-4337 code.
func (b *Bundler) Accept(ctx context.Context, op UserOperation, entryPoint common.Address) (common.Hash, error) {
	b.metrics.Received.Inc()
	h, rerr := b.accept(ctx, op, entryPoint)
	if rerr != nil {
		b.metrics.Rejected.WithLabelValues(rerr.Reason).Inc()
		b.log.Info("operation refused", "sender", op.Sender, "nonce", op.Nonce, "code", rerr.Code, "reason", rerr.Message)
		return common.Hash{}, rerr
	}
	b.metrics.Accepted.Inc()
	b.log.Info("operation accepted", "hash", h, "sender", op.Sender, "nonce", op.Nonce)
	select {
	case b.wake <- struct{}{}:
	default:
	}
	return h, nil
}

func (b *Bundler) accept(ctx context.Context, op UserOperation, entryPoint common.Address) (common.Hash, *Error) {
	if err := b.validate(ctx, op, entryPoint); err != nil {
		return common.Hash{}, err
	}
	h := op.Hash(b.cfg.EntryPoint, b.chainID)
	replaced, err := b.pool.add(op, h)
	if err != nil {
		return common.Hash{}, err
	}
	if replaced != (common.Hash{}) {
		b.log.Info("operation replaced", "old", replaced, "new", h)
	}
	return h, nil
}

// validate is every check of Accept but the mempool's insertion: the static ones, the
// mempool's rules, then the simulation.
func (b *Bundler) validate(ctx context.Context, op UserOperation, entryPoint common.Address) *Error {
	if err := b.checkTarget(op, entryPoint); err != nil {
		return err
	}
	if len(op.Signature) == 0 {
		return invalid("invalid_fields", "the operation has no signature")
	}
	if err := b.checkGas(op); err != nil {
		return err
	}
	head, err := b.l2.HeaderByNumber(ctx, nil)
	if err != nil {
		return internal(err)
	}
	if err := b.checkFees(op, head.BaseFee); err != nil {
		return err
	}
	h := op.Hash(b.cfg.EntryPoint, b.chainID)
	if err := b.pool.admit(op, h); err != nil {
		return err
	}
	sim, serr := b.simulateOps(ctx, []bindings.PackedUserOperation{op.Packed()}, head.BaseFee, simSetup{})
	if serr != nil {
		return internal(serr)
	}
	return sim.opError(b, h)
}
