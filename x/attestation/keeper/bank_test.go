package keeper_test

import (
	"context"
	"fmt"
	"sort"

	errorsmod "cosmossdk.io/errors"

	sdk "github.com/cosmos/cosmos-sdk/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"

	"github.com/dpn-network/dpn/x/attestation/types"
)

// ledger is an in-memory bank with x/bank's rules for what x/attestation uses: sends fail
// without moving anything when the sender lacks funds, and only a module with the Burner
// permission may burn. The fixture includes its balances in every state snapshot.
type ledger struct {
	balances map[string]sdk.Coins
	supply   sdk.Coins
	burners  map[string]bool
}

var _ types.BankKeeper = (*ledger)(nil)

func newLedger() *ledger {
	return &ledger{balances: map[string]sdk.Coins{}, burners: map[string]bool{types.ModuleName: true}}
}

func moduleAddr(name string) sdk.AccAddress { return authtypes.NewModuleAddress(name) }

func (l *ledger) mint(addr sdk.AccAddress, amt sdk.Coins) {
	l.balances[addr.String()] = l.balances[addr.String()].Add(amt...)
	l.supply = l.supply.Add(amt...)
}

func (l *ledger) move(from, to sdk.AccAddress, amt sdk.Coins) error {
	have := l.balances[from.String()]
	if !have.IsAllGTE(amt) {
		return errorsmod.Wrapf(sdkerrors.ErrInsufficientFunds, "%s < %s", have, amt)
	}
	l.balances[from.String()] = have.Sub(amt...)
	l.balances[to.String()] = l.balances[to.String()].Add(amt...)
	return nil
}

func (l *ledger) SpendableCoin(_ context.Context, addr sdk.AccAddress, denom string) sdk.Coin {
	return sdk.NewCoin(denom, l.balances[addr.String()].AmountOf(denom))
}

func (l *ledger) GetBalance(ctx context.Context, addr sdk.AccAddress, denom string) sdk.Coin {
	return l.SpendableCoin(ctx, addr, denom)
}

func (l *ledger) SendCoinsFromAccountToModule(_ context.Context, from sdk.AccAddress, module string, amt sdk.Coins) error {
	return l.move(from, moduleAddr(module), amt)
}

func (l *ledger) SendCoinsFromModuleToAccount(_ context.Context, module string, to sdk.AccAddress, amt sdk.Coins) error {
	return l.move(moduleAddr(module), to, amt)
}

func (l *ledger) BurnCoins(_ context.Context, module string, amt sdk.Coins) error {
	if !l.burners[module] {
		return fmt.Errorf("module %s has no burner permission", module)
	}
	if err := l.move(moduleAddr(module), moduleAddr("burned"), amt); err != nil {
		return err
	}
	l.balances[moduleAddr("burned").String()] = nil
	l.supply = l.supply.Sub(amt...)
	return nil
}

// snapshot renders every balance and the supply, sorted, as store-like entries.
func (l *ledger) snapshot(out map[string]string) {
	addrs := make([]string, 0, len(l.balances))
	for a := range l.balances {
		addrs = append(addrs, a)
	}
	sort.Strings(addrs)
	for _, a := range addrs {
		out["bank/"+a] = l.balances[a].String()
	}
	out["bank/supply"] = l.supply.String()
}
