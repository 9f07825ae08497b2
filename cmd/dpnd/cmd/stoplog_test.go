package cmd

import (
	"bytes"
	"errors"
	"fmt"
	"net"
	"testing"

	"github.com/cometbft/cometbft/libs/service"
	"github.com/stretchr/testify/require"

	"cosmossdk.io/log/v2"
)

// TestStopLogger: the messages CometBFT logs as errors on every clean stop (blocksync's pool
// stopped a second time, a closed P2P or RPC listener) come out at INFO, and real errors,
// also under the same messages, stay at ERR.
func TestStopLogger(t *testing.T) {
	tests := []struct {
		msg     string
		keyVals []any
		level   string
	}{
		{"Error stopping pool", []any{"err", service.ErrAlreadyStopped}, "INF"},
		{"Error stopping pool", []any{"err", errors.New("disk full")}, "ERR"},
		{"Stopped accept routine, as transport is closed", []any{"numPeers", 0}, "INF"},
		{"Error serving server", []any{"err", fmt.Errorf("accept tcp 127.0.0.1:26657: %w", net.ErrClosed)}, "INF"},
		{"Error serving server", []any{"err", errors.New("tls: bad certificate")}, "ERR"},
		{"leveldb: closed", nil, "ERR"},
	}
	for _, tc := range tests {
		var buf bytes.Buffer
		l := stopLogger{log.NewLogger(&buf, log.ColorOption(false))}.With("module", "blocksync")
		l.Error(tc.msg, tc.keyVals...)
		require.Contains(t, buf.String(), tc.level+" "+tc.msg, "%s %v", tc.msg, tc.keyVals)
	}
}
