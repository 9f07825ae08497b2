package jobs

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/dpn-network/dpn/crypto/zk/groth16"
)

func fixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	require.NoError(t, err)
	return b
}

func TestRunWASM(t *testing.T) {
	ctx := context.Background()
	out, err := RunWASM(ctx, fixture(t, "reverse.wasm"), []byte("hello, dpn"), DefaultLimits())
	require.NoError(t, err)
	require.Equal(t, "npd ,olleh", string(out))
	again, err := RunWASM(ctx, fixture(t, "reverse.wasm"), []byte("hello, dpn"), DefaultLimits())
	require.NoError(t, err)
	require.Equal(t, out, again, "deterministic")

	empty, err := RunWASM(ctx, fixture(t, "reverse.wasm"), nil, DefaultLimits())
	require.NoError(t, err)
	require.Empty(t, empty)
}

func TestRunWASMLimits(t *testing.T) {
	ctx := context.Background()
	lim := DefaultLimits()
	lim.Time = 300 * time.Millisecond
	start := time.Now()
	_, err := RunWASM(ctx, fixture(t, "spin.wasm"), nil, lim)
	require.ErrorIs(t, err, ErrTimeLimit)
	require.Less(t, time.Since(start), 10*time.Second)

	lim = DefaultLimits()
	lim.MemoryPages = 16
	_, err = RunWASM(ctx, fixture(t, "greedy.wasm"), nil, lim)
	require.ErrorIs(t, err, ErrMemoryLimit)

	lim = DefaultLimits()
	lim.MaxOutput = 4
	_, err = RunWASM(ctx, fixture(t, "reverse.wasm"), []byte("too long"), lim)
	require.ErrorIs(t, err, ErrOutputLimit)

	_, err = RunWASM(ctx, []byte("\x00asm\x01\x00\x00\x00garbage"), nil, DefaultLimits())
	require.ErrorIs(t, err, ErrInvalidWASM)
}

func TestProveCircom(t *testing.T) {
	zk := func(name string) []byte {
		b, err := os.ReadFile("../../crypto/zk/testdata/" + name)
		require.NoError(t, err)
		return b
	}
	proof, public, err := ProveCircom(context.Background(), zk("multiplier.wasm"), zk("multiplier.zkey"), zk("multiplier_input.json"), DefaultLimits())
	require.NoError(t, err)
	vk, err := groth16.DecodeVerifyingKey(zk("multiplier_vkey.json"))
	require.NoError(t, err)
	p, err := groth16.DecodeProof(proof)
	require.NoError(t, err)
	pub, err := groth16.DecodePublic(public)
	require.NoError(t, err)
	require.NoError(t, groth16.Verify(vk, p, pub))
	require.JSONEq(t, `["33"]`, string(public))

	_, _, err = ProveCircom(context.Background(), zk("multiplier.wasm"), zk("multiplier.zkey"), []byte(`{"a":"3"}`), DefaultLimits())
	require.Error(t, err, "missing input")
}
