package pricing

import (
	autocliv1 "cosmossdk.io/api/cosmos/autocli/v1"
)

// AutoCLIOptions describes the CLI beside the hand-written quote. Prices arrive in vote
// extensions, so the only tx is governance's params update.
func (AppModule) AutoCLIOptions() *autocliv1.ModuleOptions {
	return &autocliv1.ModuleOptions{
		Query: &autocliv1.ServiceCommandDescriptor{
			Service:              "dpn.pricing.v1.Query",
			EnhanceCustomCommand: true,
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				{RpcMethod: "Params", Use: "params", Short: "Show the module's params"},
				{RpcMethod: "Prices", Use: "prices", Short: "Show every dimension's price (USD reference, multiplier, USD and udpn) and DPN/USD"},
				{RpcMethod: "Price", Use: "price [dimension]", Short: "Show one dimension's price: cpu, memory, storage, bandwidth or gpu/<class>",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "dimension"}}},
				// quote is hand-written (client/cli): its resources are decimals inside JSON.
				{RpcMethod: "Quote", Skip: true},
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
