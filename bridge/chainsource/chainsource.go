// Package chainsource is the relayer's Source over the DPN chain's gRPC: x/bridge's valsets,
// batches, signatures and proof orders, and x/compute's verified proofs.
package chainsource

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dpn-network/dpn/bridge"
	bridgetypes "github.com/dpn-network/dpn/x/bridge/types"
	computetypes "github.com/dpn-network/dpn/x/compute/types"
)

// Chain reads the relayer's inputs from a DPN node.
type Chain struct {
	bridge  bridgetypes.QueryClient
	compute computetypes.QueryClient
}

var _ bridge.Source = (*Chain)(nil)

// New returns a Source over conn (a gRPC connection to a DPN node's gRPC server).
func New(conn grpc.ClientConnInterface) *Chain {
	return &Chain{bridge: bridgetypes.NewQueryClient(conn), compute: computetypes.NewQueryClient(conn)}
}

// notFound turns the chain's NotFound into bridge.ErrNotFound so that the relayer can tell a
// gap from a failing node.
func notFound(err error) error {
	if status.Code(err) == codes.NotFound {
		return fmt.Errorf("%w: %v", bridge.ErrNotFound, err)
	}
	return err
}

// Valset implements bridge.Source.
func (c *Chain) Valset(ctx context.Context, nonce uint64) (bridge.Valset, error) {
	if nonce == 0 {
		return bridge.Valset{}, fmt.Errorf("%w: valset nonce 0", bridge.ErrNotFound)
	}
	res, err := c.bridge.Valset(ctx, &bridgetypes.QueryValsetRequest{Nonce: nonce})
	if err != nil {
		return bridge.Valset{}, notFound(err)
	}
	return valset(res.Valset), nil
}

func valset(v bridgetypes.Valset) bridge.Valset {
	out := bridge.Valset{Nonce: v.Nonce}
	for _, m := range v.Members {
		out.Members = append(out.Members, bridge.Member{Address: common.HexToAddress(m.EthAddress), Power: m.Power})
	}
	return out
}

// LatestValsetNonce implements bridge.Source.
func (c *Chain) LatestValsetNonce(ctx context.Context) (uint64, error) {
	res, err := c.bridge.Valset(ctx, &bridgetypes.QueryValsetRequest{})
	if status.Code(err) == codes.NotFound {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	return res.Valset.Nonce, nil
}

func (c *Chain) signatures(ctx context.Context, dest, kind string, nonce uint64) (map[common.Address][]byte, error) {
	res, err := c.bridge.Signatures(ctx, &bridgetypes.QuerySignaturesRequest{Destination: dest, Kind: kind, Nonce: nonce})
	if err != nil {
		return nil, notFound(err)
	}
	out := make(map[common.Address][]byte, len(res.Signatures))
	for _, s := range res.Signatures {
		// Only signatures over the item's current digest count: a renewed batch has a new one.
		if string(s.Digest) == string(res.Digest) {
			out[common.HexToAddress(s.EthAddress)] = s.Signature
		}
	}
	return out, nil
}

// ValsetSignatures implements bridge.Source.
func (c *Chain) ValsetSignatures(ctx context.Context, dest string, nonce uint64) (map[common.Address][]byte, error) {
	return c.signatures(ctx, dest, "valset", nonce)
}

// BatchSignatures implements bridge.Source.
func (c *Chain) BatchSignatures(ctx context.Context, dest string, nonce uint64) (map[common.Address][]byte, error) {
	return c.signatures(ctx, dest, "batch", nonce)
}

// Batches implements bridge.Source.
func (c *Chain) Batches(ctx context.Context, dest string, after uint64) ([]bridge.Batch, error) {
	d, err := c.destination(ctx, dest)
	if err != nil {
		return nil, err
	}
	res, err := c.bridge.Batches(ctx, &bridgetypes.QueryBatchesRequest{Destination: dest, After: after})
	if err != nil {
		return nil, err
	}
	out := make([]bridge.Batch, 0, len(res.Batches))
	for _, b := range res.Batches {
		cb := b.Contract(d)
		out = append(out, bridge.Batch{Nonce: cb.Nonce, L2ChainID: d.L2ChainId, Timeout: cb.Timeout, Partition: cb.Partition,
			Recipients: cb.Recipients, Amounts: cb.Amounts, RefundTo: cb.RefundTo, RefundWei: cb.RefundWei,
			ClaimRoot: cb.ClaimRoot, ClaimTotal: new(big.Int).Set(cb.ClaimTotal)})
	}
	return out, nil
}

func (c *Chain) destination(ctx context.Context, dest string) (bridgetypes.Destination, error) {
	p, err := c.bridge.Params(ctx, &bridgetypes.QueryParamsRequest{})
	if err != nil {
		return bridgetypes.Destination{}, err
	}
	d, ok := p.Params.Destination(dest)
	if !ok {
		return d, fmt.Errorf("%w: destination %q is not in x/bridge's params", bridge.ErrNotFound, dest)
	}
	return d, nil
}

// ProofOrders implements bridge.Source: every order with its job's verifying key and the
// proof the chain verified.
func (c *Chain) ProofOrders(ctx context.Context, dest string) ([]bridge.ProofOrder, error) {
	res, err := c.bridge.ProofOrders(ctx, &bridgetypes.QueryProofOrdersRequest{Destination: dest})
	if err != nil {
		return nil, err
	}
	var out []bridge.ProofOrder
	for _, o := range res.Orders {
		job, err := c.compute.Job(ctx, &computetypes.QueryJobRequest{Id: o.JobId})
		if err != nil {
			return nil, fmt.Errorf("job %d: %w", o.JobId, err)
		}
		r, err := c.compute.Result(ctx, &computetypes.QueryResultRequest{JobId: o.JobId})
		if err != nil {
			return nil, fmt.Errorf("result of job %d: %w", o.JobId, err)
		}
		if len(r.Result.Proof) == 0 {
			return nil, errors.New("chainsource: proof order without a proof")
		}
		out = append(out, bridge.ProofOrder{JobID: o.JobId, Team: common.HexToAddress(o.Team), VerifyingKey: job.Job.VerifyingKey,
			Proof: r.Result.Proof, PublicSignals: r.Result.PublicSignals})
	}
	return out, nil
}
