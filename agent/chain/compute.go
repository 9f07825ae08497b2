package chain

import (
	"context"
	"encoding/hex"
	"fmt"
	"strings"

	txtypes "github.com/cosmos/cosmos-sdk/types/tx"

	computetypes "github.com/dpn-network/dpn/x/compute/types"
)

// NodeJobs returns the open jobs assigned to a node.
func (c *Client) NodeJobs(ctx context.Context, node uint64) ([]computetypes.Job, error) {
	res, err := c.Compute.NodeJobs(ctx, &computetypes.QueryNodeJobsRequest{NodeIndex: node})
	if err != nil {
		return nil, fmt.Errorf("chain: jobs of node %d: %w", node, err)
	}
	return res.Jobs, nil
}

// ComputeParams returns x/compute's params.
func (c *Client) ComputeParams(ctx context.Context) (computetypes.Params, error) {
	res, err := c.Compute.Params(ctx, &computetypes.QueryParamsRequest{})
	if err != nil {
		return computetypes.Params{}, fmt.Errorf("chain: compute params: %w", err)
	}
	return res.Params, nil
}

// Submissions returns the commitments and reveals of a job's current round.
func (c *Client) Submissions(ctx context.Context, job uint64) ([]computetypes.Submission, error) {
	res, err := c.Compute.Submissions(ctx, &computetypes.QuerySubmissionsRequest{JobId: job})
	if err != nil {
		return nil, fmt.Errorf("chain: submissions of job %d: %w", job, err)
	}
	return res.Submissions, nil
}

// InlineContent returns the blobs that the MsgSubmitJob messages of a transaction carried.
func (c *Client) InlineContent(ctx context.Context, txHash []byte) ([]computetypes.InlineContent, error) {
	res, err := c.Tx.GetTx(ctx, &txtypes.GetTxRequest{Hash: strings.ToUpper(hex.EncodeToString(txHash))})
	if err != nil {
		return nil, fmt.Errorf("chain: transaction %X: %w", txHash, err)
	}
	var out []computetypes.InlineContent
	for _, anyMsg := range res.Tx.GetBody().GetMessages() {
		var msg computetypes.MsgSubmitJob
		if anyMsg.TypeUrl != "/dpn.compute.v1.MsgSubmitJob" {
			continue
		}
		if err := msg.Unmarshal(anyMsg.Value); err != nil {
			return nil, err
		}
		out = append(out, msg.Inline...)
	}
	return out, nil
}
