package keeper

import (
	"context"

	"cosmossdk.io/collections"
	"cosmossdk.io/collections/indexes"

	"github.com/cosmos/cosmos-sdk/types/query"

	"github.com/dpn-network/dpn/x/attestation/types"
)

// paginateIndex pages through the nodes referenced by a triple-keyed multi index under a
// prefix of one, two or three elements of the triple (query.WithCollectionPaginationPairPrefix
// only takes a whole triple).
func paginateIndex[K1, K2, K3 any](
	ctx context.Context,
	idx *indexes.Multi[collections.Triple[K1, K2, K3], uint64, types.Node],
	req *query.PageRequest,
	get func(uint64) (types.Node, error),
	prefix collections.Triple[K1, K2, K3],
) ([]types.Node, *query.PageResponse, error) {
	type key = collections.Pair[collections.Triple[K1, K2, K3], uint64]
	return query.CollectionPaginate(ctx, idx, req,
		func(k key, _ collections.NoValue) (types.Node, error) { return get(k.K2()) },
		func(o *query.CollectionsPaginateOptions[key]) {
			p := collections.PairPrefix[collections.Triple[K1, K2, K3], uint64](prefix)
			o.Prefix = &p
		})
}
