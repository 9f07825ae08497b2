package keeper_test

import (
	"bytes"
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dpn-network/dpn/contracts/eip712"
	"github.com/dpn-network/dpn/x/bridge/types"
	computetypes "github.com/dpn-network/dpn/x/compute/types"
)

const recipient = "0x00000000000000000000000000000000000000A1"

func mustKey(t *testing.T, seed string) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(seed)))
	require.NoError(t, err)
	return k
}

func TestRegisterEthKeyRejections(t *testing.T) {
	f := newFixture(t, 3, 1)
	other := mustKey(t, "other")
	tests := []struct {
		name string
		msg  func() *types.MsgRegisterEthKey
		err  error
	}{
		{"not a validator", func() *types.MsgRegisterEthKey {
			m := f.registerMsg(1, other, f.Ctx.ChainID())
			m.Operator = sdk.AccAddress(bytes.Repeat([]byte{9}, 20)).String()
			return m
		}, types.ErrNotValidator},
		{"malformed address", func() *types.MsgRegisterEthKey {
			m := f.registerMsg(1, other, f.Ctx.ChainID())
			m.EthAddress = "0x1234"
			return m
		}, types.ErrInvalidEthAddress},
		{"bad checksum", func() *types.MsgRegisterEthKey {
			m := f.registerMsg(1, other, f.Ctx.ChainID())
			b := []byte(m.EthAddress)
			for i := 2; i < len(b); i++ {
				if b[i] >= 'a' && b[i] <= 'f' {
					b[i] -= 'a' - 'A'
					break
				}
				if b[i] >= 'A' && b[i] <= 'F' {
					b[i] += 'a' - 'A'
					break
				}
			}
			m.EthAddress = string(b)
			return m
		}, types.ErrInvalidEthAddress},
		{"proof by another key", func() *types.MsgRegisterEthKey {
			m := f.registerMsg(1, other, f.Ctx.ChainID())
			m.EthAddress = crypto.PubkeyToAddress(f.vals[1].eth.PublicKey).Hex()
			return m
		}, types.ErrInvalidSignature},
		{"proof for another chain", func() *types.MsgRegisterEthKey { return f.registerMsg(1, other, "dpn-other-1") }, types.ErrInvalidSignature},
		{"proof for another validator", func() *types.MsgRegisterEthKey {
			m := f.registerMsg(2, other, f.Ctx.ChainID())
			m.Operator = f.operator(1)
			return m
		}, types.ErrInvalidSignature},
		{"short proof", func() *types.MsgRegisterEthKey {
			m := f.registerMsg(1, other, f.Ctx.ChainID())
			m.Proof = m.Proof[:64]
			return m
		}, types.ErrInvalidSignature},
		{"address of another validator", func() *types.MsgRegisterEthKey { return f.registerMsg(1, f.vals[0].eth, f.Ctx.ChainID()) }, types.ErrEthAddressInUse},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := f.dump()
			_, err := f.msg.RegisterEthKey(f.Ctx, tc.msg())
			require.ErrorIs(t, err, tc.err)
			require.Equal(t, before, f.dump(), "state changed on a rejected registration")
		})
	}
	// Re-registering replaces the validator's own address.
	_, err := f.msg.RegisterEthKey(f.Ctx, f.registerMsg(0, other, f.Ctx.ChainID()))
	require.NoError(t, err)
	res, err := f.q.EthKey(f.Ctx, &types.QueryEthKeyRequest{Validator: f.vals[0].valoper})
	require.NoError(t, err)
	require.Equal(t, crypto.PubkeyToAddress(other.PublicKey).Hex(), res.Key.EthAddress)
	// The old address is free again.
	_, err = f.msg.RegisterEthKey(f.Ctx, f.registerMsg(1, f.vals[0].eth, f.Ctx.ChainID()))
	require.NoError(t, err)
}

func TestValsets(t *testing.T) {
	f := newFixture(t, 4, 2)
	f.endBlock(t)
	_, err := f.q.Valset(f.Ctx, &types.QueryValsetRequest{})
	require.Error(t, err, "half of the power registered must not make a valset")

	f.register(t, 2)
	f.endBlock(t)
	vs, err := f.q.Valset(f.Ctx, &types.QueryValsetRequest{})
	require.NoError(t, err)
	require.EqualValues(t, 1, vs.Valset.Nonce)
	require.Len(t, vs.Valset.Members, 3)
	var total uint64
	for i, m := range vs.Valset.Members {
		total += m.Power
		if i > 0 {
			require.Negative(t, bytes.Compare(common.HexToAddress(vs.Valset.Members[i-1].EthAddress).Bytes(), common.HexToAddress(m.EthAddress).Bytes()))
		}
	}
	require.LessOrEqual(t, total, uint64(1<<32))
	require.Greater(t, total, uint64(1<<32)-3)

	// A 2 % move of power makes no valset, a 30 % move does.
	f.chain.validators[0].Tokens = sdk.TokensFromConsensusPower(106, sdk.DefaultPowerReduction)
	f.next(t)
	f.endBlock(t)
	vs, _ = f.q.Valset(f.Ctx, &types.QueryValsetRequest{})
	require.EqualValues(t, 1, vs.Valset.Nonce)
	f.chain.validators[0].Tokens = sdk.TokensFromConsensusPower(200, sdk.DefaultPowerReduction)
	f.next(t)
	f.endBlock(t)
	vs, _ = f.q.Valset(f.Ctx, &types.QueryValsetRequest{})
	require.EqualValues(t, 2, vs.Valset.Nonce)
	// A new member makes one, whatever its power.
	f.register(t, 3)
	f.next(t)
	f.endBlock(t)
	vs, _ = f.q.Valset(f.Ctx, &types.QueryValsetRequest{})
	require.EqualValues(t, 3, vs.Valset.Nonce)
	require.Len(t, vs.Valset.Members, 4)

	// Valset 3's digest for each destination is what the contract computes (eip712 is the
	// Go side of the golden vectors shared with the contract tests).
	for _, d := range testParams().Destinations {
		var addrs []common.Address
		var powers []uint64
		for _, m := range vs.Valset.Members {
			addrs, powers = append(addrs, common.HexToAddress(m.EthAddress)), append(powers, m.Power)
		}
		want := eip712.ValsetDigest(eip712.Domain{L2ChainID: new(big.Int).SetUint64(d.L2ChainId), Settlement: common.HexToAddress(d.Settlement), DPNChainID: f.Ctx.ChainID()}, addrs, powers, 3)
		res, err := f.q.Signatures(f.Ctx, &types.QuerySignaturesRequest{Destination: d.Name, Kind: "valset", Nonce: 3})
		require.NoError(t, err)
		require.Equal(t, want.Bytes(), res.Digest)
	}
}

func TestBatchesAndEscrow(t *testing.T) {
	f := newFixture(t, 3, 3)
	f.endBlock(t) // valset 1
	p := testParams()
	p.BatchMaxRecords = 100
	p.MaxOpenBatches = 2
	_, err := f.msg.UpdateParams(f.Ctx, &types.MsgUpdateParams{Authority: authority(), Params: p})
	require.NoError(t, err)
	for i := uint64(1); i <= 250; i++ {
		f.chain.payout(i, "optimism", recipient, int64(i))
	}
	f.chain.payout(251, "arbitrum", recipient, 1000)
	f.chain.payout(252, "nowhere", recipient, 7) // a destination governance has not added yet
	f.next(t)
	f.endBlock(t)

	res, err := f.q.Batches(f.Ctx, &types.QueryBatchesRequest{Destination: "optimism"})
	require.NoError(t, err)
	require.Len(t, res.Batches, 2, "max_open_batches caps the unconfirmed batches")
	require.Len(t, res.Batches[0].Records, 100)
	require.EqualValues(t, 1, res.Batches[0].Nonce)
	require.EqualValues(t, 2, res.Batches[1].Nonce)
	require.Equal(t, int64(5050), res.Batches[0].Total.Int64())
	require.Equal(t, uint64(f.Ctx.BlockTime().Unix())+p.BatchTimeoutSeconds, res.Batches[0].Timeout)
	pend, err := f.q.Pending(f.Ctx, &types.QueryPendingRequest{Destination: "optimism"})
	require.NoError(t, err)
	require.Len(t, pend.Records, 50)
	arb, err := f.q.Batches(f.Ctx, &types.QueryBatchesRequest{Destination: "arbitrum"})
	require.NoError(t, err)
	require.Len(t, arb.Batches, 1)
	nowhere, err := f.q.Pending(f.Ctx, &types.QueryPendingRequest{Destination: "nowhere"})
	require.NoError(t, err)
	require.Len(t, nowhere.Records, 1, "a record for an unknown destination waits, it is not lost")

	dests, err := f.q.Destinations(f.Ctx, &types.QueryDestinationsRequest{})
	require.NoError(t, err)
	escrow := map[string]int64{}
	for _, s := range dests.States {
		escrow[s.Destination] = s.Escrow.Int64()
	}
	require.Equal(t, map[string]int64{"arbitrum": 1000, "optimism": 5050 + 15050}, escrow)
	var all int64
	for i := int64(1); i <= 250; i++ {
		all += i
	}
	require.Equal(t, all+1000+7, f.chain.bal(types.ModuleName).Int64(), "every udpn that left x/compute is in the bridge escrow")
	require.True(t, f.chain.bal("compute").IsZero())

	// The batch digest is the contract's: eip712 over the records in token units.
	d, _ := p.Destination("optimism")
	b := res.Batches[0]
	var recips []common.Address
	var amounts []*big.Int
	for _, r := range b.Records {
		recips = append(recips, common.HexToAddress(r.Recipient))
		amounts = append(amounts, new(big.Int).Mul(r.Amount.BigInt(), big.NewInt(1e12)))
	}
	want := eip712.BatchDigest(d.Domain(f.Ctx.ChainID()), eip712.Batch{Nonce: 1, L2ChainID: big.NewInt(10), Timeout: b.Timeout,
		Partition: [32]byte(d.Partition), Recipients: recips, Amounts: amounts, ClaimTotal: new(big.Int)})
	one, err := f.q.Batch(f.Ctx, &types.QueryBatchRequest{Destination: "optimism", Nonce: 1})
	require.NoError(t, err)
	require.Equal(t, want.Bytes(), one.Digest)

	// Once the L2 confirms batch 1, a third batch is cut from what waits.
	f.next(t)
	require.NoError(t, f.k.ApplyVotes(f.Ctx, f.votes(map[int]*types.BridgeVote{
		0: {Statuses: []types.L2Status{{Destination: "optimism", L2Height: 9, L2Time: 1, ValsetNonce: 1, LastBatchNonce: 1}}},
		1: {Statuses: []types.L2Status{{Destination: "optimism", L2Height: 9, L2Time: 1, ValsetNonce: 1, LastBatchNonce: 1}}},
		2: {Statuses: []types.L2Status{{Destination: "optimism", L2Height: 9, L2Time: 1, ValsetNonce: 1, LastBatchNonce: 1}}},
	})))
	f.endBlock(t)
	res, err = f.q.Batches(f.Ctx, &types.QueryBatchesRequest{Destination: "optimism"})
	require.NoError(t, err)
	require.Len(t, res.Batches, 2)
	require.EqualValues(t, []uint64{2, 3}, []uint64{res.Batches[0].Nonce, res.Batches[1].Nonce})
	require.Len(t, res.Batches[1].Records, 50)
	dests, _ = f.q.Destinations(f.Ctx, &types.QueryDestinationsRequest{})
	for _, s := range dests.States {
		if s.Destination == "optimism" {
			require.Equal(t, all, s.Escrow.Int64(), "confirmed batches keep backing the DPN issued on the L2")
			require.EqualValues(t, 1, s.ConfirmedBatchNonce)
		}
	}
}

func TestSignaturesReadiness(t *testing.T) {
	f := newFixture(t, 4, 3) // validator 3 has no key
	f.endBlock(t)
	f.chain.payout(1, "optimism", recipient, 500)
	f.next(t)
	f.endBlock(t)
	it := &types.QuerySignaturesRequest{Destination: "optimism", Kind: "batch", Nonce: 1}

	// Two of three equal members is exactly 2/3: not ready (the contract wants more).
	f.next(t)
	require.NoError(t, f.k.ApplyVotes(f.Ctx, f.votes(map[int]*types.BridgeVote{0: f.sign(t, 0), 1: f.sign(t, 1)})))
	res, err := f.q.Signatures(f.Ctx, it)
	require.NoError(t, err)
	require.Len(t, res.Signatures, 2)
	require.False(t, res.Ready)
	require.Equal(t, res.TotalPower*2/3, res.SignedPower*1) // 2 of 3 equal powers

	// Signatures that must not count: another key, high s, v of 1, an unknown item, and a
	// validator without a registered key.
	good := f.sign(t, 2)
	bad := map[string]*types.BridgeVote{}
	other := mustKey(t, "not registered")
	forge := func(mut func(s *types.BridgeSignature)) *types.BridgeVote {
		v := &types.BridgeVote{}
		for _, s := range good.Signatures {
			s.Signature = append([]byte(nil), s.Signature...)
			mut(&s)
			v.Signatures = append(v.Signatures, s)
		}
		return v
	}
	bad["other key"] = forge(func(s *types.BridgeSignature) {
		d, _ := f.q.Signatures(f.Ctx, &types.QuerySignaturesRequest{Destination: s.Destination, Kind: types.KindName(s.Kind), Nonce: s.Nonce})
		sig := eip712.Sign(other, common.BytesToHash(d.Digest))
		s.Signature = sig[:]
	})
	bad["high s"] = forge(func(s *types.BridgeSignature) {
		n := crypto.S256().Params().N
		sv := new(big.Int).Sub(n, new(big.Int).SetBytes(s.Signature[32:64]))
		copy(s.Signature[32:64], common.LeftPadBytes(sv.Bytes(), 32))
		s.Signature[64] ^= 1 // 27 <-> 28
	})
	bad["v of 1"] = forge(func(s *types.BridgeSignature) { s.Signature[64] -= 27 })
	bad["unknown item"] = forge(func(s *types.BridgeSignature) { s.Nonce += 7 })
	for name, part := range bad {
		t.Run(name, func(t *testing.T) {
			require.Error(t, f.k.VerifyPart(f.Ctx, f.vals[2].cons, part), "VerifyVoteExtension must refuse it")
			before := f.dump()
			require.NoError(t, f.k.ApplyVotes(f.Ctx, f.votes(map[int]*types.BridgeVote{2: part})))
			require.Equal(t, before, f.dump(), "a bad signature changed state")
		})
	}
	require.Error(t, f.k.VerifyPart(f.Ctx, f.vals[3].cons, good), "a validator without a key cannot sign for another's")
	require.NoError(t, f.k.VerifyPart(f.Ctx, f.vals[2].cons, good))
	require.NoError(t, f.k.VerifyPart(f.Ctx, f.vals[3].cons, &types.BridgeVote{}), "an empty part is always fine")

	f.next(t)
	require.NoError(t, f.k.ApplyVotes(f.Ctx, f.votes(map[int]*types.BridgeVote{2: good})))
	res, err = f.q.Signatures(f.Ctx, it)
	require.NoError(t, err)
	require.True(t, res.Ready)
	require.Equal(t, res.TotalPower, res.SignedPower)
	for _, s := range res.Signatures {
		a, err := types.RecoverSigner(common.BytesToHash(res.Digest), s.Signature)
		require.NoError(t, err)
		require.Equal(t, s.EthAddress, a.Hex())
	}
}

func TestConfirmationAndRenewal(t *testing.T) {
	f := newFixture(t, 4, 4)
	f.endBlock(t)
	f.chain.payout(1, "optimism", recipient, 500)
	f.chain.payout(2, "optimism", recipient, 700)
	f.next(t)
	f.endBlock(t)
	b, err := f.q.Batch(f.Ctx, &types.QueryBatchRequest{Destination: "optimism", Nonce: 1})
	require.NoError(t, err)
	f.next(t)
	require.NoError(t, f.k.ApplyVotes(f.Ctx, f.votes(map[int]*types.BridgeVote{0: f.sign(t, 0), 1: f.sign(t, 1), 2: f.sign(t, 2)})))

	status := func(lastBatch, l2Time uint64) *types.BridgeVote {
		return &types.BridgeVote{Statuses: []types.L2Status{{Destination: "optimism", L2Height: 50, L2Time: l2Time, ValsetNonce: 1, LastBatchNonce: lastBatch}}}
	}
	// One validator (1/4 of the power) lying that the batch landed and that the L2's clock
	// passed the timeout changes nothing.
	before := f.dump()
	require.NoError(t, f.k.ApplyVotes(f.Ctx, f.votes(map[int]*types.BridgeVote{3: status(1, b.Batch.Timeout+10)})))
	f.endBlock(t)
	after, err := f.q.Batch(f.Ctx, &types.QueryBatchRequest{Destination: "optimism", Nonce: 1})
	require.NoError(t, err)
	require.Equal(t, b.Digest, after.Digest)
	require.Zero(t, after.Batch.Renewals)
	_ = before

	// More than 2/3 see the L2's clock past the timeout while the batch is not in: it is
	// renewed under the same nonce, with the same records and a new digest; the old
	// signatures no longer count.
	f.next(t)
	late := status(0, b.Batch.Timeout+10)
	require.NoError(t, f.k.ApplyVotes(f.Ctx, f.votes(map[int]*types.BridgeVote{0: late, 1: late, 2: late})))
	f.endBlock(t)
	renewed, err := f.q.Batch(f.Ctx, &types.QueryBatchRequest{Destination: "optimism", Nonce: 1})
	require.NoError(t, err)
	require.EqualValues(t, 1, renewed.Batch.Renewals)
	require.Equal(t, b.Batch.Records, renewed.Batch.Records)
	require.Greater(t, renewed.Batch.Timeout, b.Batch.Timeout+10)
	require.NotEqual(t, b.Digest, renewed.Digest)
	sigs, err := f.q.Signatures(f.Ctx, &types.QuerySignaturesRequest{Destination: "optimism", Kind: "batch", Nonce: 1})
	require.NoError(t, err)
	require.Empty(t, sigs.Signatures)
	known, err := f.k.KnownDigests.Has(f.Ctx, b.Digest)
	require.NoError(t, err)
	require.True(t, known, "the old copy's digest stays a produced digest: signing it was no offence")

	// Confirmation by 3 of 4 removes the batch; its udpn stays in the escrow.
	f.next(t)
	done := status(1, renewed.Batch.Timeout-100)
	require.NoError(t, f.k.ApplyVotes(f.Ctx, f.votes(map[int]*types.BridgeVote{0: done, 1: done, 3: done})))
	f.endBlock(t)
	_, err = f.q.Batch(f.Ctx, &types.QueryBatchRequest{Destination: "optimism", Nonce: 1})
	require.Error(t, err)
	dests, _ := f.q.Destinations(f.Ctx, &types.QueryDestinationsRequest{})
	for _, s := range dests.States {
		if s.Destination == "optimism" {
			require.EqualValues(t, 1, s.ConfirmedBatchNonce)
			require.Equal(t, int64(1200), s.Escrow.Int64())
		}
	}
	// A confirmation of a batch the chain never cut is ignored.
	f.next(t)
	tooFar := status(9, renewed.Batch.Timeout-100)
	require.NoError(t, f.k.ApplyVotes(f.Ctx, f.votes(map[int]*types.BridgeVote{0: tooFar, 1: tooFar, 2: tooFar, 3: tooFar})))
	dests, _ = f.q.Destinations(f.Ctx, &types.QueryDestinationsRequest{})
	for _, s := range dests.States {
		if s.Destination == "optimism" {
			require.EqualValues(t, 1, s.ConfirmedBatchNonce)
		}
	}
}

func TestChronicMisserJailed(t *testing.T) {
	f := newFixture(t, 4, 4)
	p := testParams()
	p.SignedItemsWindow, p.SignDeadlineBlocks = 4, 2
	_, err := f.msg.UpdateParams(f.Ctx, &types.MsgUpdateParams{Authority: authority(), Params: p})
	require.NoError(t, err)
	f.endBlock(t)
	for i := uint64(1); i <= 3; i++ {
		f.chain.payout(i, "optimism", recipient, 10)
		f.chain.payout(10+i, "arbitrum", recipient, 10)
		f.next(t)
		f.endBlock(t)
		f.next(t)
		require.NoError(t, f.k.ApplyVotes(f.Ctx, f.votes(map[int]*types.BridgeVote{0: f.sign(t, 0), 1: f.sign(t, 1), 2: f.sign(t, 2)})))
		f.endBlock(t)
		f.next(t)
		f.endBlock(t)
	}
	info, err := f.q.SigningInfo(f.Ctx, &types.QuerySigningInfoRequest{Validator: f.vals[0].valoper})
	require.NoError(t, err)
	require.Zero(t, info.Info.Missed)
	require.True(t, f.chain.jailed[string(f.vals[3].cons)], "validator 3 signed nothing and must be jailed")
	require.False(t, f.chain.jailed[string(f.vals[0].cons)])
}

func TestBadSignatureSlashed(t *testing.T) {
	f := newFixture(t, 3, 3)
	f.endBlock(t)
	f.chain.payout(1, "optimism", recipient, 10)
	f.next(t)
	f.endBlock(t)
	b, err := f.q.Batch(f.Ctx, &types.QueryBatchRequest{Destination: "optimism", Nonce: 1})
	require.NoError(t, err)

	signed := eip712.Sign(f.vals[1].eth, common.BytesToHash(b.Digest))
	submitter := sdk.AccAddress(bytes.Repeat([]byte{7}, 20)).String()
	before := f.dump()
	_, err = f.msg.SubmitBadSignature(f.Ctx, &types.MsgSubmitBadSignature{Submitter: submitter, Digest: b.Digest, Signature: signed[:]})
	require.ErrorIs(t, err, types.ErrKnownDigest)
	pop := types.PopDigest(f.Ctx.ChainID(), f.vals[1].valoper)
	signed = eip712.Sign(f.vals[1].eth, pop)
	_, err = f.msg.SubmitBadSignature(f.Ctx, &types.MsgSubmitBadSignature{Submitter: submitter, Digest: pop.Bytes(), Signature: signed[:]})
	require.ErrorIs(t, err, types.ErrKnownDigest, "the proof of possession is a produced digest")
	stranger := eip712.Sign(mustKey(t, "stranger"), common.Hash{1})
	_, err = f.msg.SubmitBadSignature(f.Ctx, &types.MsgSubmitBadSignature{Submitter: submitter, Digest: common.Hash{1}.Bytes(), Signature: stranger[:]})
	require.ErrorIs(t, err, types.ErrNoEthKey)
	require.Equal(t, before, f.dump())
	require.Empty(t, f.chain.slashed)

	// Validator 1's key signs something else: say, a batch for a contract the chain does not
	// know, crafted to drain the bridge there.
	evil := crypto.Keccak256Hash([]byte("a batch the chain never cut"))
	signed = eip712.Sign(f.vals[1].eth, evil)
	res, err := f.msg.SubmitBadSignature(f.Ctx, &types.MsgSubmitBadSignature{Submitter: submitter, Digest: evil.Bytes(), Signature: signed[:]})
	require.NoError(t, err)
	require.Equal(t, f.vals[1].valoper, res.Validator)
	require.True(t, f.chain.jailed[string(f.vals[1].cons)])
	require.Equal(t, types.DefaultParams().SlashFractionBadSignature, f.chain.slashed[string(f.vals[1].cons)])
	_, err = f.msg.SubmitBadSignature(f.Ctx, &types.MsgSubmitBadSignature{Submitter: submitter, Digest: evil.Bytes(), Signature: signed[:]})
	require.ErrorIs(t, err, types.ErrAlreadyPunished)
}

func TestUpdateParams(t *testing.T) {
	f := newFixture(t, 3, 3)
	f.endBlock(t)
	f.chain.payout(1, "optimism", recipient, 10)
	f.next(t)
	f.endBlock(t)
	p := testParams()
	p.Destinations[1].Settlement = "0x0000000000000000000000000000000000000333"
	tests := []struct {
		name string
		msg  *types.MsgUpdateParams
		err  error
	}{
		{"not the authority", &types.MsgUpdateParams{Authority: f.operator(0), Params: testParams()}, types.ErrInvalidAuthority},
		{"moving a destination with a batch in flight", &types.MsgUpdateParams{Authority: authority(), Params: p}, types.ErrInvalidParams},
		{"destinations out of order", &types.MsgUpdateParams{Authority: authority(), Params: func() types.Params {
			q := testParams()
			q.Destinations[0], q.Destinations[1] = q.Destinations[1], q.Destinations[0]
			return q
		}()}, types.ErrInvalidParams},
		{"zero partition", &types.MsgUpdateParams{Authority: authority(), Params: func() types.Params {
			q := testParams()
			q.Destinations[0].Partition = make([]byte, 32)
			return q
		}()}, types.ErrInvalidParams},
		{"min registered power below a half", &types.MsgUpdateParams{Authority: authority(), Params: func() types.Params {
			q := testParams()
			q.MinRegisteredPower = math.LegacyNewDecWithPrec(4, 1)
			return q
		}()}, types.ErrInvalidParams},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := f.dump()
			_, err := f.msg.UpdateParams(f.Ctx, tc.msg)
			require.ErrorIs(t, err, tc.err)
			require.Equal(t, before, f.dump())
		})
	}
	// Freezing stops cutting; records wait.
	frozen := testParams()
	frozen.Destinations[1].Frozen = true
	_, err := f.msg.UpdateParams(f.Ctx, &types.MsgUpdateParams{Authority: authority(), Params: frozen})
	require.NoError(t, err)
	f.chain.payout(2, "optimism", recipient, 10)
	f.next(t)
	f.endBlock(t)
	pend, err := f.q.Pending(f.Ctx, &types.QueryPendingRequest{Destination: "optimism"})
	require.NoError(t, err)
	require.Len(t, pend.Records, 1)
}

func TestProofOrders(t *testing.T) {
	f := newFixture(t, 3, 3)
	f.chain.jobs[7] = computetypes.Job{Id: 7, Kind: computetypes.JOB_KIND_GROTH16}
	f.chain.jobs[8] = computetypes.Job{Id: 8, Kind: computetypes.JOB_KIND_WASM}
	for _, j := range []uint64{7, 8} {
		f.chain.records = append(f.chain.records, computetypes.SettlementRecord{Id: j, JobId: j, Chain: "optimism", Recipient: recipient,
			Amount: sdk.NewInt64Coin(denom, 5), Kind: computetypes.SETTLEMENT_KIND_RESULT})
	}
	f.endBlock(t)
	res, err := f.q.ProofOrders(f.Ctx, &types.QueryProofOrdersRequest{Destination: "optimism"})
	require.NoError(t, err)
	require.Len(t, res.Orders, 1)
	require.EqualValues(t, 7, res.Orders[0].JobId)
	require.Equal(t, recipient, res.Orders[0].Team)
	require.True(t, f.chain.bal(types.ModuleName).IsZero(), "RESULT records carry no funds")
}

func TestGenesisRoundTrip(t *testing.T) {
	f := newFixture(t, 4, 4)
	f.endBlock(t)
	f.chain.payout(1, "optimism", recipient, 500)
	f.chain.payout(2, "arbitrum", recipient, 700)
	f.chain.payout(3, "later", recipient, 9)
	f.next(t)
	f.endBlock(t)
	f.next(t)
	require.NoError(t, f.k.ApplyVotes(f.Ctx, f.votes(map[int]*types.BridgeVote{0: f.sign(t, 0), 1: f.sign(t, 1)})))
	f.endBlock(t)
	gs, err := f.k.ExportGenesis(f.Ctx)
	require.NoError(t, err)
	require.NoError(t, gs.Validate())
	require.NotEmpty(t, gs.Signatures)
	require.NotEmpty(t, gs.Deadlines)
	require.NotEmpty(t, gs.KnownDigests)

	want, err := f.q.Batch(f.Ctx, &types.QueryBatchRequest{Destination: "optimism", Nonce: 1})
	require.NoError(t, err)
	g := newFixture(t, 0, 0)
	require.NoError(t, g.k.InitGenesis(g.Ctx, *gs))
	got, err := g.q.Batch(g.Ctx, &types.QueryBatchRequest{Destination: "optimism", Nonce: 1})
	require.NoError(t, err)
	require.Equal(t, want.Digest, got.Digest, "digests are rebuilt at genesis")
	again, err := g.k.ExportGenesis(g.Ctx)
	require.NoError(t, err)
	require.Equal(t, gs, again)
	n, err := g.k.ValsetNonce.Peek(g.Ctx)
	require.NoError(t, err)
	require.EqualValues(t, 1, n)
	_, err = g.k.Pending.Get(g.Ctx, collections.Join("later", uint64(3)))
	require.NoError(t, err)
}

// TestValsetChangeOfMoreThanAThird: half of the power leaves at once (two of four validators
// jailed). Valset 2 must be signed by valset 1, of which the two that remain hold exactly a
// half: their vote-extension signatures cannot make it ready. The two that left extend no
// votes, but sign by transaction (MsgSubmitSignatures), and valset 2 becomes ready; a
// signature that does not check refuses the whole message.
func TestValsetChangeOfMoreThanAThird(t *testing.T) {
	f := newFixture(t, 4, 4)
	f.endBlock(t)
	f.chain.validators[2].Jailed = true
	f.chain.validators[3].Jailed = true
	f.next(t)
	f.endBlock(t)
	vs, err := f.q.Valset(f.Ctx, &types.QueryValsetRequest{})
	require.NoError(t, err)
	require.EqualValues(t, 2, vs.Valset.Nonce)
	require.Len(t, vs.Valset.Members, 2)

	f.next(t)
	require.NoError(t, f.k.ApplyVotes(f.Ctx, f.votes(map[int]*types.BridgeVote{0: f.sign(t, 0), 1: f.sign(t, 1)})))
	item := &types.QuerySignaturesRequest{Destination: "optimism", Kind: "valset", Nonce: 2}
	res, err := f.q.Signatures(f.Ctx, item)
	require.NoError(t, err)
	require.False(t, res.Ready, "the remaining half of valset 1 cannot adopt valset 2 alone")

	// A forged signature among good ones refuses the message, state unchanged.
	part := f.sign(t, 2)
	forged := append([]types.BridgeSignature(nil), part.Signatures...)
	bad := eip712.Sign(f.vals[3].eth, common.BytesToHash(res.Digest))
	forged[0].Signature = bad[:]
	before := f.dump()
	_, err = f.msg.SubmitSignatures(f.Ctx, &types.MsgSubmitSignatures{Operator: f.operator(2), Signatures: forged})
	require.ErrorIs(t, err, types.ErrInvalidSignature)
	_, err = f.msg.SubmitSignatures(f.Ctx, &types.MsgSubmitSignatures{Operator: f.operator(2)})
	require.ErrorIs(t, err, types.ErrInvalidVote)
	_, err = f.msg.SubmitSignatures(f.Ctx, &types.MsgSubmitSignatures{Operator: sdk.AccAddress(bytes.Repeat([]byte{9}, 20)).String(), Signatures: part.Signatures})
	require.ErrorIs(t, err, types.ErrNotValidator)
	require.Equal(t, before, f.dump())

	out, err := f.msg.SubmitSignatures(f.Ctx, &types.MsgSubmitSignatures{Operator: f.operator(2), Signatures: part.Signatures})
	require.NoError(t, err)
	require.EqualValues(t, len(part.Signatures), out.Stored)
	res, err = f.q.Signatures(f.Ctx, item)
	require.NoError(t, err)
	require.True(t, res.Ready, "three of four members of valset 1 signed valset 2")
	// Sending the same again stores nothing new.
	out, err = f.msg.SubmitSignatures(f.Ctx, &types.MsgSubmitSignatures{Operator: f.operator(2), Signatures: part.Signatures})
	require.NoError(t, err)
	require.Zero(t, out.Stored)
}
