// Package chain is the agent's connection to a dpnd node: gRPC queries of x/attestation and
// signed transactions from the owner's keyring, each waited for until it is in a block.
package chain

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"

	"github.com/cosmos/cosmos-sdk/client/grpc/cmtservice"
	clienttx "github.com/cosmos/cosmos-sdk/client/tx"
	"github.com/cosmos/cosmos-sdk/codec"
	"github.com/cosmos/cosmos-sdk/crypto/keyring"
	sdk "github.com/cosmos/cosmos-sdk/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
	txtypes "github.com/cosmos/cosmos-sdk/types/tx"
	"github.com/cosmos/cosmos-sdk/types/tx/signing"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"

	"github.com/dpn-network/dpn/app"
	attestationtypes "github.com/dpn-network/dpn/x/attestation/types"
	computetypes "github.com/dpn-network/dpn/x/compute/types"
)

// Errors of the transaction path.
var (
	// ErrTxRejected is a transaction the chain refused, in CheckTx or in its block.
	ErrTxRejected = errors.New("chain: transaction rejected")
	// ErrTxTimeout is a transaction not seen in a block before the wait ended.
	ErrTxTimeout = errors.New("chain: transaction not included in time")
)

// Client talks to one dpnd node over gRPC.
type Client struct {
	conn    *grpc.ClientConn
	enc     app.EncodingConfig
	chainID string

	Attestation attestationtypes.QueryClient
	Compute     computetypes.QueryClient
	Auth        authtypes.QueryClient
	Tx          txtypes.ServiceClient
	Comet       cmtservice.ServiceClient
}

// Encoding is the codec the agent signs and decodes with: the SDK's base types plus the
// messages the agent sends.
func Encoding() app.EncodingConfig {
	enc := app.MakeEncodingConfig()
	authtypes.RegisterInterfaces(enc.InterfaceRegistry)
	banktypes.RegisterInterfaces(enc.InterfaceRegistry)
	attestationtypes.RegisterInterfaces(enc.InterfaceRegistry)
	computetypes.RegisterInterfaces(enc.InterfaceRegistry)
	return enc
}

// Dial connects to a node's gRPC endpoint (host:port, plaintext: run the agent next to its
// node or behind a TLS tunnel) and learns the chain id from it.
func Dial(ctx context.Context, grpcAddr string) (*Client, error) {
	app.SetSDKConfig()
	enc := Encoding()
	conn, err := grpc.NewClient(grpcAddr,
		grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithDefaultCallOptions(grpc.ForceCodec(codec.NewProtoCodec(enc.InterfaceRegistry).GRPCCodec())),
	)
	if err != nil {
		return nil, fmt.Errorf("chain: %s: %w", grpcAddr, err)
	}
	c := &Client{
		conn:        conn,
		enc:         enc,
		Attestation: attestationtypes.NewQueryClient(conn),
		Compute:     computetypes.NewQueryClient(conn),
		Auth:        authtypes.NewQueryClient(conn),
		Tx:          txtypes.NewServiceClient(conn),
		Comet:       cmtservice.NewServiceClient(conn),
	}
	info, err := c.Comet.GetNodeInfo(ctx, &cmtservice.GetNodeInfoRequest{})
	if err != nil {
		conn.Close()
		return nil, fmt.Errorf("chain: node info from %s: %w", grpcAddr, err)
	}
	c.chainID = info.DefaultNodeInfo.Network
	return c, nil
}

// Conn is the gRPC connection, for the query clients of other modules.
func (c *Client) Conn() *grpc.ClientConn { return c.conn }

// Close closes the connection.
func (c *Client) Close() error { return c.conn.Close() }

// ChainID is the chain the node runs.
func (c *Client) ChainID() string { return c.chainID }

// Codec returns the client's codec.
func (c *Client) Codec() codec.Codec { return c.enc.Codec }

// LatestHeight returns the node's latest block height.
func (c *Client) LatestHeight(ctx context.Context) (int64, error) {
	res, err := c.Comet.GetLatestBlock(ctx, &cmtservice.GetLatestBlockRequest{})
	if err != nil {
		return 0, err
	}
	if res.SdkBlock != nil {
		return res.SdkBlock.Header.Height, nil
	}
	return res.Block.Header.Height, nil //nolint:staticcheck // older nodes fill only Block
}

// GasHeadroom is added to every simulated gas amount (250 udpn at the default gas price)
// so that a transaction whose work grows with what lands before it in the block does not
// run out of gas.
const GasHeadroom = 100_000

// Signer signs and sends transactions for one key of a keyring.
type Signer struct {
	Client *Client
	// Keyring holds the key named From.
	Keyring keyring.Keyring
	From    string
	// GasPrices pays gas × price in fees, e.g. "0.0025udpn".
	GasPrices string
	// GasAdjustment multiplies the simulated gas (ML-DSA-65 accounts need at least 1.3).
	GasAdjustment float64
	// Wait bounds the wait for inclusion in a block.
	Wait time.Duration
}

// Address is the signer's account address.
func (s *Signer) Address() (sdk.AccAddress, error) {
	rec, err := s.Keyring.Key(s.From)
	if err != nil {
		return nil, fmt.Errorf("chain: key %q: %w", s.From, err)
	}
	return rec.GetAddress()
}

// Send simulates msgs for gas, signs them with the key, broadcasts them and waits until the
// transaction is in a block. A transaction refused in CheckTx or failing in its block is an
// ErrTxRejected carrying the chain's code and log.
//
// A transaction that ran out of gas in its block (its work grew with transactions ahead of it,
// such as the reveal that closes a job and settles it) is sent once more with twice the gas.
func (s *Signer) Send(ctx context.Context, msgs ...sdk.Msg) (*sdk.TxResponse, error) {
	adj := s.GasAdjustment
	if adj == 0 {
		adj = 1.5
	}
	res, err := s.send(ctx, adj, msgs)
	if res != nil && res.Codespace == sdkerrors.RootCodespace && res.Code == sdkerrors.ErrOutOfGas.ABCICode() {
		return s.send(ctx, 2*adj, msgs)
	}
	return res, err
}

func (s *Signer) send(ctx context.Context, adj float64, msgs []sdk.Msg) (*sdk.TxResponse, error) {
	addr, err := s.Address()
	if err != nil {
		return nil, err
	}
	accNum, seq, err := s.Client.account(ctx, addr)
	if err != nil {
		return nil, err
	}
	txf := clienttx.Factory{}.
		WithTxConfig(s.Client.enc.TxConfig).
		WithKeybase(s.Keyring).
		WithFromName(s.From).
		WithChainID(s.Client.chainID).
		WithAccountNumber(accNum).
		WithSequence(seq).
		WithSignMode(signing.SignMode_SIGN_MODE_DIRECT).
		WithSimulateAndExecute(true).
		WithGasAdjustment(adj)
	simBytes, err := txf.BuildSimTx(msgs...)
	if err != nil {
		return nil, err
	}
	sim, err := s.Client.Tx.Simulate(ctx, &txtypes.SimulateRequest{TxBytes: simBytes})
	if err != nil {
		return nil, fmt.Errorf("%w: simulation: %v", ErrTxRejected, grpcMessage(err))
	}
	// The headroom covers work that other transactions of the same block can add: the last
	// commitment of a job, say, also opens its reveal phase.
	gas := uint64(adj*float64(sim.GasInfo.GasUsed)) + GasHeadroom
	txf = txf.WithGas(gas).WithGasPrices(s.GasPrices)
	builder, err := txf.BuildUnsignedTx(msgs...)
	if err != nil {
		return nil, err
	}
	if err := clienttx.Sign(ctx, txf, s.From, builder, true); err != nil {
		return nil, err
	}
	bz, err := s.Client.enc.TxConfig.TxEncoder()(builder.GetTx())
	if err != nil {
		return nil, err
	}
	res, err := s.Client.Tx.BroadcastTx(ctx, &txtypes.BroadcastTxRequest{TxBytes: bz, Mode: txtypes.BroadcastMode_BROADCAST_MODE_SYNC})
	if err != nil {
		return nil, fmt.Errorf("chain: broadcast: %w", err)
	}
	if res.TxResponse.Code != 0 {
		return res.TxResponse, fmt.Errorf("%w: %s code %d: %s", ErrTxRejected, res.TxResponse.Codespace, res.TxResponse.Code, res.TxResponse.RawLog)
	}
	return s.Client.WaitForTx(ctx, res.TxResponse.TxHash, s.Wait)
}

// WaitForTx polls until the transaction hash is in a block, and fails with ErrTxRejected if
// it failed there.
func (c *Client) WaitForTx(ctx context.Context, hash string, wait time.Duration) (*sdk.TxResponse, error) {
	if wait == 0 {
		wait = 30 * time.Second
	}
	ctx, cancel := context.WithTimeout(ctx, wait)
	defer cancel()
	tick := time.NewTicker(250 * time.Millisecond)
	defer tick.Stop()
	for {
		res, err := c.Tx.GetTx(ctx, &txtypes.GetTxRequest{Hash: hash})
		if err == nil {
			if res.TxResponse.Code != 0 {
				return res.TxResponse, fmt.Errorf("%w: %s code %d: %s", ErrTxRejected, res.TxResponse.Codespace, res.TxResponse.Code, res.TxResponse.RawLog)
			}
			return res.TxResponse, nil
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("%w: %s", ErrTxTimeout, hash)
		case <-tick.C:
		}
	}
}

func (c *Client) account(ctx context.Context, addr sdk.AccAddress) (accNum, seq uint64, err error) {
	res, err := c.Auth.Account(ctx, &authtypes.QueryAccountRequest{Address: addr.String()})
	if err != nil {
		if status.Code(err) == codes.NotFound {
			return 0, 0, fmt.Errorf("chain: account %s does not exist yet: fund it first", addr)
		}
		return 0, 0, fmt.Errorf("chain: account %s: %w", addr, err)
	}
	var acc sdk.AccountI
	if err := c.enc.InterfaceRegistry.UnpackAny(res.Account, &acc); err != nil {
		return 0, 0, err
	}
	return acc.GetAccountNumber(), acc.GetSequence(), nil
}

// grpcMessage is the message of a gRPC status error (the chain's own error text), without
// gRPC's framing.
func grpcMessage(err error) string {
	if st, ok := status.FromError(err); ok {
		return strings.TrimSpace(st.Message())
	}
	return err.Error()
}
