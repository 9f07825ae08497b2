package keeper_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"sort"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/core/address"
	"cosmossdk.io/math"

	addresscodec "github.com/cosmos/cosmos-sdk/codec/address"
	"github.com/cosmos/cosmos-sdk/crypto/keys/ed25519"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	govtypes "github.com/cosmos/cosmos-sdk/x/gov/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dpn-network/dpn/contracts/eip712"
	testkeeper "github.com/dpn-network/dpn/testutil/keeper"
	"github.com/dpn-network/dpn/x/bridge/keeper"
	"github.com/dpn-network/dpn/x/bridge/types"
	computetypes "github.com/dpn-network/dpn/x/compute/types"
)

const denom = "udpn"

// fakeChain stands in for x/staking, x/slashing, x/bank, x/auth and x/compute: it records
// what x/bridge asks of them and moves udpn between module accounts to the unit.
type fakeChain struct {
	validators []*stakingtypes.Validator
	slashed    map[string]math.LegacyDec // by consensus address bytes
	jailed     map[string]bool
	balances   map[string]math.Int // by module name
	records    []computetypes.SettlementRecord
	jobs       map[uint64]computetypes.Job
	accounts   map[string]math.Int // by bech32 account
	failSend   bool                // SendCoinsFromModuleToAccount fails, as a broken bank would
}

func newFakeChain() *fakeChain {
	return &fakeChain{slashed: map[string]math.LegacyDec{}, jailed: map[string]bool{}, balances: map[string]math.Int{},
		jobs: map[uint64]computetypes.Job{}, accounts: map[string]math.Int{}}
}

func (c *fakeChain) bal(m string) math.Int {
	if b, ok := c.balances[m]; ok {
		return b
	}
	return math.ZeroInt()
}

func (c *fakeChain) GetBondedValidatorsByPower(context.Context) ([]stakingtypes.Validator, error) {
	var out []stakingtypes.Validator
	for _, v := range c.validators {
		if v.IsBonded() && !v.Jailed {
			out = append(out, *v)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Tokens.GT(out[j].Tokens) })
	return out, nil
}
func (c *fakeChain) ValidatorByConsAddr(_ context.Context, a sdk.ConsAddress) (stakingtypes.ValidatorI, error) {
	for _, v := range c.validators {
		if ca, _ := v.GetConsAddr(); bytes.Equal(ca, a) {
			return *v, nil
		}
	}
	return nil, errors.New("no validator")
}
func (c *fakeChain) Validator(_ context.Context, addr sdk.ValAddress) (stakingtypes.ValidatorI, error) {
	for _, v := range c.validators {
		if v.OperatorAddress == addr.String() {
			return *v, nil
		}
	}
	return nil, errors.New("no validator")
}
func (c *fakeChain) PowerReduction(context.Context) math.Int { return sdk.DefaultPowerReduction }
func (c *fakeChain) ValidatorAddressCodec() address.Codec {
	return addresscodec.NewBech32Codec(sdk.GetConfig().GetBech32ValidatorAddrPrefix())
}
func (c *fakeChain) Slash(_ context.Context, a sdk.ConsAddress, f math.LegacyDec, _, _ int64) error {
	c.slashed[string(a)] = f
	return nil
}
func (c *fakeChain) Jail(_ context.Context, a sdk.ConsAddress) error {
	c.jailed[string(a)] = true
	for _, v := range c.validators {
		if ca, _ := v.GetConsAddr(); bytes.Equal(ca, a) {
			v.Jailed = true
		}
	}
	return nil
}
func (c *fakeChain) GetBalance(_ context.Context, addr sdk.AccAddress, d string) sdk.Coin {
	for m := range c.balances {
		if authtypes.NewModuleAddress(m).Equals(addr) {
			return sdk.NewCoin(d, c.bal(m))
		}
	}
	if b, ok := c.accounts[addr.String()]; ok {
		return sdk.NewCoin(d, b)
	}
	return sdk.NewCoin(d, math.ZeroInt())
}
func (c *fakeChain) SendCoinsFromModuleToAccount(_ context.Context, m string, to sdk.AccAddress, amt sdk.Coins) error {
	if c.failSend {
		return errors.New("bank is down")
	}
	a := amt.AmountOf(denom)
	if c.bal(m).LT(a) {
		return errors.New("insufficient funds")
	}
	c.balances[m] = c.bal(m).Sub(a)
	prev, ok := c.accounts[to.String()]
	if !ok {
		prev = math.ZeroInt()
	}
	c.accounts[to.String()] = prev.Add(a)
	return nil
}

// BlockedAddr blocks the module accounts as the app does, all but the treasury.
func (c *fakeChain) BlockedAddr(a sdk.AccAddress) bool {
	for _, m := range []string{types.ModuleName, "compute", "distribution"} {
		if authtypes.NewModuleAddress(m).Equals(a) {
			return true
		}
	}
	return false
}
func (c *fakeChain) AddressCodec() address.Codec {
	return addresscodec.NewBech32Codec(sdk.GetConfig().GetBech32AccountAddrPrefix())
}
func (c *fakeChain) GetModuleAddress(m string) sdk.AccAddress { return authtypes.NewModuleAddress(m) }
func (c *fakeChain) GetModuleAccount(_ context.Context, m string) sdk.ModuleAccountI {
	return authtypes.NewEmptyModuleAccount(m)
}
func (c *fakeChain) TakeSettlements(_ context.Context, to string, limit int) ([]computetypes.SettlementRecord, error) {
	n := min(limit, len(c.records))
	out := append([]computetypes.SettlementRecord(nil), c.records[:n]...)
	c.records = c.records[n:]
	for _, r := range out {
		if r.Kind == computetypes.SETTLEMENT_KIND_PAYOUT {
			if c.bal("compute").LT(r.Amount.Amount) {
				return nil, errors.New("compute escrow short")
			}
			c.balances["compute"] = c.bal("compute").Sub(r.Amount.Amount)
			c.balances[to] = c.bal(to).Add(r.Amount.Amount)
		}
	}
	return out, nil
}
func (c *fakeChain) GetJob(_ context.Context, id uint64) (computetypes.Job, error) {
	j, ok := c.jobs[id]
	if !ok {
		return j, computetypes.ErrJobNotFound
	}
	return j, nil
}

// payout queues a PAYOUT record of amount udpn for dest, its fee held in x/compute.
func (c *fakeChain) payout(id uint64, dest, recipient string, amount int64) {
	c.records = append(c.records, computetypes.SettlementRecord{Id: id, JobId: 100 + id, Chain: dest, Recipient: recipient,
		Amount: sdk.NewInt64Coin(denom, amount), Kind: computetypes.SETTLEMENT_KIND_PAYOUT})
	c.balances["compute"] = c.bal("compute").AddRaw(amount)
}

type val struct {
	cons    sdk.ConsAddress
	valoper string
	eth     *ecdsa.PrivateKey
}

type fixture struct {
	testkeeper.Fixture
	k       keeper.Keeper
	chain   *fakeChain
	pricing *fakePricing
	msg     types.MsgServer
	q       types.QueryServer
	vals    []val
}

func authority() string { return authtypes.NewModuleAddress(govtypes.ModuleName).String() }

var (
	opAddr  = "0x" + "11" + "00000000000000000000000000000000000011"
	arbAddr = "0x" + "22" + "00000000000000000000000000000000000022"
)

func testParams() types.Params {
	p := types.DefaultParams()
	p.Destinations = []types.Destination{
		{Name: "arbitrum", L2ChainId: 42161, Settlement: arbAddr, Partition: bytes.Repeat([]byte{0xa}, 32)},
		{Name: "optimism", L2ChainId: 10, Settlement: opAddr, Partition: bytes.Repeat([]byte{0xb}, 32)},
	}
	return p
}

// newFixture has n bonded validators of equal power (100); registered of them have an
// Ethereum key registered.
func newFixture(t *testing.T, n, registered int) *fixture {
	t.Helper()
	base := testkeeper.New(t, types.StoreKey, types.RegisterInterfaces)
	chain := newFakeChain()
	pricing := &fakePricing{}
	k := keeper.NewKeeper(base.Codec, base.StoreService, authority(), keeper.Dependencies{
		Staking: chain, Slashing: chain, Compute: chain, Bank: chain, Account: chain, Pricing: pricing, Denom: denom,
	})
	gs := types.DefaultGenesis()
	gs.Params = testParams()
	require.NoError(t, k.InitGenesis(base.Ctx, *gs))
	f := &fixture{Fixture: base, k: k, chain: chain, pricing: pricing, msg: keeper.NewMsgServerImpl(k), q: keeper.NewQueryServerImpl(k)}
	for i := 0; i < n; i++ {
		f.addValidator(t, i, 100)
	}
	for i := 0; i < registered; i++ {
		f.register(t, i)
	}
	return f
}

func (f *fixture) addValidator(t *testing.T, i int, power int64) {
	t.Helper()
	pk := ed25519.GenPrivKeyFromSecret([]byte{byte(i)}).PubKey()
	valoper := sdk.ValAddress(bytes.Repeat([]byte{byte(i + 1)}, 20)).String()
	v, err := stakingtypes.NewValidator(valoper, pk, stakingtypes.Description{})
	require.NoError(t, err)
	v.Status = stakingtypes.Bonded
	v.Tokens = sdk.TokensFromConsensusPower(power, sdk.DefaultPowerReduction)
	f.chain.validators = append(f.chain.validators, &v)
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte{'e', byte(i)}))
	require.NoError(t, err)
	f.vals = append(f.vals, val{cons: sdk.ConsAddress(pk.Address()), valoper: valoper, eth: key})
}

func (f *fixture) operator(i int) string {
	va, _ := sdk.ValAddressFromBech32(f.vals[i].valoper)
	return sdk.AccAddress(va).String()
}

func (f *fixture) registerMsg(i int, key *ecdsa.PrivateKey, chainID string) *types.MsgRegisterEthKey {
	pop := eip712.Sign(key, types.PopDigest(chainID, f.vals[i].valoper))
	return &types.MsgRegisterEthKey{Operator: f.operator(i), EthAddress: crypto.PubkeyToAddress(key.PublicKey).Hex(), Proof: pop[:]}
}

func (f *fixture) register(t *testing.T, i int) {
	t.Helper()
	_, err := f.msg.RegisterEthKey(f.Ctx, f.registerMsg(i, f.vals[i].eth, f.Ctx.ChainID()))
	require.NoError(t, err)
}

func (f *fixture) endBlock(t *testing.T) {
	t.Helper()
	require.NoError(t, f.k.EndBlock(f.Ctx))
	f.checkInvariants(t)
}

func (f *fixture) checkInvariants(t *testing.T) {
	t.Helper()
	for _, inv := range []func(context.Context) (string, bool){f.k.CheckEscrow, f.k.CheckBatches, f.k.CheckObservations} {
		msg, broken := inv(f.Ctx)
		require.False(t, broken, msg)
	}
}

func (f *fixture) next(t *testing.T) {
	t.Helper()
	f.Fixture = f.Fixture.NextBlock(2 * time.Second)
}

// sign returns validator i's signatures over every open item.
func (f *fixture) sign(t *testing.T, i int) *types.BridgeVote {
	t.Helper()
	part := &types.BridgeVote{}
	require.NoError(t, f.k.OpenItems(f.Ctx, func(it types.Item, digest common.Hash) bool {
		sig := eip712.Sign(f.vals[i].eth, digest)
		part.Signatures = append(part.Signatures, types.BridgeSignature{Kind: it.Kind, Destination: it.Destination, Nonce: it.Nonce, Signature: sig[:]})
		return false
	}))
	return part
}

// votes is a commit in which validators in signers send parts, the others none.
func (f *fixture) votes(parts map[int]*types.BridgeVote) []types.ValidatorPart {
	var out []types.ValidatorPart
	for i, v := range f.vals {
		out = append(out, types.ValidatorPart{ConsAddr: v.cons, Power: 100, Part: parts[i]})
	}
	return out
}

// dump is every byte of the module's store, to compare before and after a rejection.
func (f *fixture) dump() map[string]string {
	out := map[string]string{}
	it := f.Ctx.KVStore(f.Key).Iterator(nil, nil)
	defer it.Close()
	for ; it.Valid(); it.Next() {
		out[string(it.Key())] = string(it.Value())
	}
	return out
}

// fakePricing is x/pricing's rate: DPN per ETH, unset (an error) while zero.
type fakePricing struct{ dpnPerEth math.LegacyDec }

func (p *fakePricing) DpnPerEth(context.Context) (math.LegacyDec, error) {
	if p.dpnPerEth.IsNil() || !p.dpnPerEth.IsPositive() {
		return math.LegacyDec{}, errors.New("no price for eth-usd")
	}
	return p.dpnPerEth, nil
}
