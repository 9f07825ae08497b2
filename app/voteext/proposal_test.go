package voteext

import (
	"bytes"
	"context"
	"fmt"
	"sort"
	"testing"

	"github.com/stretchr/testify/require"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/cometbft/cometbft/crypto/ed25519"
	cryptoenc "github.com/cometbft/cometbft/crypto/encoding"
	"github.com/cometbft/cometbft/libs/protoio"
	cmtprotocrypto "github.com/cometbft/cometbft/proto/tendermint/crypto"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"

	"cosmossdk.io/core/header"

	"github.com/cosmos/cosmos-sdk/baseapp"
	sdk "github.com/cosmos/cosmos-sdk/types"

	pricingtypes "github.com/dpn-network/dpn/x/pricing/types"
)

const (
	chainID      = "dpn-test-1"
	enableHeight = 2
	height       = 10
)

// valSet is three validators with real ed25519 keys, as x/staking would serve them.
type valSet struct {
	keys  []ed25519.PrivKey
	power []int64
}

func newValSet() valSet {
	vs := valSet{power: []int64{30, 20, 10}}
	for i := range vs.power {
		vs.keys = append(vs.keys, ed25519.GenPrivKeyFromSecret([]byte{byte(i)}))
	}
	return vs
}

func (vs valSet) GetPubKeyByConsAddr(_ context.Context, a sdk.ConsAddress) (cmtprotocrypto.PublicKey, error) {
	for _, k := range vs.keys {
		if bytes.Equal(k.PubKey().Address(), a) {
			return cryptoenc.PubKeyToProto(k.PubKey())
		}
	}
	return cmtprotocrypto.PublicKey{}, fmt.Errorf("unknown validator %s", a)
}

// commit returns the extended commit of height−1 in which validator i extended with exts[i]
// (nil: absent), each signed as CometBFT signs, and the matching last commit.
func (vs valSet) commit(t testing.TB, exts [][]byte) (abci.ExtendedCommitInfo, abci.CommitInfo) {
	t.Helper()
	var eci abci.ExtendedCommitInfo
	var ci abci.CommitInfo
	for i, k := range vs.keys {
		v := abci.ExtendedVoteInfo{Validator: abci.Validator{Address: k.PubKey().Address(), Power: vs.power[i]}, BlockIdFlag: cmtproto.BlockIDFlagAbsent}
		if exts[i] != nil {
			v.BlockIdFlag = cmtproto.BlockIDFlagCommit
			v.VoteExtension = exts[i]
			var buf bytes.Buffer
			_, err := protoio.NewDelimitedWriter(&buf).WriteMsg(&cmtproto.CanonicalVoteExtension{
				Extension: exts[i], Height: height - 1, Round: 0, ChainId: chainID,
			})
			require.NoError(t, err)
			sig, err := k.Sign(buf.Bytes())
			require.NoError(t, err)
			v.ExtensionSignature = sig
		}
		eci.Votes = append(eci.Votes, v)
	}
	sort.SliceStable(eci.Votes, func(a, b int) bool {
		if eci.Votes[a].Validator.Power != eci.Votes[b].Validator.Power {
			return eci.Votes[a].Validator.Power > eci.Votes[b].Validator.Power
		}
		return bytes.Compare(eci.Votes[a].Validator.Address, eci.Votes[b].Validator.Address) < 0
	})
	for _, v := range eci.Votes {
		ci.Votes = append(ci.Votes, abci.VoteInfo{Validator: v.Validator, BlockIdFlag: v.BlockIdFlag})
	}
	return eci, ci
}

func proposalCtx(ci abci.CommitInfo, h int64) sdk.Context {
	return sdk.Context{}.WithContext(context.Background()).
		WithConsensusParams(cmtproto.ConsensusParams{Abci: &cmtproto.ABCIParams{VoteExtensionsEnableHeight: enableHeight}}).
		WithHeaderInfo(header.Info{Height: h, ChainID: chainID}).
		WithCometInfo(baseapp.NewBlockInfo(nil, nil, nil, ci))
}

// testHandler wraps inner handlers that accept everything and record what they saw.
func testHandler(vs valSet, seen *[][]byte, delivered *[]pricingtypes.ValidatorVote) *Handler {
	return &Handler{
		cfg: Config{ValidatorStore: vs, Consumers: Consumers{Prices: func(_ context.Context, v []pricingtypes.ValidatorVote) error {
			*delivered = v
			return nil
		}}},
		prepare: func(_ sdk.Context, req *abci.RequestPrepareProposal) (*abci.ResponsePrepareProposal, error) {
			var txs [][]byte
			var size int64
			for _, tx := range req.Txs {
				if size += int64(len(tx)); size > req.MaxTxBytes {
					break
				}
				txs = append(txs, tx)
			}
			return &abci.ResponsePrepareProposal{Txs: txs}, nil
		},
		process: func(_ sdk.Context, req *abci.RequestProcessProposal) (*abci.ResponseProcessProposal, error) {
			*seen = req.Txs
			return &abci.ResponseProcessProposal{Status: abci.ResponseProcessProposal_ACCEPT}, nil
		},
	}
}

func TestPrepareProcessPreBlock(t *testing.T) {
	vs := newValSet()
	full := encodePrices(t, priceVote())
	empty := encode(t, Version)
	eci, ci := vs.commit(t, [][]byte{full, empty, nil})
	ctx := proposalCtx(ci, height)
	var seen [][]byte
	var delivered []pricingtypes.ValidatorVote
	h := testHandler(vs, &seen, &delivered)

	txs := [][]byte{[]byte("tx-one"), []byte("tx-two")}
	prep, err := h.PrepareProposal(ctx, &abci.RequestPrepareProposal{Height: height, MaxTxBytes: 1 << 20, Txs: txs, LocalLastCommit: eci})
	require.NoError(t, err)
	require.Len(t, prep.Txs, 3)
	require.True(t, IsInjected(prep.Txs[0]))
	require.Equal(t, txs, prep.Txs[1:], "the other transactions follow, untouched")

	res, err := h.ProcessProposal(ctx, &abci.RequestProcessProposal{Height: height, Txs: prep.Txs, ProposedLastCommit: ci})
	require.NoError(t, err)
	require.Equal(t, abci.ResponseProcessProposal_ACCEPT, res.Status)
	require.Equal(t, txs, seen, "the default handler sees exactly the transactions")

	require.NoError(t, h.PreBlock(ctx, &abci.RequestFinalizeBlock{Height: height, Txs: prep.Txs}))
	require.Len(t, delivered, 3)
	byAddr := map[string]pricingtypes.ValidatorVote{}
	for _, v := range delivered {
		byAddr[string(v.ConsAddr)] = v
	}
	require.Equal(t, priceVote(), byAddr[string(vs.keys[0].PubKey().Address())].Vote)
	require.EqualValues(t, 30, byAddr[string(vs.keys[0].PubKey().Address())].Power)
	require.Nil(t, byAddr[string(vs.keys[1].PubKey().Address())].Vote, "an empty part is no vote")
	require.Nil(t, byAddr[string(vs.keys[2].PubKey().Address())].Vote, "absent")
}

// TestPrepareLeavesOutInvalidExtensions: the proposer's own extension, which CometBFT does
// not verify, is left out when malformed, and the proposal passes.
func TestPrepareLeavesOutInvalidExtensions(t *testing.T) {
	vs := newValSet()
	full := encodePrices(t, priceVote())
	eci, ci := vs.commit(t, [][]byte{full, full, append(full, 0x00)})
	var seen [][]byte
	var delivered []pricingtypes.ValidatorVote
	h := testHandler(vs, &seen, &delivered)
	ctx := proposalCtx(ci, height)
	own := eci.Votes[2].Validator.Address
	prep, err := h.PrepareProposal(ctx, &abci.RequestPrepareProposal{Height: height, MaxTxBytes: 1 << 20, LocalLastCommit: eci, ProposerAddress: own})
	require.NoError(t, err)
	got, err := DecodeInjected(prep.Txs[0])
	require.NoError(t, err)
	require.Equal(t, cmtproto.BlockIDFlagAbsent, got.Votes[2].BlockIdFlag)
	require.Empty(t, got.Votes[2].VoteExtension)
	require.Equal(t, cmtproto.BlockIDFlagCommit, eci.Votes[2].BlockIdFlag, "the request is not modified")
	res, err := h.ProcessProposal(ctx, &abci.RequestProcessProposal{Height: height, Txs: prep.Txs, ProposedLastCommit: ci, ProposerAddress: own})
	require.NoError(t, err)
	require.Equal(t, abci.ResponseProcessProposal_ACCEPT, res.Status)
}

// TestPrepareKeepsPeersVotes: a peer's committed extension is never left out; one that does
// not decode (which VerifyVoteExtension would have refused) stops the proposal instead.
func TestPrepareKeepsPeersVotes(t *testing.T) {
	vs := newValSet()
	full := encodePrices(t, priceVote())
	eci, ci := vs.commit(t, [][]byte{full, full, append(full, 0x00)})
	var seen [][]byte
	var delivered []pricingtypes.ValidatorVote
	h := testHandler(vs, &seen, &delivered)
	_, err := h.PrepareProposal(proposalCtx(ci, height), &abci.RequestPrepareProposal{
		Height: height, MaxTxBytes: 1 << 20, LocalLastCommit: eci, ProposerAddress: eci.Votes[0].Validator.Address,
	})
	require.ErrorIs(t, err, ErrInjected)
}

func TestPrepareKeepsTheBlockLimit(t *testing.T) {
	vs := newValSet()
	eci, ci := vs.commit(t, [][]byte{encode(t, Version), encode(t, Version), encode(t, Version)})
	blob, err := EncodeInjected(eci)
	require.NoError(t, err)
	var seen [][]byte
	var delivered []pricingtypes.ValidatorVote
	h := testHandler(vs, &seen, &delivered)
	txs := [][]byte{bytes.Repeat([]byte{1}, 100), bytes.Repeat([]byte{2}, 100)}
	prep, err := h.PrepareProposal(proposalCtx(ci, height), &abci.RequestPrepareProposal{
		Height: height, MaxTxBytes: int64(len(blob)) + 150, Txs: txs, LocalLastCommit: eci,
	})
	require.NoError(t, err)
	require.Len(t, prep.Txs, 2, "the blob's bytes count against the block: only one tx still fits")
}

func TestProcessProposalRejects(t *testing.T) {
	vs := newValSet()
	full := encodePrices(t, priceVote())
	tx := []byte("tx")
	injected := func(t *testing.T, eci abci.ExtendedCommitInfo) []byte {
		bz, err := EncodeInjected(eci)
		require.NoError(t, err)
		return bz
	}
	type tcase struct {
		name   string
		height int64
		txs    func(t *testing.T) ([][]byte, abci.CommitInfo)
	}
	proposer := vs.keys[0].PubKey().Address()
	tests := []tcase{
		{"no extended commit", height, func(t *testing.T) ([][]byte, abci.CommitInfo) {
			_, ci := vs.commit(t, [][]byte{full, full, full})
			return [][]byte{tx}, ci
		}},
		{"empty proposal", height, func(t *testing.T) ([][]byte, abci.CommitInfo) {
			_, ci := vs.commit(t, [][]byte{full, full, full})
			return nil, ci
		}},
		{"extension changed after signing", height, func(t *testing.T) ([][]byte, abci.CommitInfo) {
			eci, ci := vs.commit(t, [][]byte{full, full, full})
			forged := priceVote()
			forged.DpnUsd = forged.DpnUsd.MulInt64(10)
			eci.Votes[0].VoteExtension = encodePrices(t, forged)
			return [][]byte{injected(t, eci), tx}, ci
		}},
		{"signature of another validator", height, func(t *testing.T) ([][]byte, abci.CommitInfo) {
			eci, ci := vs.commit(t, [][]byte{full, full, full})
			eci.Votes[0].ExtensionSignature = eci.Votes[1].ExtensionSignature
			return [][]byte{injected(t, eci), tx}, ci
		}},
		{"signed but malformed extension", height, func(t *testing.T) ([][]byte, abci.CommitInfo) {
			eci, ci := vs.commit(t, [][]byte{full, []byte{0x08, 0x81, 0x00}, full})
			return [][]byte{injected(t, eci), tx}, ci
		}},
		{"less than 2/3 of the power", height, func(t *testing.T) ([][]byte, abci.CommitInfo) {
			eci, ci := vs.commit(t, [][]byte{full, nil, nil})
			return [][]byte{injected(t, eci), tx}, ci
		}},
		{"a vote left out", height, func(t *testing.T) ([][]byte, abci.CommitInfo) {
			eci, ci := vs.commit(t, [][]byte{full, full, full})
			eci.Votes = eci.Votes[:2]
			return [][]byte{injected(t, eci), tx}, ci
		}},
		{"power inflated", height, func(t *testing.T) ([][]byte, abci.CommitInfo) {
			eci, ci := vs.commit(t, [][]byte{full, full, full})
			eci.Votes[2].Validator.Power = 1000
			return [][]byte{injected(t, eci), tx}, ci
		}},
		{"a peer's committed vote marked absent", height, func(t *testing.T) ([][]byte, abci.CommitInfo) {
			eci, ci := vs.commit(t, [][]byte{full, full, full})
			eci.Votes[2] = abci.ExtendedVoteInfo{Validator: eci.Votes[2].Validator, BlockIdFlag: cmtproto.BlockIDFlagAbsent}
			return [][]byte{injected(t, eci), tx}, ci
		}},
		{"a peer's committed vote marked nil", height, func(t *testing.T) ([][]byte, abci.CommitInfo) {
			eci, ci := vs.commit(t, [][]byte{full, full, full})
			eci.Votes[1] = abci.ExtendedVoteInfo{Validator: eci.Votes[1].Validator, BlockIdFlag: cmtproto.BlockIDFlagNil}
			return [][]byte{injected(t, eci), tx}, ci
		}},
		{"an absent vote marked committed", height, func(t *testing.T) ([][]byte, abci.CommitInfo) {
			eci, _ := vs.commit(t, [][]byte{full, full, full})
			_, ci := vs.commit(t, [][]byte{full, full, nil})
			return [][]byte{injected(t, eci), tx}, ci
		}},
		{"garbage after the prefix", height, func(t *testing.T) ([][]byte, abci.CommitInfo) {
			_, ci := vs.commit(t, [][]byte{full, full, full})
			return [][]byte{append(append([]byte(nil), injectedPrefix...), 0xff, 0xff), tx}, ci
		}},
		{"a second extended commit", height, func(t *testing.T) ([][]byte, abci.CommitInfo) {
			eci, ci := vs.commit(t, [][]byte{full, full, full})
			return [][]byte{injected(t, eci), tx, injected(t, eci)}, ci
		}},
		{"extended commit before vote extensions", enableHeight, func(t *testing.T) ([][]byte, abci.CommitInfo) {
			eci, ci := vs.commit(t, [][]byte{full, full, full})
			return [][]byte{tx, injected(t, eci)}, ci
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var seen [][]byte
			var delivered []pricingtypes.ValidatorVote
			h := testHandler(vs, &seen, &delivered)
			txs, ci := tc.txs(t)
			res, err := h.ProcessProposal(proposalCtx(ci, tc.height), &abci.RequestProcessProposal{
				Height: tc.height, Txs: txs, ProposedLastCommit: ci, ProposerAddress: proposer,
			})
			require.NoError(t, err)
			require.Equal(t, abci.ResponseProcessProposal_REJECT, res.Status)
			require.Nil(t, seen, "nothing reaches the default handler")
		})
	}
}

// TestProcessProposalOwnVoteLeftOut: the proposer may leave out only its own vote, and only
// cleanly (no extension kept under an absent flag).
func TestProcessProposalOwnVoteLeftOut(t *testing.T) {
	vs := newValSet()
	full := encodePrices(t, priceVote())
	own := []byte(vs.keys[2].PubKey().Address())
	tests := []struct {
		name     string
		proposer []byte
		edit     func(v *abci.ExtendedVoteInfo)
		want     abci.ResponseProcessProposal_ProposalStatus
	}{
		{"own vote left out", own, func(v *abci.ExtendedVoteInfo) {
			*v = abci.ExtendedVoteInfo{Validator: v.Validator, BlockIdFlag: cmtproto.BlockIDFlagAbsent}
		}, abci.ResponseProcessProposal_ACCEPT},
		{"own vote absent but keeping its extension", own, func(v *abci.ExtendedVoteInfo) {
			v.BlockIdFlag = cmtproto.BlockIDFlagAbsent
		}, abci.ResponseProcessProposal_REJECT},
		{"another's vote left out", vs.keys[0].PubKey().Address(), func(v *abci.ExtendedVoteInfo) {
			*v = abci.ExtendedVoteInfo{Validator: v.Validator, BlockIdFlag: cmtproto.BlockIDFlagAbsent}
		}, abci.ResponseProcessProposal_REJECT},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			eci, ci := vs.commit(t, [][]byte{full, full, full})
			require.Equal(t, own, eci.Votes[2].Validator.Address)
			tc.edit(&eci.Votes[2])
			bz, err := EncodeInjected(eci)
			require.NoError(t, err)
			var seen [][]byte
			var delivered []pricingtypes.ValidatorVote
			h := testHandler(vs, &seen, &delivered)
			res, err := h.ProcessProposal(proposalCtx(ci, height), &abci.RequestProcessProposal{
				Height: height, Txs: [][]byte{bz}, ProposedLastCommit: ci, ProposerAddress: tc.proposer,
			})
			require.NoError(t, err)
			require.Equal(t, tc.want, res.Status)
		})
	}
}

func FuzzDecodeInjected(f *testing.F) {
	vs := newValSet()
	eci, _ := vs.commit(f, [][]byte{encode(f, Version), nil, nil})
	if bz, err := EncodeInjected(eci); err == nil {
		f.Add(bz)
	}
	f.Add(append([]byte(nil), injectedPrefix...))
	f.Add([]byte("tx"))
	f.Fuzz(func(t *testing.T, bz []byte) {
		eci, err := DecodeInjected(bz)
		if err != nil {
			return
		}
		again, err := EncodeInjected(eci)
		require.NoError(t, err)
		require.Equal(t, bz, again)
	})
}
