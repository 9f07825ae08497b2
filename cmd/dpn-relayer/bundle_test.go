package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"net"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"google.golang.org/grpc"

	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/codec"
	codectypes "github.com/cosmos/cosmos-sdk/codec/types"

	"github.com/dpn-network/dpn/bridge/bridgetest"
	"github.com/dpn-network/dpn/bridge/bundler"
	"github.com/dpn-network/dpn/bridge/wallet"
	"github.com/dpn-network/dpn/contracts/l2sim"
	bridgetypes "github.com/dpn-network/dpn/x/bridge/types"
)

const testDPNAccount = "dpn1xqcnyve5x5mrwwpev93xxer9venks6t2wv3g6j"

// startBundle runs "dpn-relayer bundle" with args until the test ends, and waits for it to
// answer on addr.
func startBundle(t *testing.T, d deps, addr string, args ...string) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, _, err := execute(ctx, d, append([]string{"bundle", "--listen", addr}, args...)...)
		done <- err
	}()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("bundle: %v", err)
		}
	})
	eventually(t, "the bundler to answer", func() bool {
		select {
		case err := <-done:
			done <- err
			t.Fatalf("bundle exited: %v", err)
		default:
		}
		resp, err := http.Get("http://" + addr + "/healthz")
		if err != nil {
			return false
		}
		resp.Body.Close()
		return true
	})
}

// field reads "name: value" from buy's output.
func field(t *testing.T, out, name string) string {
	t.Helper()
	m := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(name) + `: (.*)$`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no %q in %q", name, out)
	}
	return m[1]
}

func TestBuyThroughBundleOnSimulatedL2(t *testing.T) {
	dir := t.TempDir()
	bundlerFile, bundlerKey := writeKey(t, dir, "bundler.key")
	ownerFile, ownerKey := writeKey(t, dir, "owner.key")
	set, _ := bridgetest.NewSet(1, 0)
	env, err := l2sim.NewEnvWith(set, l2sim.Options{ChainID: big.NewInt(10), Extra: []*ecdsa.PrivateKey{bundlerKey}})
	if err != nil {
		t.Fatal(err)
	}
	miner := bridgetest.StartMiner(env, 5*time.Millisecond)
	t.Cleanup(func() { miner.Stop(); env.Close() })
	d := testL2s{"optimism": env}.deps(nil)
	addr := freeAddr(t)
	startBundle(t, d, addr, "--rpc", "sim://optimism", "--chain-id", "10", "--key-file", bundlerFile,
		"--entry-point", env.EntryPointAddr.Hex(), "--paymaster", env.PaymasterAddr.Hex(), "--interval", "20ms")

	buy := func(extra ...string) (string, error) {
		args := append([]string{"buy", "--l2", "sim://optimism", "--bundler", "http://" + addr, "--owner-key", ownerFile,
			"--paymaster", env.PaymasterAddr.Hex(), "--factory", env.FactoryAddr.Hex(), "--eth", "0.01", "--to", testDPNAccount, "--timeout", "20s"}, extra...)
		out, _, err := execute(context.Background(), d, args...)
		return out, err
	}
	// An account without ETH: buy says where to send how much, and sends nothing.
	out, err := buy()
	if !errors.Is(err, wallet.ErrUnfunded) {
		t.Fatalf("unfunded account: %v\n%s", err, out)
	}
	account, _ := env.Factory.GetAddress(nil, crypto.PubkeyToAddress(ownerKey.PublicKey), big.NewInt(0))
	if !strings.Contains(err.Error(), account.Hex()) || !strings.Contains(out, account.Hex()) {
		t.Fatalf("the error does not name the account %s: %v", account.Hex(), err)
	}
	// --fund-from tops the account up from an ordinary account first.
	out, err = buy("--fund-from", bundlerFile)
	if err != nil {
		t.Fatalf("buy: %v\n%s", err, out)
	}
	t.Log(out)
	if got := field(t, out, "credited"); !strings.HasPrefix(got, "10000000000000000 wei (0.01 ETH) to "+testDPNAccount) {
		t.Fatalf("credited %q", got)
	}
	if field(t, out, "purchaseNonce") != "1" || !strings.Contains(field(t, out, "account"), "created by this operation") {
		t.Fatalf("output:\n%s", out)
	}
	txHash := common.HexToHash(strings.Fields(field(t, out, "transaction"))[0])
	rcpt, err := env.Client.TransactionReceipt(context.Background(), txHash)
	if err != nil || rcpt.Status != 1 {
		t.Fatalf("transaction %s: %v", txHash, err)
	}
	var purchased bool
	for _, lg := range rcpt.Logs {
		if ev, err := env.Credits.ParseCreditsPurchased(*lg); err == nil && ev.PurchaseId == common.HexToHash(field(t, out, "purchaseId")) {
			purchased = ev.AmountWei.Cmp(big.NewInt(1e16)) == 0 && ev.Buyer == account
		}
	}
	if !purchased {
		t.Fatal("the printed purchase is not in the transaction")
	}
	if !regexp.MustCompile(`^[1-9][0-9]* wei \(allowance [0-9]+ wei, [0-9]+ wei refunded\)$`).MatchString(field(t, out, "gas paid")) {
		t.Fatalf("gas paid %q", field(t, out, "gas paid"))
	}

	// A second purchase from the existing account, then waiting on DPN: the chain's credits
	// query (served here as the chain serves it once its validators applied a purchase)
	// names it, and buy prints the credit.
	out, err = buy("--fund-from", bundlerFile, "--chain-grpc", serveCredits(t, env, true))
	if err != nil || field(t, out, "purchaseNonce") != "2" || strings.Contains(field(t, out, "account"), "created") {
		t.Fatalf("with --chain-grpc: %v\n%s", err, out)
	}
	if got := field(t, out, "credited on DPN"); !strings.HasPrefix(got, "59700000udpn to "+testDPNAccount) {
		t.Fatalf("credited on DPN: %q", got)
	}
	// A chain that never applies it: buy gives up at --credit-timeout, with an error.
	if _, err := buy("--fund-from", bundlerFile, "--chain-grpc", serveCredits(t, env, false), "--credit-timeout", "1500ms"); err == nil ||
		!strings.Contains(err.Error(), "waiting for the credit on DPN") {
		t.Fatalf("no credit: %v", err)
	}
}

// serveCredits serves dpn.bridge.v1.Query/Credits as the chain does once its validators
// applied the L2's purchases (credited, 59.7 DPN each), or before (credit false: none).
func serveCredits(t *testing.T, env *l2sim.Env, credit bool) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	// The chain encodes its gogoproto messages (custom math types) with the SDK's codec.
	s := grpc.NewServer(grpc.ForceServerCodec(codec.NewProtoCodec(codectypes.NewInterfaceRegistry()).GRPCCodec()))
	bridgetypes.RegisterQueryServer(s, &creditsServer{env: env, credit: credit})
	go func() { _ = s.Serve(ln) }()
	t.Cleanup(s.Stop)
	return ln.Addr().String()
}

type creditsServer struct {
	bridgetypes.UnimplementedQueryServer
	env    *l2sim.Env
	credit bool
}

func (c *creditsServer) Credits(_ context.Context, req *bridgetypes.QueryCreditsRequest) (*bridgetypes.QueryCreditsResponse, error) {
	res := &bridgetypes.QueryCreditsResponse{Treasury: sdkmath.ZeroInt(), Outflow: sdkmath.ZeroInt()}
	if !c.credit {
		return res, nil
	}
	it, err := c.env.Credits.FilterCreditsPurchased(nil, nil, nil)
	if err != nil {
		return nil, err
	}
	defer it.Close()
	for it.Next() {
		e := it.Event
		if e.DpnAccount != req.Account {
			continue
		}
		res.Credits = append(res.Credits, bridgetypes.Observation{Outcome: bridgetypes.OUTCOME_CREDITED, Udpn: sdkmath.NewInt(59_700_000),
			Rate: sdkmath.LegacyNewDec(6000), Height: 12, Event: bridgetypes.L2Event{Destination: "optimism", Nonce: e.PurchaseNonce.Uint64(),
				Purchase: &bridgetypes.Purchase{DpnAccount: e.DpnAccount, PurchaseId: e.PurchaseId[:]}}})
	}
	return res, nil
}

func TestBuyRefusesBadInput(t *testing.T) {
	dir := t.TempDir()
	ownerFile, _ := writeKey(t, dir, "owner.key")
	base := map[string]string{"--l2": "sim://none", "--owner-key": ownerFile, "--paymaster": "0x9A676e781A523b5d0C0e43731313A708CB607508",
		"--factory": "0x959922bE3CAee4b8Cd9a407cc3ac1C251C2007B1", "--eth": "0.01", "--to": testDPNAccount}
	tests := []struct {
		name, flag, value string
		want              error
	}{
		{"zero", "--eth", "0", errEther},
		{"zero with decimals", "--eth", "0.000", errEther},
		{"negative", "--eth", "-1", errEther},
		{"19 decimals", "--eth", "0.0000000000000000001", errEther},
		{"exponent", "--eth", "1e3", errEther},
		{"words", "--eth", "ten", errEther},
		{"no digits after the point", "--eth", "1.", errEther},
		{"no digits before the point", "--eth", ".5", errEther},
		{"another chain's prefix", "--to", "cosmos1xqcnyve5x5mrwwpev93xxer9venks6t2y8cc5n", errDPNAccount},
		{"a validator's operator address", "--to", "dpnvaloper1xqcnyve5x5mrwwpev93xxer9venks6t2p00vdf", errDPNAccount},
		{"bad checksum", "--to", "dpn1xqcnyve5x5mrwwpev93xxer9venks6t2wv3g6k", errDPNAccount},
		{"upper case", "--to", strings.ToUpper(testDPNAccount), errDPNAccount},
		{"not bech32", "--to", "dpn1BAD", errDPNAccount},
		{"19 bytes", "--to", "dpn1xqcnyve5x5mrwwpev93xxer9venks6g5gc073", errDPNAccount},
		{"paymaster", "--paymaster", "0x12", errAddressFlag},
		{"factory", "--factory", "factory", errAddressFlag},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := []string{"buy"}
			for k, v := range base {
				if k == tc.flag {
					v = tc.value
				}
				args = append(args, k, v)
			}
			if _, _, err := execute(context.Background(), testL2s{}.deps(nil), args...); !errors.Is(err, tc.want) {
				t.Fatalf("want %v, got %v", tc.want, err)
			}
		})
	}
	// What is accepted reads as the wei it says.
	for s, want := range map[string]string{"0.01": "10000000000000000", "1": "1000000000000000000", "0.000000000000000001": "1", "12.5": "12500000000000000000"} {
		if v, err := parseEther(s); err != nil || v.String() != want {
			t.Errorf("%s: %v %v", s, v, err)
		}
	}
}

func TestBundleRefusesToStart(t *testing.T) {
	dir := t.TempDir()
	keyFile, _ := writeKey(t, dir, "bundler.key")
	set, _ := bridgetest.NewSet(1, 0)
	env, err := l2sim.NewEnvWith(set, l2sim.Options{ChainID: big.NewInt(10)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(env.Close)
	d := testL2s{"optimism": env}.deps(nil)
	run := func(args ...string) error {
		_, _, err := execute(context.Background(), d, append([]string{"bundle", "--rpc", "sim://optimism", "--key-file", keyFile, "--listen", "127.0.0.1:0"}, args...)...)
		return err
	}
	ep, pm := env.EntryPointAddr.Hex(), env.PaymasterAddr.Hex()
	for _, tc := range []struct {
		name string
		args []string
		want error
	}{
		{"wrong chain id", []string{"--chain-id", "42161", "--entry-point", ep, "--paymaster", pm}, bundler.ErrWrongChain},
		{"no entry point there", []string{"--chain-id", "10", "--entry-point", common.Address{0xe9}.Hex(), "--paymaster", pm}, bundler.ErrNoEntryPoint},
		{"no paymaster there", []string{"--chain-id", "10", "--entry-point", ep, "--paymaster", common.Address{0xe9}.Hex()}, bundler.ErrNoPaymaster},
		{"another entry point's paymaster", []string{"--chain-id", "10", "--entry-point", env.SettlementAddr.Hex(), "--paymaster", pm}, bundler.ErrPaymasterMismatch},
		{"malformed address", []string{"--chain-id", "10", "--entry-point", "0x12", "--paymaster", pm}, errAddressFlag},
		{"zero interval", []string{"--chain-id", "10", "--entry-point", ep, "--paymaster", pm, "--interval", "0s"}, errDuration},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := run(tc.args...); !errors.Is(err, tc.want) {
				t.Fatalf("want %v, got %v", tc.want, err)
			}
		})
	}
}

// TestBundleWaitsForTheL2 starts the bundler before its L2 answers: it keeps trying, and
// stops cleanly when told to.
func TestBundleWaitsForTheL2(t *testing.T) {
	dir := t.TempDir()
	keyFile, _ := writeKey(t, dir, "bundler.key")
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, _, err := execute(ctx, testL2s{}.deps(nil), "bundle", "--rpc", "sim://optimism", "--chain-id", "10", "--key-file", keyFile,
			"--entry-point", common.Address{1}.Hex(), "--paymaster", common.Address{2}.Hex(), "--listen", "127.0.0.1:0")
		done <- err
	}()
	select {
	case err := <-done:
		t.Fatalf("bundle gave up on an L2 still starting: %v", err)
	case <-time.After(700 * time.Millisecond):
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("stopped with %v", err)
	}
}
