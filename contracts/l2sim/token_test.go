package l2sim_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dpn-network/dpn/contracts/bindings"
	"github.com/dpn-network/dpn/contracts/l2sim"
)

func bytes32(s string) [32]byte {
	var b [32]byte
	copy(b[:], s)
	return b
}

// settle pushes recs into partition through a fully signed batch.
func settle(t *testing.T, e *l2sim.Env, nonce uint64, partition [32]byte, recs []l2sim.Record) error {
	t.Helper()
	b := batch(e, nonce, partition, recs, now(t, e)+3600)
	return submit(e, b, signed(e, b))
}

func TestTokenKYCPartition(t *testing.T) {
	alice, bob := l2sim.NewKey(), l2sim.NewKey()
	e := newEnv(t, 4, alice, bob)
	ta := mustABI(t, bindings.DPNTokenMetaData)
	ao, bo := e.Transactor(alice), e.Transactor(bob)
	one := big.NewInt(1e18)

	// issuing into the KYC partition to an unverified holder fails with the ERC-1066 code
	b := batch(e, 1, l2sim.PartitionKYC, []l2sim.Record{{Recipient: ao.From, Amount: one}}, now(t, e)+3600)
	_, err := e.Settlement.SubmitBatch(e.Deployer, e.Valset.Binding(), b, e.Valset.Sign(e.Domain.BatchDigest(b), all))
	if args := wantError(t, ta, err, "TransferRejected"); args[0].([1]byte)[0] != 0x57 {
		t.Fatalf("code %x", args[0])
	}
	mine(t, e)(e.KYC.SetVerified(e.Deployer, []common.Address{ao.From}, true))
	if err := settle(t, e, 1, l2sim.PartitionKYC, []l2sim.Record{{Recipient: ao.From, Amount: one}}); err != nil {
		t.Fatal(err)
	}

	// alice -> bob (not verified): canTransferByPartition says 0x57, the transfer reverts with it
	res, err := e.Token.CanTransferByPartition(nil, ao.From, bo.From, l2sim.PartitionKYC, big.NewInt(1), nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Code[0] != 0x57 || res.Reason != bytes32("RECEIVER_NOT_KYC") || res.DestinationPartition != l2sim.PartitionKYC {
		t.Fatalf("canTransferByPartition = %x %q", res.Code, res.Reason)
	}
	_, err = e.Token.TransferByPartition(ao, l2sim.PartitionKYC, bo.From, big.NewInt(1), nil)
	args := wantError(t, ta, err, "TransferRejected")
	if args[0].([1]byte)[0] != 0x57 || args[1].([32]byte) != bytes32("RECEIVER_NOT_KYC") {
		t.Fatalf("TransferRejected%v", args)
	}
	// more than the balance: 0x52
	res, _ = e.Token.CanTransferByPartition(nil, ao.From, bo.From, l2sim.PartitionKYC, new(big.Int).Add(one, one), nil)
	if res.Code[0] != 0x52 {
		t.Fatalf("over-balance code %x", res.Code)
	}
	// a sender that lost its verification: 0x56
	mine(t, e)(e.KYC.SetVerified(e.Deployer, []common.Address{bo.From}, true))
	res, _ = e.Token.CanTransferByPartition(nil, ao.From, bo.From, l2sim.PartitionKYC, big.NewInt(1), nil)
	if res.Code[0] != 0x51 {
		t.Fatalf("verified pair code %x %q", res.Code, res.Reason)
	}
	mine(t, e)(e.Token.TransferByPartition(ao, l2sim.PartitionKYC, bo.From, big.NewInt(10), nil))
	mine(t, e)(e.KYC.SetVerified(e.Deployer, []common.Address{ao.From}, false))
	_, err = e.Token.TransferByPartition(ao, l2sim.PartitionKYC, bo.From, big.NewInt(1), nil)
	if args := wantError(t, ta, err, "TransferRejected"); args[0].([1]byte)[0] != 0x56 {
		t.Fatalf("code %x", args[0])
	}
	// an unknown partition: 0x50
	res, _ = e.Token.CanTransferByPartition(nil, ao.From, bo.From, bytes32("nope"), big.NewInt(1), nil)
	if res.Code[0] != 0x50 {
		t.Fatalf("unknown partition code %x", res.Code)
	}
	parts, _ := e.Token.PartitionsOf(nil, bo.From)
	if len(parts) != 1 || parts[0] != l2sim.PartitionKYC {
		t.Fatalf("partitionsOf %x", parts)
	}
}

func TestTokenIssuerAndAdmin(t *testing.T) {
	stranger := l2sim.NewKey()
	e := newEnv(t, 4, stranger)
	ta := mustABI(t, bindings.DPNTokenMetaData)
	d := e.Deployer
	_, err := e.Token.Issue(d, d.From, big.NewInt(1), nil)
	wantError(t, ta, err, "NotIssuer")
	_, err = e.Token.IssueByPartition(d, l2sim.PartitionEarnings, d.From, big.NewInt(1), nil)
	wantError(t, ta, err, "NotIssuer")
	_, err = e.Token.IssueBatchByPartition(d, l2sim.PartitionEarnings, []common.Address{d.From}, []*big.Int{big.NewInt(1)})
	wantError(t, ta, err, "NotIssuer")
	_, err = e.Token.FinalizeIssuance(d)
	wantError(t, ta, err, "NotIssuer")
	_, err = e.Token.SetSettlement(d, d.From)
	wantError(t, ta, err, "SettlementAlreadySet")
	if ok, _ := e.Token.IsIssuable(nil); !ok {
		t.Fatal("not issuable")
	}
	// both partitions exist from construction, the first is the default
	parts, _ := e.Token.AllPartitions(nil)
	if len(parts) != 2 || parts[0] != l2sim.PartitionEarnings || parts[1] != l2sim.PartitionKYC {
		t.Fatalf("partitions %q", parts)
	}
	if def, _ := e.Token.DefaultPartition(nil); def != l2sim.PartitionEarnings {
		t.Fatalf("default partition %q", def)
	}
	if cfg, _ := e.Token.PartitionConfig(nil, l2sim.PartitionKYC); !cfg.Exists || !cfg.KycRequired {
		t.Fatalf("KYC partition %+v", cfg)
	}
	if owner, _ := e.Token.Owner(nil); owner != e.TimelockAddr {
		t.Fatalf("owner %s, want the timelock %s", owner, e.TimelockAddr)
	}
	if delay, _ := e.Token.MINOWNERDELAY(nil); delay.Uint64() != uint64(l2sim.OwnerDelay/time.Second) {
		t.Fatalf("MIN_OWNER_DELAY %v, l2sim.OwnerDelay %v", delay, l2sim.OwnerDelay)
	}
	if _, err := e.TokenAsOwner("addPartition", l2sim.PartitionKYC, false); err == nil {
		t.Fatal("a partition was created twice")
	}

	// setSettlement: the deployer's, once, to a settlement of this token
	_, tx, tok, err := bindings.DeployDPNToken(d, e.Client, "T", "T", e.TimelockAddr, e.KYCAddr, [][32]byte{l2sim.PartitionEarnings}, []bool{false})
	mine(t, e)(tx, err)
	_, err = tok.SetSettlement(e.Transactor(stranger), e.SettlementAddr)
	wantArgs(t, ta, err, "NotDeployer", crypto.PubkeyToAddress(stranger.PublicKey))
	_, err = tok.SetSettlement(d, e.SettlementAddr) // issues e.Token, not this one
	wantArgs(t, ta, err, "SettlementTokenMismatch", e.SettlementAddr, e.TokenAddr)
	_, err = tok.SetSettlement(d, d.From) // not a contract
	wantArgs(t, ta, err, "SettlementTokenMismatch", d.From, common.Address{})
	_, err = tok.SetSettlement(d, common.Address{})
	wantError(t, ta, err, "ZeroAddress")
}

// TestTokenOwnerPowersAreTimelocked: each owner power is refused when called directly (even
// by the proposer) and takes effect only after the timelock's delay.
func TestTokenOwnerPowersAreTimelocked(t *testing.T) {
	e := newEnv(t, 4)
	ta := mustABI(t, bindings.DPNTokenMetaData)
	la := mustABI(t, bindings.TimelockControllerMetaData)
	newReg, tx, _, err := bindings.DeployKYCRegistry(e.Deployer, e.Client, e.Deployer.From)
	mine(t, e)(tx, err)
	extra := bytes32("extra")
	ctl := common.HexToAddress("0xc0")
	for _, c := range []struct {
		method string
		args   []any
		done   func() bool
	}{
		{"setController", []any{l2sim.PartitionEarnings, ctl, true}, func() bool {
			ok, _ := e.Token.IsController(nil, l2sim.PartitionEarnings, ctl)
			return ok
		}},
		{"addPartition", []any{extra, false}, func() bool {
			cfg, _ := e.Token.PartitionConfig(nil, extra)
			return cfg.Exists
		}},
		{"setDefaultPartition", []any{l2sim.PartitionKYC}, func() bool {
			p, _ := e.Token.DefaultPartition(nil)
			return p == l2sim.PartitionKYC
		}},
		{"setPartitionKYC", []any{l2sim.PartitionEarnings, true}, func() bool {
			cfg, _ := e.Token.PartitionConfig(nil, l2sim.PartitionEarnings)
			return cfg.KycRequired
		}},
		{"setKYCRegistry", []any{newReg}, func() bool {
			r, _ := e.Token.KycRegistry(nil)
			return r == newReg
		}},
		{"setDocument", []any{bytes32("terms"), "ipfs://t", bytes32("h")}, func() bool {
			names, _ := e.Token.GetAllDocuments(nil)
			return len(names) == 1
		}},
		{"removeDocument", []any{bytes32("terms")}, func() bool {
			names, _ := e.Token.GetAllDocuments(nil)
			return len(names) == 0
		}},
		{"renounceControl", nil, func() bool {
			ok, _ := e.Token.IsControllable(nil)
			return !ok
		}},
	} {
		t.Run(c.method, func(t *testing.T) {
			// directly, from the account that proposes at the timelock
			_, err := (&bindings.DPNTokenRaw{Contract: e.Token}).Transact(e.Deployer, c.method, c.args...)
			wantArgs(t, ta, err, "OwnableUnauthorizedAccount", e.Deployer.From)
			call, err := e.TokenCall(c.method, c.args...)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := e.Schedule(call); err != nil {
				t.Fatal(err)
			}
			_, err = e.Execute(call)
			wantError(t, la, err, "TimelockUnexpectedOperationState")
			wait(t, e, l2sim.OwnerDelay-time.Minute)
			_, err = e.Execute(call)
			wantError(t, la, err, "TimelockUnexpectedOperationState")
			if c.done() {
				t.Fatal("took effect before the delay")
			}
			wait(t, e, time.Minute)
			if _, err := e.Execute(call); err != nil {
				t.Fatal(err)
			}
			if !c.done() {
				t.Fatal("no effect after the delay")
			}
		})
	}
}

// TestTokenOwnerMustBeTimelocked: the owner's delay is enforced by the token, not left to
// the deployment: at construction, on transfer, and on every owner call.
func TestTokenOwnerMustBeTimelocked(t *testing.T) {
	e := newEnv(t, 4)
	ta := mustABI(t, bindings.DPNTokenMetaData)
	d := e.Deployer
	deployToken := func(owner common.Address) error {
		_, tx, _, err := bindings.DeployDPNToken(d, e.Client, "T", "T", owner, e.KYCAddr, [][32]byte{l2sim.PartitionEarnings}, []bool{false})
		_, err = e.Mine(tx, err)
		return err
	}
	deployTimelock := func(delay time.Duration) common.Address {
		addr, tx, _, err := bindings.DeployTimelockController(d, e.Client, big.NewInt(int64(delay/time.Second)),
			[]common.Address{d.From}, []common.Address{d.From}, common.Address{})
		mine(t, e)(tx, err)
		return addr
	}
	short := deployTimelock(time.Hour)
	long := deployTimelock(l2sim.OwnerDelay)

	wantArgs(t, ta, deployToken(d.From), "OwnerNotTimelocked", d.From, u(0))
	wantArgs(t, ta, deployToken(short), "OwnerNotTimelocked", short, u(3600))
	wantArgs(t, ta, deployToken(e.KYCAddr), "OwnerNotTimelocked", e.KYCAddr, u(0)) // a contract without getMinDelay
	if err := deployToken(long); err != nil {
		t.Fatal(err)
	}

	// ownership can only move to another timelock with the minimum delay
	_, err := e.TokenAsOwner("transferOwnership", d.From)
	wantArgs(t, ta, err, "OwnerNotTimelocked", d.From, u(0))
	_, err = e.TokenAsOwner("transferOwnership", short)
	wantArgs(t, ta, err, "OwnerNotTimelocked", short, u(3600))

	// a timelock that lowers its own delay loses the owner's powers instead of acting faster
	la := mustABI(t, bindings.TimelockControllerMetaData)
	lower, err := la.Pack("updateDelay", big.NewInt(3600))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.AsOwner(l2sim.OwnerCall{Target: e.TimelockAddr, Data: lower, Salt: [32]byte{0xde}}); err != nil {
		t.Fatal(err)
	}
	_, err = e.TokenAsOwner("setController", l2sim.PartitionEarnings, d.From, true)
	wantArgs(t, ta, err, "OwnerNotTimelocked", e.TimelockAddr, u(3600))

	// a timelock with the minimum delay takes over in two steps, each through a timelock
	e2 := newEnv(t, 4)
	long2 := func() common.Address {
		addr, tx, _, err := bindings.DeployTimelockController(e2.Deployer, e2.Client, big.NewInt(int64(l2sim.OwnerDelay/time.Second)),
			[]common.Address{e2.Deployer.From}, []common.Address{e2.Deployer.From}, common.Address{})
		mine(t, e2)(tx, err)
		return addr
	}()
	if _, err := e2.TokenAsOwner("transferOwnership", long2); err != nil {
		t.Fatal(err)
	}
	if p, _ := e2.Token.PendingOwner(nil); p != long2 {
		t.Fatalf("pending owner %s", p)
	}
	accept, _ := ta.Pack("acceptOwnership")
	tl2, err := bindings.NewTimelockController(long2, e2.Client)
	if err != nil {
		t.Fatal(err)
	}
	delay := big.NewInt(int64(l2sim.OwnerDelay / time.Second))
	mine(t, e2)(tl2.Schedule(e2.Deployer, e2.TokenAddr, new(big.Int), accept, [32]byte{}, [32]byte{}, delay))
	wait(t, e2, l2sim.OwnerDelay)
	mine(t, e2)(tl2.Execute(e2.Deployer, e2.TokenAddr, new(big.Int), accept, [32]byte{}, [32]byte{}))
	if o, _ := e2.Token.Owner(nil); o != long2 {
		t.Fatalf("owner %s, want %s", o, long2)
	}
	// the old timelock is no longer the owner
	_, err = e2.TokenAsOwner("setController", l2sim.PartitionEarnings, e2.Deployer.From, true)
	wantArgs(t, ta, err, "OwnableUnauthorizedAccount", e2.TimelockAddr)
}

// TestControllerByPartition: a controller acts only on the partitions it was given, named
// in the call; re-pointing the default partition gives it nothing.
func TestControllerByPartition(t *testing.T) {
	alice, bob, carol := l2sim.NewKey(), l2sim.NewKey(), l2sim.NewKey()
	e := newEnv(t, 4, alice, bob, carol)
	ta := mustABI(t, bindings.DPNTokenMetaData)
	ao, bo, co := e.Transactor(alice), e.Transactor(bob), e.Transactor(carol)
	for _, m := range []string{"controllerTransfer", "controllerRedeem"} {
		if _, ok := ta.Methods[m]; ok {
			t.Fatalf("the partition-less %s exists", m)
		}
	}
	mine(t, e)(e.KYC.SetVerified(e.Deployer, []common.Address{ao.From}, true))
	if err := settle(t, e, 1, l2sim.PartitionEarnings, []l2sim.Record{{Recipient: ao.From, Amount: big.NewInt(100)}}); err != nil {
		t.Fatal(err)
	}
	if err := settle(t, e, 2, l2sim.PartitionKYC, []l2sim.Record{{Recipient: ao.From, Amount: big.NewInt(50)}}); err != nil {
		t.Fatal(err)
	}
	_, err := e.Token.ControllerTransferByPartition(co, l2sim.PartitionEarnings, ao.From, co.From, big.NewInt(1), nil, nil)
	wantArgs(t, ta, err, "NotController", co.From, l2sim.PartitionEarnings)
	_, err = e.TokenAsOwner("setController", bytes32("nope"), co.From, true)
	wantArgs(t, ta, err, "UnknownPartition", bytes32("nope"))
	asOwner(t, e, "setController", l2sim.PartitionEarnings, co.From, true)

	rcpt := mine(t, e)(e.Token.ControllerTransferByPartition(co, l2sim.PartitionEarnings, ao.From, bo.From, big.NewInt(7), nil, []byte("court order")))
	var byPartition, erc1644 bool
	for _, lg := range rcpt.Logs {
		if ev, err := e.Token.ParseTransferByPartition(*lg); err == nil {
			byPartition = ev.FromPartition == l2sim.PartitionEarnings && ev.Operator == co.From && ev.From == ao.From && ev.To == bo.From
		}
		if ev, err := e.Token.ParseControllerTransfer(*lg); err == nil {
			erc1644 = ev.Controller == co.From && ev.Value.Int64() == 7
		}
	}
	if !byPartition || !erc1644 {
		t.Fatalf("events: TransferByPartition %v, ControllerTransfer %v", byPartition, erc1644)
	}
	mine(t, e)(e.Token.ControllerRedeemByPartition(co, l2sim.PartitionEarnings, ao.From, big.NewInt(3), nil, nil))
	if bal, _ := e.Token.BalanceOfByPartition(nil, l2sim.PartitionEarnings, ao.From); bal.Int64() != 90 {
		t.Fatalf("alice's earnings %v", bal)
	}
	_, err = e.Token.ControllerTransferByPartition(co, l2sim.PartitionEarnings, ao.From, bo.From, big.NewInt(91), nil, nil)
	if args := wantError(t, ta, err, "TransferRejected"); args[0].([1]byte)[0] != 0x52 {
		t.Fatalf("code %x", args[0])
	}

	// the other partition stays out of reach, before and after the default moves to it
	for _, moved := range []bool{false, true} {
		if moved {
			asOwner(t, e, "setDefaultPartition", l2sim.PartitionKYC)
		}
		_, err = e.Token.ControllerTransferByPartition(co, l2sim.PartitionKYC, ao.From, co.From, big.NewInt(1), nil, nil)
		wantArgs(t, ta, err, "NotController", co.From, l2sim.PartitionKYC)
		_, err = e.Token.ControllerRedeemByPartition(co, l2sim.PartitionKYC, ao.From, big.NewInt(1), nil, nil)
		wantArgs(t, ta, err, "NotController", co.From, l2sim.PartitionKYC)
	}
	// given the KYC partition, the controller may move it to an unverified holder (court order)
	asOwner(t, e, "setController", l2sim.PartitionKYC, co.From, true)
	mine(t, e)(e.Token.ControllerTransferByPartition(co, l2sim.PartitionKYC, ao.From, bo.From, big.NewInt(5), nil, nil))
	// disabled, and renounced
	asOwner(t, e, "setController", l2sim.PartitionKYC, co.From, false)
	_, err = e.Token.ControllerRedeemByPartition(co, l2sim.PartitionKYC, bo.From, big.NewInt(1), nil, nil)
	wantArgs(t, ta, err, "NotController", co.From, l2sim.PartitionKYC)
	asOwner(t, e, "renounceControl")
	_, err = e.Token.ControllerTransferByPartition(co, l2sim.PartitionEarnings, ao.From, co.From, big.NewInt(1), nil, nil)
	wantArgs(t, ta, err, "NotController", co.From, l2sim.PartitionEarnings)
}

func TestTokenERC20OperatorsDocuments(t *testing.T) {
	alice, bob, carol := l2sim.NewKey(), l2sim.NewKey(), l2sim.NewKey()
	e := newEnv(t, 4, alice, bob, carol)
	ta := mustABI(t, bindings.DPNTokenMetaData)
	ao, bo, co := e.Transactor(alice), e.Transactor(bob), e.Transactor(carol)
	if err := settle(t, e, 1, l2sim.PartitionEarnings, []l2sim.Record{{Recipient: ao.From, Amount: big.NewInt(1000)}}); err != nil {
		t.Fatal(err)
	}
	// ERC-20 on the default partition
	mine(t, e)(e.Token.Transfer(ao, bo.From, big.NewInt(100)))
	if bal, _ := e.Token.BalanceOf(nil, bo.From); bal.Int64() != 100 {
		t.Fatalf("bob %v", bal)
	}
	_, err := e.Token.Transfer(bo, co.From, big.NewInt(101))
	if args := wantError(t, ta, err, "TransferRejected"); args[0].([1]byte)[0] != 0x52 {
		t.Fatalf("code %x", args[0])
	}
	_, err = e.Token.Transfer(ao, common.Address{}, big.NewInt(1))
	if args := wantError(t, ta, err, "TransferRejected"); args[0].([1]byte)[0] != 0x57 {
		t.Fatalf("code %x", args[0])
	}
	_, err = e.Token.TransferFrom(co, ao.From, co.From, big.NewInt(5))
	if args := wantError(t, ta, err, "TransferRejected"); args[0].([1]byte)[0] != 0x53 {
		t.Fatalf("code %x", args[0])
	}
	mine(t, e)(e.Token.Approve(ao, co.From, big.NewInt(5)))
	mine(t, e)(e.Token.TransferFrom(co, ao.From, co.From, big.NewInt(5)))
	if al, _ := e.Token.Allowance(nil, ao.From, co.From); al.Sign() != 0 {
		t.Fatalf("allowance left %v", al)
	}
	code, err := e.Token.CanTransfer(&bind.CallOpts{From: ao.From}, bo.From, big.NewInt(1), nil)
	if err != nil || code.Code[0] != 0x51 {
		t.Fatalf("canTransfer %x %v", code.Code, err)
	}
	mine(t, e)(e.Token.TransferWithData(ao, bo.From, big.NewInt(1), []byte("memo")))

	// operators by partition
	_, err = e.Token.OperatorTransferByPartition(co, l2sim.PartitionEarnings, ao.From, co.From, big.NewInt(1), nil, nil)
	if args := wantError(t, ta, err, "TransferRejected"); args[0].([1]byte)[0] != 0x58 {
		t.Fatalf("code %x", args[0])
	}
	mine(t, e)(e.Token.AuthorizeOperatorByPartition(ao, l2sim.PartitionEarnings, co.From))
	if ok, _ := e.Token.IsOperatorForPartition(nil, l2sim.PartitionEarnings, co.From, ao.From); !ok {
		t.Fatal("operator not authorized")
	}
	mine(t, e)(e.Token.OperatorTransferByPartition(co, l2sim.PartitionEarnings, ao.From, co.From, big.NewInt(1), nil, nil))
	mine(t, e)(e.Token.RevokeOperatorByPartition(ao, l2sim.PartitionEarnings, co.From))
	_, err = e.Token.OperatorTransferByPartition(co, l2sim.PartitionEarnings, ao.From, co.From, big.NewInt(1), nil, nil)
	wantError(t, ta, err, "TransferRejected")

	// redemption
	before, _ := e.Token.TotalSupply(nil)
	mine(t, e)(e.Token.RedeemByPartition(bo, l2sim.PartitionEarnings, big.NewInt(10), nil))
	after, _ := e.Token.TotalSupply(nil)
	if new(big.Int).Sub(before, after).Int64() != 10 {
		t.Fatalf("supply %v -> %v", before, after)
	}

	// documents, through the owner's timelock
	asOwner(t, e, "setDocument", bytes32("prospectus"), "ipfs://a", bytes32("h1"))
	asOwner(t, e, "setDocument", bytes32("terms"), "ipfs://b", bytes32("h2"))
	uri, h, _, err := e.Token.GetDocument(nil, bytes32("terms"))
	if err != nil || uri != "ipfs://b" || h != bytes32("h2") {
		t.Fatalf("getDocument %q %x %v", uri, h, err)
	}
	asOwner(t, e, "removeDocument", bytes32("prospectus"))
	names, _ := e.Token.GetAllDocuments(nil)
	if len(names) != 1 || names[0] != bytes32("terms") {
		t.Fatalf("documents %q", names)
	}
	_, _, _, err = e.Token.GetDocument(nil, bytes32("prospectus"))
	wantError(t, ta, err, "UnknownDocument")
	_, err = e.Token.SetDocument(ao, bytes32("x"), "u", bytes32("h"))
	wantError(t, ta, err, "OwnableUnauthorizedAccount")
}
