// Package config is the agent's home directory: config.json (where the chain and the
// aggregators are, which key pays, what the node offers), the node's keys and its saved
// hardware descriptor.
package config

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/cosmos/cosmos-sdk/crypto/keyring"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/dpn-network/dpn/agent/blobs"
	"github.com/dpn-network/dpn/agent/chain"
	"github.com/dpn-network/dpn/agent/jobs"
	"github.com/dpn-network/dpn/crypto/pqc"
	"github.com/dpn-network/dpn/x/attestation/types"
)

// File names inside the home directory.
const (
	ConfigFile     = "config.json"
	DescriptorFile = "descriptor.pb"
)

// ErrInvalid is a config.json with a missing or malformed field.
var ErrInvalid = errors.New("config: invalid")

// Config is config.json.
type Config struct {
	// GRPC is the dpnd node's gRPC endpoint, host:port.
	GRPC string `json:"grpc"`
	// Aggregators are the heartbeat aggregators' base URLs; each epoch's heartbeat goes to all.
	Aggregators []string `json:"aggregators"`
	// From names the owner's key in the keyring; it pays fees and signs registrations.
	From           string `json:"from"`
	KeyringBackend string `json:"keyring_backend"`
	// KeyringDir holds the keyring (dpnd's home, for example); relative paths are taken from
	// the agent's home.
	KeyringDir string `json:"keyring_dir"`
	GasPrices  string `json:"gas_prices"`
	// Region and Tier are registered with the node; the marketplace matches jobs by them.
	Region   string         `json:"region"`
	Tier     string         `json:"tier"`
	Capacity types.Capacity `json:"capacity"`
	// Bond is escrowed at registration (e.g. "1000000udpn"); optional unless the chain sets a
	// minimum. It raises the node's weight in matching and is what misbehaviour costs.
	Bond string `json:"bond,omitempty"`
	// PollSeconds is how often the agent asks the chain for a new epoch, audits and jobs.
	PollSeconds float64 `json:"poll_seconds"`
	// Job limits for untrusted code: memory in MiB, wall time per run in seconds, stdout in
	// MiB. Zero takes the default (256 MiB, 60 s, 16 MiB).
	JobMemoryMiB    uint32 `json:"job_memory_mib"`
	JobTimeSeconds  uint32 `json:"job_time_seconds"`
	JobMaxOutputMiB uint32 `json:"job_max_output_mib"`
	// BlobListen is where the node serves its blob endpoint (GET/PUT /v1/blobs/<sha256>), for
	// job content too large for a transaction; every node serves one by default (on loopback:
	// put a public address here, or a proxy in front, to serve buyers); empty serves nothing.
	BlobListen string `json:"blob_listen"`
	// BlobMaxMiB bounds one blob (default 1024).
	BlobMaxMiB uint32 `json:"blob_max_mib,omitempty"`
	// BlobURL is the address buyers reach the blob endpoint at, named in reveals as where a
	// job's output can be fetched; empty takes http://<blob_listen>.
	BlobURL string `json:"blob_url,omitempty"`
}

// BlobStore is the node's content store under home.
func (c Config) BlobStore(home string) *blobs.Store {
	maxMiB := c.BlobMaxMiB
	if maxMiB == 0 {
		maxMiB = 1024
	}
	return &blobs.Store{Dir: filepath.Join(home, "blobs"), MaxBytes: int64(maxMiB) << 20}
}

// JobLimits are the limits a job run gets.
func (c Config) JobLimits() jobs.Limits {
	l := jobs.DefaultLimits()
	if c.JobMemoryMiB != 0 {
		l.MemoryPages = c.JobMemoryMiB * 16
	}
	if c.JobTimeSeconds != 0 {
		l.Time = time.Duration(c.JobTimeSeconds) * time.Second
	}
	if c.JobMaxOutputMiB != 0 {
		l.MaxOutput = int(c.JobMaxOutputMiB) << 20
	}
	return l
}

// Default is what `dpn-node init` writes before its flags are applied.
func Default() Config {
	return Config{
		GRPC:           "127.0.0.1:9090",
		Aggregators:    []string{"http://127.0.0.1:26680"},
		From:           "node",
		KeyringBackend: keyring.BackendTest,
		KeyringDir:     ".",
		GasPrices:      "0.0025udpn",
		Region:         "local",
		Tier:           "light",
		PollSeconds:    1,
		BlobListen:     "127.0.0.1:26690",
	}
}

// Validate checks the fields a command needs.
func (c Config) Validate() error {
	switch {
	case c.GRPC == "":
		return fmt.Errorf("%w: grpc is empty", ErrInvalid)
	case c.From == "":
		return fmt.Errorf("%w: from is empty", ErrInvalid)
	case c.PollSeconds <= 0:
		return fmt.Errorf("%w: poll_seconds must be positive", ErrInvalid)
	}
	if _, err := ParseTier(c.Tier); err != nil {
		return err
	}
	return types.ValidateRegion(c.Region)
}

// ParseTier reads "light" or "heavy".
func ParseTier(s string) (types.Tier, error) {
	switch s {
	case "light":
		return types.TIER_LIGHT, nil
	case "heavy":
		return types.TIER_HEAVY, nil
	}
	return types.TIER_UNSPECIFIED, fmt.Errorf("%w: tier %q: want light or heavy", ErrInvalid, s)
}

// Load reads home/config.json.
func Load(home string) (Config, error) {
	bz, err := os.ReadFile(filepath.Join(home, ConfigFile))
	if err != nil {
		return Config{}, fmt.Errorf("config: %w (run `dpn-node init` first)", err)
	}
	cfg := Default()
	if err := json.Unmarshal(bz, &cfg); err != nil {
		return Config{}, fmt.Errorf("%w: %s: %v", ErrInvalid, ConfigFile, err)
	}
	return cfg, cfg.Validate()
}

// Save writes home/config.json.
func Save(home string, cfg Config) error {
	bz, err := json.MarshalIndent(cfg, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(home, ConfigFile), append(bz, '\n'), 0o600)
}

// Keyring opens the owner's keyring.
func (c Config) Keyring(home string) (keyring.Keyring, error) {
	dir := c.KeyringDir
	if !filepath.IsAbs(dir) {
		dir = filepath.Join(home, dir)
	}
	return keyring.New(sdk.KeyringServiceName(), c.KeyringBackend, dir, os.Stdin, chain.Encoding().Codec, pqc.KeyringOption())
}

// LoadDescriptor reads the descriptor saved by init.
func LoadDescriptor(home string) ([]byte, error) {
	bz, err := os.ReadFile(filepath.Join(home, DescriptorFile))
	if err != nil {
		return nil, fmt.Errorf("config: %w (run `dpn-node init` first)", err)
	}
	if _, err := types.ParseDescriptor(bz, types.MaxDescriptorBytesLimit); err != nil {
		return nil, err
	}
	return bz, nil
}

// SaveDescriptor writes the canonical descriptor.
func SaveDescriptor(home string, canonical []byte) error {
	return os.WriteFile(filepath.Join(home, DescriptorFile), canonical, 0o644)
}
