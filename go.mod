module github.com/dpn-network/dpn

go 1.26.8

require (
	github.com/consensys/gnark-crypto v0.22.0
	github.com/spf13/cobra v1.10.2
	github.com/tetratelabs/wazero v1.12.0
)

require (
	github.com/bits-and-blooms/bitset v1.25.0 // indirect
	github.com/inconshreveable/mousetrap v1.1.0 // indirect
	github.com/spf13/pflag v1.0.10 // indirect
	golang.org/x/sys v0.48.0 // indirect
)

replace (
	// the SDK's fork of keyring (as the SDK itself replaces it)
	github.com/99designs/keyring => github.com/cosmos/keyring v1.2.0
	// upstream goleveldb's last tag is broken; the SDK and ibc-go pin this commit
	github.com/syndtr/goleveldb => github.com/syndtr/goleveldb v1.0.1-0.20210819022825-2ae1ddf74ef7
)
