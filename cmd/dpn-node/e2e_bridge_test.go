package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/cosmos/cosmos-sdk/crypto/keyring"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/dpn-network/dpn/agent/chain"
	"github.com/dpn-network/dpn/app"
	"github.com/dpn-network/dpn/bridge"
	"github.com/dpn-network/dpn/bridge/bundler"
	"github.com/dpn-network/dpn/bridge/chainsource"
	"github.com/dpn-network/dpn/bridge/deploy"
	"github.com/dpn-network/dpn/bridge/sender"
	"github.com/dpn-network/dpn/bridge/submitter"
	walletpkg "github.com/dpn-network/dpn/bridge/wallet"
	"github.com/dpn-network/dpn/contracts/bindings"
	"github.com/dpn-network/dpn/contracts/eip712"
	"github.com/dpn-network/dpn/contracts/l2sim"
	"github.com/dpn-network/dpn/testutil/l2node"
	"github.com/dpn-network/dpn/testutil/network"
	bridgesigner "github.com/dpn-network/dpn/x/bridge/signer"
	bridgetypes "github.com/dpn-network/dpn/x/bridge/types"
	computetypes "github.com/dpn-network/dpn/x/compute/types"
)

func ethKey(t *testing.T, seed string) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(seed)))
	require.NoError(t, err)
	return k
}

// TestBridgeOnNetwork settles marketplace earnings and a Groth16 proof onto two real L2s:
// four in-process validators (three with bridge keys, one without), two geth --dev
// processes with Optimism's and Arbitrum's chain ids, the contracts deployed from the
// chain's first valset, two agents paid on different L2s, and a relayer per L2 reading the
// chain over gRPC. It shows a provider's DPNToken balance on each L2 equal to its fee, a
// proof delivered on Optimism for the team that ordered it, the validators' watchers
// confirming both batches, and the bridge escrow backing exactly what was issued.
func TestBridgeOnNetwork(t *testing.T) {
	if testing.Short() {
		t.Skip("starts two L2 nodes and a four-validator network")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	dir := t.TempDir()

	deployer, relayer, team, holder := ethKey(t, "deployer"), ethKey(t, "relayer"), ethKey(t, "team"), ethKey(t, "holder")
	var funded []common.Address
	for _, k := range []*ecdsa.PrivateKey{deployer, relayer, team, holder} {
		funded = append(funded, crypto.PubkeyToAddress(k.PublicKey))
	}
	l2s := map[string]*l2node.Node{}
	for name, id := range map[string]uint64{"optimism": 10, "arbitrum": 42161} {
		n, err := l2node.Start(ctx, l2node.Config{DataDir: filepath.Join(dir, name), ChainID: id, Fund: funded})
		require.NoError(t, err)
		t.Cleanup(n.Stop)
		l2s[name] = n
	}
	clients := map[string]*ethclient.Client{}
	for name, n := range l2s {
		c, err := ethclient.DialContext(ctx, n.URL)
		require.NoError(t, err)
		t.Cleanup(c.Close)
		clients[name] = c
	}
	vkJSON, err := os.ReadFile("../../crypto/zk/testdata/multiplier_vkey.json")
	require.NoError(t, err)

	// The destinations go into genesis, so the settlement's address is predicted from the
	// deployer's nonce (a fresh key: 0 on both L2s); the deployment below must land there.
	predicted := deploy.PredictSettlement(crypto.PubkeyToAddress(deployer.PublicKey), 0)
	partition, err := deploy.PartitionID("earnings")
	require.NoError(t, err)

	// Validators 0-2 have bridge keys; validator 3 has none but reads the L2s, through an
	// RPC that lies about every event log.
	valKeys := make([]*ecdsa.PrivateKey, 3)
	appOpts := make([]map[string]any, 4)
	rpcs := []string{"optimism=" + l2s["optimism"].URL, "arbitrum=" + l2s["arbitrum"].URL}
	lies := []string{"optimism=" + lyingRPC(t, l2s["optimism"].URL), "arbitrum=" + lyingRPC(t, l2s["arbitrum"].URL)}
	for i := range appOpts {
		appOpts[i] = map[string]any{bridgesigner.FlagL2RPC: rpcs, bridgesigner.FlagConfirmations: 1, bridgesigner.FlagPollInterval: "500ms",
			bridgesigner.FlagKeyFile: ""}
		if i == 3 {
			appOpts[i][bridgesigner.FlagL2RPC] = lies
		}
		if i < 3 {
			path := filepath.Join(dir, fmt.Sprintf("bridge-key-%d", i))
			_, err := bridgesigner.GenerateKeyFile(path)
			require.NoError(t, err)
			valKeys[i], err = bridgesigner.LoadKey(path)
			require.NoError(t, err)
			appOpts[i][bridgesigner.FlagKeyFile] = path
		}
	}

	priceFile := filepath.Join(dir, "prices.json")
	bz, err := json.Marshal(e2ePrices)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(priceFile, bz, 0o644))
	homes := make([]string, 2)
	var owners []sdk.AccAddress
	for i := range homes {
		homes[i] = filepath.Join(dir, fmt.Sprintf("agent%d", i))
		owners = append(owners, newKey(t, homes[i], "owner"))
		writeMachine(t, filepath.Join(homes[i], "hw"), fmt.Sprintf("bridge-%d-0123456789abcdef", i))
	}
	buyerHome := filepath.Join(dir, "buyer")
	buyerAddr := newKey(t, buyerHome, "buyer")

	cfg := network.DefaultConfig(4)
	src := []string{"file://" + priceFile}
	// Validator 2 can be taken offline: its precommits then carry an extension every other
	// validator refuses, so they do not count, as if it were down.
	var offline atomic.Bool
	faults := []func(int64, []byte) []byte{nil, nil, func(_ int64, ext []byte) []byte {
		if offline.Load() {
			return []byte("offline")
		}
		return ext
	}}
	cfg = network.WithOptions(cfg, network.Options{PriceSources: [][]string{src, src, src, src}, AppOptions: appOpts, ExtensionFaults: faults})
	network.FundAccounts(&cfg, sdk.NewCoins(sdk.NewInt64Coin(app.BondDenom, 100_000_000_000)), append(owners, buyerAddr)...)
	network.EditGenesis(&cfg, computetypes.ModuleName, &computetypes.GenesisState{}, func(g *computetypes.GenesisState) {
		g.Params.AssignTimeoutBlocks = 8
		g.Params.CommitWindowBlocks = 20
		g.Params.RevealWindowBlocks = 10
	})
	network.EditGenesis(&cfg, bridgetypes.ModuleName, &bridgetypes.GenesisState{}, func(g *bridgetypes.GenesisState) {
		g.Params.Destinations = []bridgetypes.Destination{
			{Name: "arbitrum", L2ChainId: 42161, Settlement: predicted.Hex(), Partition: partition[:]},
			{Name: "optimism", L2ChainId: 10, Settlement: predicted.Hex(), Partition: partition[:]},
		}
	})
	net := network.New(t, cfg)
	grpcAddr := strings.Replace(net.Validators[0].AppConfig.GRPC.Address, "0.0.0.0", "127.0.0.1", 1)
	client, err := chain.Dial(ctx, grpcAddr)
	require.NoError(t, err)
	defer client.Close()
	q := bridgetypes.NewQueryClient(client.Conn())

	// 1. Validators 0-2 register their bridge keys; three quarters of the power makes valset 1.
	for i, key := range valKeys {
		v := net.Validators[i]
		pop := eip712.Sign(key, bridgetypes.PopDigest(cfg.ChainID, v.ValAddress.String()))
		s := &chain.Signer{Client: client, Keyring: v.ClientCtx.Keyring, From: fmt.Sprintf("node%d", i), GasPrices: network.MinGasPrice, Wait: time.Minute}
		_, err := s.Send(ctx, &bridgetypes.MsgRegisterEthKey{Operator: v.Address.String(), EthAddress: crypto.PubkeyToAddress(key.PublicKey).Hex(), Proof: pop[:]})
		require.NoError(t, err)
	}
	source := chainsource.New(client.Conn())
	var vs bridge.Valset
	waitFor(t, time.Minute, "valset 1", func() bool {
		vs, err = source.Valset(ctx, 1)
		return err == nil
	})
	require.Len(t, vs.Members, 3)

	// 2. The contracts, from valset 1, at the predicted address on both L2s.
	for name, c := range clients {
		addrs, err := deploy.Deploy(ctx, c, deployer, deploy.Params{DPNChainID: cfg.ChainID, Valset: vs, VerifyingKey: vkJSON}, quiet())
		require.NoError(t, err, name)
		require.Equal(t, predicted, addrs.DPNSettlement, name)
	}

	// 3. A relayer per L2, reading the chain over its own gRPC connection.
	conn, err := grpc.NewClient(grpcAddr, grpc.WithTransportCredentials(insecure.NewCredentials()))
	require.NoError(t, err)
	defer conn.Close()
	var wg sync.WaitGroup
	rctx, stopRelayers := context.WithCancel(ctx)
	defer func() { stopRelayers(); wg.Wait() }()
	for name, c := range clients {
		s, err := submitter.New(submitter.Config{Destination: name, Settlement: predicted, Poll: 500 * time.Millisecond, Key: relayer,
			Fees: sender.Config{MaxFeePerGas: big.NewInt(100e9), MaxPriorityFeePerGas: big.NewInt(2e9)}},
			chainsource.New(conn), c, nil, nil, quiet())
		require.NoError(t, err)
		wg.Add(1)
		go func() { defer wg.Done(); _ = s.Run(rctx) }()
	}

	// 4. Two agents, one paid on each L2.
	// The Arbitrum provider is paid to a key the test holds, so that it can redeem.
	payTo := map[string]common.Address{"optimism": {0x0a, 1}, "arbitrum": crypto.PubkeyToAddress(holder.PublicKey)}
	agentsCtx, stopAgents := context.WithCancel(ctx)
	defer stopAgents()
	for i, home := range homes {
		out, err := execute(t, "init", "--home", home, "--hardware-root", filepath.Join(home, "hw"), "--no-gpus",
			"--grpc", grpcAddr, "--aggregator", "http://127.0.0.1:1", "--from", "owner", "--keyring-dir", ".",
			"--region", "eu-west-1", "--tier", "light", "--poll-seconds", "0.5", "--bond", "5000000udpn", "--blob-listen", "")
		require.NoError(t, err, out)
		out, err = execute(t, "register", "--home", home)
		require.NoError(t, err, out)
		kr := keyringAt(t, home)
		dest := []string{"optimism", "arbitrum"}[i]
		owner := &chain.Signer{Client: client, Keyring: kr, From: "owner", GasPrices: network.MinGasPrice, Wait: time.Minute}
		_, err = owner.Send(ctx, &computetypes.MsgSetPayout{Owner: owners[i].String(), NodeIndex: uint64(i),
			Payout: computetypes.L2Payout{Chain: dest, Recipient: payTo[dest].Hex()}})
		require.NoError(t, err)
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			out, err := executeCtx(agentsCtx, "run", "--home", homes[i])
			if err != nil && agentsCtx.Err() == nil {
				t.Errorf("agent %d: %v\n%s", i, err, out)
			}
		}(i)
	}
	buyer := &chain.Signer{Client: client, Keyring: keyringAt(t, buyerHome), From: "buyer", GasPrices: network.MinGasPrice, Wait: time.Minute}
	submit := func(msg *computetypes.MsgSubmitJob) uint64 {
		t.Helper()
		waitFor(t, time.Minute, "a quote", func() bool {
			_, err := buyer.Send(ctx, msg)
			return err == nil
		})
		res, err := client.Compute.Jobs(ctx, &computetypes.QueryJobsRequest{})
		require.NoError(t, err)
		return res.Jobs[len(res.Jobs)-1].Id
	}
	settled := func(id uint64) computetypes.Result {
		waitFor(t, 2*time.Minute, fmt.Sprintf("job %d settled", id), func() bool {
			res, err := client.Compute.Job(ctx, &computetypes.QueryJobRequest{Id: id})
			return err == nil && res.Job.Status == computetypes.JOB_STATUS_SETTLED
		})
		res, err := client.Compute.Result(ctx, &computetypes.QueryResultRequest{JobId: id})
		require.NoError(t, err)
		return res.Result
	}

	// 5. A wasm job run by both: each provider's fee goes to its L2. While validator 2 is
	// offline (and validator 3 has no key) the batches carry 2/3 of the bridge power, not
	// more: blocks go on, nothing is ready and nothing reaches the L2s; once it is back, both
	// batches become ready and are relayed.
	offline.Store(true)
	reverse, err := os.ReadFile("../../agent/jobs/testdata/reverse.wasm")
	require.NoError(t, err)
	input := []byte("earned on two L2s")
	wasmID := submit(&computetypes.MsgSubmitJob{
		Buyer: buyerAddr.String(), Kind: computetypes.JOB_KIND_WASM,
		Module: computetypes.ContentOf(reverse), Input: computetypes.ContentOf(input),
		Resources:       computetypes.Resources{CpuMillicores: 500, MemoryBytes: 256 << 20},
		DurationSeconds: 600, Region: "eu-west-1", Replicas: 2, Quorum: 2,
		MaxPrice: sdk.NewInt64Coin(app.BondDenom, 100_000_000),
		Inline: []computetypes.InlineContent{{Sha256: computetypes.ContentOf(reverse).Sha256, Data: reverse},
			{Sha256: computetypes.ContentOf(input).Sha256, Data: input}},
	})
	res := settled(wasmID)
	require.Len(t, res.Providers, 2)
	each := new(big.Int).Mul(res.Paid.Amount.QuoRaw(2).BigInt(), big.NewInt(1e12))
	waitFor(t, time.Minute, "a batch for each L2", func() bool {
		for _, dest := range []string{"optimism", "arbitrum"} {
			if _, err := q.Batch(ctx, &bridgetypes.QueryBatchRequest{Destination: dest, Nonce: 1}); err != nil {
				return false
			}
		}
		return true
	})
	status, err := net.Validators[0].RPCClient.Status(ctx)
	require.NoError(t, err)
	from := status.SyncInfo.LatestBlockHeight
	waitFor(t, time.Minute, "five more blocks with validator 2 offline", func() bool {
		st, err := net.Validators[0].RPCClient.Status(ctx)
		return err == nil && st.SyncInfo.LatestBlockHeight >= from+5
	})
	for _, dest := range []string{"optimism", "arbitrum"} {
		sig, err := q.Signatures(ctx, &bridgetypes.QuerySignaturesRequest{Destination: dest, Kind: "batch", Nonce: 1})
		require.NoError(t, err)
		require.False(t, sig.Ready, "%s: 2 of 3 members signed: exactly 2/3 is not enough", dest)
		require.Equal(t, sig.TotalPower*2/3, sig.SignedPower, dest)
	}
	offline.Store(false)

	tokens := map[string]*bindings.DPNToken{}
	for name, c := range clients {
		addrs, err := bindings.NewDPNSettlementCaller(predicted, c)
		require.NoError(t, err)
		tokenAddr, err := addrs.Token(nil)
		require.NoError(t, err)
		tokens[name], err = bindings.NewDPNToken(tokenAddr, c)
		require.NoError(t, err)
	}
	for name, tok := range tokens {
		waitFor(t, time.Minute, "the fee on "+name, func() bool {
			b, err := tok.BalanceOf(&bind.CallOpts{Context: ctx}, payTo[name])
			return err == nil && b.Cmp(each) == 0
		})
	}

	// 6. A Groth16 job whose buyer wants the proof on Optimism for the team's order.
	zk := func(name string) []byte {
		b, err := os.ReadFile("../../crypto/zk/testdata/" + name)
		require.NoError(t, err)
		return b
	}
	wasm, zkey, zin := zk("multiplier.wasm"), zk("multiplier.zkey"), zk("multiplier_input.json")
	teamAddr := crypto.PubkeyToAddress(team.PublicKey)
	proofID := submit(&computetypes.MsgSubmitJob{
		Buyer: buyerAddr.String(), Kind: computetypes.JOB_KIND_GROTH16,
		Module: computetypes.ContentOf(wasm), Input: computetypes.ContentOf(zin), Zkey: computetypes.ContentOf(zkey),
		VerifyingKey: vkJSON, Resources: computetypes.Resources{CpuMillicores: 500, MemoryBytes: 256 << 20},
		DurationSeconds: 600, Region: "eu-west-1", MaxPrice: sdk.NewInt64Coin(app.BondDenom, 100_000_000),
		Payout: computetypes.L2Payout{Chain: "optimism", Recipient: teamAddr.Hex()},
		Inline: []computetypes.InlineContent{{Sha256: computetypes.ContentOf(wasm).Sha256, Data: wasm},
			{Sha256: computetypes.ContentOf(zin).Sha256, Data: zin}, {Sha256: computetypes.ContentOf(zkey).Sha256, Data: zkey}},
	})
	// The team orders the statement it wants proven: a·b = 33 for a = 3, b = 11.
	encodedVK, err := l2sim.DecodeVerifyingKey(vkJSON)
	require.NoError(t, err)
	settlement, err := bindings.NewDPNSettlement(predicted, clients["optimism"])
	require.NoError(t, err)
	teamOpts, err := bind.NewKeyedTransactorWithChainID(team, big.NewInt(10))
	require.NoError(t, err)
	tx, err := settlement.OrderJob(teamOpts, bridge.JobID(proofID), bridge.VerifyingKeyID(encodedVK), l2sim.InputsHash([]*big.Int{big.NewInt(33)}))
	require.NoError(t, err)
	_, err = bind.WaitMined(ctx, clients["optimism"], tx)
	require.NoError(t, err)
	settled(proofID)
	waitFor(t, time.Minute, "the proof on Optimism", func() bool {
		j, err := settlement.Jobs(&bind.CallOpts{Context: ctx}, teamAddr, bridge.JobID(proofID))
		return err == nil && j.DeliveredAt != 0
	})
	// The validators observe the order and the delivery; the chain's proof order is done.
	waitFor(t, time.Minute, "the delivery observed", func() bool {
		orders, err := q.ProofOrders(ctx, &bridgetypes.QueryProofOrdersRequest{Destination: "optimism"})
		return err == nil && len(orders.Orders) == 0
	})
	jobs, err := q.Observations(ctx, &bridgetypes.QueryObservationsRequest{Destination: "optimism", Source: "jobs"})
	require.NoError(t, err)
	require.Len(t, jobs.Observations, 2)
	require.Equal(t, bridgetypes.OUTCOME_ORDERED, jobs.Observations[0].Outcome)
	require.Equal(t, bridgetypes.OUTCOME_DELIVERED, jobs.Observations[1].Outcome)
	require.Empty(t, jobs.Observations[1].Reason)

	// 7. The validators' watchers confirm every batch; each destination's escrow then backs
	// exactly the DPN its L2 issued, and the module account holds the sum.
	var dests *bridgetypes.QueryDestinationsResponse
	waitFor(t, time.Minute, "every batch confirmed", func() bool {
		dests, err = q.Destinations(ctx, &bridgetypes.QueryDestinationsRequest{})
		if err != nil {
			return false
		}
		pending, err := q.Pending(ctx, &bridgetypes.QueryPendingRequest{})
		if err != nil || len(pending.Records) > 0 {
			return false
		}
		for _, s := range dests.States {
			if s.ConfirmedBatchNonce < 1 || s.ConfirmedBatchNonce != s.NextBatchNonce-1 {
				return false
			}
		}
		return true
	})
	bank := banktypes.NewQueryClient(client.Conn())
	escrow, err := bank.Balance(ctx, &banktypes.QueryBalanceRequest{Address: authtypes.NewModuleAddress(bridgetypes.ModuleName).String(), Denom: app.BondDenom})
	require.NoError(t, err)
	var sum int64
	for _, s := range dests.States {
		supply, err := tokens[s.Destination].TotalSupply(&bind.CallOpts{Context: ctx})
		require.NoError(t, err)
		require.Equal(t, new(big.Int).Mul(s.Escrow.BigInt(), big.NewInt(1e12)), supply, s.Destination)
		sum += s.Escrow.Int64()
	}
	require.Equal(t, sum, escrow.Balance.Amount.Int64())
	// Validator 3 has no key: it is in no valset and the chain went on without it.
	info, err := q.SigningInfo(ctx, &bridgetypes.QuerySigningInfoRequest{Validator: net.Validators[0].ValAddress.String()})
	require.NoError(t, err)
	require.Zero(t, info.Info.Missed)

	observeL2(t, ctx, l2Flow{client: client, q: q, bank: bank, buyer: buyer, buyerAddr: buyerAddr, clients: clients,
		settlement: predicted, purchaser: team, holder: holder, tokens: tokens, deployer: deployer, grpcAddr: grpcAddr})
}

// l2Flow is what observeL2 needs of the running network and L2s.
type l2Flow struct {
	client     *chain.Client
	q          bridgetypes.QueryClient
	bank       banktypes.QueryClient
	buyer      *chain.Signer
	buyerAddr  sdk.AccAddress
	clients    map[string]*ethclient.Client
	settlement common.Address
	purchaser  *ecdsa.PrivateKey
	holder     *ecdsa.PrivateKey
	tokens     map[string]*bindings.DPNToken
	deployer   *ecdsa.PrivateKey // still owns ComputeCredits: it names the paymaster
	grpcAddr   string
}

// observeL2 runs the L2 → DPN direction on the network: ETH paid on Optimism credited once
// on DPN from the treasury at the oracle's rate, a purchase naming a malformed account
// refunded in ETH on Optimism through a batch, and DPN redeemed on Arbitrum released from
// that destination's escrow.
func observeL2(t *testing.T, ctx context.Context, f l2Flow) {
	treasury := authtypes.NewModuleAddress(bridgetypes.TreasuryName)
	_, err := f.buyer.Send(ctx, &banktypes.MsgSend{FromAddress: f.buyerAddr.String(), ToAddress: treasury.String(),
		Amount: sdk.NewCoins(sdk.NewInt64Coin(app.BondDenom, 1_000_000_000))})
	require.NoError(t, err, "anyone may fund the treasury")

	settlement, err := bindings.NewDPNSettlementCaller(f.settlement, f.clients["optimism"])
	require.NoError(t, err)
	creditsAddr, err := settlement.Credits(&bind.CallOpts{Context: ctx})
	require.NoError(t, err)
	credits, err := bindings.NewComputeCredits(creditsAddr, f.clients["optimism"])
	require.NoError(t, err)
	buy := func(account string) {
		o, err := bind.NewKeyedTransactorWithChainID(f.purchaser, big.NewInt(10))
		require.NoError(t, err)
		o.Value = big.NewInt(1e16) // 0.01 ETH
		tx, err := credits.Buy(o, account)
		require.NoError(t, err)
		r, err := bind.WaitMined(ctx, f.clients["optimism"], tx)
		require.NoError(t, err)
		require.EqualValues(t, 1, r.Status)
	}
	account := sdk.AccAddress(crypto.Keccak256([]byte("wallet user"))[:20]).String()
	// The same shape as an account, so the contract takes it, but its checksum is wrong.
	bad := account[:len(account)-1] + string("qpzry9x8gf2tvdw0s3jn54khce6mua7l"[(strings.IndexByte("qpzry9x8gf2tvdw0s3jn54khce6mua7l", account[len(account)-1])+1)%32])
	buy(account)
	buy(bad)

	// 0.01 ETH × (3,000 / 0.5) DPN per ETH × (1 − 0.5 %) = 59.7 DPN.
	waitFor(t, time.Minute, "the purchase credited on DPN", func() bool {
		res, err := f.q.Credits(ctx, &bridgetypes.QueryCreditsRequest{Account: account})
		return err == nil && len(res.Credits) == 1
	})
	bal, err := f.bank.Balance(ctx, &banktypes.QueryBalanceRequest{Address: account, Denom: app.BondDenom})
	require.NoError(t, err)
	require.Equal(t, int64(59_700_000), bal.Balance.Amount.Int64())
	obs, err := f.q.Observations(ctx, &bridgetypes.QueryObservationsRequest{Destination: "optimism", Source: "purchases"})
	require.NoError(t, err)
	waitFor(t, time.Minute, "the malformed purchase observed", func() bool {
		obs, err = f.q.Observations(ctx, &bridgetypes.QueryObservationsRequest{Destination: "optimism", Source: "purchases"})
		return err == nil && len(obs.Observations) == 2
	})
	require.Equal(t, bridgetypes.OUTCOME_CREDITED, obs.Observations[0].Outcome)
	require.Equal(t, bridgetypes.OUTCOME_REFUNDED, obs.Observations[1].Outcome)
	waitFor(t, 2*time.Minute, "the ETH refunded on Optimism", func() bool {
		it, err := credits.FilterPurchaseRefunded(&bind.FilterOpts{Context: ctx}, nil)
		if err != nil {
			return false
		}
		defer it.Close()
		for it.Next() {
			if it.Event.To == crypto.PubkeyToAddress(f.purchaser.PublicKey) && it.Event.AmountWei.Cmp(big.NewInt(1e16)) == 0 {
				return true
			}
		}
		return false
	})
	again, err := f.q.Credits(ctx, &bridgetypes.QueryCreditsRequest{Account: account})
	require.NoError(t, err)
	require.Len(t, again.Credits, 1, "credited exactly once")
	require.Equal(t, int64(59_700_000), again.Outflow.Int64())

	// A wallet user with nothing but ETH in a smart account buys through DPN's bundler.
	wallet := sdk.AccAddress(crypto.Keccak256([]byte("smart account user"))[:20]).String()
	p := userOpPurchase(t, ctx, f, creditsAddr, wallet)
	require.NoError(t, walletpkg.WaitForCredit(ctx, io.Discard, f.grpcAddr, p, time.Minute))
	bal, err = f.bank.Balance(ctx, &banktypes.QueryBalanceRequest{Address: wallet, Denom: app.BondDenom})
	require.NoError(t, err)
	require.Equal(t, int64(59_700_000), bal.Balance.Amount.Int64(), "the UserOperation's 0.01 ETH, credited once")
	again, err = f.q.Credits(ctx, &bridgetypes.QueryCreditsRequest{Account: wallet})
	require.NoError(t, err)
	require.Len(t, again.Credits, 1)
	// Validator 3's lying RPC made it report other bytes: evidence, and nothing else.
	ev, err := f.q.Events(ctx, &bridgetypes.QueryEventsRequest{})
	require.NoError(t, err)
	var lied bool
	for _, c := range ev.Conflicts {
		if c.Destination == "optimism" && c.Source == bridgetypes.EVENT_SOURCE_PURCHASES && len(c.Reports) == 2 {
			lied = len(c.Reports[1].Validators) == 1
		}
	}
	require.True(t, lied, "the lying minority's reports are kept as evidence: %v", ev.Conflicts)

	// DPN redeemed on Arbitrum comes home to the account its data names.
	home := sdk.AccAddress(crypto.Keccak256([]byte("redeemer"))[:20]).String()
	held, err := f.tokens["arbitrum"].BalanceOf(&bind.CallOpts{Context: ctx}, crypto.PubkeyToAddress(f.holder.PublicKey))
	require.NoError(t, err)
	half := new(big.Int).Div(held, big.NewInt(2))
	before, err := f.q.Destinations(ctx, &bridgetypes.QueryDestinationsRequest{})
	require.NoError(t, err)
	o, err := bind.NewKeyedTransactorWithChainID(f.holder, big.NewInt(42161))
	require.NoError(t, err)
	tx, err := f.tokens["arbitrum"].Redeem(o, half, []byte(home))
	require.NoError(t, err)
	_, err = bind.WaitMined(ctx, f.clients["arbitrum"], tx)
	require.NoError(t, err)
	udpn := new(big.Int).Div(half, big.NewInt(1e12)).Int64()
	waitFor(t, time.Minute, "the redemption released on DPN", func() bool {
		b, err := f.bank.Balance(ctx, &banktypes.QueryBalanceRequest{Address: home, Denom: app.BondDenom})
		return err == nil && b.Balance.Amount.Int64() == udpn
	})
	after, err := f.q.Destinations(ctx, &bridgetypes.QueryDestinationsRequest{})
	require.NoError(t, err)
	for i, s := range after.States {
		if s.Destination == "arbitrum" {
			require.Equal(t, before.States[i].Escrow.SubRaw(udpn), s.Escrow, "the escrow backs what is left on Arbitrum")
			require.Equal(t, s.Issued.Sub(s.Redeemed), s.Escrow)
		}
	}
}

func quiet() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// userOpPurchase deploys the sponsored-purchase contracts on Optimism (EntryPoint v0.8,
// SimpleAccountFactory, DPNPaymaster), serves DPN's bundler, and buys 0.01 ETH of credits for
// account from a new SimpleAccount through it, topped up from an ordinary account.
func userOpPurchase(t *testing.T, ctx context.Context, f l2Flow, credits common.Address, account string) *walletpkg.Purchase {
	op := f.clients["optimism"]
	pm, err := deploy.DeployPaymaster(ctx, op, f.deployer, deploy.PaymasterParams{Credits: credits}, quiet())
	require.NoError(t, err)
	bundlerKey := f.purchaser // funded at genesis; pays the bundles, paid back by the EntryPoint
	b, err := bundler.New(ctx, op, bundler.Config{EntryPoint: pm.EntryPoint, Paymaster: pm.DPNPaymaster, Key: bundlerKey,
		Interval: 200 * time.Millisecond, Fees: sender.Config{MaxFeePerGas: big.NewInt(100e9), MaxPriorityFeePerGas: big.NewInt(2e9)}},
		prometheus.NewRegistry(), quiet())
	require.NoError(t, err)
	h, err := b.Handler(prometheus.NewRegistry())
	require.NoError(t, err)
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	bctx, stop := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { _ = b.Run(bctx); close(done) }()
	t.Cleanup(func() { stop(); <-done })

	owner := ethKey(t, "smart account owner")
	bc, err := rpc.DialContext(ctx, srv.URL)
	require.NoError(t, err)
	defer bc.Close()
	p, err := walletpkg.Buy(ctx, op, bc, walletpkg.Params{Amount: big.NewInt(1e16), To: account, Key: owner,
		Paymaster: pm.DPNPaymaster, Factory: pm.SimpleAccountFactory, Salt: big.NewInt(0), Timeout: time.Minute,
		FundFrom: f.holder}, func(string, ...any) {})
	require.NoError(t, err)
	require.True(t, p.Created)
	require.Equal(t, big.NewInt(1e16), p.Credited)
	return p
}

// purchasedTopic is ComputeCredits' CreditsPurchased event.
var purchasedTopic = func() common.Hash {
	a, err := bindings.ComputeCreditsMetaData.GetAbi()
	if err != nil {
		panic(err)
	}
	return a.Events["CreditsPurchased"].ID
}()

// lyingRPC is a JSON-RPC proxy to upstream that alters the amount of every purchase and
// redemption eth_getLogs returns, as a compromised or buggy endpoint would: everything else
// it passes through.
func lyingRPC(t *testing.T, upstream string) string {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		res, err := http.Post(upstream, "application/json", bytes.NewReader(body))
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		defer res.Body.Close()
		out, err := io.ReadAll(res.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		var req struct{ Method string }
		var resp struct {
			JSONRPC string            `json:"jsonrpc"`
			ID      json.RawMessage   `json:"id"`
			Result  []json.RawMessage `json:"result"`
		}
		if json.Unmarshal(body, &req) == nil && req.Method == "eth_getLogs" && json.Unmarshal(out, &resp) == nil {
			for i, raw := range resp.Result {
				var l map[string]any
				if json.Unmarshal(raw, &l) != nil {
					continue
				}
				// The amount: CreditsPurchased's second word, RedeemedToDPN's first.
				word := 0
				if topics, ok := l["topics"].([]any); ok && len(topics) > 0 && topics[0] == purchasedTopic.Hex() {
					word = 1
				}
				if d, ok := l["data"].(string); ok && len(d) >= 2+64*(word+1) {
					at := 2 + 64*(word+1) - 1
					flip := byte('1')
					if d[at] == '1' {
						flip = '2'
					}
					l["data"] = d[:at] + string(flip) + d[at+1:]
				}
				resp.Result[i], _ = json.Marshal(l)
			}
			out, _ = json.Marshal(resp)
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(out)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

func keyringAt(t *testing.T, home string) keyring.Keyring {
	t.Helper()
	kr, err := keyring.New(sdk.KeyringServiceName(), keyring.BackendTest, home, nil, chain.Encoding().Codec)
	require.NoError(t, err)
	return kr
}
