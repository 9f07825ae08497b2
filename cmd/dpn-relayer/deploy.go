package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/dpn-network/dpn/bridge"
	"github.com/dpn-network/dpn/bridge/deploy"
	"github.com/dpn-network/dpn/bridge/quorum"
)

var (
	errNoOwner         = errors.New("--owner is not an address")
	errPartitionOption = errors.New("a partition is NAME or NAME:kyc")
)

func newDeployCmd(d deps) *cobra.Command {
	var (
		rpcURL, keyFile, dpnChainID, valsetFile, vkFile, owner, tokenName, tokenSymbol string
		partitions                                                                     []string
		ownerDelay                                                                     time.Duration
	)
	cmd := &cobra.Command{
		Use:   "deploy",
		Short: "Deploy KYCRegistry, a timelock, DPNToken, DPNSettlement and ComputeCredits on one L2 and print their addresses as JSON",
		Long: `Deploys, in order: KYCRegistry (owned by --owner), a TimelockController (--owner its only
proposer and executor, --owner-delay at least DPNToken's two days) that owns DPNToken,
DPNToken with the partitions given (the first is the default partition), and
DPNSettlement with the initial validator set of --valset; then points the token at the
settlement, deploys ComputeCredits and makes it and the settlement name each other (so
that batches can refund purchases) and, with --verifying-key, registers that Groth16 key
under keccak256(its contract encoding). The deploying key pays for all of it. When --owner
is another address, the settlement and ComputeCredits are offered to it (Ownable2Step: it
must call acceptOwnership on each). Prints the addresses as JSON on stdout; progress goes
to stderr.

--valset is one of the chain's valsets (x/bridge writes valset 1 into each contract), as
"dpnd q bridge valset 1 -o json" prints it or in this shorter form, powers as the chain
normalised them (summing to at most 2^32):

  {"nonce": 1, "members": [
    {"address": "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "power": 2147483648},
    {"address": "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC", "power": 2147483648}]}

A partition is NAME or NAME:kyc (holders must pass the KYC registry).`,
		Example: `  openssl rand -hex 32 > deployer.key && chmod 600 deployer.key   # then fund its address
  dpnd q bridge valset 1 -o json > valset.json
  dpn-relayer deploy --rpc http://127.0.0.1:8545 --key-file deployer.key \
    --dpn-chain-id dpn-local-1 --valset valset.json \
    --verifying-key contracts/testdata/verification_key.json \
    --partition earnings --partition regulated:kyc > optimism.json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			key, err := loadKey(keyFile)
			if err != nil {
				return err
			}
			vs, err := readValset(valsetFile)
			if err != nil {
				return err
			}
			p := deploy.Params{DPNChainID: dpnChainID, Valset: vs, OwnerDelay: ownerDelay, TokenName: tokenName, TokenSymbol: tokenSymbol}
			if owner != "" {
				if !common.IsHexAddress(owner) {
					return errNoOwner
				}
				p.Owner = common.HexToAddress(owner)
			}
			for _, s := range partitions {
				name, flag, _ := strings.Cut(s, ":")
				if flag != "" && flag != "kyc" {
					return fmt.Errorf("%w: %q", errPartitionOption, s)
				}
				p.Partitions = append(p.Partitions, deploy.Partition{Name: name, KYCRequired: flag == "kyc"})
			}
			if vkFile != "" {
				if p.VerifyingKey, err = os.ReadFile(vkFile); err != nil {
					return err
				}
			}
			ctx, stop := signalContext(cmd.Context())
			defer stop()
			l2, err := d.dialL2(ctx, rpcURL)
			if err != nil {
				return err
			}
			addrs, err := deploy.Deploy(ctx, l2, key, p, newLogger(cmd))
			if err != nil {
				return err
			}
			enc := json.NewEncoder(cmd.OutOrStdout())
			enc.SetIndent("", "  ")
			return enc.Encode(addrs)
		},
	}
	f := cmd.Flags()
	f.StringVar(&rpcURL, "rpc", "", "the L2's JSON-RPC URL")
	f.StringVar(&keyFile, "key-file", "", "file with the deploying key (hex secp256k1, mode 0600); it pays the gas")
	f.StringVar(&dpnChainID, "dpn-chain-id", "", "the DPN chain id every signature binds (e.g. dpn-1)")
	f.StringVar(&valsetFile, "valset", "", "the initial validator set as JSON")
	f.StringVar(&vkFile, "verifying-key", "", "a snarkjs verification_key.json to register")
	f.StringVar(&owner, "owner", "", "governance's address on this L2 (default: the deploying key's)")
	f.StringArrayVar(&partitions, "partition", nil, `token partition NAME or NAME:kyc; repeat; the first is the default (default "earnings")`)
	f.StringVar(&tokenName, "token-name", "DPN", "the token's name")
	f.StringVar(&tokenSymbol, "token-symbol", "DPN", "the token's symbol")
	f.DurationVar(&ownerDelay, "owner-delay", deploy.MinOwnerDelay, "the timelock's delay on the token owner's calls (at least 48h)")
	for _, name := range []string{"rpc", "key-file", "dpn-chain-id", "valset"} {
		_ = cmd.MarkFlagRequired(name)
	}
	return cmd
}

// readValset reads a valset file, putting its members in the contract's address order. It
// takes {"nonce": 1, "members": [{"address": "0x…", "power": 4294967295}]} and also what
// "dpnd q bridge valset 1 -o json" prints ({"valset": {...}} with eth_address and numbers
// as strings), so the chain's answer can be handed over as it is.
func readValset(path string) (bridge.Valset, error) {
	var vs bridge.Valset
	data, err := os.ReadFile(path)
	if err != nil {
		return vs, err
	}
	if vs, err = parseValset(data); err != nil {
		return vs, fmt.Errorf("%s: %w", path, err)
	}
	return vs, nil
}

var errValsetFile = errors.New("not a valset")

func parseValset(data []byte) (bridge.Valset, error) {
	var wrapped struct {
		Valset json.RawMessage `json:"valset"`
	}
	if err := json.Unmarshal(data, &wrapped); err == nil && len(wrapped.Valset) > 0 {
		data = wrapped.Valset
	}
	var raw struct {
		Nonce   jsonUint `json:"nonce"`
		Members []struct {
			Address    string   `json:"address"`
			EthAddress string   `json:"eth_address"`
			Camel      string   `json:"ethAddress"`
			Power      jsonUint `json:"power"`
		} `json:"members"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return bridge.Valset{}, fmt.Errorf("%w: %v", errValsetFile, err)
	}
	vs := bridge.Valset{Nonce: uint64(raw.Nonce)}
	for i, m := range raw.Members {
		addr := m.Address + m.EthAddress + m.Camel
		if !common.IsHexAddress(addr) {
			return vs, fmt.Errorf("%w: member %d has no address (%q)", errValsetFile, i, addr)
		}
		vs.Members = append(vs.Members, bridge.Member{Address: common.HexToAddress(addr), Power: uint64(m.Power)})
	}
	sort.Slice(vs.Members, func(i, j int) bool {
		return bytes.Compare(vs.Members[i].Address.Bytes(), vs.Members[j].Address.Bytes()) < 0
	})
	if err := quorum.CheckValset(vs); err != nil {
		return vs, err
	}
	return vs, nil
}

// jsonUint is a uint64 written as a number or, as protobuf's JSON writes it, a string.
type jsonUint uint64

func (u *jsonUint) UnmarshalJSON(b []byte) error {
	s := strings.Trim(string(b), `"`)
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return fmt.Errorf("%w: %s is not an unsigned integer", errValsetFile, b)
	}
	*u = jsonUint(n)
	return nil
}
