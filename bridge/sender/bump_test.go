package sender

import (
	"math/big"
	"testing"
)

func TestBumped(t *testing.T) {
	tests := []struct {
		old, fresh, limit int64
		want              int64
		ok                bool
	}{
		{100, 0, 1000, 113, true}, // 12.5 % rounded up
		{100, 500, 1000, 500, true},
		{100, 5000, 1000, 1000, true},
		{0, 0, 10, 1, true},
		{1, 0, 10, 2, true},
		{900, 0, 1000, 1000 + 13, false}, // 1013 is over the cap
		{1000, 0, 1000, 0, false},
	}
	for _, tc := range tests {
		got, ok := bumped(big.NewInt(tc.old), big.NewInt(tc.fresh), big.NewInt(tc.limit))
		if ok != tc.ok || ok && got.Int64() != tc.want {
			t.Errorf("bumped(%d, %d, %d) = %v, %v; want %d, %v", tc.old, tc.fresh, tc.limit, got, ok, tc.want, tc.ok)
		}
	}
}
