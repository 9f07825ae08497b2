package app

import (
	storetypes "github.com/cosmos/cosmos-sdk/store/v2/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	authzkeeper "github.com/cosmos/cosmos-sdk/x/authz/keeper"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	consensustypes "github.com/cosmos/cosmos-sdk/x/consensus/types"
	distrtypes "github.com/cosmos/cosmos-sdk/x/distribution/types"
	epochstypes "github.com/cosmos/cosmos-sdk/x/epochs/types"
	evidencetypes "github.com/cosmos/cosmos-sdk/x/evidence/types"
	"github.com/cosmos/cosmos-sdk/x/feegrant"
	govtypes "github.com/cosmos/cosmos-sdk/x/gov/types"
	minttypes "github.com/cosmos/cosmos-sdk/x/mint/types"
	slashingtypes "github.com/cosmos/cosmos-sdk/x/slashing/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"
	upgradetypes "github.com/cosmos/cosmos-sdk/x/upgrade/types"

	ibctransfertypes "github.com/cosmos/ibc-go/v11/modules/apps/transfer/types"
	ibcexported "github.com/cosmos/ibc-go/v11/modules/core/exported"

	attestationtypes "github.com/dpn-network/dpn/x/attestation/types"
	bridgetypes "github.com/dpn-network/dpn/x/bridge/types"
	computetypes "github.com/dpn-network/dpn/x/compute/types"
	pricingtypes "github.com/dpn-network/dpn/x/pricing/types"
)

// storeKeys lists every KV store the application mounts. A module added to the app adds its key
// here and, for an existing chain, to an upgrade's StoreUpgrades.
func storeKeys() map[string]*storetypes.KVStoreKey {
	return storetypes.NewKVStoreKeys(
		authtypes.StoreKey, banktypes.StoreKey, stakingtypes.StoreKey, minttypes.StoreKey,
		distrtypes.StoreKey, slashingtypes.StoreKey, govtypes.StoreKey, consensustypes.StoreKey,
		upgradetypes.StoreKey, evidencetypes.StoreKey, feegrant.StoreKey, authzkeeper.StoreKey,
		epochstypes.StoreKey, ibcexported.StoreKey, ibctransfertypes.StoreKey, attestationtypes.StoreKey,
		pricingtypes.StoreKey, computetypes.StoreKey, bridgetypes.StoreKey,
	)
}

// moduleAccountPermissions lists the module accounts and what each may do with coins.
var moduleAccountPermissions = map[string][]string{
	authtypes.FeeCollectorName:     nil,
	distrtypes.ModuleName:          nil,
	minttypes.ModuleName:           {authtypes.Minter},
	stakingtypes.BondedPoolName:    {authtypes.Burner, authtypes.Staking},
	stakingtypes.NotBondedPoolName: {authtypes.Burner, authtypes.Staking},
	govtypes.ModuleName:            {authtypes.Burner},
	ibctransfertypes.ModuleName:    {authtypes.Minter, authtypes.Burner},
	// x/pricing mints voting rewards and burns its share of fees.
	pricingtypes.ModuleName: {authtypes.Minter, authtypes.Burner},
	// Node bonds; Burner so that proven misbehaviour can burn a slashed part.
	attestationtypes.ModuleName: {authtypes.Burner},
	// Job escrow; Burner for the protocol share of each settled fee.
	computetypes.ModuleName: {authtypes.Burner},
	// The bridge escrow: udpn waiting for a batch or backing DPN issued on an L2.
	bridgetypes.ModuleName: nil,
	// Pays L2 purchases in udpn; funded by governance or anyone.
	bridgetypes.TreasuryName: nil,
}

// ModuleAccountPermissions returns a copy of the module account permissions.
func ModuleAccountPermissions() map[string][]string {
	perms := make(map[string][]string, len(moduleAccountPermissions))
	for name, p := range moduleAccountPermissions {
		perms[name] = append([]string(nil), p...)
	}
	return perms
}

// BlockedAddresses returns the module accounts that may not receive funds by a plain send: a
// send to them would lock coins out of their module's bookkeeping. x/gov's account stays open
// so that deposits can be returned and community spends funded, and so does the bridge
// treasury.
func BlockedAddresses() map[string]bool {
	blocked := make(map[string]bool, len(moduleAccountPermissions))
	for name := range moduleAccountPermissions {
		blocked[authtypes.NewModuleAddress(name).String()] = true
	}
	delete(blocked, authtypes.NewModuleAddress(govtypes.ModuleName).String())
	// The bridge treasury keeps no books of its own beyond its balance: a community-pool
	// spend or any holder funds it by a plain send.
	delete(blocked, authtypes.NewModuleAddress(bridgetypes.TreasuryName).String())
	return blocked
}
