module github.com/dpn-network/dpn

go 1.26.8

require (
	github.com/cloudflare/circl v1.6.5
	github.com/cometbft/cometbft v0.39.3
	github.com/consensys/gnark v0.16.0
	github.com/consensys/gnark-crypto v0.22.0
	github.com/cosmos/cosmos-sdk v0.54.3
	github.com/cosmos/ibc-go/v11 v11.2.0
	github.com/ethereum/go-ethereum v1.17.10
	github.com/tetratelabs/wazero v1.12.0
)

require (
	github.com/bits-and-blooms/bitset v1.25.0 // indirect
	golang.org/x/crypto v0.57.0 // indirect
	golang.org/x/sys v0.48.0 // indirect
)

replace (
	// the SDK's fork of keyring (as the SDK itself replaces it)
	github.com/99designs/keyring => github.com/cosmos/keyring v1.2.0
	// upstream goleveldb's last tag is broken; the SDK and ibc-go pin this commit
	github.com/syndtr/goleveldb => github.com/syndtr/goleveldb v1.0.1-0.20210819022825-2ae1ddf74ef7
)
