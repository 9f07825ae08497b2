// Package contracts holds DPN's L2 contracts (src/*.sol), their compiled artifacts and
// their Go bindings (bindings/). The EIP-712 digests the DPN validators sign are computed
// by package eip712; the Go code that drives the contracts lives in l2sim.
package contracts
