package main

import (
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/dpn-network/dpn/contracts/bindings"
)

var errDPNAmount = errors.New("not an amount of DPN")

func newRedeemCmd(d deps) *cobra.Command {
	var rpcURL, settlement, keyFile, amount, to, partition string
	cmd := &cobra.Command{
		Use:   "redeem",
		Short: "Send DPN held on an L2 home: burn it there, released on DPN to --to",
		Long: `Burns --amount DPN of the key's DPNToken balance on the L2 (ERC-1594 redeem, or
redeemByPartition with --partition) with the DPN account as the redemption's data. The
chain's validators observe the redemption and release floor(amount / 10^12) udpn from
the bridge escrow to that account, a block or two after the L2 block is confirmed; a
malformed account has the DPN re-issued to the key on the L2 instead. Nothing below one
udpn (10^-6 DPN) is released. Check with 'dpnd q bank balances ACCOUNT'.`,
		Example: `  dpn-relayer redeem --rpc http://127.0.0.1:8547 --settlement 0x5FbDB2315678afecb367f032d93F642f64180aa3 \
    --key-file payee.key --amount 0.5 --to dpn1waskcmr9wss82um9wgsxzerywfjhxuepclswa0`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !common.IsHexAddress(settlement) {
				return fmt.Errorf("--settlement %q is not an address", settlement)
			}
			value, err := parseUnits18(amount)
			if err != nil {
				return fmt.Errorf("%w: --amount %v", errDPNAmount, err)
			}
			if err := checkDPNAccount(to); err != nil {
				return err
			}
			key, err := loadKey(keyFile)
			if err != nil {
				return err
			}
			ctx, stop := signalContext(cmd.Context())
			defer stop()
			l2, err := d.dialL2(ctx, rpcURL)
			if err != nil {
				return err
			}
			s, err := bindings.NewDPNSettlementCaller(common.HexToAddress(settlement), l2)
			if err != nil {
				return err
			}
			tokenAddr, err := s.Token(&bind.CallOpts{Context: ctx})
			if err != nil {
				return fmt.Errorf("settlement's token: %w", err)
			}
			tok, err := bindings.NewDPNToken(tokenAddr, l2)
			if err != nil {
				return err
			}
			holder := crypto.PubkeyToAddress(key.PublicKey)
			held, err := tok.BalanceOf(&bind.CallOpts{Context: ctx}, holder)
			if err != nil {
				return err
			}
			if held.Cmp(value) < 0 {
				return fmt.Errorf("%w: %s holds %s DPN, less than %s", errDPNAmount, holder.Hex(), dpn(held), amount)
			}
			id, err := l2.ChainID(ctx)
			if err != nil {
				return err
			}
			opts, err := bind.NewKeyedTransactorWithChainID(key, id)
			if err != nil {
				return err
			}
			opts.Context = ctx
			data := []byte(to)
			var tx interface{ Hash() common.Hash }
			if partition == "" {
				tx, err = tok.Redeem(opts, value, data)
			} else {
				var p [32]byte
				if len(partition) > 32 {
					return fmt.Errorf("--partition %q: at most 32 bytes", partition)
				}
				copy(p[:], partition)
				tx, err = tok.RedeemByPartition(opts, p, value, data)
			}
			if err != nil {
				return err
			}
			r, err := bind.WaitMinedHash(ctx, l2, tx.Hash())
			if err != nil {
				return err
			}
			if r.Status != 1 {
				return fmt.Errorf("redeem reverted in %s", tx.Hash().Hex())
			}
			nonce := "?"
			for _, l := range r.Logs {
				if ev, err := tok.ParseRedeemedToDPN(*l); err == nil {
					nonce = ev.Nonce.String()
				}
			}
			fmt.Fprintf(cmd.OutOrStdout(), "redeemed %s DPN from %s in %s (redemption %s); %s udpn will be released to %s\n",
				dpn(value), holder.Hex(), tx.Hash().Hex(), nonce, new(big.Int).Div(value, big.NewInt(1e12)), to)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&rpcURL, "rpc", "", "the L2's JSON-RPC URL")
	f.StringVar(&settlement, "settlement", "", "the DPNSettlement address")
	f.StringVar(&keyFile, "key-file", "", "the holder's key (hex secp256k1, mode 0600)")
	f.StringVar(&amount, "amount", "", "DPN to send home, a decimal with at most 18 places (0.5)")
	f.StringVar(&to, "to", "", "the DPN account (dpn1...) to release to")
	f.StringVar(&partition, "partition", "", "the DPNToken partition (default: the token's default partition)")
	for _, name := range []string{"rpc", "settlement", "key-file", "amount", "to"} {
		_ = cmd.MarkFlagRequired(name)
	}
	return cmd
}

// parseUnits18 reads a positive decimal with at most 18 places ("0.5") in units of 10^-18,
// as both ETH (wei) and DPNToken count.
func parseUnits18(s string) (*big.Int, error) {
	whole, frac, dot := strings.Cut(s, ".")
	digits := func(x string) bool { return x != "" && strings.Trim(x, "0123456789") == "" }
	if !digits(whole) || (dot && !digits(frac)) {
		return nil, fmt.Errorf("%q: write a decimal such as 0.01", s)
	}
	if len(frac) > 18 {
		return nil, fmt.Errorf("%q has %d decimals, at most 18", s, len(frac))
	}
	v, _ := new(big.Int).SetString(whole+frac+strings.Repeat("0", 18-len(frac)), 10)
	if v.Sign() == 0 {
		return nil, fmt.Errorf("%q is not positive", s)
	}
	return v, nil
}
