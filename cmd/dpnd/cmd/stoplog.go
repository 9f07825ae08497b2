package cmd

import (
	"errors"
	"net"

	"github.com/cometbft/cometbft/libs/service"
	"github.com/spf13/cobra"

	"cosmossdk.io/log/v2"

	"github.com/cosmos/cosmos-sdk/server"
)

// stopLogger logs at INFO what CometBFT v0.39 logs as errors on every clean stop, so that an
// operator's ERR lines mean something went wrong:
//   - "Error stopping pool" (already stopped): blocksync stops its pool when it hands over
//     to consensus, and stops it again when the node stops;
//   - "Stopped accept routine, as transport is closed": the P2P listener closing;
//   - "Error serving server" with a closed listener: the RPC server closing.
type stopLogger struct{ log.Logger }

func (l stopLogger) Error(msg string, keyVals ...any) {
	if isStopNoise(msg, keyVals) {
		l.Logger.Info(msg, keyVals...)
		return
	}
	l.Logger.Error(msg, keyVals...)
}

func (l stopLogger) With(keyVals ...any) log.Logger { return stopLogger{l.Logger.With(keyVals...)} }

func isStopNoise(msg string, keyVals []any) bool {
	var err error
	for i := 0; i+1 < len(keyVals); i += 2 {
		if k, ok := keyVals[i].(string); ok && k == "err" {
			err, _ = keyVals[i+1].(error)
		}
	}
	switch msg {
	case "Error stopping pool":
		return errors.Is(err, service.ErrAlreadyStopped)
	case "Stopped accept routine, as transport is closed":
		return true
	case "Error serving server":
		return errors.Is(err, net.ErrClosed)
	}
	return false
}

// quietStop puts stopLogger around the server context's logger.
func quietStop(cmd *cobra.Command) error {
	sctx := server.GetServerContextFromCmd(cmd)
	if _, done := sctx.Logger.(stopLogger); !done {
		sctx.Logger = stopLogger{sctx.Logger}
	}
	return server.SetCmdServerContext(cmd, sctx)
}
