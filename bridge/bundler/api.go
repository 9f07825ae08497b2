package bundler

import (
	"context"
	"math/big"
	"net/http"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/dpn-network/dpn/bridge/metrics"
)

// Bounds on one HTTP request: a UserOperation within the field bounds is under 40 KB of
// JSON; a wallet batches a handful of calls.
const (
	maxRequestBytes  = 128 << 10
	maxBatchItems    = 16
	maxResponseBytes = 4 << 20
)

// OperationReceipt is eth_getUserOperationReceipt's answer for an operation in a mined bundle.
type OperationReceipt struct {
	UserOpHash    common.Hash    `json:"userOpHash"`
	EntryPoint    common.Address `json:"entryPoint"`
	Sender        common.Address `json:"sender"`
	Nonce         *hexutil.Big   `json:"nonce"`
	Paymaster     common.Address `json:"paymaster"`
	ActualGasCost *hexutil.Big   `json:"actualGasCost"`
	ActualGasUsed *hexutil.Big   `json:"actualGasUsed"`
	Success       bool           `json:"success"`
	// Reason is the call's revert data (or postOp's) when Success is false.
	Reason hexutil.Bytes `json:"reason"`
	// Logs are those the operation emitted, not its bundle's others.
	Logs    []*types.Log   `json:"logs"`
	Receipt *types.Receipt `json:"receipt"`
}

// OperationByHash is eth_getUserOperationByHash's answer.
type OperationByHash struct {
	UserOperation   UserOperation  `json:"userOperation"`
	EntryPoint      common.Address `json:"entryPoint"`
	BlockNumber     *hexutil.Big   `json:"blockNumber"`
	BlockHash       common.Hash    `json:"blockHash"`
	TransactionHash common.Hash    `json:"transactionHash"`
}

// api is the "eth" namespace the RPC server serves; go-ethereum's rpc package lowercases the
// first letter (SendUserOperation is eth_sendUserOperation).
type api struct{ b *Bundler }

// ChainId is eth_chainId, which wallets ask their bundler for (the name is the method's).
func (a *api) ChainId() *hexutil.Big { return (*hexutil.Big)(a.b.ChainID()) }

// SupportedEntryPoints is eth_supportedEntryPoints.
func (a *api) SupportedEntryPoints() []common.Address { return []common.Address{a.b.cfg.EntryPoint} }

// SendUserOperation is eth_sendUserOperation.
func (a *api) SendUserOperation(ctx context.Context, op UserOperation, entryPoint common.Address) (common.Hash, error) {
	return a.b.Accept(ctx, op, entryPoint)
}

// EstimateUserOperationGas is eth_estimateUserOperationGas.
func (a *api) EstimateUserOperationGas(ctx context.Context, op UserOperation, entryPoint common.Address) (*GasEstimate, error) {
	return a.b.Estimate(ctx, op, entryPoint)
}

// GetUserOperationByHash is eth_getUserOperationByHash: null while the operation is pending
// or unknown to this bundler.
func (a *api) GetUserOperationByHash(h common.Hash) *OperationByHash {
	rec := a.b.results.get(h)
	if rec == nil {
		return nil
	}
	return &OperationByHash{
		UserOperation: rec.op, EntryPoint: a.b.cfg.EntryPoint, BlockNumber: (*hexutil.Big)(new(big.Int).Set(rec.receipt.BlockNumber)),
		BlockHash: rec.receipt.BlockHash, TransactionHash: rec.receipt.TxHash,
	}
}

// GetUserOperationReceipt is eth_getUserOperationReceipt: null while the operation is
// pending or unknown to this bundler.
func (a *api) GetUserOperationReceipt(h common.Hash) *OperationReceipt {
	rec := a.b.results.get(h)
	if rec == nil {
		return nil
	}
	r := rec.result
	reason := r.RevertReason
	if len(r.PostOpReason) > 0 {
		reason = r.PostOpReason
	}
	logs := r.Logs
	if logs == nil {
		logs = []*types.Log{}
	}
	return &OperationReceipt{
		UserOpHash: h, EntryPoint: a.b.cfg.EntryPoint, Sender: r.Sender, Nonce: (*hexutil.Big)(r.Nonce), Paymaster: r.Paymaster,
		ActualGasCost: (*hexutil.Big)(r.ActualGasCost), ActualGasUsed: (*hexutil.Big)(r.ActualGasUsed),
		Success: r.Success, Reason: reason, Logs: logs, Receipt: rec.receipt,
	}
}

// Handler serves the JSON-RPC API on / (POST, application/json), with the Prometheus
// collectors of g on /metrics and the submit loop's health on /healthz.
func (b *Bundler) Handler(g prometheus.Gatherer) (http.Handler, error) {
	srv := rpc.NewServer()
	srv.SetHTTPBodyLimit(maxRequestBytes)
	srv.SetBatchLimits(maxBatchItems, maxResponseBytes)
	if err := srv.RegisterName("eth", &api{b}); err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	mux.Handle("/", srv)
	m := metrics.Handler(g, b.health)
	mux.Handle("/metrics", m)
	mux.Handle("/healthz", m)
	return mux, nil
}
