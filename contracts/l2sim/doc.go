// Package l2sim drives DPN's L2 contracts from Go: it computes and signs what the DPN
// validators sign (EIP-712 valset checkpoints and batches), builds Merkle claim trees,
// converts snarkjs proofs for deliverProof, builds and signs EntryPoint v0.8
// UserOperations, and deploys the whole set on go-ethereum's simulated backend for tests
// and the gas report.
package l2sim
