package network

import "cosmossdk.io/log/v2"

func logNop() log.Logger { return log.NewNopLogger() }
