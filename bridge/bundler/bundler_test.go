package bundler

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/dpn-network/dpn/bridge/bridgetest"
	"github.com/dpn-network/dpn/bridge/sender"
	"github.com/dpn-network/dpn/contracts/bindings"
	"github.com/dpn-network/dpn/contracts/l2sim"
)

const testDPNAccount = "dpn1qpzry9x8gf2tvdw0s3jn54khce6mua7lqpzry9"

// harness is a simulated L2 with the DPN contracts, a miner, and a bundler served over HTTP.
type harness struct {
	t      testing.TB
	env    *l2sim.Env
	miner  *bridgetest.Miner
	b      *Bundler
	reg    *prometheus.Registry
	url    string
	client *rpc.Client
	ctx    context.Context
}

type testLog struct{ t testing.TB }

func (w testLog) Write(p []byte) (int, error) {
	w.t.Helper()
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

// newHarness starts everything; with run, the bundler's submit loop runs too (every 20 ms),
// else tests call bundleOnce themselves.
func newHarness(t testing.TB, run bool) *harness {
	t.Helper()
	key := l2sim.NewKey()
	set, err := bridgetest.NewSet(1, 0)
	if err != nil {
		t.Fatal(err)
	}
	env, err := l2sim.NewEnvWith(set, l2sim.Options{Extra: []*ecdsa.PrivateKey{key}})
	if err != nil {
		t.Fatal(err)
	}
	miner := bridgetest.StartMiner(env, 5*time.Millisecond)
	t.Cleanup(func() { miner.Stop(); env.Close() })
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	h := &harness{t: t, env: env, miner: miner, reg: prometheus.NewRegistry(), ctx: ctx}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	if testing.Verbose() {
		log = slog.New(slog.NewTextHandler(testLog{t}, nil))
	}
	cfg := Config{
		EntryPoint: env.EntryPointAddr, Paymaster: env.PaymasterAddr, ChainID: env.ChainID, Key: key, Interval: time.Hour,
		Fees: sender.Config{MaxFeePerGas: big.NewInt(100e9), MaxPriorityFeePerGas: big.NewInt(2e9), ReceiptPoll: 5 * time.Millisecond, ReplaceAfter: 10 * time.Second},
	}
	if run {
		cfg.Interval = 20 * time.Millisecond
	}
	l2, ok := env.Client.(L2)
	if !ok {
		t.Fatal("the simulated client does not serve eth_simulateV1")
	}
	if h.b, err = New(ctx, l2, cfg, h.reg, log); err != nil {
		t.Fatal(err)
	}
	handler, err := h.b.Handler(h.reg)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(handler)
	t.Cleanup(srv.Close)
	h.url = srv.URL
	if h.client, err = rpc.DialContext(ctx, srv.URL); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(h.client.Close)
	if run {
		done := make(chan struct{})
		go func() { _ = h.b.Run(ctx); close(done) }()
		t.Cleanup(func() { cancel(); <-done })
	}
	return h
}

// account is an owner key and its SimpleAccount (salt 0), funded with eth ETH.
type account struct {
	key    *ecdsa.PrivateKey
	owner  common.Address
	sender common.Address
}

func (h *harness) account(eth int64) account {
	h.t.Helper()
	key := l2sim.NewKey()
	owner := crypto.PubkeyToAddress(key.PublicKey)
	sender, err := h.env.Factory.GetAddress(nil, owner, big.NewInt(0))
	if err != nil {
		h.t.Fatal(err)
	}
	if eth > 0 {
		h.fund(sender, l2sim.Ether(eth))
	}
	return account{key: key, owner: owner, sender: sender}
}

func (h *harness) fund(to common.Address, wei *big.Int) {
	h.t.Helper()
	h.miner.Do(func() {
		if err := h.env.SendETH(h.env.DeployerKey, to, wei); err != nil {
			h.t.Fatal(err)
		}
	})
}

func (h *harness) deployed(a account) bool {
	code, err := h.env.Client.CodeAt(h.ctx, a.sender, nil)
	if err != nil {
		h.t.Fatal(err)
	}
	return len(code) > 0
}

// testGas are fixed limits inside DPNPaymaster's bounds, for operations not estimated.
var testGas = GasEstimate{VerificationGasLimit: 600_000, CallGasLimit: 150_000, PaymasterVerificationGasLimit: 100_000, PaymasterPostOpGasLimit: 120_000, PreVerificationGas: 80_000}

// purchase is a DPN purchase of credited wei by a, with initCode when a has no code yet,
// priced at maxFee (tip 1 gwei), its allowance its max cost; unsigned.
func (h *harness) purchase(a account, credited *big.Int, g GasEstimate, maxFee *big.Int) UserOperation {
	h.t.Helper()
	nonce, err := h.env.EntryPoint.GetNonce(nil, a.sender, new(big.Int))
	if err != nil {
		h.t.Fatal(err)
	}
	pm := h.env.PaymasterAddr
	op := UserOperation{Sender: a.sender, Nonce: nonce, MaxFeePerGas: maxFee, MaxPriorityFeePerGas: big.NewInt(1e9), Paymaster: &pm}
	if !h.deployed(a) {
		f := h.env.FactoryAddr
		op.Factory = &f
		op.FactoryData = createAccountData(h.t, a.owner)
	}
	g.Apply(&op)
	h.setPurchase(&op, credited, op.MaxCost())
	return op
}

func createAccountData(t testing.TB, owner common.Address) []byte {
	t.Helper()
	fa, err := bindings.SimpleAccountFactoryMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	data, err := fa.Pack("createAccount", owner, big.NewInt(0))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func (h *harness) setPurchase(op *UserOperation, credited, allowance *big.Int) {
	h.t.Helper()
	p := Purchase{Credits: h.env.CreditsAddr, DPNAccount: testDPNAccount, GasAllowance: allowance, Value: new(big.Int).Add(credited, allowance)}
	data, err := p.CallData()
	if err != nil {
		h.t.Fatal(err)
	}
	op.CallData = data
}

func (h *harness) sign(op *UserOperation, key *ecdsa.PrivateKey) {
	op.Signature = l2sim.SignUserOp(key, op.Hash(h.env.EntryPointAddr, h.env.ChainID))
}

func (h *harness) send(op UserOperation) (common.Hash, error) {
	var hash common.Hash
	err := h.client.CallContext(h.ctx, &hash, "eth_sendUserOperation", op, h.env.EntryPointAddr)
	return hash, err
}

func (h *harness) estimate(op UserOperation) (GasEstimate, error) {
	var g GasEstimate
	err := h.client.CallContext(h.ctx, &g, "eth_estimateUserOperationGas", op, h.env.EntryPointAddr)
	return g, err
}

func (h *harness) receipt(hash common.Hash) *OperationReceipt {
	h.t.Helper()
	var r *OperationReceipt
	if err := h.client.CallContext(h.ctx, &r, "eth_getUserOperationReceipt", hash); err != nil {
		h.t.Fatal(err)
	}
	return r
}

func (h *harness) waitReceipt(hash common.Hash) *OperationReceipt {
	h.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if r := h.receipt(hash); r != nil {
			return r
		}
		time.Sleep(10 * time.Millisecond)
	}
	h.t.Fatalf("no receipt for %s", hash)
	return nil
}

// rpcError is err's JSON-RPC code and data (as JSON).
func rpcError(t *testing.T, err error) (int, string) {
	t.Helper()
	var re rpc.Error
	if !errors.As(err, &re) {
		t.Fatalf("not a JSON-RPC error: %v", err)
	}
	data := ""
	var de rpc.DataError
	if errors.As(err, &de) && de.ErrorData() != nil {
		b, _ := json.Marshal(de.ErrorData())
		data = string(b)
	}
	return re.ErrorCode(), data
}

func (h *harness) metrics() string {
	h.t.Helper()
	resp, err := http.Get(h.url + "/metrics")
	if err != nil {
		h.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return string(b)
}

func (h *harness) baseFee() *big.Int {
	head, err := h.env.Client.HeaderByNumber(h.ctx, nil)
	if err != nil {
		h.t.Fatal(err)
	}
	return head.BaseFee
}

func (h *harness) maxFee() *big.Int {
	return new(big.Int).Add(new(big.Int).Mul(h.baseFee(), big.NewInt(2)), big.NewInt(1e9))
}

// estimated is a purchase priced with the bundler's estimate, as a wallet builds it.
func (h *harness) estimated(a account, credited *big.Int) (UserOperation, GasEstimate) {
	h.t.Helper()
	op := h.purchase(a, credited, GasEstimate{}, h.maxFee())
	g, err := h.estimate(op)
	if err != nil {
		h.t.Fatalf("estimate: %v", err)
	}
	g.Apply(&op)
	h.setPurchase(&op, credited, op.MaxCost())
	h.sign(&op, a.key)
	return op, g
}

func TestPurchaseThroughTheBundler(t *testing.T) {
	h := newHarness(t, true)
	a := h.account(1)
	credited := big.NewInt(1e16)
	op, g := h.estimated(a, credited)
	t.Logf("estimate %+v", g)
	b := h.b.bounds
	if uint64(g.CallGasLimit) < b.minCall || uint64(g.CallGasLimit) > b.maxCall || uint64(g.PaymasterPostOpGasLimit) < b.minPostOp || uint64(g.PaymasterPostOpGasLimit) > b.maxPostOp {
		t.Fatalf("estimate %+v outside DPNPaymaster's bounds %+v", g, b)
	}
	hash, err := h.send(op)
	if err != nil {
		t.Fatalf("send: %v", err)
	}
	if want := op.Hash(h.env.EntryPointAddr, h.env.ChainID); hash != want {
		t.Fatalf("hash %s, want %s", hash, want)
	}
	onChain, _ := h.env.EntryPoint.GetUserOpHash(nil, op.Packed())
	if hash != onChain {
		t.Fatalf("hash %s, EntryPoint's %x", hash, onChain)
	}
	r := h.waitReceipt(hash)
	if !r.Success || r.Sender != a.sender || r.Receipt == nil || r.Receipt.Status != 1 || r.ActualGasCost.ToInt().Sign() <= 0 {
		t.Fatalf("receipt %+v", r)
	}
	var purchased *bindings.ComputeCreditsCreditsPurchased
	for _, lg := range r.Logs {
		if ev, err := h.env.Credits.ParseCreditsPurchased(*lg); err == nil {
			purchased = ev
		}
	}
	if purchased == nil || purchased.AmountWei.Cmp(credited) != 0 || purchased.DpnAccount != testDPNAccount {
		t.Fatalf("CreditsPurchased %+v in %d logs", purchased, len(r.Logs))
	}
	t.Logf("first purchase: handleOps gas %d, actualGasUsed %s, actualGasCost %s", r.Receipt.GasUsed, r.ActualGasUsed, r.ActualGasCost)
}

func TestSecondPurchaseAndLookups(t *testing.T) {
	h := newHarness(t, true)
	a := h.account(1)
	credited := big.NewInt(1e16)
	op1, _ := h.estimated(a, credited)
	h1, err := h.send(op1)
	if err != nil {
		t.Fatal(err)
	}
	r1 := h.waitReceipt(h1)
	if !h.deployed(a) {
		t.Fatal("the first operation did not create the account")
	}
	// The second has no initCode and nonce 1.
	op2, g2 := h.estimated(a, credited)
	if op2.Factory != nil || op2.Nonce.Uint64() != 1 {
		t.Fatalf("second operation: factory %v nonce %v", op2.Factory, op2.Nonce)
	}
	h2, err := h.send(op2)
	if err != nil {
		t.Fatalf("second send: %v", err)
	}
	r2 := h.waitReceipt(h2)
	if !r2.Success || r2.Nonce.ToInt().Uint64() != 1 || r2.Receipt.TxHash == r1.Receipt.TxHash {
		t.Fatalf("second receipt %+v", r2)
	}
	t.Logf("second purchase (estimate %+v): handleOps gas %d, actualGasUsed %s", g2, r2.Receipt.GasUsed, r2.ActualGasUsed)

	var byHash *OperationByHash
	if err := h.client.CallContext(h.ctx, &byHash, "eth_getUserOperationByHash", h2); err != nil {
		t.Fatal(err)
	}
	if byHash == nil || byHash.TransactionHash != r2.Receipt.TxHash || byHash.UserOperation.Sender != a.sender ||
		byHash.UserOperation.Hash(h.env.EntryPointAddr, h.env.ChainID) != h2 || byHash.EntryPoint != h.env.EntryPointAddr {
		t.Fatalf("getUserOperationByHash %+v", byHash)
	}
	// Unknown hashes are null, as are pending ones.
	if r := h.receipt(common.Hash{1}); r != nil {
		t.Fatalf("receipt of an unknown hash: %+v", r)
	}
	var none *OperationByHash
	if err := h.client.CallContext(h.ctx, &none, "eth_getUserOperationByHash", common.Hash{1}); err != nil || none != nil {
		t.Fatalf("unknown hash: %+v %v", none, err)
	}
	var eps []common.Address
	if err := h.client.CallContext(h.ctx, &eps, "eth_supportedEntryPoints"); err != nil || len(eps) != 1 || eps[0] != h.env.EntryPointAddr {
		t.Fatalf("supportedEntryPoints %v %v", eps, err)
	}
	m := h.metrics()
	for _, want := range []string{"dpn_bundler_ops_accepted_total 2", `dpn_bundler_ops_included_total{result="success"} 2`, `dpn_bundler_bundles_total{result="mined"} 2`} {
		if !strings.Contains(m, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
}

// TestRefusals sends operations the bundler must refuse, each with its ERC-4337 code and
// the decoded reason, and checks that none of them was ever bundled.
func TestRefusals(t *testing.T) {
	h := newHarness(t, true)
	credited := big.NewInt(1e16)
	fee := func() *big.Int { return h.maxFee() }
	rich := h.account(1)
	poor := h.account(0)
	h.fund(poor.sender, big.NewInt(1e15)) // less than the purchase
	other := l2sim.NewKey()
	foreign := common.Address{0xfa}

	tests := []struct {
		name   string
		op     func() UserOperation
		ep     common.Address
		code   int
		reason string // in the message or the error's data
	}{
		{"foreign paymaster", func() UserOperation {
			op := h.purchase(rich, credited, testGas, fee())
			op.Paymaster = &foreign
			h.sign(&op, rich.key)
			return op
		}, h.env.EntryPointAddr, CodeInvalidFields, "not DPNPaymaster"},
		{"another entry point", func() UserOperation {
			op := h.purchase(rich, credited, testGas, fee())
			h.sign(&op, rich.key)
			return op
		}, common.Address{0xee}, CodeInvalidFields, "not this bundler's"},
		{"zero postOp gas limit", func() UserOperation {
			g := testGas
			g.PaymasterPostOpGasLimit = 0
			op := h.purchase(rich, credited, g, fee())
			h.sign(&op, rich.key)
			return op
		}, h.env.EntryPointAddr, CodeRejectedByPaymaster, "PostOpGasLimitOutOfRange"},
		{"more ETH named than the account holds", func() UserOperation {
			op := h.purchase(poor, credited, testGas, fee())
			h.sign(&op, poor.key)
			return op
		}, h.env.EntryPointAddr, CodeRejectedByPaymaster, "SenderBalanceTooLow"},
		{"gas allowance below the max cost", func() UserOperation {
			op := h.purchase(rich, credited, testGas, fee())
			h.setPurchase(&op, credited, big.NewInt(1e9))
			h.sign(&op, rich.key)
			return op
		}, h.env.EntryPointAddr, CodeRejectedByPaymaster, "GasAllowanceTooLow"},
		{"malformed DPN account", func() UserOperation {
			op := h.purchase(rich, credited, testGas, fee())
			p, _ := DecodePurchase(op.CallData)
			p.DPNAccount = "dpn1BAD"
			op.CallData, _ = p.CallData()
			h.sign(&op, rich.key)
			return op
		}, h.env.EntryPointAddr, CodeRejectedByPaymaster, "InvalidDPNAccount"},
		{"signed by another key", func() UserOperation {
			op := h.purchase(rich, credited, testGas, fee())
			h.sign(&op, other)
			return op
		}, h.env.EntryPointAddr, CodeSignature, "AA24 signature error"},
		{"wrong nonce", func() UserOperation {
			op := h.purchase(rich, credited, testGas, fee())
			op.Nonce = big.NewInt(5)
			h.sign(&op, rich.key)
			return op
		}, h.env.EntryPointAddr, CodeRejectedByEntryPoint, "AA25 invalid account nonce"},
		{"fee below the base fee", func() UserOperation {
			op := h.purchase(rich, credited, testGas, big.NewInt(1))
			op.MaxPriorityFeePerGas = big.NewInt(1)
			h.sign(&op, rich.key)
			return op
		}, h.env.EntryPointAddr, CodeInvalidFields, "below the L2's base fee"},
		{"preVerificationGas below the bytes' cost", func() UserOperation {
			g := testGas
			g.PreVerificationGas = 30_000
			op := h.purchase(rich, credited, g, fee())
			h.sign(&op, rich.key)
			return op
		}, h.env.EntryPointAddr, CodeInvalidFields, "what the operation's bytes cost"},
		{"verification gas above the bundler's bound", func() UserOperation {
			g := testGas
			g.VerificationGasLimit = 5_000_000
			op := h.purchase(rich, credited, g, fee())
			h.sign(&op, rich.key)
			return op
		}, h.env.EntryPointAddr, CodeInvalidFields, "above this bundler's"},
		{"no signature", func() UserOperation {
			return h.purchase(rich, credited, testGas, fee())
		}, h.env.EntryPointAddr, CodeInvalidFields, "no signature"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			op := tc.op()
			var hash common.Hash
			err := h.client.CallContext(h.ctx, &hash, "eth_sendUserOperation", op, tc.ep)
			if err == nil {
				t.Fatalf("accepted as %s", hash)
			}
			code, data := rpcError(t, err)
			if code != tc.code || !strings.Contains(err.Error()+data, tc.reason) {
				t.Fatalf("got %d %q (data %s), want %d mentioning %q", code, err, data, tc.code, tc.reason)
			}
		})
	}

	// Malformed JSON and unknown methods, as the RPC server sees them.
	raw := map[string]string{
		"leading zero":     `{"sender":"` + rich.sender.Hex() + `","nonce":"0x00","callData":"0x"}`,
		"v0.6 field":       `{"sender":"` + rich.sender.Hex() + `","nonce":"0x0","callData":"0x","initCode":"0x"}`,
		"EIP-7702":         `{"sender":"` + rich.sender.Hex() + `","nonce":"0x0","callData":"0x","eip7702Auth":{"address":"0x01"}}`,
		"odd hex":          `{"sender":"` + rich.sender.Hex() + `","nonce":"0x0","callData":"0x123"}`,
		"no sender":        `{"nonce":"0x0","callData":"0x"}`,
		"gas over 64 bits": `{"sender":"` + rich.sender.Hex() + `","nonce":"0x0","callData":"0x","callGasLimit":"0x10000000000000000"}`,
	}
	for name, doc := range raw {
		var hash common.Hash
		err := h.client.CallContext(h.ctx, &hash, "eth_sendUserOperation", json.RawMessage(doc), h.env.EntryPointAddr)
		if err == nil {
			t.Fatalf("%s: accepted", name)
		}
		if code, _ := rpcError(t, err); code != CodeInvalidFields {
			t.Errorf("%s: code %d (%v)", name, code, err)
		}
	}
	var x any
	if err := h.client.CallContext(h.ctx, &x, "eth_sendUserOperations"); err == nil {
		t.Fatal("an unknown method answered")
	} else if code, _ := rpcError(t, err); code != -32601 {
		t.Fatalf("unknown method: code %d", code)
	}

	// Nothing was bundled: the bundler never sent a transaction.
	time.Sleep(100 * time.Millisecond) // five submit intervals
	if n, _ := h.env.Client.NonceAt(h.ctx, h.b.Address(), nil); n != 0 || h.b.pool.size() != 0 {
		t.Fatalf("bundler nonce %d, mempool %d", n, h.b.pool.size())
	}
	m := h.metrics()
	for _, want := range []string{
		`dpn_bundler_ops_rejected_total{reason="entrypoint:AA33:SenderBalanceTooLow"} 1`,
		`dpn_bundler_ops_rejected_total{reason="foreign_paymaster"} 1`,
		`dpn_bundler_ops_rejected_total{reason="entrypoint:AA24"} 1`,
		"dpn_bundler_ops_accepted_total 0",
	} {
		if !strings.Contains(m, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
	if strings.Contains(m, "dpn_bundler_bundles_total{") {
		t.Error("a bundle was counted")
	}
}

func TestReplacement(t *testing.T) {
	h := newHarness(t, false) // bundles only when the test says
	a := h.account(1)
	credited := big.NewInt(1e16)
	fee := h.maxFee()
	n := int64(0)
	build := func(maxFee, tip *big.Int) UserOperation {
		n++ // each a different purchase, so that only the fees decide
		amount := new(big.Int).Add(credited, big.NewInt(n))
		op := h.purchase(a, amount, testGas, maxFee)
		op.MaxPriorityFeePerGas = tip
		h.setPurchase(&op, amount, op.MaxCost())
		h.sign(&op, a.key)
		return op
	}
	tip := big.NewInt(1e9)
	op := build(fee, tip)
	first, err := h.send(op)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := h.send(op); err == nil || !strings.Contains(err.Error(), "already in the mempool") {
		t.Fatalf("the same operation twice: %v", err)
	}
	pct := func(v *big.Int, p int64) *big.Int {
		return new(big.Int).Div(new(big.Int).Mul(v, big.NewInt(p)), big.NewInt(100))
	}
	for _, c := range []struct {
		name         string
		maxFee, tip  *big.Int
		wantAccepted bool
	}{
		{"same fees", fee, tip, false},
		{"+5 %", pct(fee, 105), pct(tip, 105), false},
		{"+10 % on the fee cap only", pct(fee, 110), tip, false},
		{"+10 % on both", pct(fee, 111), pct(tip, 111), true},
	} {
		hash, err := h.send(build(c.maxFee, c.tip))
		if c.wantAccepted != (err == nil) {
			t.Fatalf("%s: accepted %v, err %v", c.name, err == nil, err)
		}
		if err != nil {
			if code, _ := rpcError(t, err); code != CodeInvalidFields || !strings.Contains(err.Error(), "replacement") {
				t.Fatalf("%s: %d %v", c.name, code, err)
			}
			continue
		}
		if hash == first || h.b.pool.size() != 1 {
			t.Fatalf("%s: hash %s, mempool %d", c.name, hash, h.b.pool.size())
		}
		// Another nonce from the same sender waits for this one.
		next := build(c.maxFee, c.tip)
		next.Nonce = big.NewInt(1)
		h.sign(&next, a.key)
		if _, err := h.send(next); err == nil || !strings.Contains(err.Error(), "one operation per sender") {
			t.Fatalf("a second nonce: %v", err)
		}
		if err := h.b.bundleOnce(h.ctx); err != nil {
			t.Fatal(err)
		}
		if r := h.receipt(hash); r == nil || !r.Success {
			t.Fatalf("replacement's receipt %+v", r)
		}
		if r := h.receipt(first); r != nil {
			t.Fatalf("the replaced operation has a receipt: %+v", r)
		}
	}
}

// TestDropsOperationThatBecameInvalid accepts a purchase, then has the account's owner
// spend its ETH before the bundle: the submit loop's re-simulation drops the operation and
// sends nothing.
func TestDropsOperationThatBecameInvalid(t *testing.T) {
	h := newHarness(t, false)
	a := h.account(1)
	credited := big.NewInt(1e16)
	op, _ := h.estimated(a, credited) // creates the account
	if _, err := h.send(op); err != nil {
		t.Fatal(err)
	}
	if err := h.b.bundleOnce(h.ctx); err != nil {
		t.Fatal(err)
	}
	op2, _ := h.estimated(a, credited)
	hash, err := h.send(op2)
	if err != nil {
		t.Fatal(err)
	}
	sent, _ := h.env.Client.NonceAt(h.ctx, h.b.Address(), nil)

	// The owner empties the account directly (SimpleAccount's execute from its owner).
	h.fund(a.owner, l2sim.Ether(1))
	acct, err := bindings.NewSimpleAccount(a.sender, h.env.Client)
	if err != nil {
		t.Fatal(err)
	}
	bal, _ := h.env.Client.BalanceAt(h.ctx, a.sender, nil)
	h.miner.Do(func() {
		if _, err := h.env.Mine(acct.Execute(h.env.Transactor(a.key), a.owner, bal, nil)); err != nil {
			t.Fatal(err)
		}
	})
	if err := h.b.bundleOnce(h.ctx); err != nil {
		t.Fatal(err)
	}
	if n, _ := h.env.Client.NonceAt(h.ctx, h.b.Address(), nil); n != sent {
		t.Fatalf("a bundle was sent: nonce %d → %d", sent, n)
	}
	if h.b.pool.size() != 0 || h.receipt(hash) != nil {
		t.Fatalf("mempool %d, receipt %+v", h.b.pool.size(), h.receipt(hash))
	}
	if m := h.metrics(); !strings.Contains(m, `dpn_bundler_ops_dropped_total{reason="entrypoint:AA33:SenderBalanceTooLow"} 1`) {
		t.Fatalf("/metrics:\n%s", m)
	}
}

// TestSelfPayingOperation: an operation without a paymaster (the account pays its gas) is
// estimated, accepted and bundled too.
func TestSelfPayingOperation(t *testing.T) {
	h := newHarness(t, true)
	a := h.account(1)
	first, _ := h.estimated(a, big.NewInt(1e16))
	hash, err := h.send(first)
	if err != nil {
		t.Fatal(err)
	}
	h.waitReceipt(hash)
	to := common.Address{0xbe, 0xef}
	call, err := simpleAccountABI.Pack("execute", to, big.NewInt(12345), []byte{})
	if err != nil {
		t.Fatal(err)
	}
	op := UserOperation{Sender: a.sender, Nonce: big.NewInt(1), CallData: call, MaxFeePerGas: h.maxFee(), MaxPriorityFeePerGas: big.NewInt(1e9)}
	g, err := h.estimate(op)
	if err != nil {
		t.Fatalf("estimate: %v", err)
	}
	if g.PaymasterPostOpGasLimit != 0 || g.PaymasterVerificationGasLimit != 0 || g.CallGasLimit == 0 {
		t.Fatalf("estimate %+v", g)
	}
	g.Apply(&op)
	h.sign(&op, a.key)
	hash, err = h.send(op)
	if err != nil {
		t.Fatalf("send: %v", err)
	}
	r := h.waitReceipt(hash)
	if !r.Success || r.Paymaster != (common.Address{}) {
		t.Fatalf("receipt %+v", r)
	}
	if bal, _ := h.env.Client.BalanceAt(h.ctx, to, nil); bal.Int64() != 12345 {
		t.Fatalf("transfer not made: %v", bal)
	}
	t.Logf("self-paying estimate %+v, actualGasUsed %s", g, r.ActualGasUsed)
}
