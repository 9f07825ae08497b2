// Package pqc is DPN's post-quantum account key: ML-DSA-65 (FIPS 204, circl's
// sign/mldsa/mldsa65) as a Cosmos SDK cryptotypes.PubKey / PrivKey, with its codec
// registration, a keyring signing algorithm ("mldsa65", seeded from the BIP-39 mnemonic and
// HD path) and the ante handler's signature verification gas.
//
// The package is the only place the chain names the ML-DSA-65 key type, so moving to the
// SDK's own ML-DSA-65 keys (SDK v0.55) touches this package and one upgrade handler; see
// README.md.
package pqc
