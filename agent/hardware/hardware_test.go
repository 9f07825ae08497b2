package hardware

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/dpn-network/dpn/x/attestation/types"
)

// FakeMachine writes a minimal /proc, /sys and /etc tree under dir.
func fakeMachine(t *testing.T, dir, machineID string) {
	t.Helper()
	write := func(rel, content string) {
		p := filepath.Join(dir, rel)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	}
	write("etc/machine-id", machineID+"\n")
	write("sys/class/dmi/id/board_serial", "  BOARD-1 \n")
	write("proc/cpuinfo", "processor\t: 0\nmodel name\t: Test CPU 9000\n\nprocessor\t: 1\nmodel name\t: Test CPU 9000\n\n"+
		"processor\t: 2\nmodel name\t: Test CPU 9000\n\nprocessor\t: 3\nmodel name\t: Test CPU 9000\n")
	write("proc/meminfo", "MemTotal:       16384000 kB\nMemFree:         1000 kB\n")
	// nvme0n1: a real disk with a serial; sda: a SATA disk with only a wwid; loop0: no device
	// link (ignored); sr0: no medium (ignored); dm-0 has no device link either.
	write("sys/block/nvme0n1/size", "2000000\n")
	write("sys/block/nvme0n1/device/serial", "S4EWNX0R\n")
	write("sys/block/sda/size", "1000\n")
	write("sys/block/sda/device/wwid", "naa.5000c500a1b2c3d4\n")
	write("sys/block/loop0/size", "4096\n")
	write("sys/block/sr0/size", "0\n")
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "sys/block/sr0/device"), 0o755))
	write("sys/block/dm-0/size", "4096\n")
}

func TestReadFakeMachine(t *testing.T) {
	dir := t.TempDir()
	fakeMachine(t, dir, "0123456789abcdef")
	gpus := func(context.Context) ([]types.Gpu, error) {
		return []types.Gpu{
			{Uuid: "GPU-b", Model: "NVIDIA A100-SXM4-80GB", MemoryBytes: 80 << 30},
			{Uuid: "GPU-a", Model: "NVIDIA A100-SXM4-80GB", MemoryBytes: 80 << 30},
			{Uuid: "GPU-a", Model: "duplicate", MemoryBytes: 1},
			{Uuid: "", Model: "no uuid"},
		}, nil
	}
	d, err := Reader{Root: dir, GPUs: gpus}.Read(context.Background())
	require.NoError(t, err)
	require.Equal(t, types.HardwareDescriptor{
		MachineId:   "0123456789abcdef",
		BoardSerial: "BOARD-1",
		CpuModel:    "Test CPU 9000",
		CpuThreads:  4,
		MemoryBytes: 16384000 * 1024,
		Gpus: []types.Gpu{
			{Uuid: "GPU-a", Model: "NVIDIA A100-SXM4-80GB", MemoryBytes: 80 << 30},
			{Uuid: "GPU-b", Model: "NVIDIA A100-SXM4-80GB", MemoryBytes: 80 << 30},
		},
		Disks: []types.Disk{
			{Serial: "S4EWNX0R", SizeBytes: 2000000 * 512},
			{Serial: "naa.5000c500a1b2c3d4", SizeBytes: 1000 * 512},
		},
	}, d)

	enc, fp, err := Describe(d)
	require.NoError(t, err)
	parsed, err := types.ParseDescriptor(enc, types.DefaultMaxDescriptorBytes)
	require.NoError(t, err, "the chain accepts what the agent builds")
	require.Equal(t, d, parsed)
	require.Equal(t, types.Fingerprint(enc), fp)

	// The same tree read again gives the same fingerprint; another machine id another one.
	again, err := Reader{Root: dir, GPUs: gpus}.Read(context.Background())
	require.NoError(t, err)
	_, fp2, err := Describe(again)
	require.NoError(t, err)
	require.Equal(t, fp, fp2)
	other := t.TempDir()
	fakeMachine(t, other, "fedcba9876543210")
	d3, err := Reader{Root: other, GPUs: gpus}.Read(context.Background())
	require.NoError(t, err)
	_, fp3, err := Describe(d3)
	require.NoError(t, err)
	require.NotEqual(t, fp, fp3)
}

func TestReadRejections(t *testing.T) {
	t.Run("no machine id", func(t *testing.T) {
		dir := t.TempDir()
		fakeMachine(t, dir, "x")
		require.NoError(t, os.Remove(filepath.Join(dir, "etc/machine-id")))
		_, err := Reader{Root: dir}.Read(context.Background())
		require.ErrorIs(t, err, ErrUnreadable)
	})
	t.Run("no processors", func(t *testing.T) {
		dir := t.TempDir()
		fakeMachine(t, dir, "x")
		require.NoError(t, os.WriteFile(filepath.Join(dir, "proc/cpuinfo"), []byte("flags: fpu\n"), 0o644))
		_, err := Reader{Root: dir}.Read(context.Background())
		require.ErrorIs(t, err, ErrUnreadable)
	})
	t.Run("no MemTotal", func(t *testing.T) {
		dir := t.TempDir()
		fakeMachine(t, dir, "x")
		require.NoError(t, os.WriteFile(filepath.Join(dir, "proc/meminfo"), []byte("MemFree: 1 kB\n"), 0o644))
		_, err := Reader{Root: dir}.Read(context.Background())
		require.ErrorIs(t, err, ErrUnreadable)
	})
	t.Run("gpu listing fails", func(t *testing.T) {
		dir := t.TempDir()
		fakeMachine(t, dir, "x")
		boom := errors.New("driver wedged")
		_, err := Reader{Root: dir, GPUs: func(context.Context) ([]types.Gpu, error) { return nil, boom }}.Read(context.Background())
		require.ErrorIs(t, err, boom)
	})
}

func TestLongStringsBounded(t *testing.T) {
	dir := t.TempDir()
	fakeMachine(t, dir, strings.Repeat("é", 100)) // 200 bytes
	d, err := Reader{Root: dir}.Read(context.Background())
	require.NoError(t, err)
	require.LessOrEqual(t, len(d.MachineId), 128)
	require.Equal(t, strings.Repeat("é", 64), d.MachineId, "cut on a rune boundary")
}

// TestReadThisMachine reads the machine the test runs on, as `dpn-node init` does.
func TestReadThisMachine(t *testing.T) {
	if _, err := os.Stat("/etc/machine-id"); err != nil {
		t.Skip("no /etc/machine-id on this machine")
	}
	d, err := Reader{Root: "/", GPUs: NvidiaSMI}.Read(context.Background())
	require.NoError(t, err)
	require.NotZero(t, d.CpuThreads)
	require.NotZero(t, d.MemoryBytes)
	_, _, err = Describe(d)
	require.NoError(t, err)
}

func TestParseNvidiaSMI(t *testing.T) {
	out := []byte("GPU-1d2c, NVIDIA H100 80GB HBM3, 81559\nGPU-99aa, Tesla T4, 15360\n\n")
	gpus, err := ParseNvidiaSMI(out)
	require.NoError(t, err)
	require.Equal(t, []types.Gpu{
		{Uuid: "GPU-1d2c", Model: "NVIDIA H100 80GB HBM3", MemoryBytes: 81559 << 20},
		{Uuid: "GPU-99aa", Model: "Tesla T4", MemoryBytes: 15360 << 20},
	}, gpus)
	for _, bad := range []string{"GPU-1, T4\n", "GPU-1, T4, lots\n", "GPU-1, T4, 99999999999999999999\n"} {
		_, err := ParseNvidiaSMI([]byte(bad))
		require.Error(t, err, bad)
	}
}

// FuzzParseNvidiaSMI feeds arbitrary tool output; what parses must give a descriptor the
// chain accepts once canonicalised.
func FuzzParseNvidiaSMI(f *testing.F) {
	f.Add([]byte("GPU-1d2c, NVIDIA H100 80GB HBM3, 81559\n"))
	f.Add([]byte(",,\n"))
	f.Add([]byte("\xff\xfe, \x00, 1\n"))
	f.Fuzz(func(t *testing.T, out []byte) {
		gpus, err := ParseNvidiaSMI(out)
		if err != nil {
			return
		}
		d := types.HardwareDescriptor{MachineId: "m", CpuThreads: 1, MemoryBytes: 1, Gpus: canonicalGPUs(gpus)}
		if _, _, err := Describe(d); err != nil {
			t.Fatalf("canonical gpus rejected: %v", err)
		}
	})
}
