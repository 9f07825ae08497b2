// Package hardware reads what a Linux machine has (CPU, memory, GPUs, disks, machine id) from
// /proc, /sys and nvidia-smi, and builds the canonical hardware descriptor whose SHA-256 is
// the node's fingerprint on chain.
package hardware

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/dpn-network/dpn/x/attestation/types"
)

// ErrUnreadable is returned when a field the descriptor cannot do without (machine id, CPU
// threads, memory) cannot be read.
var ErrUnreadable = errors.New("hardware: cannot read")

// GPULister lists the machine's GPUs. NvidiaSMI is the real one; tests give their own.
type GPULister func(ctx context.Context) ([]types.Gpu, error)

// Reader reads one machine. Root is the file-system root the /proc, /sys and /etc paths are
// taken under ("/" for the machine itself; a directory holding a copy for tests or for an
// agent running in a container with the host's trees mounted elsewhere).
type Reader struct {
	Root string
	GPUs GPULister
}

// Read returns the machine's descriptor, in canonical form (lists sorted, strings trimmed and
// bounded), ready to be marshalled and fingerprinted.
func (r Reader) Read(ctx context.Context) (types.HardwareDescriptor, error) {
	var d types.HardwareDescriptor
	id, err := r.machineID()
	if err != nil {
		return d, err
	}
	d.MachineId = id
	d.BoardSerial = bounded(r.readTrim("sys/class/dmi/id/board_serial"))
	d.CpuModel, d.CpuThreads, err = r.cpu()
	if err != nil {
		return d, err
	}
	if d.MemoryBytes, err = r.memory(); err != nil {
		return d, err
	}
	if d.Disks, err = r.disks(); err != nil {
		return d, err
	}
	if r.GPUs != nil {
		gpus, err := r.GPUs(ctx)
		if err != nil {
			return d, fmt.Errorf("hardware: listing gpus: %w", err)
		}
		d.Gpus = canonicalGPUs(gpus)
	}
	if err := d.Validate(); err != nil {
		return d, fmt.Errorf("hardware: descriptor: %w", err)
	}
	return d, nil
}

func (r Reader) path(rel string) string {
	root := r.Root
	if root == "" {
		root = "/"
	}
	return filepath.Join(root, rel)
}

// readTrim returns a file's content without surrounding white space, or "" if unreadable
// (several fields are readable only by root, or absent in virtual machines).
func (r Reader) readTrim(rel string) string {
	b, err := os.ReadFile(r.path(rel))
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(b))
}

// machineID is systemd's /etc/machine-id, or D-Bus's copy where systemd is absent.
func (r Reader) machineID() (string, error) {
	for _, p := range []string{"etc/machine-id", "var/lib/dbus/machine-id"} {
		if id := r.readTrim(p); id != "" {
			return bounded(id), nil
		}
	}
	return "", fmt.Errorf("%w: machine id (/etc/machine-id)", ErrUnreadable)
}

// cpu returns the model name and the number of logical processors from /proc/cpuinfo.
func (r Reader) cpu() (string, uint32, error) {
	f, err := os.Open(r.path("proc/cpuinfo"))
	if err != nil {
		return "", 0, fmt.Errorf("%w: %v", ErrUnreadable, err)
	}
	defer f.Close()
	var model string
	var threads uint32
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		key, val, ok := strings.Cut(sc.Text(), ":")
		if !ok {
			continue
		}
		switch strings.TrimSpace(key) {
		case "processor":
			threads++
		case "model name", "Model", "cpu model":
			if model == "" {
				model = strings.TrimSpace(val)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return "", 0, fmt.Errorf("%w: /proc/cpuinfo: %v", ErrUnreadable, err)
	}
	if threads == 0 {
		return "", 0, fmt.Errorf("%w: no processor in /proc/cpuinfo", ErrUnreadable)
	}
	return bounded(model), threads, nil
}

// memory returns MemTotal from /proc/meminfo in bytes.
func (r Reader) memory() (uint64, error) {
	b, err := os.ReadFile(r.path("proc/meminfo"))
	if err != nil {
		return 0, fmt.Errorf("%w: %v", ErrUnreadable, err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		rest, ok := strings.CutPrefix(line, "MemTotal:")
		if !ok {
			continue
		}
		fields := strings.Fields(rest)
		if len(fields) == 0 {
			break
		}
		kb, err := strconv.ParseUint(fields[0], 10, 64)
		if err != nil || kb == 0 || kb > (1<<54) {
			break
		}
		return kb * 1024, nil
	}
	return 0, fmt.Errorf("%w: no MemTotal in /proc/meminfo", ErrUnreadable)
}

// disks lists the block devices backed by hardware (those with a device link in /sys/block;
// loop, RAM, zram and device-mapper devices have none), with their serial numbers and sizes.
func (r Reader) disks() ([]types.Disk, error) {
	entries, err := os.ReadDir(r.path("sys/block"))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("%w: /sys/block: %v", ErrUnreadable, err)
	}
	seen := map[string]bool{}
	var out []types.Disk
	for _, e := range entries {
		dev := "sys/block/" + e.Name()
		if _, err := os.Stat(r.path(dev + "/device")); err != nil {
			continue
		}
		sectors, err := strconv.ParseUint(r.readTrim(dev+"/size"), 10, 64)
		if err != nil || sectors == 0 || sectors > (1<<54) {
			continue // no medium (an empty card reader or optical drive)
		}
		serial := r.diskSerial(dev, e.Name())
		if seen[serial] {
			continue // multipath: one disk seen through two devices
		}
		seen[serial] = true
		out = append(out, types.Disk{Serial: serial, SizeBytes: sectors * 512})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Serial < out[j].Serial })
	if len(out) > maxItems {
		out = out[:maxItems]
	}
	return out, nil
}

// diskSerial is the device's serial number (NVMe, virtio, SCSI) or its world-wide id; a disk
// that reports neither is named by its kernel name, which is stable on one machine but not
// unique across machines (the machine id is).
func (r Reader) diskSerial(dev, name string) string {
	for _, p := range []string{"/device/serial", "/serial", "/device/wwid", "/wwid"} {
		if s := r.readTrim(dev + p); s != "" {
			return bounded(s)
		}
	}
	return "name:" + bounded(name)
}

// maxItems and maxString follow the limits x/attestation's ParseDescriptor enforces.
const (
	maxItems  = 64
	maxString = 128
)

// bounded trims s to maxString bytes on a UTF-8 boundary and drops invalid bytes.
func bounded(s string) string {
	s = strings.ToValidUTF8(strings.TrimSpace(s), "")
	if len(s) <= maxString {
		return s
	}
	cut := maxString
	for cut > 0 && !isRuneStart(s[cut]) {
		cut--
	}
	return s[:cut]
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// canonicalGPUs sorts by UUID, drops GPUs without one and duplicates, and bounds the list.
func canonicalGPUs(in []types.Gpu) []types.Gpu {
	var out []types.Gpu
	for _, g := range in {
		g.Uuid, g.Model = bounded(g.Uuid), bounded(g.Model)
		if g.Uuid != "" {
			out = append(out, g)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Uuid < out[j].Uuid })
	dedup := out[:0]
	for i, g := range out {
		if i == 0 || g.Uuid != out[i-1].Uuid {
			dedup = append(dedup, g)
		}
	}
	if len(dedup) > maxItems {
		dedup = dedup[:maxItems]
	}
	return dedup
}

// Describe returns the canonical encoding of d and its fingerprint, exactly as the chain
// computes them.
func Describe(d types.HardwareDescriptor) (encoded, fingerprint []byte, err error) {
	encoded, err = d.Marshal()
	if err != nil {
		return nil, nil, err
	}
	if _, err := types.ParseDescriptor(encoded, types.MaxDescriptorBytesLimit); err != nil {
		return nil, nil, err
	}
	return encoded, types.Fingerprint(encoded), nil
}

// ParseNvidiaSMI reads the output of
// `nvidia-smi --query-gpu=uuid,name,memory.total --format=csv,noheader,nounits`
// (memory in MiB).
func ParseNvidiaSMI(out []byte) ([]types.Gpu, error) {
	var gpus []types.Gpu
	for i, line := range bytes.Split(out, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		parts := strings.Split(string(line), ",")
		if len(parts) != 3 {
			return nil, fmt.Errorf("nvidia-smi line %d: want uuid, name, memory; got %q", i+1, line)
		}
		mib, err := strconv.ParseUint(strings.TrimSpace(parts[2]), 10, 64)
		if err != nil || mib > 1<<40 {
			return nil, fmt.Errorf("nvidia-smi line %d: memory %q", i+1, parts[2])
		}
		gpus = append(gpus, types.Gpu{
			Uuid:        strings.TrimSpace(parts[0]),
			Model:       strings.TrimSpace(parts[1]),
			MemoryBytes: mib << 20,
		})
	}
	return gpus, nil
}
