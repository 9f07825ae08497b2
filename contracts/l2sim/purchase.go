package l2sim

import (
	"crypto/ecdsa"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dpn-network/dpn/contracts/bindings"
)

// PurchaseGas are the gas limits of a sponsored purchase UserOperation.
type PurchaseGas struct {
	Verification, Call, PaymasterVerification, PostOp, PreVerification uint64
	MaxFeePerGas, MaxPriorityFeePerGas                                 *big.Int
}

// MaxCost is the most the EntryPoint may charge the paymaster for the operation.
func (g PurchaseGas) MaxCost() *big.Int {
	total := g.Verification + g.Call + g.PaymasterVerification + g.PostOp + g.PreVerification
	return new(big.Int).Mul(new(big.Int).SetUint64(total), g.MaxFeePerGas)
}

// PurchaseCall is the callData of a sponsored purchase: the account's
// execute(ComputeCredits, value, buySponsored(dpnAccount, gasAllowance)).
func (e *Env) PurchaseCall(dpnAccount string, value, gasAllowance *big.Int) ([]byte, error) {
	ca, _ := bindings.ComputeCreditsMetaData.GetAbi()
	sa, _ := bindings.SimpleAccountMetaData.GetAbi()
	buy, err := ca.Pack("buySponsored", dpnAccount, gasAllowance)
	if err != nil {
		return nil, err
	}
	return sa.Pack("execute", e.CreditsAddr, value, buy)
}

// SponsoredOp is an unsigned UserOperation of sender with the paymaster and the limits of g.
func (e *Env) SponsoredOp(sender common.Address, nonce *big.Int, initCode, callData []byte, g PurchaseGas) bindings.PackedUserOperation {
	return bindings.PackedUserOperation{
		Sender:             sender,
		Nonce:              nonce,
		InitCode:           initCode,
		CallData:           callData,
		AccountGasLimits:   Pack128(new(big.Int).SetUint64(g.Verification), new(big.Int).SetUint64(g.Call)),
		PreVerificationGas: new(big.Int).SetUint64(g.PreVerification),
		GasFees:            Pack128(g.MaxPriorityFeePerGas, g.MaxFeePerGas),
		PaymasterAndData:   PaymasterAndData(e.PaymasterAddr, g.PaymasterVerification, g.PostOp, nil),
		Signature:          []byte{},
	}
}

// PurchaseOp builds and signs the UserOperation by which owner's SimpleAccount (salt 0)
// buys credits for dpnAccount with value wei, gasAllowance of which pays for the
// operation through the paymaster. With deploy set, initCode creates the account.
func (e *Env) PurchaseOp(owner *ecdsa.PrivateKey, dpnAccount string, value, gasAllowance *big.Int, nonce *big.Int, deploy bool, g PurchaseGas) (bindings.PackedUserOperation, common.Address, error) {
	ownerAddr := crypto.PubkeyToAddress(owner.PublicKey)
	sender, err := e.Factory.GetAddress(nil, ownerAddr, big.NewInt(0))
	if err != nil {
		return bindings.PackedUserOperation{}, sender, err
	}
	fa, _ := bindings.SimpleAccountFactoryMetaData.GetAbi()
	var initCode []byte
	if deploy {
		create, err := fa.Pack("createAccount", ownerAddr, big.NewInt(0))
		if err != nil {
			return bindings.PackedUserOperation{}, sender, err
		}
		initCode = append(e.FactoryAddr.Bytes(), create...)
	}
	call, err := e.PurchaseCall(dpnAccount, value, gasAllowance)
	if err != nil {
		return bindings.PackedUserOperation{}, sender, err
	}
	op := e.SponsoredOp(sender, nonce, initCode, call, g)
	op.Signature = SignUserOp(owner, UserOpHash(op, e.EntryPointAddr, e.ChainID))
	return op, sender, nil
}

// HandleOps submits ops through the EntryPoint from bundler and mines them.
func (e *Env) HandleOps(bundler *ecdsa.PrivateKey, ops ...bindings.PackedUserOperation) (*types.Receipt, error) {
	o := e.Transactor(bundler)
	return e.Mine(e.EntryPoint.HandleOps(o, ops, o.From))
}
