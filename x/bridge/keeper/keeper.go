// Package keeper is x/bridge's state and logic: validators' Ethereum keys, valsets, the
// per-destination queue of payout records and the batches cut from it, the signatures and L2
// readings validators carry in their vote extensions, and the penalties for missing or
// abusing them.
package keeper

import (
	"strings"

	"cosmossdk.io/collections"
	"cosmossdk.io/collections/indexes"
	"cosmossdk.io/core/store"
	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/codec"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/dpn-network/dpn/x/bridge/types"
)

// EthKeyIndexes are the secondary indexes of EthKeys.
type EthKeyIndexes struct {
	// Address finds the validator of an Ethereum address (lower-case hex); unique, so that
	// one key cannot speak for two validators.
	Address *indexes.Unique[string, string, types.EthKey]
}

// IndexesList implements collections.Indexes.
func (i EthKeyIndexes) IndexesList() []collections.Index[string, types.EthKey] {
	return []collections.Index[string, types.EthKey]{i.Address}
}

// Keeper owns x/bridge's store.
type Keeper struct {
	cdc       codec.BinaryCodec
	authority string
	denom     string
	staking   types.StakingKeeper
	slashing  types.SlashingKeeper
	compute   types.ComputeKeeper
	bank      types.BankKeeper
	accounts  types.AccountKeeper
	pricing   types.PricingKeeper

	Schema collections.Schema
	Params collections.Item[types.Params]
	// EthKeys maps a validator operator address to its bridge key.
	EthKeys *collections.IndexedMap[string, types.EthKey, EthKeyIndexes]
	// Valsets holds the valsets still needed: from the newest one any L2 confirmed on.
	Valsets     collections.Map[uint64, types.Valset]
	ValsetNonce collections.Sequence
	// Batches holds the unconfirmed batches by (destination, nonce).
	Batches collections.Map[collections.Pair[string, uint64], types.Batch]
	// Signatures holds accepted signatures by (item id, validator operator).
	Signatures collections.Map[collections.Pair[string, string], types.StoredSignature]
	// Pending is each destination's queue of records waiting for a batch, by record id.
	Pending collections.Map[collections.Pair[string, uint64], types.PendingRecord]
	// Destinations is each destination's nonce counter, escrow and confirmed L2 state.
	Destinations collections.Map[string, types.DestinationState]
	// ProofOrders are the verified groth16 proofs to deliver, by (destination, job id).
	ProofOrders collections.Map[collections.Pair[string, uint64], types.ProofOrder]
	// SigningInfos and Missed are the sliding window of each validator's bridge signatures.
	SigningInfos collections.Map[string, types.SigningInfo]
	Missed       collections.KeySet[collections.Pair[string, uint64]]
	// Deadlines orders items by the height at which their signatures are judged.
	Deadlines collections.KeySet[collections.Pair[int64, string]]
	// Digests holds each open item's current digest, written when the item is made or
	// renewed, so that signing and checking never re-encode a batch.
	Digests collections.Map[string, []byte]
	// KnownDigests holds every digest the chain asked its validators to sign.
	KnownDigests collections.KeySet[[]byte]
	// Punished holds keccak(digest ‖ signer) of bad signatures already slashed.
	Punished collections.KeySet[[]byte]
	// Observations are the applied L2 events by (destination, source, nonce).
	Observations collections.Map[collections.Triple[string, int32, uint64], types.Observation]
	// Conflicts is the evidence of validators reporting different events at one nonce.
	Conflicts collections.Map[collections.Triple[string, int32, uint64], types.ObservationConflict]
	// Refunds are the ETH refunds waiting for a batch, by (destination, purchase nonce).
	Refunds collections.Map[collections.Pair[string, uint64], types.PendingRefund]
	// Reports is, per (destination, source), what the last commit reported for its next nonce.
	Reports collections.Map[collections.Pair[string, int32], types.SourceReports]
	// Outflow is the udpn the treasury ever paid for purchases.
	Outflow collections.Item[sdkmath.Int]
	// CreditsByAccount indexes purchases by (DPN account, types.PurchaseID).
	CreditsByAccount collections.KeySet[collections.Pair[string, string]]
	// ReissueSeq numbers the records the bridge makes itself (from types.ReissueIDBase).
	ReissueSeq collections.Sequence
}

// Dependencies are the keepers x/bridge reads and the denom it escrows.
type Dependencies struct {
	Staking  types.StakingKeeper
	Slashing types.SlashingKeeper
	Compute  types.ComputeKeeper
	Bank     types.BankKeeper
	Account  types.AccountKeeper
	// Pricing gives the ETH/DPN rate purchases are credited at; nil refunds every purchase.
	Pricing types.PricingKeeper
	Denom   string
}

// NewKeeper builds the keeper. authority is the only address allowed to change params.
func NewKeeper(cdc codec.BinaryCodec, storeService store.KVStoreService, authority string, deps Dependencies) Keeper {
	sb := collections.NewSchemaBuilder(storeService)
	triple := collections.TripleKeyCodec(collections.StringKey, collections.Int32Key, collections.Uint64Key)
	k := Keeper{
		cdc: cdc, authority: authority, denom: deps.Denom,
		staking: deps.Staking, slashing: deps.Slashing, compute: deps.Compute, bank: deps.Bank, accounts: deps.Account, pricing: deps.Pricing,
		Params: collections.NewItem(sb, types.ParamsKey, "params", codec.CollValue[types.Params](cdc)),
		EthKeys: collections.NewIndexedMap(sb, types.EthKeysKey, "eth_keys", collections.StringKey, codec.CollValue[types.EthKey](cdc), EthKeyIndexes{
			Address: indexes.NewUnique(sb, types.EthKeysByAddrKey, "eth_keys_by_address", collections.StringKey, collections.StringKey,
				func(_ string, k types.EthKey) (string, error) { return strings.ToLower(k.EthAddress), nil }),
		}),
		Valsets:      collections.NewMap(sb, types.ValsetsKey, "valsets", collections.Uint64Key, codec.CollValue[types.Valset](cdc)),
		ValsetNonce:  collections.NewSequence(sb, types.ValsetNonceKey, "valset_nonce"),
		Batches:      collections.NewMap(sb, types.BatchesKey, "batches", collections.PairKeyCodec(collections.StringKey, collections.Uint64Key), codec.CollValue[types.Batch](cdc)),
		Signatures:   collections.NewMap(sb, types.SignaturesKey, "signatures", collections.PairKeyCodec(collections.StringKey, collections.StringKey), codec.CollValue[types.StoredSignature](cdc)),
		Pending:      collections.NewMap(sb, types.PendingKey, "pending", collections.PairKeyCodec(collections.StringKey, collections.Uint64Key), codec.CollValue[types.PendingRecord](cdc)),
		Destinations: collections.NewMap(sb, types.DestinationsKey, "destinations", collections.StringKey, codec.CollValue[types.DestinationState](cdc)),
		ProofOrders:  collections.NewMap(sb, types.ProofOrdersKey, "proof_orders", collections.PairKeyCodec(collections.StringKey, collections.Uint64Key), codec.CollValue[types.ProofOrder](cdc)),
		SigningInfos: collections.NewMap(sb, types.SigningInfosKey, "signing_infos", collections.StringKey, codec.CollValue[types.SigningInfo](cdc)),
		Missed:       collections.NewKeySet(sb, types.MissedKey, "missed", collections.PairKeyCodec(collections.StringKey, collections.Uint64Key)),
		Deadlines:    collections.NewKeySet(sb, types.DeadlinesKey, "deadlines", collections.PairKeyCodec(collections.Int64Key, collections.StringKey)),
		Digests:      collections.NewMap(sb, types.DigestsKey, "digests", collections.StringKey, collections.BytesValue),
		KnownDigests: collections.NewKeySet(sb, types.KnownDigestsKey, "known_digests", collections.BytesKey),
		Punished:     collections.NewKeySet(sb, types.PunishedKey, "punished", collections.BytesKey),
		Observations: collections.NewMap(sb, types.ObservationsKey, "observations", triple, codec.CollValue[types.Observation](cdc)),
		Conflicts:    collections.NewMap(sb, types.ConflictsKey, "conflicts", triple, codec.CollValue[types.ObservationConflict](cdc)),
		Refunds:      collections.NewMap(sb, types.RefundsKey, "refunds", collections.PairKeyCodec(collections.StringKey, collections.Uint64Key), codec.CollValue[types.PendingRefund](cdc)),
		Reports:      collections.NewMap(sb, types.ReportsKey, "reports", collections.PairKeyCodec(collections.StringKey, collections.Int32Key), codec.CollValue[types.SourceReports](cdc)),
		Outflow:      collections.NewItem(sb, types.OutflowKey, "outflow", sdk.IntValue),
		ReissueSeq:   collections.NewSequence(sb, types.ReissueSeqKey, "reissue_seq"),
		CreditsByAccount: collections.NewKeySet(sb, types.CreditsByAccKey, "credits_by_account",
			collections.PairKeyCodec(collections.StringKey, collections.StringKey)),
	}
	schema, err := sb.Build()
	if err != nil {
		panic(err)
	}
	k.Schema = schema
	return k
}

// Authority returns the address allowed to change params.
func (k Keeper) Authority() string { return k.authority }
