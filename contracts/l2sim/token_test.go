package l2sim_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

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
	_, err := e.Mine(e.Settlement.SubmitBatch(e.Deployer, e.Valset.Binding(), b, e.Valset.Sign(e.Domain.BatchDigest(b), all)))
	return err
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
	e := newEnv(t, 4)
	ta := mustABI(t, bindings.DPNTokenMetaData)
	d := e.Deployer
	_, err := e.Token.Issue(d, d.From, big.NewInt(1), nil)
	wantError(t, ta, err, "NotIssuer")
	_, err = e.Token.IssueByPartition(d, l2sim.PartitionEarnings, d.From, big.NewInt(1), nil)
	wantError(t, ta, err, "NotIssuer")
	_, err = e.Token.IssueBatchByPartition(d, l2sim.PartitionEarnings, []common.Address{d.From}, []*big.Int{big.NewInt(1)})
	wantError(t, ta, err, "NotIssuer")
	_, err = e.Token.SetSettlement(d, d.From)
	wantError(t, ta, err, "SettlementAlreadySet")
	if ok, _ := e.Token.IsIssuable(nil); !ok {
		t.Fatal("not issuable")
	}
	_, err = e.Token.AddPartition(d, l2sim.PartitionKYC, false)
	wantError(t, ta, err, "PartitionExists")
}

func TestTokenERC20OperatorsControllerDocuments(t *testing.T) {
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

	// controller
	_, err = e.Token.ControllerTransfer(co, ao.From, co.From, big.NewInt(1), nil, nil)
	wantError(t, ta, err, "NotController")
	mine(t, e)(e.Token.SetController(e.Deployer, co.From, true))
	mine(t, e)(e.Token.ControllerTransfer(co, ao.From, co.From, big.NewInt(7), nil, []byte("court order")))
	mine(t, e)(e.Token.ControllerRedeem(co, ao.From, big.NewInt(3), nil, nil))
	mine(t, e)(e.Token.RenounceControl(e.Deployer))
	if ok, _ := e.Token.IsControllable(nil); ok {
		t.Fatal("still controllable")
	}
	_, err = e.Token.ControllerTransfer(co, ao.From, co.From, big.NewInt(1), nil, nil)
	wantError(t, ta, err, "NotController")

	// documents
	mine(t, e)(e.Token.SetDocument(e.Deployer, bytes32("prospectus"), "ipfs://a", bytes32("h1")))
	mine(t, e)(e.Token.SetDocument(e.Deployer, bytes32("terms"), "ipfs://b", bytes32("h2")))
	uri, h, _, err := e.Token.GetDocument(nil, bytes32("terms"))
	if err != nil || uri != "ipfs://b" || h != bytes32("h2") {
		t.Fatalf("getDocument %q %x %v", uri, h, err)
	}
	mine(t, e)(e.Token.RemoveDocument(e.Deployer, bytes32("prospectus")))
	names, _ := e.Token.GetAllDocuments(nil)
	if len(names) != 1 || names[0] != bytes32("terms") {
		t.Fatalf("documents %q", names)
	}
	_, _, _, err = e.Token.GetDocument(nil, bytes32("prospectus"))
	wantError(t, ta, err, "UnknownDocument")
	_, err = e.Token.SetDocument(ao, bytes32("x"), "u", bytes32("h"))
	wantError(t, ta, err, "OwnableUnauthorizedAccount")
}
