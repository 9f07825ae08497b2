package signer_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"testing"
	"time"

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

// chain stands in for x/staking, x/slashing, x/bank, x/auth and x/compute as far as the
// signer's keeper needs them: bonded validators of equal power and a queue of payout records
// whose fees it hands over without checking balances.
type chain struct {
	validators []stakingtypes.Validator
	byCons     map[string]stakingtypes.Validator
	records    []computetypes.SettlementRecord
}

func (c *chain) GetBondedValidatorsByPower(context.Context) ([]stakingtypes.Validator, error) {
	return append([]stakingtypes.Validator(nil), c.validators...), nil
}
func (c *chain) ValidatorByConsAddr(_ context.Context, a sdk.ConsAddress) (stakingtypes.ValidatorI, error) {
	v, ok := c.byCons[string(a)]
	if !ok {
		return nil, errors.New("no validator")
	}
	return v, nil
}
func (c *chain) Validator(_ context.Context, addr sdk.ValAddress) (stakingtypes.ValidatorI, error) {
	for _, v := range c.validators {
		if v.OperatorAddress == addr.String() {
			return v, nil
		}
	}
	return nil, errors.New("no validator")
}
func (c *chain) PowerReduction(context.Context) math.Int { return sdk.DefaultPowerReduction }
func (c *chain) ValidatorAddressCodec() address.Codec {
	return addresscodec.NewBech32Codec(sdk.GetConfig().GetBech32ValidatorAddrPrefix())
}
func (c *chain) Slash(context.Context, sdk.ConsAddress, math.LegacyDec, int64, int64) error {
	return nil
}
func (c *chain) Jail(context.Context, sdk.ConsAddress) error { return nil }
func (c *chain) GetBalance(_ context.Context, _ sdk.AccAddress, d string) sdk.Coin {
	return sdk.NewCoin(d, math.ZeroInt())
}
func (c *chain) GetModuleAddress(m string) sdk.AccAddress { return authtypes.NewModuleAddress(m) }
func (c *chain) GetModuleAccount(_ context.Context, m string) sdk.ModuleAccountI {
	return authtypes.NewEmptyModuleAccount(m)
}
func (c *chain) SendCoinsFromModuleToAccount(context.Context, string, sdk.AccAddress, sdk.Coins) error {
	return errors.New("the signer's fixture moves no funds")
}
func (c *chain) BlockedAddr(sdk.AccAddress) bool { return false }
func (c *chain) AddressCodec() address.Codec {
	return addresscodec.NewBech32Codec(sdk.GetConfig().GetBech32AccountAddrPrefix())
}
func (c *chain) TakeSettlements(_ context.Context, _ string, limit int) ([]computetypes.SettlementRecord, error) {
	n := min(limit, len(c.records))
	out := c.records[:n]
	c.records = c.records[n:]
	return out, nil
}
func (c *chain) GetJob(context.Context, uint64) (computetypes.Job, error) {
	return computetypes.Job{}, computetypes.ErrJobNotFound
}

// payout queues a PAYOUT record of amount udpn for dest.
func (c *chain) payout(id uint64, dest string, recipient common.Address, amount int64) {
	c.records = append(c.records, computetypes.SettlementRecord{Id: id, JobId: 100 + id, Chain: dest,
		Recipient: recipient.Hex(), Amount: sdk.NewInt64Coin(denom, amount), Kind: computetypes.SETTLEMENT_KIND_PAYOUT})
}

type validator struct {
	cons    sdk.ConsAddress
	valoper string
	eth     *ecdsa.PrivateKey
}

type fixture struct {
	testkeeper.Fixture
	k     keeper.Keeper
	chain *chain
	vals  []validator
}

func testParams() types.Params {
	p := types.DefaultParams()
	p.Destinations = []types.Destination{
		{Name: "arbitrum", L2ChainId: 42161, Settlement: "0x2200000000000000000000000000000000000022", Partition: bytes.Repeat([]byte{0xa}, 32)},
		{Name: "optimism", L2ChainId: 10, Settlement: "0x1100000000000000000000000000000000000011", Partition: bytes.Repeat([]byte{0xb}, 32)},
	}
	return p
}

// newFixture is a bridge keeper on an in-memory store with params p and n bonded validators
// of equal power, every one with its Ethereum key registered, and valset 1 made.
func newFixture(tb testing.TB, n int, p types.Params) *fixture {
	tb.Helper()
	base := testkeeper.New(tb, types.StoreKey, types.RegisterInterfaces)
	c := &chain{byCons: map[string]stakingtypes.Validator{}}
	k := keeper.NewKeeper(base.Codec, base.StoreService, authtypes.NewModuleAddress(govtypes.ModuleName).String(),
		keeper.Dependencies{Staking: c, Slashing: c, Compute: c, Bank: c, Account: c, Denom: denom})
	gs := types.DefaultGenesis()
	gs.Params = p
	if err := k.InitGenesis(base.Ctx, *gs); err != nil {
		tb.Fatal(err)
	}
	f := &fixture{Fixture: base, k: k, chain: c}
	msg := keeper.NewMsgServerImpl(k)
	for i := 0; i < n; i++ {
		pk := ed25519.GenPrivKeyFromSecret([]byte{byte(i), byte(i >> 8)}).PubKey()
		va := sdk.ValAddress(bytes.Repeat([]byte{byte(i + 1), byte(i >> 8)}, 10))
		v, err := stakingtypes.NewValidator(va.String(), pk, stakingtypes.Description{})
		if err != nil {
			tb.Fatal(err)
		}
		v.Status = stakingtypes.Bonded
		v.Tokens = sdk.TokensFromConsensusPower(100, sdk.DefaultPowerReduction)
		c.validators = append(c.validators, v)
		cons := sdk.ConsAddress(pk.Address())
		c.byCons[string(cons)] = v
		key, err := crypto.ToECDSA(crypto.Keccak256([]byte{'e', byte(i), byte(i >> 8)}))
		if err != nil {
			tb.Fatal(err)
		}
		f.vals = append(f.vals, validator{cons: cons, valoper: va.String(), eth: key})
		pop := eip712.Sign(key, types.PopDigest(base.Ctx.ChainID(), va.String()))
		if _, err := msg.RegisterEthKey(base.Ctx, &types.MsgRegisterEthKey{Operator: sdk.AccAddress(va).String(),
			EthAddress: crypto.PubkeyToAddress(key.PublicKey).Hex(), Proof: pop[:]}); err != nil {
			tb.Fatal(err)
		}
	}
	f.endBlock(tb)
	if _, ok, err := k.LatestValset(f.Ctx); err != nil || !ok {
		tb.Fatalf("no valset: %v", err)
	}
	return f
}

func (f *fixture) endBlock(tb testing.TB) {
	tb.Helper()
	if err := f.k.EndBlock(f.Ctx); err != nil {
		tb.Fatal(err)
	}
	f.Fixture = f.Fixture.NextBlock(2 * time.Second)
}

// openItems counts the items validators may sign now.
func (f *fixture) openItems(tb testing.TB) int {
	tb.Helper()
	n := 0
	if err := f.k.OpenItems(f.Ctx, func(types.Item, common.Hash) bool { n++; return false }); err != nil {
		tb.Fatal(err)
	}
	return n
}
