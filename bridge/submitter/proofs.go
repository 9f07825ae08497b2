package submitter

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/dpn-network/dpn/bridge/metrics"
	"github.com/dpn-network/dpn/contracts/l2sim"
)

// relayProofs delivers each proof order the L2 team placed and nobody has delivered yet.
func (s *Submitter) relayProofs(ctx context.Context) error {
	orders, err := s.src.ProofOrders(ctx, s.cfg.Destination)
	if err != nil {
		return fmt.Errorf("proof orders: %w", err)
	}
	for _, o := range orders {
		item := fmt.Sprintf("proof/%s/%d", o.Team.Hex(), o.JobID)
		call, err := decodeProofOrder(o)
		if err != nil {
			s.note(item, metrics.KindProof, metrics.ResultNotSent, "not sent: the chain's proof does not decode", "err", err)
			continue
		}
		// Reading the order first costs one call and spares a gas estimate per poll for
		// every order already delivered.
		job, err := s.contract.Jobs(&bind.CallOpts{Context: ctx}, o.Team, call.jobID)
		if err != nil {
			return fmt.Errorf("jobs(%s, %d): %w", o.Team, o.JobID, err)
		}
		if job.DeliveredAt != 0 {
			s.included(item, metrics.KindProof)
			continue
		}
		s.markSeen(item)
		switch {
		case job.InputsHash == [32]byte{}:
			s.note(item, metrics.KindProof, "", "waiting: the team has not ordered the job on the L2")
			continue
		case job.VkId != call.vkID:
			s.note(item, metrics.KindProof, metrics.ResultNotSent, "not sent: the team ordered the job with another verifying key",
				"ordered", job.VkId, "chain", call.vkID)
			continue
		case job.InputsHash != l2sim.InputsHash(call.inputs):
			s.note(item, metrics.KindProof, metrics.ResultNotSent, "not sent: the proof's public signals are not the statement the team ordered")
			continue
		}
		data, err := calldata(ctx, func(opts *bind.TransactOpts) (*types.Transaction, error) {
			return s.calls.DeliverProof(opts, o.Team, call.jobID, call.vkID, call.proof, call.inputs)
		})
		if err != nil {
			return err
		}
		if err := s.submit(ctx, metrics.KindProof, item, data); err != nil && !errors.Is(err, errLostRace) {
			return err
		}
	}
	return nil
}
