package groth16_test

import (
	"os"
	"testing"

	"github.com/dpn-network/dpn/crypto/zk/groth16"
	"github.com/dpn-network/dpn/crypto/zk/wtns"
	"github.com/dpn-network/dpn/crypto/zk/zkey"
)

// BenchmarkProve proves the key and witness named by ZK_BENCH_ZKEY and
// ZK_BENCH_WTNS (scripts/zk-bench.sh prepares them under build/zk-bench);
// without them it proves the committed multiplier fixture.
func BenchmarkProve(b *testing.B) {
	zk, wt := os.Getenv("ZK_BENCH_ZKEY"), os.Getenv("ZK_BENCH_WTNS")
	if zk == "" || wt == "" {
		zk, wt = "../testdata/multiplier.zkey", "../testdata/multiplier.wtns"
	}
	w, err := wtns.ReadFile(wt)
	if err != nil {
		b.Fatal(err)
	}
	k, err := zkey.OpenFile(zk)
	if err != nil {
		b.Fatal(err)
	}
	defer k.Close()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, _, err := groth16.Prove(k.Key, w, groth16.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
