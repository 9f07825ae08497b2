package main

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/cosmos/cosmos-sdk/types/bech32"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/spf13/cobra"

	"github.com/dpn-network/dpn/bridge/wallet"
)

// dpnAccountPrefix is app.Bech32Prefix; the relayer does not link the chain's app for it.
const dpnAccountPrefix = "dpn"

// Errors of buy.
var (
	errEther      = errors.New("not an amount of ETH")
	errDPNAccount = errors.New("not a DPN account")
)

func newBuyCmd(d deps) *cobra.Command {
	var (
		l2URL, bundlerURL, ownerKey, eth, to, paymaster, factory, entryPoint, chainGRPC, fundFrom string
		creditTimeout                                                                             time.Duration
		salt                                                                                      uint64
		timeout                                                                                   time.Duration
	)
	cmd := &cobra.Command{
		Use:   "buy",
		Short: "Buy DPN compute credits with ETH from a smart account, gas paid through DPNPaymaster",
		Long: `Buys --eth of compute credits for the DPN account --to from the SimpleAccount that --owner-key
owns (created by --factory with --salt; the operation creates it when it has no code yet).
The account sends ComputeCredits' buySponsored --eth plus a gas allowance, the most the
operation may cost; DPNPaymaster pays the gas and gives back what the allowance did not
cost, so the account needs nothing but ETH: --eth plus the allowance, which buy states
when the account holds less.

The operation is built, its gas estimated by the bundler (eth_estimateUserOperationGas),
signed with --owner-key, sent (eth_sendUserOperation), and followed until its receipt
(eth_getUserOperationReceipt). buy then prints the transaction, the purchase's id and
nonce from ComputeCredits' CreditsPurchased event, the wei credited, and the gas paid.

With --chain-grpc, buy then follows the DPN chain (dpn.bridge.v1.Query/Credits) until
its validators applied the purchase, a block or two after the L2 block is confirmed, and
prints the udpn credited, or why it was refunded instead (the ETH then comes back on the
L2 in the next batch), exiting non-zero.`,
		Example: `  openssl rand -hex 32 > owner.key && chmod 600 owner.key
  dpn-relayer buy --l2 http://127.0.0.1:8545 --bundler http://127.0.0.1:4337 --owner-key owner.key \
    --paymaster 0x9A676e781A523b5d0C0e43731313A708CB607508 --factory 0x959922bE3CAee4b8Cd9a407cc3ac1C251C2007B1 \
    --eth 0.01 --to dpn1xqcnyve5x5mrwwpev93xxer9venks6t2wv3g6j`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			amount, err := parseEther(eth)
			if err != nil {
				return err
			}
			if err := checkDPNAccount(to); err != nil {
				return err
			}
			p := wallet.Params{Amount: amount, To: to, Salt: new(big.Int).SetUint64(salt), Timeout: timeout}
			if p.Paymaster, err = addressFlag("paymaster", paymaster); err != nil {
				return err
			}
			if p.Factory, err = addressFlag("factory", factory); err != nil {
				return err
			}
			if entryPoint != "" {
				if p.EntryPoint, err = addressFlag("entry-point", entryPoint); err != nil {
					return err
				}
			}
			if p.Key, err = loadKey(ownerKey); err != nil {
				return err
			}
			if fundFrom != "" {
				if p.FundFrom, err = loadKey(fundFrom); err != nil {
					return err
				}
			}
			ctx, stop := signalContext(cmd.Context())
			defer stop()
			l2, err := d.dialL2(ctx, l2URL)
			if err != nil {
				return err
			}
			bc, err := rpc.DialContext(ctx, bundlerURL)
			if err != nil {
				return fmt.Errorf("bundler %s: %w", bundlerURL, err)
			}
			defer bc.Close()
			res, err := wallet.Buy(ctx, l2, bc, p, newLogger(cmd).Info)
			if res != nil {
				res.Print(cmd.OutOrStdout())
			}
			if err != nil {
				return err
			}
			if chainGRPC != "" {
				return wallet.WaitForCredit(ctx, cmd.OutOrStdout(), chainGRPC, res, creditTimeout)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&l2URL, "l2", "", "the L2's JSON-RPC URL")
	f.StringVar(&bundlerURL, "bundler", "http://"+defaultBundlerListen, `the bundler's URL ("dpn-relayer bundle")`)
	f.StringVar(&ownerKey, "owner-key", "", "file with the account owner's hex secp256k1 private key (mode 0600)")
	f.StringVar(&eth, "eth", "", "ETH to credit, a decimal with at most 18 decimals (0.01)")
	f.StringVar(&to, "to", "", "the DPN account credited (dpn1…)")
	f.StringVar(&paymaster, "paymaster", "", "the DPNPaymaster address (its ComputeCredits is where the purchase goes)")
	f.StringVar(&factory, "factory", "", "the SimpleAccountFactory address (from deploy-paymaster)")
	f.Uint64Var(&salt, "salt", 0, "the account's salt at the factory")
	f.StringVar(&entryPoint, "entry-point", "", "the EntryPoint v0.8 (default: the bundler's)")
	f.DurationVar(&timeout, "timeout", 2*time.Minute, "how long to wait for the operation's receipt")
	f.StringVar(&chainGRPC, "chain-grpc", "", "the DPN node's gRPC address (127.0.0.1:9090), to wait for the credit on DPN")
	f.StringVar(&fundFrom, "fund-from", "", "a key file of an ordinary account that tops the smart account up with what the purchase lacks")
	f.DurationVar(&creditTimeout, "credit-timeout", 2*time.Minute, "how long to wait for the credit on DPN")
	for _, name := range []string{"l2", "owner-key", "eth", "to", "paymaster", "factory"} {
		_ = cmd.MarkFlagRequired(name)
	}
	return cmd
}

// parseEther reads a positive decimal number of ETH ("0.01") as wei.
func parseEther(s string) (*big.Int, error) {
	v, err := parseUnits18(s)
	if err != nil {
		return nil, fmt.Errorf("%w: %v (1 wei is 0.000000000000000001 ETH)", errEther, err)
	}
	return v, nil
}

// checkDPNAccount accepts a bech32 DPN account address: prefix dpn, checksum, 20 or 32 bytes,
// lower case (ComputeCredits takes lower-case bech32 characters only).
func checkDPNAccount(s string) error {
	hrp, data, err := bech32.DecodeAndConvert(s)
	if err != nil {
		return fmt.Errorf("%w: %q: %v", errDPNAccount, s, err)
	}
	if hrp != dpnAccountPrefix {
		return fmt.Errorf("%w: %q has the prefix %q; a DPN account starts with %s1", errDPNAccount, s, hrp, dpnAccountPrefix)
	}
	if s != strings.ToLower(s) {
		return fmt.Errorf("%w: %q: write it in lower case", errDPNAccount, s)
	}
	if len(data) != 20 && len(data) != 32 {
		return fmt.Errorf("%w: %q holds %d bytes; an account address holds 20 (or 32)", errDPNAccount, s, len(data))
	}
	return nil
}
