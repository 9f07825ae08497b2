package chain

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/dpn-network/dpn/agent/aggregator"
	attestationtypes "github.com/dpn-network/dpn/x/attestation/types"
)

// ErrNotFound is a node or record the chain does not have.
var ErrNotFound = errors.New("chain: not found")

// CurrentBeacon returns the epoch in progress and its beacon.
func (c *Client) CurrentBeacon(ctx context.Context) (uint64, []byte, error) {
	res, err := c.Attestation.CurrentBeacon(ctx, &attestationtypes.QueryCurrentBeaconRequest{})
	if err != nil {
		return 0, nil, fmt.Errorf("chain: current beacon: %w", err)
	}
	return res.Epoch, res.Beacon, nil
}

// GetNode returns a node by index.
func (c *Client) GetNode(ctx context.Context, index uint64) (attestationtypes.Node, error) {
	res, err := c.Attestation.Node(ctx, &attestationtypes.QueryNodeRequest{Index: index})
	if status.Code(err) == codes.NotFound {
		return attestationtypes.Node{}, fmt.Errorf("%w: node %d", ErrNotFound, index)
	}
	if err != nil {
		return attestationtypes.Node{}, fmt.Errorf("chain: node %d: %w", index, err)
	}
	return res.Node, nil
}

// NodeByFingerprint returns the active node registered with a fingerprint.
func (c *Client) NodeByFingerprint(ctx context.Context, fp []byte) (attestationtypes.Node, error) {
	res, err := c.Attestation.NodeByFingerprint(ctx, &attestationtypes.QueryNodeByFingerprintRequest{Fingerprint: hex.EncodeToString(fp)})
	if status.Code(err) == codes.NotFound {
		return attestationtypes.Node{}, fmt.Errorf("%w: fingerprint %X", ErrNotFound, fp)
	}
	if err != nil {
		return attestationtypes.Node{}, fmt.Errorf("chain: node by fingerprint: %w", err)
	}
	return res.Node, nil
}

// Audits returns the VDF audits assigned in an epoch.
func (c *Client) Audits(ctx context.Context, epoch uint64) ([]attestationtypes.Audit, error) {
	res, err := c.Attestation.Audits(ctx, &attestationtypes.QueryAuditsRequest{Epoch: epoch})
	if err != nil {
		return nil, fmt.Errorf("chain: audits of epoch %d: %w", epoch, err)
	}
	return res.Audits, nil
}

// Node implements the aggregator's view of a node.
func (c *Client) Node(ctx context.Context, index uint64) (blsKey, pop []byte, active bool, err error) {
	n, err := c.GetNode(ctx, index)
	if err != nil {
		return nil, nil, false, err
	}
	return n.BlsPublicKey, n.BlsPop, n.Status == attestationtypes.NODE_STATUS_ACTIVE, nil
}

// HeartbeatSubmitter is a chain connection that submits heartbeats with a signer; it is what
// an aggregator needs.
type HeartbeatSubmitter struct {
	*Client
	Signer *Signer
}

// Node is the aggregator's view of a node; an index the chain does not know is
// aggregator.ErrUnknownNode, which the aggregator answers with 400 rather than 502.
func (h HeartbeatSubmitter) Node(ctx context.Context, index uint64) (blsKey, pop []byte, active bool, err error) {
	blsKey, pop, active, err = h.Client.Node(ctx, index)
	if errors.Is(err, ErrNotFound) {
		err = fmt.Errorf("%w: %w", aggregator.ErrUnknownNode, err)
	}
	return blsKey, pop, active, err
}

// SubmitHeartbeats sends one MsgSubmitHeartbeats and waits for its block.
func (h HeartbeatSubmitter) SubmitHeartbeats(ctx context.Context, epoch, firstIndex uint64, signers, signature []byte) error {
	addr, err := h.Signer.Address()
	if err != nil {
		return err
	}
	_, err = h.Signer.Send(ctx, &attestationtypes.MsgSubmitHeartbeats{
		Aggregator: addr.String(), Epoch: epoch, FirstIndex: firstIndex, Signers: signers, Signature: signature,
	})
	return err
}
