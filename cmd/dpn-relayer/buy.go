package main

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

	"github.com/cosmos/cosmos-sdk/codec"
	codectypes "github.com/cosmos/cosmos-sdk/codec/types"
	"github.com/cosmos/cosmos-sdk/types/bech32"
	"github.com/cosmos/cosmos-sdk/types/query"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/spf13/cobra"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/dpn-network/dpn/bridge/bundler"
	"github.com/dpn-network/dpn/bridge/revert"
	"github.com/dpn-network/dpn/contracts/bindings"
	"github.com/dpn-network/dpn/contracts/l2sim"
	bridgetypes "github.com/dpn-network/dpn/x/bridge/types"
)

// dpnAccountPrefix is app.Bech32Prefix; the relayer does not link the chain's app for it.
const dpnAccountPrefix = "dpn"

// Errors of buy.
var (
	errEther        = errors.New("not an amount of ETH")
	errDPNAccount   = errors.New("not a DPN account")
	errBelowMinimum = errors.New("below ComputeCredits' minimum purchase")
	errUnfunded     = errors.New("the account holds too little ETH")
	errWrongSetup   = errors.New("the bundler, the L2 and the contracts do not belong together")
	errRefused      = errors.New("the bundler refused the operation")
	errNoReceipt    = errors.New("no receipt for the operation")
	errOpReverted   = errors.New("the operation was included but its purchase reverted")
	// errNotCredited is a purchase the chain refunded instead of crediting.
	errNotCredited = errors.New("purchase not credited")
)

func newBuyCmd(d deps) *cobra.Command {
	var (
		l2URL, bundlerURL, ownerKey, eth, to, paymaster, factory, entryPoint, chainGRPC string
		creditTimeout                                                                   time.Duration
		salt                                                                            uint64
		timeout                                                                         time.Duration
	)
	cmd := &cobra.Command{
		Use:   "buy",
		Short: "Buy DPN compute credits with ETH from a smart account, gas paid through DPNPaymaster",
		Long: `Buys --eth of compute credits for the DPN account --to from the SimpleAccount that --owner-key
owns (created by --factory with --salt; the operation creates it when it has no code yet).
The account sends ComputeCredits' buySponsored --eth plus a gas allowance, the most the
operation may cost; DPNPaymaster pays the gas and gives back what the allowance did not
cost, so the account needs nothing but ETH: --eth plus the allowance, which buy states
when the account holds less.

The operation is built, its gas estimated by the bundler (eth_estimateUserOperationGas),
signed with --owner-key, sent (eth_sendUserOperation), and followed until its receipt
(eth_getUserOperationReceipt). buy then prints the transaction, the purchase's id and
nonce from ComputeCredits' CreditsPurchased event, the wei credited, and the gas paid.

With --chain-grpc, buy then follows the DPN chain (dpn.bridge.v1.Query/Credits) until
its validators applied the purchase, a block or two after the L2 block is confirmed, and
prints the udpn credited, or why it was refunded instead (the ETH then comes back on the
L2 in the next batch), exiting non-zero.`,
		Example: `  openssl rand -hex 32 > owner.key && chmod 600 owner.key
  dpn-relayer buy --l2 http://127.0.0.1:8545 --bundler http://127.0.0.1:4337 --owner-key owner.key \
    --paymaster 0x9A676e781A523b5d0C0e43731313A708CB607508 --factory 0x959922bE3CAee4b8Cd9a407cc3ac1C251C2007B1 \
    --eth 0.01 --to dpn1xqcnyve5x5mrwwpev93xxer9venks6t2wv3g6j`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			amount, err := parseEther(eth)
			if err != nil {
				return err
			}
			if err := checkDPNAccount(to); err != nil {
				return err
			}
			p := buyParams{amount: amount, to: to, salt: new(big.Int).SetUint64(salt), timeout: timeout}
			if p.paymaster, err = addressFlag("paymaster", paymaster); err != nil {
				return err
			}
			if p.factory, err = addressFlag("factory", factory); err != nil {
				return err
			}
			if entryPoint != "" {
				if p.entryPoint, err = addressFlag("entry-point", entryPoint); err != nil {
					return err
				}
			}
			if p.key, err = loadKey(ownerKey); err != nil {
				return err
			}
			ctx, stop := signalContext(cmd.Context())
			defer stop()
			l2, err := d.dialL2(ctx, l2URL)
			if err != nil {
				return err
			}
			bc, err := rpc.DialContext(ctx, bundlerURL)
			if err != nil {
				return fmt.Errorf("bundler %s: %w", bundlerURL, err)
			}
			defer bc.Close()
			res, err := buyCredits(ctx, l2, bc, p, newLogger(cmd).Info)
			if res != nil {
				res.print(cmd.OutOrStdout())
			}
			if err != nil {
				return err
			}
			if chainGRPC != "" {
				return waitForCredit(ctx, cmd.OutOrStdout(), chainGRPC, res, creditTimeout)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&l2URL, "l2", "", "the L2's JSON-RPC URL")
	f.StringVar(&bundlerURL, "bundler", "http://"+defaultBundlerListen, `the bundler's URL ("dpn-relayer bundle")`)
	f.StringVar(&ownerKey, "owner-key", "", "file with the account owner's hex secp256k1 private key (mode 0600)")
	f.StringVar(&eth, "eth", "", "ETH to credit, a decimal with at most 18 decimals (0.01)")
	f.StringVar(&to, "to", "", "the DPN account credited (dpn1…)")
	f.StringVar(&paymaster, "paymaster", "", "the DPNPaymaster address (its ComputeCredits is where the purchase goes)")
	f.StringVar(&factory, "factory", "", "the SimpleAccountFactory address (from deploy-paymaster)")
	f.Uint64Var(&salt, "salt", 0, "the account's salt at the factory")
	f.StringVar(&entryPoint, "entry-point", "", "the EntryPoint v0.8 (default: the bundler's)")
	f.DurationVar(&timeout, "timeout", 2*time.Minute, "how long to wait for the operation's receipt")
	f.StringVar(&chainGRPC, "chain-grpc", "", "the DPN node's gRPC address (127.0.0.1:9090), to wait for the credit on DPN")
	f.DurationVar(&creditTimeout, "credit-timeout", 2*time.Minute, "how long to wait for the credit on DPN")
	for _, name := range []string{"l2", "owner-key", "eth", "to", "paymaster", "factory"} {
		_ = cmd.MarkFlagRequired(name)
	}
	return cmd
}

// parseEther reads a positive decimal number of ETH ("0.01") as wei.
func parseEther(s string) (*big.Int, error) {
	v, err := parseUnits18(s)
	if err != nil {
		return nil, fmt.Errorf("%w: %v (1 wei is 0.000000000000000001 ETH)", errEther, err)
	}
	return v, nil
}

// checkDPNAccount accepts a bech32 DPN account address: prefix dpn, checksum, 20 or 32 bytes,
// lower case (ComputeCredits takes lower-case bech32 characters only).
func checkDPNAccount(s string) error {
	hrp, data, err := bech32.DecodeAndConvert(s)
	if err != nil {
		return fmt.Errorf("%w: %q: %v", errDPNAccount, s, err)
	}
	if hrp != dpnAccountPrefix {
		return fmt.Errorf("%w: %q has the prefix %q; a DPN account starts with %s1", errDPNAccount, s, hrp, dpnAccountPrefix)
	}
	if s != strings.ToLower(s) {
		return fmt.Errorf("%w: %q: write it in lower case", errDPNAccount, s)
	}
	if len(data) != 20 && len(data) != 32 {
		return fmt.Errorf("%w: %q holds %d bytes; an account address holds 20 (or 32)", errDPNAccount, s, len(data))
	}
	return nil
}

type buyParams struct {
	amount                         *big.Int
	to                             string
	key                            *ecdsa.PrivateKey
	paymaster, factory, entryPoint common.Address
	salt                           *big.Int
	timeout                        time.Duration
}

// purchase is what buy reports.
type purchase struct {
	account, owner common.Address
	created        bool
	userOpHash     common.Hash
	tx             common.Hash
	block          *big.Int
	purchaseID     common.Hash
	purchaseNonce  *big.Int
	credited       *big.Int
	dpnAccount     string
	allowance      *big.Int
	gasPaid        *big.Int // what the paymaster kept of the allowance
	refund         *big.Int
	owed           *big.Int // an unfunded part, now the account's debt at the paymaster
}

func (p *purchase) print(w io.Writer) {
	created := ""
	if p.created {
		created = ", created by this operation"
	}
	fmt.Fprintf(w, "account: %s (SimpleAccount of %s%s)\n", p.account.Hex(), p.owner.Hex(), created)
	fmt.Fprintf(w, "userOpHash: %s\n", p.userOpHash.Hex())
	if p.tx == (common.Hash{}) {
		return
	}
	fmt.Fprintf(w, "transaction: %s (block %s)\n", p.tx.Hex(), p.block)
	if p.purchaseNonce == nil {
		return
	}
	fmt.Fprintf(w, "purchaseId: %s\n", p.purchaseID.Hex())
	fmt.Fprintf(w, "purchaseNonce: %s\n", p.purchaseNonce)
	fmt.Fprintf(w, "credited: %s wei (%s ETH) to %s\n", p.credited, etherString(p.credited), p.dpnAccount)
	if p.gasPaid != nil {
		fmt.Fprintf(w, "gas paid: %s wei (allowance %s wei, %s wei refunded)\n", p.gasPaid, p.allowance, p.refund)
	}
	if p.owed != nil {
		fmt.Fprintf(w, "unpaid gas: %s wei, now the account's debt at the paymaster\n", p.owed)
	}
}

// etherString renders wei as ETH without trailing zeros.
func etherString(wei *big.Int) string {
	s := new(big.Rat).SetFrac(wei, big.NewInt(1e18)).FloatString(18)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

// rpcRefusal keeps the bundler's JSON-RPC code in the error's text.
func rpcRefusal(what string, err error) error {
	var re rpc.Error
	if errors.As(err, &re) {
		return fmt.Errorf("%w: %s (%d): %s", errRefused, what, re.ErrorCode(), re.Error())
	}
	return fmt.Errorf("%s: %w", what, err)
}

// buyCredits builds, estimates, signs and sends the purchase, and follows it to its receipt.
// The returned purchase holds what is known so far even with an error.
func buyCredits(ctx context.Context, l2 l2Client, bc *rpc.Client, p buyParams, logf func(string, ...any)) (*purchase, error) {
	chainID, err := l2.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("L2 chain id: %w", err)
	}
	var bundlerChain hexutil.Big
	if err := bc.CallContext(ctx, &bundlerChain, "eth_chainId"); err != nil {
		return nil, fmt.Errorf("bundler eth_chainId: %w", err)
	}
	if bundlerChain.ToInt().Cmp(chainID) != 0 {
		return nil, fmt.Errorf("%w: the bundler serves chain %s, the L2 is chain %s", errWrongSetup, bundlerChain.ToInt(), chainID)
	}
	var eps []common.Address
	if err := bc.CallContext(ctx, &eps, "eth_supportedEntryPoints"); err != nil {
		return nil, fmt.Errorf("bundler eth_supportedEntryPoints: %w", err)
	}
	if len(eps) == 0 {
		return nil, fmt.Errorf("%w: the bundler names no entry point", errWrongSetup)
	}
	ep := p.entryPoint
	if ep == (common.Address{}) {
		ep = eps[0]
	} else if !slices.Contains(eps, ep) {
		return nil, fmt.Errorf("%w: the bundler serves %v, not %s", errWrongSetup, eps, ep)
	}
	opts := &bind.CallOpts{Context: ctx}
	pm, err := bindings.NewDPNPaymasterCaller(p.paymaster, l2)
	if err != nil {
		return nil, err
	}
	if pmEP, err := pm.EntryPoint(opts); err != nil {
		return nil, fmt.Errorf("paymaster %s: %w", p.paymaster, err)
	} else if pmEP != ep {
		return nil, fmt.Errorf("%w: paymaster %s belongs to entry point %s, the bundler's is %s", errWrongSetup, p.paymaster, pmEP, ep)
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
	if p.amount.Cmp(minimum) < 0 {
		return nil, fmt.Errorf("%w: %s wei, the minimum is %s wei", errBelowMinimum, p.amount, minimum)
	}
	entry, err := bindings.NewEntryPoint(ep, l2)
	if err != nil {
		return nil, err
	}
	fac, err := bindings.NewSimpleAccountFactoryCaller(p.factory, l2)
	if err != nil {
		return nil, err
	}
	creator, err := entry.SenderCreator(opts)
	if err != nil {
		return nil, fmt.Errorf("entry point's senderCreator: %w", err)
	}
	if fc, err := fac.SenderCreator(opts); err != nil {
		return nil, fmt.Errorf("factory %s: %w", p.factory, err)
	} else if fc != creator {
		return nil, fmt.Errorf("%w: factory %s creates accounts for another entry point", errWrongSetup, p.factory)
	}
	owner := crypto.PubkeyToAddress(p.key.PublicKey)
	res := &purchase{owner: owner, dpnAccount: p.to}
	if res.account, err = fac.GetAddress(opts, owner, p.salt); err != nil {
		return nil, fmt.Errorf("account address: %w", err)
	}
	code, err := l2.CodeAt(ctx, res.account, nil)
	if err != nil {
		return nil, err
	}
	nonce, err := entry.GetNonce(opts, res.account, new(big.Int))
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
	pmAddr := p.paymaster
	op := bundler.UserOperation{Sender: res.account, Nonce: nonce, MaxFeePerGas: maxFee, MaxPriorityFeePerGas: tip, Paymaster: &pmAddr}
	if len(code) == 0 {
		res.created = true
		fa, err := bindings.SimpleAccountFactoryMetaData.GetAbi()
		if err != nil {
			return nil, err
		}
		if op.FactoryData, err = fa.Pack("createAccount", owner, p.salt); err != nil {
			return nil, err
		}
		op.Factory = &p.factory
	}
	buy := bundler.Purchase{Credits: creditsAddr, DPNAccount: p.to, Value: p.amount, GasAllowance: new(big.Int)}
	if op.CallData, err = buy.CallData(); err != nil {
		return nil, err
	}
	var g bundler.GasEstimate
	if err := bc.CallContext(ctx, &g, "eth_estimateUserOperationGas", op, ep); err != nil {
		return res, rpcRefusal("estimate", err)
	}
	g.Apply(&op)
	buy.GasAllowance = op.MaxCost()
	buy.Value = new(big.Int).Add(p.amount, buy.GasAllowance)
	res.allowance = buy.GasAllowance
	if op.CallData, err = buy.CallData(); err != nil {
		return nil, err
	}
	bal, err := l2.BalanceAt(ctx, res.account, nil)
	if err != nil {
		return nil, err
	}
	if bal.Cmp(buy.Value) < 0 {
		return res, fmt.Errorf("%w: %s holds %s ETH; the purchase needs %s ETH (%s credited and a gas allowance of %s, the unused part refunded): send at least %s ETH to it and run buy again",
			errUnfunded, res.account.Hex(), etherString(bal), etherString(buy.Value), etherString(p.amount), etherString(buy.GasAllowance),
			etherString(new(big.Int).Sub(buy.Value, bal)))
	}
	op.Signature = l2sim.SignUserOp(p.key, op.Hash(ep, chainID))
	if err := bc.CallContext(ctx, &res.userOpHash, "eth_sendUserOperation", op, ep); err != nil {
		return res, rpcRefusal("send", err)
	}
	logf("operation sent", "userOpHash", res.userOpHash, "account", res.account, "allowance_wei", buy.GasAllowance)
	r, err := waitReceipt(ctx, bc, res.userOpHash, p.timeout)
	if err != nil {
		return res, err
	}
	res.tx, res.block = r.Receipt.TxHash, r.Receipt.BlockNumber
	for _, lg := range r.Logs {
		switch {
		case lg.Address == creditsAddr:
			if ev, err := credits.ParseCreditsPurchased(*lg); err == nil && ev.Buyer == res.account {
				res.purchaseID, res.purchaseNonce, res.credited = ev.PurchaseId, ev.PurchaseNonce, ev.AmountWei
			}
		case lg.Address == p.paymaster:
			pmf, _ := bindings.NewDPNPaymasterFilterer(p.paymaster, nil)
			if ev, err := pmf.ParseGasRepaid(*lg); err == nil {
				res.gasPaid, res.refund = ev.CostWei, ev.RefundWei
			} else if ev, err := pmf.ParseSponsorshipUnpaid(*lg); err == nil {
				res.gasPaid, res.owed, res.refund = new(big.Int).Sub(ev.CostWei, ev.OwedWei), ev.OwedWei, new(big.Int)
			}
		}
	}
	if !r.Success || res.purchaseNonce == nil {
		return res, fmt.Errorf("%w: %s", errOpReverted, explainRevert(r.Reason))
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
			return nil, fmt.Errorf("%w %s after %s: the bundler may have dropped it (its log says why)", errNoReceipt, h.Hex(), timeout)
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

// waitForCredit is where buy follows the purchase to its credit on DPN, once the chain
// answers for purchase ids.
// waitForCredit follows the DPN chain until its validators applied the purchase: credited
// (the udpn are on the account) or refunded (the ETH comes back on the L2 in a batch).
func waitForCredit(ctx context.Context, w io.Writer, grpcAddr string, p *purchase, timeout time.Duration) error {
	// The chain's messages carry the SDK's math types, which only its codec encodes.
	conn, err := grpc.NewClient(grpcAddr, grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithDefaultCallOptions(grpc.ForceCodec(codec.NewProtoCodec(codectypes.NewInterfaceRegistry()).GRPCCodec())))
	if err != nil {
		return fmt.Errorf("--chain-grpc %s: %w", grpcAddr, err)
	}
	defer conn.Close()
	q := bridgetypes.NewQueryClient(conn)
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	t := time.NewTicker(time.Second)
	defer t.Stop()
	var last error
	for {
		res, err := q.Credits(ctx, &bridgetypes.QueryCreditsRequest{Account: p.dpnAccount,
			Pagination: &query.PageRequest{Reverse: true, Limit: 100}})
		if err == nil {
			for _, o := range res.Credits {
				if pp := o.Event.Purchase; pp != nil && bytes.Equal(pp.PurchaseId, p.purchaseID.Bytes()) {
					switch o.Outcome {
					case bridgetypes.OUTCOME_CREDITED:
						fmt.Fprintf(w, "credited on DPN: %sudpn to %s at block %d (%s DPN per ETH, purchase %s/%d)\n",
							o.Udpn, p.dpnAccount, o.Height, o.Rate, o.Event.Destination, o.Event.Nonce)
						return nil
					default:
						fmt.Fprintf(w, "not credited on DPN (block %d): %s; the ETH is refunded on the L2 in a batch\n", o.Height, o.Reason)
						return fmt.Errorf("%w: %s", errNotCredited, o.Reason)
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
