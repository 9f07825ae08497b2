package types

import (
	errorsmod "cosmossdk.io/errors"

	sdk "github.com/cosmos/cosmos-sdk/types"
)

// DefaultGenesis has the default params and no jobs.
func DefaultGenesis() *GenesisState {
	return &GenesisState{Params: DefaultParams(), NextJobId: 0}
}

// Validate checks the genesis state on its own.
func (gs GenesisState) Validate() error {
	if err := gs.Params.Validate(); err != nil {
		return err
	}
	jobs := make(map[uint64]Job, len(gs.Jobs))
	for _, j := range gs.Jobs {
		if j.Id >= gs.NextJobId {
			return errorsmod.Wrapf(ErrInvalidGenesis, "job %d at or above next id %d", j.Id, gs.NextJobId)
		}
		if _, dup := jobs[j.Id]; dup {
			return errorsmod.Wrapf(ErrInvalidGenesis, "job %d twice", j.Id)
		}
		if _, err := sdk.AccAddressFromBech32(j.Buyer); err != nil {
			return errorsmod.Wrapf(ErrInvalidGenesis, "job %d buyer: %v", j.Id, err)
		}
		if JobStatus_name[int32(j.Status)] == "" || j.Status == JOB_STATUS_UNSPECIFIED {
			return errorsmod.Wrapf(ErrInvalidGenesis, "job %d status", j.Id)
		}
		if !j.Escrow.IsValid() {
			return errorsmod.Wrapf(ErrInvalidGenesis, "job %d escrow", j.Id)
		}
		jobs[j.Id] = j
	}
	for _, s := range gs.Submissions {
		if _, ok := jobs[s.JobId]; !ok {
			return errorsmod.Wrapf(ErrInvalidGenesis, "submission for unknown job %d", s.JobId)
		}
	}
	for _, r := range gs.Results {
		if j, ok := jobs[r.JobId]; !ok || j.Status != JOB_STATUS_SETTLED {
			return errorsmod.Wrapf(ErrInvalidGenesis, "result for job %d that is not settled", r.JobId)
		}
	}
	for _, s := range gs.Settlements {
		if s.Id >= gs.NextSettlementId {
			return errorsmod.Wrapf(ErrInvalidGenesis, "settlement %d at or above next id", s.Id)
		}
		if !s.Amount.IsValid() {
			return errorsmod.Wrapf(ErrInvalidGenesis, "settlement %d amount", s.Id)
		}
	}
	for _, p := range gs.Payouts {
		if p.Payout.Chain == "" {
			return errorsmod.Wrapf(ErrInvalidGenesis, "node %d payout has no chain", p.NodeIndex)
		}
		if err := p.Payout.Validate(); err != nil {
			return errorsmod.Wrapf(ErrInvalidGenesis, "node %d payout: %v", p.NodeIndex, err)
		}
	}
	return nil
}

// IsOpen reports whether a job still holds escrow.
func (j Job) IsOpen() bool {
	return j.Status == JOB_STATUS_QUEUED || j.Status == JOB_STATUS_ASSIGNED || j.Status == JOB_STATUS_REVEALING
}
