package pricing

import (
	autocliv1 "cosmossdk.io/api/cosmos/autocli/v1"
)

// AutoCLIOptions describes the CLI. Prices arrive in vote extensions, so the only tx is
// governance's params update.
func (AppModule) AutoCLIOptions() *autocliv1.ModuleOptions {
	return &autocliv1.ModuleOptions{
		Query: &autocliv1.ServiceCommandDescriptor{
			Service: "dpn.pricing.v1.Query",
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				{RpcMethod: "Params", Use: "params", Short: "Show the module's params"},
				{RpcMethod: "Prices", Use: "prices", Short: "Show every dimension's price (USD reference, multiplier, USD and udpn) and DPN/USD"},
				{RpcMethod: "Price", Use: "price [dimension]", Short: "Show one dimension's price: cpu, memory, storage, bandwidth or gpu/<class>",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "dimension"}}},
				{RpcMethod: "Quote", Use: "quote [duration-seconds]", Short: "Price resources (--resources JSON) held for a duration, in udpn and USD",
					Example:        `dpnd q pricing quote 3600 --resources '{"vcpus":"4","memory_gib":"16","storage_gib":"100","bandwidth_gb":"10","gpus":[{"class":"t4","count":1}]}'`,
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "duration_seconds"}}},
				{RpcMethod: "Anchor", Use: "anchor", Short: "Show the Compute Unit's udpn value, the anchor, the deviation, the burn share and the issuance factor"},
				{RpcMethod: "VoteStatus", Use: "vote-status [validator]", Short: "Show a validator's votes and misses in the current slash window (operator or consensus address)",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "validator"}}},
			},
		},
		Tx: &autocliv1.ServiceCommandDescriptor{
			Service: "dpn.pricing.v1.Msg",
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				{RpcMethod: "UpdateParams", Skip: true}, // governance only
			},
		},
	}
}
