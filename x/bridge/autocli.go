package bridge

import (
	autocliv1 "cosmossdk.io/api/cosmos/autocli/v1"
)

// AutoCLIOptions describes the CLI. Signatures and L2 readings travel in vote extensions;
// registering a key needs a proof made from the key file (`dpnd tx bridge register-eth-key`,
// hand-written), so autocli serves the queries and the evidence message.
func (AppModule) AutoCLIOptions() *autocliv1.ModuleOptions {
	return &autocliv1.ModuleOptions{
		Query: &autocliv1.ServiceCommandDescriptor{
			Service: "dpn.bridge.v1.Query",
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				{RpcMethod: "Params", Use: "params", Short: "Show the module's params (destinations, batching, signing window)"},
				{RpcMethod: "EthKeys", Use: "eth-keys", Short: "List the validators' registered Ethereum addresses"},
				{RpcMethod: "EthKey", Use: "eth-key [validator]", Short: "Show a validator's Ethereum address (operator address)",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "validator"}}},
				{RpcMethod: "Valset", Use: "valset [nonce]", Short: "Show a valset (nonce 0: the latest)",
					Example: "dpnd q bridge valset 0", PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "nonce"}}},
				{RpcMethod: "Valsets", Use: "valsets", Short: "List the valsets still kept"},
				{RpcMethod: "Destinations", Use: "destinations", Short: "Show each L2 destination: contract, next batch nonce, escrow, what the L2 confirmed"},
				{RpcMethod: "Batches", Use: "batches [destination]", Short: "List a destination's unconfirmed batches (--after NONCE)",
					Example: "dpnd q bridge batches optimism", PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "destination"}}},
				{RpcMethod: "Batch", Use: "batch [destination] [nonce]", Short: "Show a batch and its EIP-712 digest",
					Example:        "dpnd q bridge batch optimism 1",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "destination"}, {ProtoField: "nonce"}}},
				{RpcMethod: "Signatures", Use: "signatures [destination] [valset|batch] [nonce]", Short: "Show an item's signatures, signed power and whether it is ready",
					Example:        "dpnd q bridge signatures optimism batch 1",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "destination"}, {ProtoField: "kind"}, {ProtoField: "nonce"}}},
				{RpcMethod: "Pending", Use: "pending", Short: "List payout records waiting for a batch (--destination NAME)"},
				{RpcMethod: "ProofOrders", Use: "proof-orders [destination]", Short: "List verified groth16 proofs to deliver on a destination",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "destination"}}},
				{RpcMethod: "SigningInfo", Use: "signing-info [validator]", Short: "Show a validator's missed bridge signatures in the window",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "validator"}}},
				{RpcMethod: "Observations", Use: "observations [destination] [purchases|redemptions|jobs]",
					Short:          "List the L2 events the chain applied for a destination and source, and what it did with each (--after NONCE)",
					Example:        "dpnd q bridge observations optimism purchases",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "destination"}, {ProtoField: "source"}}},
				{RpcMethod: "Credits", Use: "credits [account]",
					Short:          "List the L2 purchases credited (or refunded) to a DPN account, with the treasury's balance and outflow",
					Example:        "dpnd q bridge credits dpn1...",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "account"}}},
				{RpcMethod: "Events", Use: "events",
					Short: "Show per destination and source the next L2 event nonce the chain waits for, what the last commit reported for it, and conflicting reports"},
			},
		},
		Tx: &autocliv1.ServiceCommandDescriptor{
			Service: "dpn.bridge.v1.Msg",
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				{RpcMethod: "RegisterEthKey", Skip: true},   // dpnd tx bridge register-eth-key signs the proof from the key file
				{RpcMethod: "SubmitSignatures", Skip: true}, // dpnd tx bridge sign-pending signs from the key file
				{RpcMethod: "SubmitBadSignature", Use: "submit-bad-signature [digest] [signature]",
					Short:          "Prove that a validator's bridge key signed a digest the chain never produced (hex digest, hex 65-byte signature)",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "digest"}, {ProtoField: "signature"}}},
				{RpcMethod: "UpdateParams", Skip: true}, // governance only
			},
		},
	}
}
