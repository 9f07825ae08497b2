// Package upgrades lists DPN's on-chain software upgrades: for each, its name, the store
// changes it brings and its migration handler. The list is empty until the first upgrade.
package upgrades

import (
	"context"
	"fmt"

	"github.com/cosmos/cosmos-sdk/baseapp"
	storetypes "github.com/cosmos/cosmos-sdk/store/v2/types"
	"github.com/cosmos/cosmos-sdk/types/module"
	upgradekeeper "github.com/cosmos/cosmos-sdk/x/upgrade/keeper"
	upgradetypes "github.com/cosmos/cosmos-sdk/x/upgrade/types"
)

// Upgrade is one named software upgrade.
type Upgrade struct {
	// Name is the plan name governance votes on.
	Name string
	// StoreUpgrades adds, renames or deletes stores at the upgrade height.
	StoreUpgrades storetypes.StoreUpgrades
}

// All is every upgrade the binary knows, oldest first.
var All []Upgrade

// Register installs a handler for every upgrade (each runs the modules' migrations) and, when
// the node restarts at an upgrade height, the store loader that applies its store changes.
func Register(k *upgradekeeper.Keeper, mm *module.Manager, cfg module.Configurator, setStoreLoader func(baseapp.StoreLoader)) {
	for _, u := range All {
		k.SetUpgradeHandler(u.Name, func(ctx context.Context, _ upgradetypes.Plan, fromVM module.VersionMap) (module.VersionMap, error) {
			return mm.RunMigrations(ctx, cfg, fromVM)
		})
	}
	info, err := k.ReadUpgradeInfoFromDisk()
	if err != nil {
		panic(fmt.Errorf("reading upgrade info: %w", err))
	}
	if info.Name == "" || k.IsSkipHeight(info.Height) {
		return
	}
	for _, u := range All {
		if u.Name == info.Name {
			su := u.StoreUpgrades
			setStoreLoader(upgradetypes.UpgradeStoreLoader(info.Height, &su))
		}
	}
}
