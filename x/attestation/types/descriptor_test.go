package types_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/dpn-network/dpn/x/attestation/types"
)

func sampleDescriptor() types.HardwareDescriptor {
	return types.HardwareDescriptor{
		MachineId: "0f3c6d", BoardSerial: "BRD-1", CpuModel: "Ryzen 9", CpuThreads: 16, MemoryBytes: 64 << 30,
		Gpus:  []types.Gpu{{Uuid: "GPU-a", Model: "RTX 4090", MemoryBytes: 24 << 30}, {Uuid: "GPU-b", Model: "RTX 4090"}},
		Disks: []types.Disk{{Serial: "D1", SizeBytes: 2 << 40}},
	}
}

func TestParseDescriptor(t *testing.T) {
	good := mustMarshal(t, sampleDescriptor())
	d, err := types.ParseDescriptor(good, 4096)
	require.NoError(t, err)
	require.Equal(t, sampleDescriptor(), d)

	unsorted := sampleDescriptor()
	unsorted.Gpus[0], unsorted.Gpus[1] = unsorted.Gpus[1], unsorted.Gpus[0]
	dup := sampleDescriptor()
	dup.Disks = append(dup.Disks, dup.Disks[0])
	noID := sampleDescriptor()
	noID.MachineId = ""
	badUTF8 := sampleDescriptor()
	badUTF8.CpuModel = "\xff"
	tests := []struct {
		name string
		in   []byte
		max  uint32
		err  error
	}{
		{"too large", good, uint32(len(good) - 1), types.ErrDescriptorTooLarge},
		{"truncated", good[:len(good)-1], 4096, types.ErrInvalidDescriptor},
		{"unknown field", append(bytes.Clone(good), 0x78, 0x01), 4096, types.ErrInvalidDescriptor},
		{"field repeated", append(bytes.Clone(good), 0x20, 0x10), 4096, types.ErrInvalidDescriptor},
		{"non-minimal varint", append(bytes.Clone(good[:0]), reencodeThreads(t)...), 4096, types.ErrInvalidDescriptor},
		{"gpus unsorted", mustMarshal(t, unsorted), 4096, types.ErrInvalidDescriptor},
		{"duplicate disk", mustMarshal(t, dup), 4096, types.ErrInvalidDescriptor},
		{"no machine id", mustMarshal(t, noID), 4096, types.ErrInvalidDescriptor},
		{"invalid UTF-8", mustMarshal(t, badUTF8), 4096, types.ErrInvalidDescriptor},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := types.ParseDescriptor(tc.in, tc.max)
			require.ErrorIs(t, err, tc.err)
		})
	}
}

// reencodeThreads encodes a descriptor whose cpu_threads varint has a redundant continuation
// byte: same value, different bytes, so a different fingerprint if it were accepted.
func reencodeThreads(t *testing.T) []byte {
	d := types.HardwareDescriptor{MachineId: "m", CpuThreads: 1, MemoryBytes: 1}
	b := mustMarshal(t, d)
	i := bytes.Index(b, []byte{0x20, 0x01})
	require.GreaterOrEqual(t, i, 0)
	return append(append(append([]byte{}, b[:i]...), 0x20, 0x81, 0x00), b[i+2:]...)
}

func mustMarshal(t *testing.T, d types.HardwareDescriptor) []byte {
	b, err := d.Marshal()
	require.NoError(t, err)
	return b
}

// FuzzParseDescriptor: any accepted input is its own canonical encoding, so equal machines
// have equal fingerprints; any rejection is one of the module's typed errors.
func FuzzParseDescriptor(f *testing.F) {
	sample := sampleDescriptor()
	good, _ := sample.Marshal()
	f.Add(good)
	f.Add([]byte{})
	f.Add([]byte{0x0a, 0x01, 'm', 0x20, 0x01, 0x28, 0x01})
	f.Add(append(bytes.Clone(good), 0x78, 0x01))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := types.ParseDescriptor(b, 4096)
		if err != nil {
			if !errors.Is(err, types.ErrInvalidDescriptor) && !errors.Is(err, types.ErrDescriptorTooLarge) {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		again, err := d.Marshal()
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("accepted a non-canonical encoding")
		}
		if err := d.Validate(); err != nil {
			t.Fatalf("accepted an invalid descriptor: %v", err)
		}
	})
}

func TestBitmaps(t *testing.T) {
	a := types.BitmapSet(nil, 9)
	require.Equal(t, []byte{0, 2}, a)
	merged, added := types.BitmapOr(a, []byte{1, 2, 4})
	require.Equal(t, []byte{1, 2, 4}, merged)
	require.EqualValues(t, 2, added)
	require.Equal(t, []byte{0, 2}, a, "inputs are not modified")
	require.True(t, types.BitmapGet(merged, 18))
	require.False(t, types.BitmapGet(merged, 100))
	require.EqualValues(t, 3, types.BitmapCount(merged))
}

func TestHeartbeatSignBytesSeparate(t *testing.T) {
	beacon := bytes.Repeat([]byte{7}, 32)
	base := types.HeartbeatSignBytes("dpn-1", 5, beacon)
	require.NotEqual(t, base, types.HeartbeatSignBytes("dpn-2", 5, beacon))
	require.NotEqual(t, base, types.HeartbeatSignBytes("dpn-1", 6, beacon))
	require.NotEqual(t, base, types.HeartbeatSignBytes("dpn-1", 5, bytes.Repeat([]byte{8}, 32)))
}

func TestParamsValidate(t *testing.T) {
	require.NoError(t, types.DefaultParams().Validate())
	for _, mutate := range []func(*types.Params){
		func(p *types.Params) { p.EpochIdentifier = "" },
		func(p *types.Params) { p.UptimeWindowEpochs = 0 },
		func(p *types.Params) { p.MinUptimeBps = 10_001 },
		func(p *types.Params) { p.MaxDescriptorBytes = 0 },
	} {
		p := types.DefaultParams()
		mutate(&p)
		require.ErrorIs(t, p.Validate(), types.ErrInvalidParams)
	}
}
