package voteext

import (
	"testing"

	"github.com/stretchr/testify/require"

	abci "github.com/cometbft/cometbft/abci/types"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/dpn-network/dpn/app/voteext/types"
)

func encode(t *testing.T, v uint32) []byte {
	t.Helper()
	bz, err := (&types.VoteExtension{Version: v}).Marshal()
	require.NoError(t, err)
	return bz
}

func TestExtendThenVerify(t *testing.T) {
	h := handler{}
	res, err := h.ExtendVote(sdk.Context{}, &abci.RequestExtendVote{})
	require.NoError(t, err)
	ok, err := h.VerifyVoteExtension(sdk.Context{}, &abci.RequestVerifyVoteExtension{VoteExtension: res.VoteExtension})
	require.NoError(t, err)
	require.Equal(t, abci.ResponseVerifyVoteExtension_ACCEPT, ok.Status)
}

func TestDecodeRejects(t *testing.T) {
	tests := []struct {
		name string
		bz   []byte
		err  error
	}{
		{"over the size limit", make([]byte, MaxExtensionBytes+1), ErrTooLarge},
		{"not protobuf", []byte{0xff, 0xff, 0xff}, ErrMalformed},
		{"unknown version", encode(t, 2), ErrVersion},
		{"empty (version 0)", nil, ErrVersion},
		{"unknown trailing field", append(encode(t, Version), 0x12, 0x01, 0x00), ErrMalformed},
		{"non-minimal varint", []byte{0x08, 0x81, 0x00}, ErrMalformed},
	}
	h := handler{}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Decode(tc.bz)
			require.ErrorIs(t, err, tc.err)
			res, err := h.VerifyVoteExtension(sdk.Context{}, &abci.RequestVerifyVoteExtension{VoteExtension: tc.bz})
			require.NoError(t, err, "a bad extension is rejected, never an error that halts the node")
			require.Equal(t, abci.ResponseVerifyVoteExtension_REJECT, res.Status)
		})
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte{0x08, 0x01})
	f.Add([]byte{})
	f.Add([]byte{0x08, 0x81, 0x00})
	f.Fuzz(func(t *testing.T, bz []byte) {
		ext, err := Decode(bz)
		if err != nil {
			return
		}
		again, err := ext.Marshal()
		require.NoError(t, err)
		require.Equal(t, bz, again, "an accepted extension is canonical")
	})
}
