package cmd

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/spf13/cobra"

	sdkmath "cosmossdk.io/math"

	cmtcfg "github.com/cometbft/cometbft/config"
	cmttime "github.com/cometbft/cometbft/types/time"

	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/client/flags"
	"github.com/cosmos/cosmos-sdk/client/tx"
	"github.com/cosmos/cosmos-sdk/crypto/hd"
	"github.com/cosmos/cosmos-sdk/crypto/keyring"
	cryptotypes "github.com/cosmos/cosmos-sdk/crypto/types"
	srvconfig "github.com/cosmos/cosmos-sdk/server/config"
	"github.com/cosmos/cosmos-sdk/testutil"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/module"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	"github.com/cosmos/cosmos-sdk/x/genutil"
	genutiltypes "github.com/cosmos/cosmos-sdk/x/genutil/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	"github.com/dpn-network/dpn/app"
)

const (
	flagValidators     = "validators"
	flagOutputDir      = "output-dir"
	flagNodeDirPrefix  = "node-dir-prefix"
	flagBasePort       = "base-port"
	flagVoteExtHeight  = "vote-extensions-height"
	flagAccountTokens  = "account-tokens"
	flagStakingTokens  = "staking-tokens"
	flagMinGasPrice    = "minimum-gas-prices"
	defaultChainID     = "dpn-testnet-1"
	portsPerValidator  = 10
	defaultBasePort    = 26600
	defaultVoteExtFrom = 2
)

// testnetLayout is where one validator of a generated testnet listens.
type testnetLayout struct {
	P2P, RPC, API, GRPC, PProf int
}

func layoutFor(basePort, i int) testnetLayout {
	b := basePort + i*portsPerValidator
	return testnetLayout{P2P: b, RPC: b + 1, API: b + 2, GRPC: b + 3, PProf: b + 4}
}

// NewTestnetCmd returns `dpnd testnet`.
func NewTestnetCmd(basics module.BasicManager) *cobra.Command {
	cmd := &cobra.Command{
		Use:                        "testnet",
		Short:                      "Write the configuration of a multi-validator DPN network on this machine",
		SuggestionsMinimumDistance: 2,
		RunE:                       client.ValidateCmd,
	}
	cmd.AddCommand(testnetInitFilesCmd(basics))
	return cmd
}

func testnetInitFilesCmd(basics module.BasicManager) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "init-files",
		Short: "Write home directories, keys, gentxs and a shared genesis for N validators on 127.0.0.1",
		Long: `init-files writes one home directory per validator (<output-dir>/node<i>) with its
CometBFT and app configuration, a test keyring holding the validator's operator key, and one
genesis in which every validator is funded and bonded. Validator i listens on
base-port + 10*i (P2P), +1 (RPC), +2 (REST), +3 (gRPC), so the nodes run side by side:

  dpnd testnet init-files --validators 4 --output-dir ./testnet
  for i in 0 1 2 3; do dpnd start --home ./testnet/node$i & done`,
		Example: "dpnd testnet init-files --validators 4 --output-dir ./testnet --chain-id dpn-testnet-1",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			clientCtx, err := client.GetClientQueryContext(cmd)
			if err != nil {
				return err
			}
			f := cmd.Flags()
			n, _ := f.GetInt(flagValidators)
			out, _ := f.GetString(flagOutputDir)
			prefix, _ := f.GetString(flagNodeDirPrefix)
			basePort, _ := f.GetInt(flagBasePort)
			chainID, _ := f.GetString(flags.FlagChainID)
			veHeight, _ := f.GetInt64(flagVoteExtHeight)
			minGas, _ := f.GetString(flagMinGasPrice)
			accountStr, _ := f.GetString(flagAccountTokens)
			stakingStr, _ := f.GetString(flagStakingTokens)
			accountTokens, ok := sdkmath.NewIntFromString(accountStr)
			if !ok || !accountTokens.IsPositive() {
				return fmt.Errorf("--%s must be a positive integer amount of %s, got %q", flagAccountTokens, app.BondDenom, accountStr)
			}
			stakingTokens, ok := sdkmath.NewIntFromString(stakingStr)
			if !ok || !stakingTokens.IsPositive() || stakingTokens.GT(accountTokens) {
				return fmt.Errorf("--%s must be a positive amount not above --%s, got %q", flagStakingTokens, flagAccountTokens, stakingStr)
			}
			if n < 1 || n > 100 {
				return fmt.Errorf("--%s must be between 1 and 100, got %d", flagValidators, n)
			}
			if basePort < 1024 || basePort+n*portsPerValidator > 65535 {
				return fmt.Errorf("--%s %d leaves no room for %d validators below port 65535", flagBasePort, basePort, n)
			}
			if veHeight < 0 {
				return fmt.Errorf("--%s must not be negative", flagVoteExtHeight)
			}
			spec := testnetSpec{
				validators: n, outputDir: out, prefix: prefix, basePort: basePort, chainID: chainID,
				voteExtHeight: veHeight, minGasPrices: minGas, accountTokens: accountTokens, stakingTokens: stakingTokens,
			}
			if err := writeTestnet(clientCtx, basics, spec, cmd.InOrStdin()); err != nil {
				return err
			}
			cmd.Printf("wrote %d validator homes under %s (chain %s)\n", n, out, chainID)
			for i := 0; i < n; i++ {
				l := layoutFor(basePort, i)
				cmd.Printf("  %s%d: rpc tcp://127.0.0.1:%d  rest http://127.0.0.1:%d  grpc 127.0.0.1:%d\n", prefix, i, l.RPC, l.API, l.GRPC)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.Int(flagValidators, 4, "number of validators")
	f.StringP(flagOutputDir, "o", "./testnet", "directory the validators' homes are written to")
	f.String(flagNodeDirPrefix, "node", "prefix of each validator's home directory name")
	f.Int(flagBasePort, defaultBasePort, "first port; validator i uses base-port+10*i .. +4")
	f.String(flags.FlagChainID, defaultChainID, "chain ID of the network")
	f.Int64(flagVoteExtHeight, defaultVoteExtFrom, "height from which validators extend their votes (0: never)")
	f.String(flagMinGasPrice, "0.0025"+app.BondDenom, "minimum gas prices each validator accepts")
	f.String(flagAccountTokens, "1000000000000", "udpn each validator's account starts with")
	f.String(flagStakingTokens, "100000000000", "udpn each validator bonds")
	return cmd
}

type testnetSpec struct {
	validators                   int
	outputDir, prefix, chainID   string
	basePort                     int
	voteExtHeight                int64
	minGasPrices                 string
	accountTokens, stakingTokens sdkmath.Int
}

func writeTestnet(clientCtx client.Context, basics module.BasicManager, s testnetSpec, in io.Reader) error {
	gentxDir := filepath.Join(s.outputDir, "gentxs")
	var (
		accounts []authtypes.GenesisAccount
		balances []banktypes.Balance
		homes    []string
		nodeIDs  []string
		valKeys  []cryptotypes.PubKey
	)
	inBuf := bufio.NewReader(in)
	for i := 0; i < s.validators; i++ {
		name := fmt.Sprintf("%s%d", s.prefix, i)
		home := filepath.Join(s.outputDir, name)
		l := layoutFor(s.basePort, i)
		if err := os.MkdirAll(filepath.Join(home, "config"), 0o755); err != nil {
			return err
		}
		cfg := validatorCometConfig(home, name, l)
		nodeID, valPubKey, err := genutil.InitializeNodeValidatorFiles(cfg)
		if err != nil {
			return err
		}
		nodeIDs = append(nodeIDs, nodeID)
		valKeys = append(valKeys, valPubKey)

		kb, err := keyring.New(sdk.KeyringServiceName(), keyring.BackendTest, home, inBuf, clientCtx.Codec)
		if err != nil {
			return err
		}
		addr, mnemonic, err := testutil.GenerateSaveCoinKey(kb, name, "", true, hd.Secp256k1)
		if err != nil {
			return err
		}
		if err := writeJSON(filepath.Join(home, "key_seed.json"), map[string]string{"secret": mnemonic}); err != nil {
			return err
		}
		coins := sdk.NewCoins(sdk.NewCoin(app.BondDenom, s.accountTokens))
		accounts = append(accounts, authtypes.NewBaseAccount(addr, nil, 0, 0))
		balances = append(balances, banktypes.Balance{Address: addr.String(), Coins: coins})

		msg, err := stakingtypes.NewMsgCreateValidator(
			sdk.ValAddress(addr).String(), valPubKey, sdk.NewCoin(app.BondDenom, s.stakingTokens),
			stakingtypes.NewDescription(name, "", "", "", ""),
			stakingtypes.NewCommissionRates(sdkmath.LegacyNewDecWithPrec(5, 2), sdkmath.LegacyNewDecWithPrec(20, 2), sdkmath.LegacyNewDecWithPrec(1, 2)),
			sdkmath.OneInt(),
		)
		if err != nil {
			return err
		}
		memo := fmt.Sprintf("%s@127.0.0.1:%d", nodeID, l.P2P)
		txb := clientCtx.TxConfig.NewTxBuilder()
		if err := txb.SetMsgs(msg); err != nil {
			return err
		}
		txb.SetGasLimit(300_000)
		txb.SetMemo(memo)
		factory := tx.Factory{}.WithChainID(s.chainID).WithMemo(memo).WithKeybase(kb).WithTxConfig(clientCtx.TxConfig)
		if err := tx.Sign(clientCtx.CmdContext, factory, name, txb, true); err != nil {
			return err
		}
		bz, err := clientCtx.TxConfig.TxJSONEncoder()(txb.GetTx())
		if err != nil {
			return err
		}
		if err := os.MkdirAll(gentxDir, 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(gentxDir, name+".json"), bz, 0o600); err != nil {
			return err
		}

		appCfgTemplate, appCfgAny := appConfigDefaults()
		appCfg := appCfgAny.(*appConfig)
		appCfg.MinGasPrices = s.minGasPrices
		appCfg.API.Address = fmt.Sprintf("tcp://127.0.0.1:%d", l.API)
		appCfg.GRPC.Address = fmt.Sprintf("127.0.0.1:%d", l.GRPC)
		srvconfig.SetConfigTemplate(appCfgTemplate)
		srvconfig.WriteConfigFile(filepath.Join(home, "config", "app.toml"), appCfg)
		cmtcfg.WriteConfigFile(filepath.Join(home, "config", "config.toml"), cfg)
		homes = append(homes, home)
	}

	genesis, err := testnetGenesis(clientCtx, basics, s, accounts, balances)
	if err != nil {
		return err
	}
	genTime := cmttime.Now()
	for i, home := range homes {
		cfg := validatorCometConfig(home, fmt.Sprintf("%s%d", s.prefix, i), layoutFor(s.basePort, i))
		if err := genesis.SaveAs(cfg.GenesisFile()); err != nil {
			return err
		}
		initCfg := genutiltypes.NewInitConfig(s.chainID, gentxDir, nodeIDs[i], valKeys[i])
		appGenesis, err := genutiltypes.AppGenesisFromFile(cfg.GenesisFile())
		if err != nil {
			return err
		}
		appState, err := genutil.GenAppStateFromConfig(clientCtx.Codec, clientCtx.TxConfig, cfg, initCfg, appGenesis,
			banktypes.GenesisBalancesIterator{}, genutiltypes.DefaultMessageValidator, clientCtx.TxConfig.SigningContext().ValidatorAddressCodec())
		if err != nil {
			return err
		}
		// Every node must hold byte-identical genesis files: same time, same state.
		appGenesis.AppState = appState
		appGenesis.GenesisTime = genTime
		if err := genutil.ExportGenesisFile(appGenesis, cfg.GenesisFile()); err != nil {
			return err
		}
		cmtcfg.WriteConfigFile(filepath.Join(home, "config", "config.toml"), cfg)
	}
	return nil
}

// testnetGenesis builds the genesis before gentxs: default module states with DPN's denoms,
// the validators' funded accounts and vote extensions enabled from the chosen height.
func testnetGenesis(clientCtx client.Context, basics module.BasicManager, s testnetSpec,
	accounts []authtypes.GenesisAccount, balances []banktypes.Balance,
) (*genutiltypes.AppGenesis, error) {
	cdc := clientCtx.Codec
	state := app.NewDefaultGenesisState(cdc, basics)

	authGen := authtypes.GetGenesisStateFromAppState(cdc, state)
	packed, err := authtypes.PackAccounts(accounts)
	if err != nil {
		return nil, err
	}
	authGen.Accounts = packed
	if state[authtypes.ModuleName], err = cdc.MarshalJSON(&authGen); err != nil {
		return nil, err
	}

	bankGen := banktypes.GetGenesisStateFromAppState(cdc, state)
	bankGen.Balances = banktypes.SanitizeGenesisBalances(append(bankGen.Balances, balances...))
	bankGen.Supply = sdk.NewCoins()
	if state[banktypes.ModuleName], err = cdc.MarshalJSON(bankGen); err != nil {
		return nil, err
	}

	appState, err := json.MarshalIndent(state, "", "  ")
	if err != nil {
		return nil, err
	}
	genesis := genutiltypes.NewAppGenesisWithVersion(s.chainID, appState)
	genesis.GenesisTime = time.Now().UTC()
	app.SetVoteExtensionsHeight(genesis, s.voteExtHeight)
	return genesis, nil
}

func writeJSON(path string, v any) error {
	bz, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, bz, 0o600)
}

// validatorCometConfig is the CometBFT configuration of one testnet validator: its own ports
// on loopback, and peers on the same IP allowed.
func validatorCometConfig(home, moniker string, l testnetLayout) *cmtcfg.Config {
	cfg := cometConfigDefaults()
	cfg.SetRoot(home)
	cfg.Moniker = moniker
	cfg.P2P.ListenAddress = "tcp://127.0.0.1:" + strconv.Itoa(l.P2P)
	cfg.RPC.ListenAddress = "tcp://127.0.0.1:" + strconv.Itoa(l.RPC)
	cfg.RPC.PprofListenAddress = "127.0.0.1:" + strconv.Itoa(l.PProf)
	cfg.P2P.AddrBookStrict = false
	cfg.P2P.AllowDuplicateIP = true
	return cfg
}
