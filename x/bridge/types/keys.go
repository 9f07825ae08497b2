// Package types holds x/bridge's messages, state types, errors and the pure rules on them:
// params and genesis checks, item ids, vote-part validation and the EIP-712 digests.
package types

import (
	"fmt"
	"strconv"
	"strings"

	"cosmossdk.io/collections"
)

const (
	// ModuleName is the module's name, store key, route and module account (the bridge
	// escrow: udpn backing DPN issued on the L2s).
	ModuleName = "bridge"
	// TreasuryName is the module account that pays L2 purchases in udpn; L1 governance
	// funds it (a community-pool spend), and anyone may send to it.
	TreasuryName = "bridge_treasury"
	// StoreKey is the module's KV store key.
	StoreKey = ModuleName
)

// Collection prefixes.
var (
	ParamsKey        = collections.NewPrefix(0)
	EthKeysKey       = collections.NewPrefix(1)
	EthKeysByAddrKey = collections.NewPrefix(2)
	ValsetsKey       = collections.NewPrefix(3)
	ValsetNonceKey   = collections.NewPrefix(4)
	BatchesKey       = collections.NewPrefix(5)
	SignaturesKey    = collections.NewPrefix(6)
	PendingKey       = collections.NewPrefix(7)
	DestinationsKey  = collections.NewPrefix(8)
	ProofOrdersKey   = collections.NewPrefix(9)
	SigningInfosKey  = collections.NewPrefix(10)
	MissedKey        = collections.NewPrefix(11)
	DeadlinesKey     = collections.NewPrefix(12)
	KnownDigestsKey  = collections.NewPrefix(13)
	PunishedKey      = collections.NewPrefix(14)
	DigestsKey       = collections.NewPrefix(15)
	ObservationsKey  = collections.NewPrefix(16)
	ConflictsKey     = collections.NewPrefix(17)
	RefundsKey       = collections.NewPrefix(18)
	ReportsKey       = collections.NewPrefix(19)
	OutflowKey       = collections.NewPrefix(20)
	ReissueSeqKey    = collections.NewPrefix(21)
	CreditsByAccKey  = collections.NewPrefix(22)
)

// KindName is the CLI and query name of an item kind.
func KindName(k ItemKind) string {
	switch k {
	case ITEM_KIND_VALSET:
		return "valset"
	case ITEM_KIND_BATCH:
		return "batch"
	}
	return "unspecified"
}

// ParseKind reads "valset" or "batch".
func ParseKind(s string) (ItemKind, error) {
	switch s {
	case "valset":
		return ITEM_KIND_VALSET, nil
	case "batch":
		return ITEM_KIND_BATCH, nil
	}
	return ITEM_KIND_UNSPECIFIED, fmt.Errorf("%w: kind %q, want valset or batch", ErrInvalidItem, s)
}

// Item names one thing validators sign: a valset or a batch, for one destination.
type Item struct {
	Kind        ItemKind
	Destination string
	Nonce       uint64
}

// ID is the item's key in the signature store: "<kind>/<destination>/<nonce>", the nonce
// zero-padded so that ids sort by nonce.
func (i Item) ID() string {
	return fmt.Sprintf("%s/%s/%020d", KindName(i.Kind), i.Destination, i.Nonce)
}

// ParseItemID reverses ID.
func ParseItemID(id string) (Item, error) {
	first, last := strings.Index(id, "/"), strings.LastIndex(id, "/")
	if first < 0 || last <= first {
		return Item{}, fmt.Errorf("%w: item id %q", ErrInvalidItem, id)
	}
	k, err := ParseKind(id[:first])
	if err != nil {
		return Item{}, err
	}
	nonce, err := strconv.ParseUint(id[last+1:], 10, 64)
	if err != nil {
		return Item{}, fmt.Errorf("%w: item id %q", ErrInvalidItem, id)
	}
	it := Item{Kind: k, Destination: id[first+1 : last], Nonce: nonce}
	if it.ID() != id {
		return Item{}, fmt.Errorf("%w: item id %q is not canonical", ErrInvalidItem, id)
	}
	return it, nil
}
