package signer_test

import (
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dpn-network/dpn/x/bridge/signer"
	"github.com/dpn-network/dpn/x/bridge/types"
)

func TestPartSignsEachOpenItemOnce(t *testing.T) {
	p := testParams()
	p.BatchMaxRecords = 1
	f := newFixture(t, 4, p)
	for i := 0; i < 3; i++ {
		f.chain.payout(uint64(i+1), "optimism", common.BigToAddress(big.NewInt(int64(0x100000+i))), 10)
	}
	f.endBlock(t)
	digests := map[uint64]common.Hash{}
	require.NoError(t, f.k.OpenItems(f.Ctx, func(it types.Item, d common.Hash) bool { digests[it.Nonce] = d; return false }))
	require.Len(t, digests, 3)

	s := signer.New(f.vals[0].eth, f.k, nil, nil)
	part, err := s.Part(f.Ctx)
	require.NoError(t, err)
	require.Len(t, part.Signatures, 3)
	for _, sig := range part.Signatures {
		require.Equal(t, types.ITEM_KIND_BATCH, sig.Kind)
		a, err := types.RecoverSigner(digests[sig.Nonce], sig.Signature)
		require.NoError(t, err)
		require.Equal(t, s.Address(), a)
	}
	require.NoError(t, f.k.VerifyPart(f.Ctx, f.vals[0].cons, part))

	// Once the chain stored them, nothing is left to sign.
	var votes []types.ValidatorPart
	for i, v := range f.vals {
		vp := types.ValidatorPart{ConsAddr: v.cons, Power: 100}
		if i == 0 {
			vp.Part = part
		}
		votes = append(votes, vp)
	}
	require.NoError(t, f.k.ApplyVotes(f.Ctx, votes))
	again, err := s.Part(f.Ctx)
	require.NoError(t, err)
	require.Empty(t, again.Signatures)

	// max_signatures_per_vote bounds a part, oldest first.
	p.MaxSignaturesPerVote = 2
	require.NoError(t, f.k.Params.Set(f.Ctx, p))
	bounded, err := signer.New(f.vals[1].eth, f.k, nil, nil).Part(f.Ctx)
	require.NoError(t, err)
	require.Len(t, bounded.Signatures, 2)
	require.EqualValues(t, []uint64{1, 2}, []uint64{bounded.Signatures[0].Nonce, bounded.Signatures[1].Nonce})

	// A key no validator registered signs nothing, and is no error.
	stranger, err := crypto.GenerateKey()
	require.NoError(t, err)
	none, err := signer.New(stranger, f.k, nil, nil).Part(f.Ctx)
	require.NoError(t, err)
	require.Empty(t, none.Signatures)
}
