package hardware

import (
	"context"
	"errors"
	"fmt"
	"os/exec"
	"time"

	"github.com/dpn-network/dpn/x/attestation/types"
)

// nvidiaSMITimeout bounds one nvidia-smi call; a wedged driver must not stall the agent.
const nvidiaSMITimeout = 20 * time.Second

// NvidiaSMI lists NVIDIA GPUs with nvidia-smi. A machine without the tool has no NVIDIA GPUs
// to offer, which is not an error.
func NvidiaSMI(ctx context.Context) ([]types.Gpu, error) {
	bin, err := exec.LookPath("nvidia-smi")
	if errors.Is(err, exec.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, nvidiaSMITimeout)
	defer cancel()
	out, err := exec.CommandContext(ctx, bin, "--query-gpu=uuid,name,memory.total", "--format=csv,noheader,nounits").Output()
	if err != nil {
		return nil, fmt.Errorf("nvidia-smi: %w", err)
	}
	return ParseNvidiaSMI(out)
}
