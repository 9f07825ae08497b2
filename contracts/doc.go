// Package contracts holds DPN's L2 contracts (src/*.sol), their compiled artifacts and
// their Go bindings (bindings/). The Go code that drives them lives in l2sim.
package contracts
