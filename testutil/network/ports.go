package network

import (
	"fmt"
	"math/rand/v2"
	"net"
	"strconv"
	_ "unsafe" // go:linkname to the SDK's port pool
)

// sdkPortPool is the SDK test network's pool of listen ports. The SDK fills it once, when the
// test binary starts, with ports the kernel handed out from its ephemeral range and then
// released. By the time a later test in the same binary starts its network, any outgoing
// connection of any process on the machine may have been given one of those ports, and the
// validator fails with "address already in use". refillPorts replaces the pool, just before
// each network starts, with ports outside the ephemeral range that were free a moment ago.
//
//go:linkname sdkPortPool github.com/cosmos/cosmos-sdk/testutil/network.portPool
var sdkPortPool chan string

// Listen ports are drawn from [portLow, portHigh): below Linux's default ephemeral range
// (32768–60999) so that no outgoing connection can take one, and below CometBFT's and the
// localnet's fixed ports (26656 and up) so that a local network on the same machine does not
// either.
const (
	portLow  = 21000
	portHigh = 26000
	// portsPerNetwork is more than a 4-validator network takes (3 for validator 0's API,
	// RPC and gRPC, and 2 per validator for P2P and the ABCI proxy).
	portsPerNetwork = 40
)

// refillPorts empties the SDK's pool and fills it with portsPerNetwork ports that could be
// bound just now. Two test binaries running at once draw at random, so they rarely meet, and
// each port is checked by binding it on every address a validator listens on.
func refillPorts() error {
	for len(sdkPortPool) > 0 {
		<-sdkPortPool
	}
	seen := map[int]bool{}
	for tries := 0; len(sdkPortPool) < portsPerNetwork; tries++ {
		if tries > 20*portsPerNetwork {
			return fmt.Errorf("found only %d free ports in [%d, %d)", len(sdkPortPool), portLow, portHigh)
		}
		p := portLow + rand.IntN(portHigh-portLow)
		if seen[p] || !portFree(p) {
			continue
		}
		seen[p] = true
		sdkPortPool <- strconv.Itoa(p)
	}
	return nil
}

func portFree(p int) bool {
	l, err := net.Listen("tcp", net.JoinHostPort("0.0.0.0", strconv.Itoa(p)))
	if err != nil {
		return false
	}
	return l.Close() == nil
}
