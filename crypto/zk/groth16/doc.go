// Package groth16 proves and verifies Groth16 proofs over BN254 that are
// interchangeable with snarkjs: the prover takes a snarkjs .zkey and a Circom
// witness and writes snarkjs's proof.json/public.json; the verifier takes
// snarkjs's verification_key.json.
package groth16
