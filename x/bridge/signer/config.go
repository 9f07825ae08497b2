package signer

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cast"

	servertypes "github.com/cosmos/cosmos-sdk/server/types"
)

// App option keys: the [bridge] section of app.toml.
const (
	FlagKeyFile       = "bridge.key_file"
	FlagL2RPC         = "bridge.l2_rpc"
	FlagConfirmations = "bridge.confirmations"
	FlagPollInterval  = "bridge.poll_interval"
	// DefaultConfirmations is how far behind an L2's head the watcher reads when the L2 has
	// no "safe" block tag (geth --dev): deep enough that a reorg does not undo what the chain
	// confirmed.
	DefaultConfirmations = 3
	// DefaultPollInterval is how often each L2 is read.
	DefaultPollInterval = time.Second
)

// ConfigTemplate is the [bridge] section appended to app.toml by `dpnd init`.
const ConfigTemplate = `
###############################################################################
###                       L2 bridge signer (x/bridge)                       ###
###############################################################################

[bridge]
# This validator's bridge key: a file holding a secp256k1 private key in hex, made by
# ` + "`dpnd bridge init-key`" + ` and registered with ` + "`dpnd tx bridge register-eth-key`" + `. Never the
# consensus key. Relative paths are under the node's home. Empty: this validator signs no
# bridge digests (it then misses them and is jailed in time if it is in the valset).
key_file = "{{ .Bridge.KeyFile }}"
# The L2 endpoints read for each destination's contract state, "name=url" (names as in
# ` + "`dpnd q bridge destinations`" + `). Empty: this validator reports no L2 readings.
l2_rpc = [{{ range $i, $s := .Bridge.L2RPC }}{{ if $i }}, {{ end }}"{{ $s }}"{{ end }}]
# Blocks behind an L2's head that are read when it has no "safe" tag.
confirmations = {{ .Bridge.Confirmations }}
# How often each L2 is read.
poll_interval = "{{ .Bridge.PollInterval }}"
`

// Config is the [bridge] section.
type Config struct {
	KeyFile       string   `mapstructure:"key_file"`
	L2RPC         []string `mapstructure:"l2_rpc"`
	Confirmations uint64   `mapstructure:"confirmations"`
	PollInterval  string   `mapstructure:"poll_interval"`
}

// DefaultConfig names the key file `dpnd bridge init-key` writes, and no L2 endpoint.
func DefaultConfig() Config {
	return Config{KeyFile: "config/bridge_key.txt", Confirmations: DefaultConfirmations, PollInterval: DefaultPollInterval.String()}
}

// Settings is the [bridge] section read and checked.
type Settings struct {
	KeyFile       string
	Endpoints     map[string]string
	Confirmations uint64
	PollInterval  time.Duration
}

// FromAppOptions reads [bridge]; home resolves a relative key file. A section that cannot
// work (an endpoint without a name, a bad duration) is an error at start, not a silent
// validator that never signs.
func FromAppOptions(opts servertypes.AppOptions, home string) (Settings, error) {
	s := Settings{KeyFile: strings.TrimSpace(cast.ToString(opts.Get(FlagKeyFile))), Endpoints: map[string]string{},
		Confirmations: DefaultConfirmations, PollInterval: DefaultPollInterval}
	if s.KeyFile != "" && !filepath.IsAbs(s.KeyFile) {
		s.KeyFile = filepath.Join(home, s.KeyFile)
	}
	for _, e := range cast.ToStringSlice(opts.Get(FlagL2RPC)) {
		name, url, ok := strings.Cut(strings.TrimSpace(e), "=")
		if e = strings.TrimSpace(e); e == "" {
			continue
		}
		if !ok || name == "" || !(strings.HasPrefix(url, "http://") || strings.HasPrefix(url, "https://") || strings.HasPrefix(url, "ws://") || strings.HasPrefix(url, "wss://")) {
			return s, fmt.Errorf("%s: %q: want name=http(s)://host:port", FlagL2RPC, e)
		}
		if _, dup := s.Endpoints[name]; dup {
			return s, fmt.Errorf("%s: %q named twice", FlagL2RPC, name)
		}
		s.Endpoints[name] = url
	}
	if raw := opts.Get(FlagConfirmations); raw != nil && cast.ToString(raw) != "" {
		n, err := cast.ToUint64E(raw)
		if err != nil {
			return s, fmt.Errorf("%s: %v is not a block count", FlagConfirmations, raw)
		}
		s.Confirmations = n
	}
	if raw := opts.Get(FlagPollInterval); raw != nil && cast.ToString(raw) != "" {
		d, err := cast.ToDurationE(raw)
		if err != nil || d <= 0 {
			return s, fmt.Errorf("%s: %v is not a positive duration", FlagPollInterval, raw)
		}
		s.PollInterval = d
	}
	return s, nil
}
