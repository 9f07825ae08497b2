package attestation

import (
	autocliv1 "cosmossdk.io/api/cosmos/autocli/v1"
)

// AutoCLIOptions describes the CLI. Byte fields (keys, proof, descriptor, signer bitmap,
// signature) accept a file path, hex or base64; capacity is a JSON flag; coins (bond,
// amount) are written like 5000000udpn.
func (AppModule) AutoCLIOptions() *autocliv1.ModuleOptions {
	return &autocliv1.ModuleOptions{
		Query: &autocliv1.ServiceCommandDescriptor{
			Service: "dpn.attestation.v1.Query",
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				{RpcMethod: "Params", Use: "params", Short: "Show the module's params"},
				{RpcMethod: "Node", Use: "node [index]", Short: "Show a node",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "index"}}},
				{RpcMethod: "NodeByFingerprint", Use: "node-by-fingerprint [hex-fingerprint]", Short: "Show the active node holding a fingerprint",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "fingerprint"}}},
				{RpcMethod: "Nodes", Use: "nodes", Short: "List nodes, filtered by --status and optionally --region and --tier",
					Example: "dpnd q attestation nodes --status active --region eu-west-1 --tier heavy"},
				{RpcMethod: "Participation", Use: "participation [epoch]", Short: "Show an epoch's heartbeat bitmap and count",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "epoch"}}},
				{RpcMethod: "Uptime", Use: "uptime [index]", Short: "Show a node's uptime over the window",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "index"}}},
				{RpcMethod: "Audits", Use: "audits [epoch]", Short: "List an epoch's VDF audits",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "epoch"}}},
				{RpcMethod: "CurrentBeacon", Use: "beacon", Short: "Show the current epoch and its beacon"},
				{RpcMethod: "Unbonding", Use: "unbonding", Short: "List the bonds waiting to return, by completion height"},
				{RpcMethod: "ReputationWeight", Use: "reputation-weight [index]", Short: "Show a node's reputation weight (1 + log2(1 + bond in DPN) when active)",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "index"}}},
			},
		},
		Tx: &autocliv1.ServiceCommandDescriptor{
			Service: "dpn.attestation.v1.Msg",
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				{RpcMethod: "RegisterNode", Use: "register-node [bls-public-key] [bls-pop] [descriptor-file] [region] [tier]",
					Short:   "Register a node; --capacity gives the offered capacity as JSON, --bond an optional bond",
					Example: `dpnd tx attestation register-node <pk-hex> <pop-hex> descriptor.bin eu-west-1 light --capacity '{"cpu_millicores":4000,"memory_bytes":8000000000}' --bond 5000000udpn --from owner`,
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{
						{ProtoField: "bls_public_key"}, {ProtoField: "bls_pop"}, {ProtoField: "descriptor"},
						{ProtoField: "region"}, {ProtoField: "tier"},
					}},
				{RpcMethod: "UpdateNode", Use: "update-node [index] [descriptor-file] [region]",
					Short: "Replace a node's descriptor, capacity (--capacity JSON) and region",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{
						{ProtoField: "index"}, {ProtoField: "descriptor"}, {ProtoField: "region"},
					}},
				{RpcMethod: "DeregisterNode", Use: "deregister-node [index]", Short: "Withdraw a node; its bond returns after the unbonding delay",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "index"}}},
				{RpcMethod: "AddBond", Use: "add-bond [index] [amount]", Short: "Add to a node's bond",
					Example:        "dpnd tx attestation add-bond 7 1000000udpn --from owner",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "index"}, {ProtoField: "amount"}}},
				{RpcMethod: "UnjailNode", Use: "unjail-node [index]", Short: "Return a jailed node to service once its jail time has passed",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "index"}}},
				{RpcMethod: "ReactivateNode", Use: "reactivate-node [index]", Short: "Return an inactive node to service",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "index"}}},
				{RpcMethod: "SubmitHeartbeats", Use: "submit-heartbeats [epoch] [signers-bitmap] [aggregate-signature]",
					Short: "Submit an aggregate heartbeat for the current epoch",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{
						{ProtoField: "epoch"}, {ProtoField: "signers"}, {ProtoField: "signature"},
					}},
				{RpcMethod: "SubmitAuditAnswer", Use: "submit-audit-answer [epoch] [node-index] [vdf-output-file]",
					Short: "Answer a VDF audit with a crypto/vdf Output (521 bytes)",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{
						{ProtoField: "epoch"}, {ProtoField: "node_index"}, {ProtoField: "output"},
					}},
				{RpcMethod: "UpdateParams", Skip: true}, // governance only
			},
		},
	}
}
