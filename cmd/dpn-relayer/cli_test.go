package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dpn-network/dpn/bridge"
	"github.com/dpn-network/dpn/bridge/bridgetest"
	"github.com/dpn-network/dpn/bridge/deploy"
	"github.com/dpn-network/dpn/contracts/bindings"
	"github.com/dpn-network/dpn/contracts/l2sim"
)

var errNoChainSource = errors.New("no chain in this test")

// testL2s maps sim://NAME URLs to simulated L2s.
type testL2s map[string]*l2sim.Env

func (l testL2s) deps(src bridge.Source) deps {
	return deps{
		dialSource: func(context.Context, string) (bridge.Source, func(), error) {
			if src == nil {
				return nil, nil, errNoChainSource
			}
			return src, func() {}, nil
		},
		dialL2: func(_ context.Context, url string) (l2Client, error) {
			env, ok := l[strings.TrimPrefix(url, "sim://")]
			if !ok {
				return nil, fmt.Errorf("dial %s: connection refused", url)
			}
			return env.Client, nil
		},
	}
}

func execute(ctx context.Context, d deps, args ...string) (string, string, error) {
	root := newRootCmd(d)
	var out, errb bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&errb)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	return out.String(), errb.String(), err
}

func writeKey(t *testing.T, dir, name string) (string, *ecdsa.PrivateKey) {
	t.Helper()
	key := bridgetest.Key()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(hex.EncodeToString(crypto.FromECDSA(key))+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return path, key
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestDeployThenRelayToOptimismAndArbitrum is the localnet's path: deploy on two L2s (chain
// ids 10 and 42161) from one valset file, then relay a batch to each.
func TestDeployThenRelayToOptimismAndArbitrum(t *testing.T) {
	dir := t.TempDir()
	deployerFile, deployerKey := writeKey(t, dir, "deployer.key")
	relayerFile, relayerKey := writeKey(t, dir, "relayer.key")
	set, err := bridgetest.NewSet(4, 0)
	if err != nil {
		t.Fatal(err)
	}
	valsetJSON, _ := json.Marshal(bridgetest.ValsetOf(set))
	valsetFile := filepath.Join(dir, "valset.json")
	if err := os.WriteFile(valsetFile, valsetJSON, 0o644); err != nil {
		t.Fatal(err)
	}
	l2s := testL2s{}
	for name, id := range map[string]int64{"optimism": 10, "arbitrum": 42161} {
		other, _ := bridgetest.NewSet(1, 0) // the env's own deployment is not the one relayed to
		env, err := l2sim.NewEnvWith(other, l2sim.Options{ChainID: big.NewInt(id), Extra: []*ecdsa.PrivateKey{deployerKey, relayerKey}})
		if err != nil {
			t.Fatal(err)
		}
		miner := bridgetest.StartMiner(env, 5*time.Millisecond)
		t.Cleanup(func() { miner.Stop(); env.Close() })
		l2s[name] = env
	}

	chain := bridgetest.NewChain("dpn-local-1", set)
	addrs := map[string]deploy.Addresses{}
	for name, env := range l2s {
		out, _, err := execute(context.Background(), l2s.deps(nil), "deploy", "--rpc", "sim://"+name, "--key-file", deployerFile,
			"--dpn-chain-id", "dpn-local-1", "--valset", valsetFile, "--verifying-key", filepath.Join("..", "..", "contracts", "testdata", "verification_key.json"),
			"--partition", "earnings", "--partition", "regulated:kyc")
		if err != nil {
			t.Fatalf("deploy on %s: %v", name, err)
		}
		var a deploy.Addresses
		if err := json.Unmarshal([]byte(out), &a); err != nil {
			t.Fatalf("deploy output %q: %v", out, err)
		}
		if a.ChainID != env.ChainID.Uint64() || a.VerifyingKeyID == nil {
			t.Fatalf("deploy on %s printed %+v", name, a)
		}
		addrs[name] = a
		chain.AddDestination(name, env.ChainID, a.DPNSettlement)
	}

	recipient := common.Address{0xbe, 0xef}
	for name, env := range l2s {
		h, _ := env.Client.HeaderByNumber(context.Background(), nil)
		chain.PutBatch(name, bridge.Batch{Nonce: 1, L2ChainID: env.ChainID.Uint64(), Timeout: h.Time + 3600, Partition: l2sim.PartitionEarnings,
			Recipients: []common.Address{recipient}, Amounts: []*big.Int{big.NewInt(77)}})
	}
	metricsAddr := freeAddr(t)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, _, err := execute(ctx, l2s.deps(chain), "run", "--chain-grpc", "127.0.0.1:9090", "--key-file", relayerFile,
			"--dest", "optimism=sim://optimism,"+addrs["optimism"].DPNSettlement.Hex(),
			"--dest", "arbitrum=sim://arbitrum,"+addrs["arbitrum"].DPNSettlement.Hex(),
			"--poll", "20ms", "--metrics-addr", metricsAddr)
		done <- err
	}()
	for name, env := range l2s {
		token, _ := bindings.NewDPNToken(addrs[name].DPNToken, env.Client)
		eventually(t, "batch settled on "+name, func() bool {
			b, err := token.BalanceOf(nil, recipient)
			return err == nil && b.Int64() == 77
		})
	}
	eventually(t, "healthy", func() bool { code, _ := get(t, "http://"+metricsAddr+"/healthz"); return code == 200 })
	_, body := get(t, "http://"+metricsAddr+"/metrics")
	for _, name := range []string{"optimism", "arbitrum"} {
		if want := fmt.Sprintf(`dpn_relayer_submissions_total{destination=%q,kind="batch",result="success"} 1`, name); !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("run: %v", err)
	}
}

func TestRunWaitsForAnL2StillStarting(t *testing.T) {
	dir := t.TempDir()
	relayerFile, _ := writeKey(t, dir, "relayer.key")
	set, _ := bridgetest.NewSet(1, 0)
	chain := bridgetest.NewChain("dpn-local-1", set)
	metricsAddr := freeAddr(t)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		// No L2 answers at sim://optimism: run keeps retrying and reports unhealthy.
		_, _, err := execute(ctx, testL2s{}.deps(chain), "run", "--chain-grpc", "127.0.0.1:9090", "--key-file", relayerFile,
			"--dest", "optimism=sim://optimism,0x5FbDB2315678afecb367f032d93F642f64180aa3", "--poll", "10ms", "--metrics-addr", metricsAddr)
		done <- err
	}()
	eventually(t, "/healthz to answer", func() bool {
		resp, err := http.Get("http://" + metricsAddr + "/healthz")
		if err != nil {
			return false
		}
		resp.Body.Close()
		return true
	})
	time.Sleep(200 * time.Millisecond)
	if code, body := get(t, "http://"+metricsAddr+"/healthz"); code != http.StatusServiceUnavailable || !strings.Contains(body, "connection refused") {
		t.Fatalf("/healthz %d %q", code, body)
	}
	select {
	case err := <-done:
		t.Fatalf("run gave up while the L2 was down: %v", err)
	default:
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

func TestRunRefusesBadSettings(t *testing.T) {
	dir := t.TempDir()
	keyFile, _ := writeKey(t, dir, "relayer.key")
	open := filepath.Join(dir, "open.key")
	data, _ := os.ReadFile(keyFile)
	if err := os.WriteFile(open, data, 0o644); err != nil {
		t.Fatal(err)
	}
	set, _ := bridgetest.NewSet(1, 0)
	d := testL2s{}.deps(bridgetest.NewChain("x", set))
	dest := "optimism=sim://optimism,0x5FbDB2315678afecb367f032d93F642f64180aa3"
	tests := []struct {
		name string
		args []string
		want error
	}{
		{"world-readable key", []string{"--key-file", open, "--dest", dest}, errKeyFileMode},
		{"no destination", []string{"--key-file", keyFile}, errNoDestinations},
		{"malformed destination", []string{"--key-file", keyFile, "--dest", "optimism"}, errDestination},
		{"bad address", []string{"--key-file", keyFile, "--dest", "optimism=sim://o,0x12"}, errDestination},
		{"twice", []string{"--key-file", keyFile, "--dest", dest, "--dest", dest}, errDuplicateDestination},
		{"fee", []string{"--key-file", keyFile, "--dest", dest, "--max-fee-per-gas-gwei", "lots"}, errGwei},
		{"sub-wei fee", []string{"--key-file", keyFile, "--dest", dest, "--max-fee-per-gas-gwei", "0.0000000001"}, errGwei},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"run", "--chain-grpc", "127.0.0.1:9090", "--metrics-addr", ""}, tc.args...)
			if _, _, err := execute(context.Background(), d, args...); !errors.Is(err, tc.want) {
				t.Fatalf("want %v, got %v", tc.want, err)
			}
		})
	}
	// a chain that cannot be reached at all is an error of its own
	if _, _, err := execute(context.Background(), testL2s{}.deps(nil), "run", "--chain-grpc", "127.0.0.1:9090", "--key-file", keyFile,
		"--dest", dest, "--metrics-addr", ""); !errors.Is(err, errNoChainSource) {
		t.Fatalf("no source: %v", err)
	}
}

func TestConfigFilesAndFlags(t *testing.T) {
	dir := t.TempDir()
	keyFile, _ := writeKey(t, dir, "relayer.key")
	tomlFile := filepath.Join(dir, "relayer.toml")
	os.WriteFile(tomlFile, []byte(fmt.Sprintf(`chain_grpc = "127.0.0.1:9090"
key_file = %q
max_fee_per_gas_gwei = "0.5"
poll = "250ms"

[[destinations]]
name = "optimism"
rpc = "http://127.0.0.1:8545"
settlement = "0x5FbDB2315678afecb367f032d93F642f64180aa3"
`, keyFile)), 0o644)
	c, err := loadConfig(tomlFile)
	if err != nil {
		t.Fatal(err)
	}
	s, err := c.settings()
	if err != nil {
		t.Fatal(err)
	}
	if s.fees.MaxFeePerGas.Int64() != 5e8 || s.fees.MaxPriorityFeePerGas.Int64() != 2e9 || s.poll != 250*time.Millisecond ||
		len(s.destinations) != 1 || s.rpc["optimism"] != "http://127.0.0.1:8545" {
		t.Fatalf("settings %+v", s)
	}
	jsonFile := filepath.Join(dir, "relayer.json")
	os.WriteFile(jsonFile, []byte(`{"chain_grpc": "x", "destinations": [{"name": "arbitrum", "rpc": "http://127.0.0.1:8547", "settlement": "0x5FbDB2315678afecb367f032d93F642f64180aa3"}]}`), 0o644)
	if c, err := loadConfig(jsonFile); err != nil || c.Destinations[0].Name != "arbitrum" || c.Poll != defaultPoll {
		t.Fatalf("json config %+v, %v", c, err)
	}
	typo := filepath.Join(dir, "typo.toml")
	os.WriteFile(typo, []byte(`chain_grcp = "x"`), 0o644)
	if _, err := loadConfig(typo); err == nil {
		t.Fatal("an unknown key was accepted")
	}
	// Flags win over the file: the run gets as far as the (missing) chain source.
	_, _, err = execute(context.Background(), testL2s{}.deps(nil), "run", "--config", tomlFile, "--poll", "nonsense", "--metrics-addr", "")
	if err == nil || !strings.Contains(err.Error(), "nonsense") {
		t.Fatalf("a flag did not override the file: %v", err)
	}
}

func TestVersion(t *testing.T) {
	out, _, err := execute(context.Background(), defaultDeps(), "version")
	if err != nil || !strings.HasPrefix(out, "dpn-relayer ") {
		t.Fatalf("version: %q %v", out, err)
	}
}

// TestHelpExamplesParse checks that every example in the help text names a subcommand and
// flags that exist, with values those flags accept.
func TestHelpExamplesParse(t *testing.T) {
	root := newRootCmd(defaultDeps())
	checked := 0
	for _, sub := range root.Commands() {
		lines := strings.Split(strings.ReplaceAll(sub.Example, "\\\n", " "), "\n")
		for _, line := range lines {
			line = strings.TrimSpace(line)
			if !strings.HasPrefix(line, "dpn-relayer ") {
				continue
			}
			if i := strings.Index(line, ">"); i >= 0 {
				line = line[:i]
			}
			args := strings.Fields(line)[1:]
			cmd, rest, err := newRootCmd(defaultDeps()).Find(args)
			if err != nil || cmd.Name() != sub.Name() {
				t.Errorf("example %q: %v", line, err)
				continue
			}
			if err := cmd.ParseFlags(rest); err != nil {
				t.Errorf("example %q: %v", line, err)
			}
			checked++
		}
	}
	if checked < 3 {
		t.Fatalf("only %d examples found", checked)
	}
}

func TestValsetFileShapes(t *testing.T) {
	a, b := "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"
	for name, doc := range map[string]string{
		"short":       `{"nonce": 1, "members": [{"address": "` + b + `", "power": 2147483648}, {"address": "` + a + `", "power": 2147483648}]}`,
		"chain query": `{"valset": {"nonce": "1", "height": "12", "members": [{"eth_address": "` + a + `", "power": "2147483648", "validator": "dpnvaloper1x"}, {"eth_address": "` + b + `", "power": "2147483648"}]}}`,
		"camel case":  `{"valset": {"nonce": "1", "members": [{"ethAddress": "` + a + `", "power": "2147483648"}, {"ethAddress": "` + b + `", "power": "2147483648"}]}}`,
	} {
		vs, err := parseValset([]byte(doc))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if vs.Nonce != 1 || len(vs.Members) != 2 || vs.Members[0].Address != common.HexToAddress(a) || vs.Members[1].Power != 1<<31 {
			t.Fatalf("%s: %+v", name, vs)
		}
	}
	for name, doc := range map[string]string{
		"over 2^32":  `{"nonce": 1, "members": [{"address": "` + a + `", "power": 4294967296}, {"address": "` + b + `", "power": 1}]}`,
		"twice":      `{"nonce": 1, "members": [{"address": "` + a + `", "power": 1}, {"address": "` + a + `", "power": 1}]}`,
		"no address": `{"nonce": 1, "members": [{"power": 1}]}`,
		"negative":   `{"nonce": -1, "members": [{"address": "` + a + `", "power": 1}]}`,
	} {
		if _, err := parseValset([]byte(doc)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func FuzzParseValset(f *testing.F) {
	f.Add([]byte(`{"nonce": 1, "members": [{"address": "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "power": 2147483648}]}`))
	f.Add([]byte(`{"valset": {"nonce": "1", "members": [{"eth_address": "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "power": "1"}]}}`))
	f.Fuzz(func(t *testing.T, doc []byte) {
		vs, err := parseValset(doc)
		if err != nil {
			return
		}
		if len(vs.Members) == 0 {
			t.Fatal("accepted an empty set")
		}
	})
}
