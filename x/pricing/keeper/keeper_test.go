package keeper_test

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/core/address"
	"cosmossdk.io/math"

	addresscodec "github.com/cosmos/cosmos-sdk/codec/address"
	"github.com/cosmos/cosmos-sdk/crypto/keys/ed25519"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	govtypes "github.com/cosmos/cosmos-sdk/x/gov/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	testkeeper "github.com/dpn-network/dpn/testutil/keeper"
	"github.com/dpn-network/dpn/x/pricing/keeper"
	"github.com/dpn-network/dpn/x/pricing/types"
)

const denom = "udpn"

// fakeChain stands in for x/staking, x/slashing, x/bank, x/auth and x/distribution: it
// records what x/pricing asks of them.
type fakeChain struct {
	validators map[string]*stakingtypes.Validator // by consensus address bytes
	slashed    map[string]math.LegacyDec
	jailed     map[string]bool
	balances   map[string]math.Int // by module name
	minted     math.Int
	burnt      math.Int
	allocated  map[string]math.LegacyDec // by consensus address bytes
}

func newFakeChain() *fakeChain {
	return &fakeChain{
		validators: map[string]*stakingtypes.Validator{}, slashed: map[string]math.LegacyDec{}, jailed: map[string]bool{},
		balances: map[string]math.Int{}, minted: math.ZeroInt(), burnt: math.ZeroInt(), allocated: map[string]math.LegacyDec{},
	}
}

func (c *fakeChain) ValidatorByConsAddr(_ context.Context, a sdk.ConsAddress) (stakingtypes.ValidatorI, error) {
	v, ok := c.validators[string(a)]
	if !ok {
		return nil, errors.New("no validator")
	}
	return *v, nil
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
func (c *fakeChain) ConsensusAddressCodec() address.Codec {
	return addresscodec.NewBech32Codec(sdk.GetConfig().GetBech32ConsensusAddrPrefix())
}
func (c *fakeChain) Slash(_ context.Context, a sdk.ConsAddress, f math.LegacyDec, _, _ int64) error {
	c.slashed[string(a)] = f
	return nil
}
func (c *fakeChain) Jail(_ context.Context, a sdk.ConsAddress) error {
	c.jailed[string(a)] = true
	c.validators[string(a)].Jailed = true
	return nil
}
func (c *fakeChain) bal(m string) math.Int {
	if b, ok := c.balances[m]; ok {
		return b
	}
	return math.ZeroInt()
}
func (c *fakeChain) MintCoins(_ context.Context, m string, amt sdk.Coins) error {
	c.balances[m] = c.bal(m).Add(amt.AmountOf(denom))
	c.minted = c.minted.Add(amt.AmountOf(denom))
	return nil
}
func (c *fakeChain) BurnCoins(_ context.Context, m string, amt sdk.Coins) error {
	if c.bal(m).LT(amt.AmountOf(denom)) {
		return errors.New("insufficient funds to burn")
	}
	c.balances[m] = c.bal(m).Sub(amt.AmountOf(denom))
	c.burnt = c.burnt.Add(amt.AmountOf(denom))
	return nil
}
func (c *fakeChain) SendCoinsFromModuleToModule(_ context.Context, from, to string, amt sdk.Coins) error {
	if c.bal(from).LT(amt.AmountOf(denom)) {
		return errors.New("insufficient funds")
	}
	c.balances[from] = c.bal(from).Sub(amt.AmountOf(denom))
	c.balances[to] = c.bal(to).Add(amt.AmountOf(denom))
	return nil
}
func (c *fakeChain) GetBalance(_ context.Context, addr sdk.AccAddress, d string) sdk.Coin {
	for m := range c.balances {
		if authtypes.NewModuleAddress(m).Equals(addr) {
			return sdk.NewCoin(d, c.bal(m))
		}
	}
	return sdk.NewCoin(d, math.ZeroInt())
}
func (c *fakeChain) GetModuleAddress(m string) sdk.AccAddress { return authtypes.NewModuleAddress(m) }
func (c *fakeChain) AllocateTokensToValidator(_ context.Context, v stakingtypes.ValidatorI, tokens sdk.DecCoins) error {
	bz, err := v.GetConsAddr()
	if err != nil {
		return err
	}
	prev, ok := c.allocated[string(bz)]
	if !ok {
		prev = math.LegacyZeroDec()
	}
	c.allocated[string(bz)] = prev.Add(tokens.AmountOf(denom))
	return nil
}

type fixture struct {
	testkeeper.Fixture
	k     keeper.Keeper
	chain *fakeChain
	msg   types.MsgServer
	q     types.QueryServer
}

func authority() string { return authtypes.NewModuleAddress(govtypes.ModuleName).String() }

func newFixture(t *testing.T) *fixture {
	t.Helper()
	base := testkeeper.New(t, types.StoreKey, types.RegisterInterfaces)
	chain := newFakeChain()
	k := keeper.NewKeeper(base.Codec, base.StoreService, authority(), keeper.Dependencies{
		Staking: chain, Slashing: chain, Bank: chain, Account: chain, Distr: chain,
		DistrModule: "distribution", FeeCollector: authtypes.FeeCollectorName, Denom: denom,
	})
	require.NoError(t, k.InitGenesis(base.Ctx, *types.DefaultGenesis()))
	return &fixture{Fixture: base, k: k, chain: chain, msg: keeper.NewMsgServerImpl(k), q: keeper.NewQueryServerImpl(k)}
}

// validator registers bonded validator i with the given power and returns its consensus address.
func (f *fixture) validator(t *testing.T, i int, power int64) sdk.ConsAddress {
	t.Helper()
	pk := ed25519.GenPrivKeyFromSecret([]byte{byte(i)}).PubKey()
	cons := sdk.ConsAddress(pk.Address())
	v, err := stakingtypes.NewValidator(sdk.ValAddress(bytes.Repeat([]byte{byte(i + 1)}, 20)).String(), pk, stakingtypes.Description{})
	require.NoError(t, err)
	v.Status = stakingtypes.Bonded
	v.Tokens = sdk.TokensFromConsensusPower(power, sdk.DefaultPowerReduction)
	f.chain.validators[string(cons)] = &v
	return cons
}

func d(s string) math.LegacyDec { return math.LegacyMustNewDecFromStr(s) }

// vote is a complete price vote with every dimension of the default params at base × scale.
func vote(scale string) *types.PriceVote {
	base := map[string]string{
		"bandwidth": "0.09", "cpu": "0.034", "memory": "0.0035", "storage": "0.08",
		"gpu/a100-40g": "3.18", "gpu/a100-80g": "4.10", "gpu/a10g": "0.81", "gpu/h100": "10.58", "gpu/l4": "0.61", "gpu/t4": "0.33", "gpu/v100": "2.57",
	}
	v := &types.PriceVote{DpnUsd: d("0.5").Mul(d(scale))}
	for _, dim := range types.DefaultParams().Dimensions() {
		v.Prices = append(v.Prices, types.DimensionPrice{Dimension: dim, Usd: d(base[dim]).Mul(d(scale))})
	}
	return v
}

// requireDec compares decimals by value (their big.Int forms may differ for equal values).
func requireDec(t *testing.T, want, got math.LegacyDec, msgAndArgs ...any) {
	t.Helper()
	require.Equal(t, want.String(), got.String(), msgAndArgs...)
}
