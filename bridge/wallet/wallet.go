// Package wallet is the wallet side of buying DPN compute with ETH on an L2: it builds a
// SimpleAccount's sponsored purchase UserOperation, has DPN's bundler estimate and send it,
// follows it to its receipt, and follows the DPN chain until the purchase is credited.
package wallet

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/cosmos/cosmos-sdk/codec"
	codectypes "github.com/cosmos/cosmos-sdk/codec/types"
	"github.com/cosmos/cosmos-sdk/types/query"

	"github.com/dpn-network/dpn/bridge/bundler"
	"github.com/dpn-network/dpn/bridge/revert"
	"github.com/dpn-network/dpn/contracts/bindings"
	"github.com/dpn-network/dpn/contracts/l2sim"
	bridgetypes "github.com/dpn-network/dpn/x/bridge/types"
)

// Errors of a purchase.
var (
	ErrBelowMinimum = errors.New("below ComputeCredits' minimum purchase")
	ErrUnfunded     = errors.New("the account holds too little ETH")
	ErrWrongSetup   = errors.New("the bundler, the L2 and the contracts do not belong together")
	ErrRefused      = errors.New("the bundler refused the operation")
	ErrNoReceipt    = errors.New("no receipt for the operation")
	ErrOpReverted   = errors.New("the operation was included but its purchase reverted")
	// ErrNotCredited is a purchase the chain refunded instead of crediting.
	ErrNotCredited = errors.New("purchase not credited")
)

// L2 is what a purchase reads of its L2 node.
type L2 interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
	BalanceAt(ctx context.Context, account common.Address, block *big.Int) (*big.Int, error)
}

type Params struct {
	// Amount is the wei credited; the account sends it plus the operation's gas allowance.
	Amount *big.Int
	// To is the DPN account credited.
	To  string
	Key *ecdsa.PrivateKey // the SimpleAccount's owner
	// EntryPoint may be zero: the bundler's.
	Paymaster, Factory, EntryPoint common.Address
	Salt                           *big.Int
	// Timeout bounds the wait for the operation's receipt.
	Timeout time.Duration
	// FundFrom, when set, tops the account up from this key (an ordinary account of the
	// user's) with what the purchase lacks, before the operation is sent.
	FundFrom *ecdsa.PrivateKey
}

// Purchase is what Buy reports.
type Purchase struct {
	Account, Owner common.Address
	Created        bool
	UserOpHash     common.Hash
	Tx             common.Hash
	Block          *big.Int
	PurchaseID     common.Hash
	PurchaseNonce  *big.Int
	Credited       *big.Int
	DPNAccount     string
	Allowance      *big.Int
	GasPaid        *big.Int // what the paymaster kept of the allowance
	Refund         *big.Int
	Owed           *big.Int // an unfunded part, now the account's debt at the paymaster
}

// Print writes the purchase as "name: value" lines.
func (p *Purchase) Print(w io.Writer) {
	created := ""
	if p.Created {
		created = ", created by this operation"
	}
	fmt.Fprintf(w, "account: %s (SimpleAccount of %s%s)\n", p.Account.Hex(), p.Owner.Hex(), created)
	fmt.Fprintf(w, "userOpHash: %s\n", p.UserOpHash.Hex())
	if p.Tx == (common.Hash{}) {
		return
	}
	fmt.Fprintf(w, "transaction: %s (block %s)\n", p.Tx.Hex(), p.Block)
	if p.PurchaseNonce == nil {
		return
	}
	fmt.Fprintf(w, "purchaseId: %s\n", p.PurchaseID.Hex())
	fmt.Fprintf(w, "purchaseNonce: %s\n", p.PurchaseNonce)
	fmt.Fprintf(w, "credited: %s wei (%s ETH) to %s\n", p.Credited, EtherString(p.Credited), p.DPNAccount)
	if p.GasPaid != nil {
		fmt.Fprintf(w, "gas paid: %s wei (allowance %s wei, %s wei refunded)\n", p.GasPaid, p.Allowance, p.Refund)
	}
	if p.Owed != nil {
		fmt.Fprintf(w, "unpaid gas: %s wei, now the account's debt at the paymaster\n", p.Owed)
	}
}

// EtherString renders wei as ETH without trailing zeros.
func EtherString(wei *big.Int) string {
	s := new(big.Rat).SetFrac(wei, big.NewInt(1e18)).FloatString(18)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

// rpcRefusal keeps the bundler's JSON-RPC code in the error's text.
func rpcRefusal(what string, err error) error {
	var re rpc.Error
	if errors.As(err, &re) {
		return fmt.Errorf("%w: %s (%d): %s", ErrRefused, what, re.ErrorCode(), re.Error())
	}
	return fmt.Errorf("%s: %w", what, err)
}

// buyCredits builds, estimates, signs and sends the purchase, and follows it to its receipt.
// The returned purchase holds what is known so far even with an error.
func Buy(ctx context.Context, l2 L2, bc *rpc.Client, p Params, logf func(string, ...any)) (*Purchase, error) {
	chainID, err := l2.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("L2 chain id: %w", err)
	}
	var bundlerChain hexutil.Big
	if err := bc.CallContext(ctx, &bundlerChain, "eth_chainId"); err != nil {
		return nil, fmt.Errorf("bundler eth_chainId: %w", err)
	}
	if bundlerChain.ToInt().Cmp(chainID) != 0 {
		return nil, fmt.Errorf("%w: the bundler serves chain %s, the L2 is chain %s", ErrWrongSetup, bundlerChain.ToInt(), chainID)
	}
	var eps []common.Address
	if err := bc.CallContext(ctx, &eps, "eth_supportedEntryPoints"); err != nil {
		return nil, fmt.Errorf("bundler eth_supportedEntryPoints: %w", err)
	}
	if len(eps) == 0 {
		return nil, fmt.Errorf("%w: the bundler names no entry point", ErrWrongSetup)
	}
	ep := p.EntryPoint
	if ep == (common.Address{}) {
		ep = eps[0]
	} else if !slices.Contains(eps, ep) {
		return nil, fmt.Errorf("%w: the bundler serves %v, not %s", ErrWrongSetup, eps, ep)
	}
	opts := &bind.CallOpts{Context: ctx}
	pm, err := bindings.NewDPNPaymasterCaller(p.Paymaster, l2)
	if err != nil {
		return nil, err
	}
	if pmEP, err := pm.EntryPoint(opts); err != nil {
		return nil, fmt.Errorf("paymaster %s: %w", p.Paymaster, err)
	} else if pmEP != ep {
		return nil, fmt.Errorf("%w: paymaster %s belongs to entry point %s, the bundler's is %s", ErrWrongSetup, p.Paymaster, pmEP, ep)
	}
	creditsAddr, err := pm.Credits(opts)
	if err != nil {
		return nil, fmt.Errorf("paymaster's ComputeCredits: %w", err)
	}
	credits, err := bindings.NewComputeCredits(creditsAddr, l2)
	if err != nil {
		return nil, err
	}
	minimum, err := credits.MinPurchaseWei(opts)
	if err != nil {
		return nil, fmt.Errorf("ComputeCredits' minimum: %w", err)
	}
	if p.Amount.Cmp(minimum) < 0 {
		return nil, fmt.Errorf("%w: %s wei, the minimum is %s wei", ErrBelowMinimum, p.Amount, minimum)
	}
	entry, err := bindings.NewEntryPoint(ep, l2)
	if err != nil {
		return nil, err
	}
	fac, err := bindings.NewSimpleAccountFactoryCaller(p.Factory, l2)
	if err != nil {
		return nil, err
	}
	creator, err := entry.SenderCreator(opts)
	if err != nil {
		return nil, fmt.Errorf("entry point's senderCreator: %w", err)
	}
	if fc, err := fac.SenderCreator(opts); err != nil {
		return nil, fmt.Errorf("factory %s: %w", p.Factory, err)
	} else if fc != creator {
		return nil, fmt.Errorf("%w: factory %s creates accounts for another entry point", ErrWrongSetup, p.Factory)
	}
	owner := crypto.PubkeyToAddress(p.Key.PublicKey)
	res := &Purchase{Owner: owner, DPNAccount: p.To}
	if res.Account, err = fac.GetAddress(opts, owner, p.Salt); err != nil {
		return nil, fmt.Errorf("account address: %w", err)
	}
	code, err := l2.CodeAt(ctx, res.Account, nil)
	if err != nil {
		return nil, err
	}
	nonce, err := entry.GetNonce(opts, res.Account, new(big.Int))
	if err != nil {
		return nil, fmt.Errorf("account nonce: %w", err)
	}
	head, err := l2.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	tip, err := l2.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, err
	}
	maxFee := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	pmAddr := p.Paymaster
	op := bundler.UserOperation{Sender: res.Account, Nonce: nonce, MaxFeePerGas: maxFee, MaxPriorityFeePerGas: tip, Paymaster: &pmAddr}
	if len(code) == 0 {
		res.Created = true
		fa, err := bindings.SimpleAccountFactoryMetaData.GetAbi()
		if err != nil {
			return nil, err
		}
		if op.FactoryData, err = fa.Pack("createAccount", owner, p.Salt); err != nil {
			return nil, err
		}
		op.Factory = &p.Factory
	}
	buy := bundler.Purchase{Credits: creditsAddr, DPNAccount: p.To, Value: p.Amount, GasAllowance: new(big.Int)}
	if op.CallData, err = buy.CallData(); err != nil {
		return nil, err
	}
	var g bundler.GasEstimate
	if err := bc.CallContext(ctx, &g, "eth_estimateUserOperationGas", op, ep); err != nil {
		return res, rpcRefusal("estimate", err)
	}
	g.Apply(&op)
	buy.GasAllowance = op.MaxCost()
	buy.Value = new(big.Int).Add(p.Amount, buy.GasAllowance)
	res.Allowance = buy.GasAllowance
	if op.CallData, err = buy.CallData(); err != nil {
		return nil, err
	}
	bal, err := l2.BalanceAt(ctx, res.Account, nil)
	if err != nil {
		return nil, err
	}
	if bal.Cmp(buy.Value) < 0 && p.FundFrom != nil {
		short := new(big.Int).Sub(buy.Value, bal)
		logf("funding the account", "from", crypto.PubkeyToAddress(p.FundFrom.PublicKey), "account", res.Account, "wei", short)
		if err := sendETH(ctx, l2, chainID, p.FundFrom, res.Account, short); err != nil {
			return res, fmt.Errorf("funding %s: %w", res.Account.Hex(), err)
		}
		bal = buy.Value
	}
	if bal.Cmp(buy.Value) < 0 {
		return res, fmt.Errorf("%w: %s holds %s ETH; the purchase needs %s ETH (%s credited and a gas allowance of %s, the unused part refunded): send at least %s ETH to it and run buy again",
			ErrUnfunded, res.Account.Hex(), EtherString(bal), EtherString(buy.Value), EtherString(p.Amount), EtherString(buy.GasAllowance),
			EtherString(new(big.Int).Sub(buy.Value, bal)))
	}
	op.Signature = l2sim.SignUserOp(p.Key, op.Hash(ep, chainID))
	if err := bc.CallContext(ctx, &res.UserOpHash, "eth_sendUserOperation", op, ep); err != nil {
		return res, rpcRefusal("send", err)
	}
	logf("operation sent", "userOpHash", res.UserOpHash, "account", res.Account, "allowance_wei", buy.GasAllowance)
	r, err := waitReceipt(ctx, bc, res.UserOpHash, p.Timeout)
	if err != nil {
		return res, err
	}
	res.Tx, res.Block = r.Receipt.TxHash, r.Receipt.BlockNumber
	for _, lg := range r.Logs {
		switch {
		case lg.Address == creditsAddr:
			if ev, err := credits.ParseCreditsPurchased(*lg); err == nil && ev.Buyer == res.Account {
				res.PurchaseID, res.PurchaseNonce, res.Credited = ev.PurchaseId, ev.PurchaseNonce, ev.AmountWei
			}
		case lg.Address == p.Paymaster:
			pmf, _ := bindings.NewDPNPaymasterFilterer(p.Paymaster, nil)
			if ev, err := pmf.ParseGasRepaid(*lg); err == nil {
				res.GasPaid, res.Refund = ev.CostWei, ev.RefundWei
			} else if ev, err := pmf.ParseSponsorshipUnpaid(*lg); err == nil {
				res.GasPaid, res.Owed, res.Refund = new(big.Int).Sub(ev.CostWei, ev.OwedWei), ev.OwedWei, new(big.Int)
			}
		}
	}
	if !r.Success || res.PurchaseNonce == nil {
		return res, fmt.Errorf("%w: %s", ErrOpReverted, explainRevert(r.Reason))
	}
	return res, nil
}

// waitReceipt polls the bundler until the operation has a receipt.
func waitReceipt(ctx context.Context, bc *rpc.Client, h common.Hash, timeout time.Duration) (*bundler.OperationReceipt, error) {
	deadline := time.Now().Add(timeout)
	t := time.NewTicker(500 * time.Millisecond)
	defer t.Stop()
	for {
		var r *bundler.OperationReceipt
		if err := bc.CallContext(ctx, &r, "eth_getUserOperationReceipt", h); err != nil {
			return nil, fmt.Errorf("eth_getUserOperationReceipt: %w", err)
		}
		if r != nil && r.Receipt != nil {
			return r, nil
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("%w %s after %s: the bundler may have dropped it (its log says why)", ErrNoReceipt, h.Hex(), timeout)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-t.C:
		}
	}
}

func explainRevert(data []byte) string {
	if len(data) == 0 {
		return "no revert data"
	}
	var abis []*abi.ABI
	for _, md := range []*bind.MetaData{bindings.ComputeCreditsMetaData, bindings.SimpleAccountMetaData, bindings.DPNPaymasterMetaData} {
		if a, err := md.GetAbi(); err == nil {
			abis = append(abis, a)
		}
	}
	re, err := revert.NewDecoder(abis...).Decode(data)
	if err != nil {
		return fmt.Sprintf("revert data %x", data)
	}
	return re.Error()
}

// WaitForCredit follows the DPN chain until its validators applied the purchase: credited
// (the udpn are on the account) or refunded (the ETH comes back on the L2 in a batch).
func WaitForCredit(ctx context.Context, w io.Writer, grpcAddr string, p *Purchase, timeout time.Duration) error {
	// The chain's messages carry the SDK's math types, which only its codec encodes.
	conn, err := grpc.NewClient(grpcAddr, grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithDefaultCallOptions(grpc.ForceCodec(codec.NewProtoCodec(codectypes.NewInterfaceRegistry()).GRPCCodec())))
	if err != nil {
		return fmt.Errorf("chain gRPC %s: %w", grpcAddr, err)
	}
	defer conn.Close()
	q := bridgetypes.NewQueryClient(conn)
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	t := time.NewTicker(time.Second)
	defer t.Stop()
	var last error
	for {
		res, err := q.Credits(ctx, &bridgetypes.QueryCreditsRequest{Account: p.DPNAccount,
			Pagination: &query.PageRequest{Reverse: true, Limit: 100}})
		if err == nil {
			for _, o := range res.Credits {
				if pp := o.Event.Purchase; pp != nil && bytes.Equal(pp.PurchaseId, p.PurchaseID.Bytes()) {
					switch o.Outcome {
					case bridgetypes.OUTCOME_CREDITED:
						fmt.Fprintf(w, "credited on DPN: %sudpn to %s at block %d (%s DPN per ETH, purchase %s/%d)\n",
							o.Udpn, p.DPNAccount, o.Height, o.Rate, o.Event.Destination, o.Event.Nonce)
						return nil
					default:
						fmt.Fprintf(w, "not credited on DPN (block %d): %s; the ETH is refunded on the L2 in a batch\n", o.Height, o.Reason)
						return fmt.Errorf("%w: %s", ErrNotCredited, o.Reason)
					}
				}
			}
		} else {
			last = err
		}
		select {
		case <-ctx.Done():
			if last != nil {
				return fmt.Errorf("waiting for the credit on DPN (%s): %w", grpcAddr, last)
			}
			return fmt.Errorf("waiting for the credit on DPN: %w after %s", ctx.Err(), timeout)
		case <-t.C:
		}
	}
}

// sendETH sends wei from key to `to` and waits for it to be mined.
func sendETH(ctx context.Context, l2 L2, chainID *big.Int, key *ecdsa.PrivateKey, to common.Address, wei *big.Int) error {
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := l2.PendingNonceAt(ctx, from)
	if err != nil {
		return err
	}
	tip, err := l2.SuggestGasTipCap(ctx)
	if err != nil {
		return err
	}
	head, err := l2.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	fee := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	// A smart account runs code on receiving ETH: more than a plain transfer's 21,000 gas.
	gas, err := l2.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &to, Value: wei})
	if err != nil {
		return err
	}
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID),
		&types.DynamicFeeTx{ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: fee, Gas: gas, To: &to, Value: wei})
	if err != nil {
		return err
	}
	if err := l2.SendTransaction(ctx, tx); err != nil {
		return err
	}
	r, err := bind.WaitMined(ctx, l2, tx)
	if err != nil {
		return err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("transfer %s failed", tx.Hash().Hex())
	}
	return nil
}
