//go:build !linux

package vdf

import "time"

func threadCPUTime() (time.Duration, bool) { return 0, false }
