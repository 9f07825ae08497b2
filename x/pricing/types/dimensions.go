package types

import (
	"strings"

	errorsmod "cosmossdk.io/errors"
)

// The dimensions other than GPUs, and the key under which the DPN/USD rate is tallied.
const (
	// DimensionCPU is priced per vCPU-hour.
	DimensionCPU = "cpu"
	// DimensionMemory is priced per GiB-hour.
	DimensionMemory = "memory"
	// DimensionStorage is priced per GiB-month (730 hours).
	DimensionStorage = "storage"
	// DimensionBandwidth is priced per GB transferred.
	DimensionBandwidth = "bandwidth"
	// GPUPrefix starts a GPU dimension "gpu/<class>", priced per GPU-hour.
	GPUPrefix = "gpu/"
	// RateKey is the tally key of the DPN/USD rate (USD per DPN).
	RateKey = "dpn-usd"
	// EthRateKey is the tally key of the ETH/USD rate (USD per ETH).
	EthRateKey = "eth-usd"

	// MaxGPUClassLen bounds a GPU class name.
	MaxGPUClassLen = 32
	// MaxGPUClasses bounds the GPU classes a chain prices.
	MaxGPUClasses = 32
	// HoursPerMonth converts storage's GiB-month to hours.
	HoursPerMonth = 730
)

// GPUDimension returns the dimension of a GPU class.
func GPUDimension(class string) string { return GPUPrefix + class }

// ValidateGPUClass checks a class name: 1 to 32 characters of [a-z0-9-].
func ValidateGPUClass(class string) error {
	if class == "" || len(class) > MaxGPUClassLen {
		return errorsmod.Wrapf(ErrInvalidDimension, "gpu class %q: 1 to %d characters", class, MaxGPUClassLen)
	}
	for _, c := range class {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return errorsmod.Wrapf(ErrInvalidDimension, "gpu class %q: only a-z, 0-9 and '-'", class)
		}
	}
	return nil
}

// ValidateDimension checks that d is one of the five dimension kinds.
func ValidateDimension(d string) error {
	switch d {
	case DimensionCPU, DimensionMemory, DimensionStorage, DimensionBandwidth:
		return nil
	}
	if class, ok := strings.CutPrefix(d, GPUPrefix); ok {
		return ValidateGPUClass(class)
	}
	return errorsmod.Wrapf(ErrInvalidDimension, "%q", d)
}

// Dimensions returns the dimensions p prices, in ascending order.
func (p Params) Dimensions() []string {
	ds := []string{DimensionBandwidth, DimensionCPU}
	for _, c := range p.GpuClasses {
		ds = append(ds, GPUDimension(c))
	}
	ds = append(ds, DimensionMemory, DimensionStorage)
	return sortedStrings(ds)
}

// TallyKeys returns Dimensions, RateKey and EthRateKey, in ascending order.
func (p Params) TallyKeys() []string {
	return sortedStrings(append(p.Dimensions(), RateKey, EthRateKey))
}

func sortedStrings(s []string) []string {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	return s
}
