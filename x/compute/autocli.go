package compute

import (
	autocliv1 "cosmossdk.io/api/cosmos/autocli/v1"
)

// AutoCLIOptions describes the CLI. Jobs are submitted with `dpnd tx compute submit-job`,
// which hashes the files it is given (autocli cannot read and hash files), so only the
// other messages are generated here.
func (AppModule) AutoCLIOptions() *autocliv1.ModuleOptions {
	return &autocliv1.ModuleOptions{
		Query: &autocliv1.ServiceCommandDescriptor{
			Service:              "dpn.compute.v1.Query",
			EnhanceCustomCommand: true,
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				{RpcMethod: "Params", Use: "params", Short: "Show the marketplace's params"},
				{RpcMethod: "Job", Use: "job [id]", Short: "Show a job",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "id"}}},
				{RpcMethod: "Jobs", Use: "jobs", Short: "List jobs, optionally of one --status",
					Example: "dpnd q compute jobs --status JOB_STATUS_QUEUED"},
				{RpcMethod: "NodeJobs", Use: "node-jobs [node-index]", Short: "List the open jobs assigned to a node",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "node_index"}}},
				{RpcMethod: "Submissions", Use: "submissions [job-id]", Short: "Show a job's commitments and reveals",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "job_id"}}},
				{RpcMethod: "Result", Use: "result [job-id]", Short: "Show a settled job's verified result: hash, size, the output inline (output_data) or the winners' blob endpoints (output_urls)",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "job_id"}}},
				{RpcMethod: "NodeStats", Use: "node-stats [node-index]", Short: "Show a node's load and reputation",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "node_index"}}},
				{RpcMethod: "Payout", Use: "payout [node-index]", Short: "Show where a node's fees settle (empty: on DPN)",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "node_index"}}},
				{RpcMethod: "Settlements", Use: "settlements", Short: "List settlement records kept for L2 payouts"},
			},
		},
		Tx: &autocliv1.ServiceCommandDescriptor{
			Service:              "dpn.compute.v1.Msg",
			EnhanceCustomCommand: true,
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				{RpcMethod: "SubmitJob", Skip: true},
				{RpcMethod: "CancelJob", Use: "cancel-job [id]", Short: "Cancel a queued job and get its escrow back",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "id"}}},
				{RpcMethod: "CommitResult", Use: "commit-result [job-id] [node-index] [commitment]", Short: "Commit to a wasm result (the agent does this)",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "job_id"}, {ProtoField: "node_index"}, {ProtoField: "commitment"}}},
				{RpcMethod: "RevealResult", Use: "reveal-result [job-id] [node-index] [result-hash] [salt]", Short: "Open a commitment (the agent does this)",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "job_id"}, {ProtoField: "node_index"}, {ProtoField: "result_hash"}, {ProtoField: "salt"}},
					// --output is the client's output format.
					FlagOptions: map[string]*autocliv1.FlagOptions{"output": {Name: "result-content", Usage: `the output's content reference, JSON {"sha256": ..., "size": ...}`}}},
				{RpcMethod: "SubmitProof", Use: "submit-proof [job-id] [node-index] [proof.json] [public.json]", Short: "Deliver a groth16 job's proof",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "job_id"}, {ProtoField: "node_index"}, {ProtoField: "proof"}, {ProtoField: "public_signals"}}},
				{RpcMethod: "SetPayout", Use: "set-payout [node-index]", Short: "Have a node's future fees paid on an L2 (omit --payout to pay on DPN again)",
					Example:        `dpnd tx compute set-payout 3 --payout '{"chain":"optimism","recipient":"0x2a..."}' --from owner`,
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "node_index"}}},
				{RpcMethod: "UpdateParams", Skip: true},
			},
		},
	}
}
