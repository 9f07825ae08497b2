// Package l2sim drives DPN's L2 contracts from Go: it signs what the DPN validators sign
// (valset checkpoints, batches, Retire; the digests are package eip712's), builds Merkle
// claim trees, converts snarkjs proofs for deliverProof, builds and signs EntryPoint v0.8
// UserOperations, and deploys the whole set on go-ethereum's simulated backend, the token
// owned by a timelock, for tests and the gas report.
package l2sim
