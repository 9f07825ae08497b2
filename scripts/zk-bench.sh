#!/usr/bin/env bash
# Benchmarks the crypto/zk Groth16 prover against snarkjs on the same zkey and
# witness (Poseidon hash chains sized to a 2^p constraint domain), and writes
# the figures into the "crypto/zk (Groth16 prover)" section of
# docs/PERFORMANCE.md.
#
# Generated artifacts (circuits, zkeys, witnesses) are cached under
# build/zk-bench and reused by later runs. The zkey comes from
# crypto/zk/devsetup (a single-party setup in the exact snarkjs layout):
# snarkjs's own powers-of-tau ceremony takes far too long at these sizes on a
# 2-core machine; ZK_BENCH_PTAU=<power> measures it once and records it.
#
# Environment:
#   ZK_BENCH_POWERS  domain powers to run (default "16 18")
#   ZK_BENCH_RUNS    prover runs per tool; the best wall time is kept (default 3)
#   ZK_BENCH_PTAU    if set, time a snarkjs ceremony of that power (slow)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
powers=${ZK_BENCH_POWERS:-16 18}
runs=${ZK_BENCH_RUNS:-3}
out=build/zk-bench
bin=tools/zkpeers/node_modules/.bin
snarkjs=$bin/snarkjs
circom=$bin/circom2
mkdir -p "$out"
go build -o build/dpn-node ./cmd/dpn-node
go build -o build/zk-devsetup ./crypto/zk/devsetup/cmd/zk-devsetup

log() { printf '[zk-bench] %s\n' "$*" >&2; }

# timed CMD... : runs CMD under /usr/bin/time, prints "wall_s max_rss_kib cpu_s".
timed() {
  local tf
  tf=$(mktemp)
  /usr/bin/time -f '%e %M %U %S' -o "$tf" "$@" >/dev/null 2>"$tf.err" || { cat "$tf.err" >&2; rm -f "$tf" "$tf.err"; return 1; }
  tail -n1 "$tf" | awk '{printf "%s %s %.2f\n", $1, $2, $3 + $4}'
  rm -f "$tf" "$tf.err"
}

# ptau_measure POWER: times a snarkjs ceremony (new, one contribution,
# prepare phase2) and records it in build/zk-bench/ptau<P>.timing.
ptau_measure() {
  local p=$1 t0 t1 t2 t3
  log "timing a snarkjs powers-of-tau ceremony of power $p (slow)"
  t0=$SECONDS
  "$snarkjs" powersoftau new bn128 "$p" "$out/pot${p}_0.ptau" >/dev/null; t1=$SECONDS
  "$snarkjs" powersoftau contribute "$out/pot${p}_0.ptau" "$out/pot${p}_1.ptau" --name=bench -e="dpn bench entropy" >/dev/null; t2=$SECONDS
  "$snarkjs" powersoftau prepare phase2 "$out/pot${p}_1.ptau" "$out/pot${p}_final.ptau" >/dev/null; t3=$SECONDS
  echo "| snarkjs powersoftau, power $p: new / contribute / prepare phase2 | $((t1 - t0)) s / $((t2 - t1)) s / $((t3 - t2)) s |" > "$out/ptau$p.timing"
}
[[ -n ${ZK_BENCH_PTAU:-} ]] && ptau_measure "$ZK_BENCH_PTAU"

# Poseidon(2) compiles to 237 constraints with --O2; size the chain to fill
# most of the 2^p domain (snarkjs adds nPublic+1 rows).
chain_len() { echo $(( ( (1 << $1) - 2 ) / 237 )); }

rows=()
rows_setup=()
for p in $powers; do
  n=$(chain_len "$p")
  name="poseidon_chain_$n"
  dir="$out/$name"
  mkdir -p "$dir"
  if [[ ! -f $dir/$name.r1cs ]]; then
    log "compiling $name"
    sed "s/PoseidonChain(2)/PoseidonChain($n)/" crypto/zk/testdata/circuits/poseidon_chain.circom > "$dir/$name.circom"
    # circom2 runs under WASI and sees only the working directory tree.
    "$circom" "$dir/$name.circom" --O2 --r1cs --wasm -l tools/zkpeers/node_modules -o "$dir" >/dev/null
  fi
  if [[ ! -f $dir/$name.zkey ]]; then
    log "zk-devsetup $name"
    read -r setup_s _ _ < <(timed build/zk-devsetup "$dir/$name.r1cs" "$dir/$name.zkey.tmp")
    mv "$dir/$name.zkey.tmp" "$dir/$name.zkey"
    echo "$setup_s" > "$dir/setup.seconds"
  fi
  if [[ ! -f $dir/vkey.json ]]; then
    "$snarkjs" zkey export verificationkey "$dir/$name.zkey" "$dir/vkey.json" >/dev/null
  fi
  echo "{\"seed\": \"12345678901234567890\"}" > "$dir/input.json"
  if [[ ! -f $dir/$name.wtns ]]; then
    "$snarkjs" wtns calculate "$dir/${name}_js/$name.wasm" "$dir/input.json" "$dir/$name.wtns" >/dev/null
  fi
  constraints=$("$snarkjs" r1cs info "$dir/$name.r1cs" | sed -n 's/.*# of Constraints: *\([0-9]*\).*/\1/p')

  best_ours="" rss_ours="" best_js="" rss_js="" cpu_ours="" cpu_js=""
  for ((i = 0; i < runs; i++)); do
    log "2^$p run $((i + 1))/$runs: dpn-node prove"
    read -r t m c < <(timed build/dpn-node prove --quiet --witness "$dir/$name.wtns" --zkey "$dir/$name.zkey" --proof "$dir/proof_ours.json" --public "$dir/public_ours.json")
    if [[ -z $best_ours ]] || awk "BEGIN{exit !($t < $best_ours)}"; then best_ours=$t; cpu_ours=$c; fi
    if [[ -z $rss_ours || $m -gt $rss_ours ]]; then rss_ours=$m; fi
    log "2^$p run $((i + 1))/$runs: snarkjs groth16 prove"
    read -r t m c < <(timed "$snarkjs" groth16 prove "$dir/$name.zkey" "$dir/$name.wtns" "$dir/proof_js.json" "$dir/public_js.json")
    if [[ -z $best_js ]] || awk "BEGIN{exit !($t < $best_js)}"; then best_js=$t; cpu_js=$c; fi
    if [[ -z $rss_js || $m -gt $rss_js ]]; then rss_js=$m; fi
  done
  # Both proofs must verify with snarkjs, or the figures mean nothing.
  "$snarkjs" groth16 verify "$dir/vkey.json" "$dir/public_ours.json" "$dir/proof_ours.json" | grep -q OK
  "$snarkjs" groth16 verify "$dir/vkey.json" "$dir/public_js.json" "$dir/proof_js.json" | grep -q OK
  # End to end from input.json (witness computed in wazero) for reference.
  read -r t_full m_full _ < <(timed build/dpn-node prove --quiet --wasm "$dir/${name}_js/$name.wasm" --input "$dir/input.json" --zkey "$dir/$name.zkey" --proof "$dir/proof_full.json" --public "$dir/public_full.json")
  ratio=$(awk "BEGIN{printf \"%.2f\", $best_js / $best_ours}")
  cratio=$(awk "BEGIN{printf \"%.2f\", $cpu_js / $cpu_ours}")
  rows+=("| 2^$p | $constraints | $best_ours s ($cpu_ours s CPU) | $((rss_ours / 1024)) MiB | $best_js s ($cpu_js s CPU) | $((rss_js / 1024)) MiB | ${ratio}× (CPU ${cratio}×) | $t_full s |")
  setup_s=$(cat "$dir/setup.seconds" 2>/dev/null || echo "?")
  rows_setup+=("| zk-devsetup (our single-party key), $constraints constraints | ${setup_s} s |")
done

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
section=$(cat <<EOF2
## crypto/zk (Groth16 prover)

Proving a Poseidon hash chain (circomlib Poseidon(2), compiled with circom 2.2.3 \`--O2\`)
from the same \`.zkey\` and \`.wtns\`, our prover (\`dpn-node prove --witness\`) against
\`snarkjs groth16 prove\` 0.7.6, in one run. Best wall time of $runs runs each; peak memory is
the maximum resident set size (\`/usr/bin/time\`). Both proofs are checked with
\`snarkjs groth16 verify\` before the figures are written.

Date: $(date -u +%Y-%m-%d). Machine: $(nproc) cores ($cpu), $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo).
Reproduce: \`make bench-zk\` (or \`ZK_BENCH_POWERS="16" ZK_BENCH_RUNS=3 scripts/zk-bench.sh\`).
The key is written by \`crypto/zk/devsetup\` in snarkjs's exact layout (snarkjs proves with it
and verifies both proofs); both provers read the same \`.zkey\` and \`.wtns\`.

| domain | constraints | dpn-node prove | peak RSS | snarkjs prove | peak RSS | speed-up | dpn-node from input.json |
|---|---|---|---|---|---|---|---|
$(printf '%s\n' "${rows[@]}")

Reference on the same machine (from the task statement, not re-measured here): a
60,672-constraint Poseidon chain took snarkjs 0.7.6 7.09 s / 357 MiB and rapidsnark 1.31 s /
54 MiB.

Where the time goes (profile of the 2^16 proof:
\`ZK_BENCH_ZKEY=\$PWD/build/zk-bench/poseidon_chain_276/poseidon_chain_276.zkey ZK_BENCH_WTNS=\$PWD/build/zk-bench/poseidon_chain_276/poseidon_chain_276.wtns go test ./crypto/zk/groth16 -run '^$' -bench Prove -benchtime 3x -cpuprofile cpu.prof\`):
about 95 % of CPU is gnark-crypto's multi-scalar multiplication (batch-affine bucket
additions; the G2 MSM for B alone is about a third), about 4 % the coefficient evaluation
and the six FFTs. Key reading is not visible: point sections are read straight into
gnark-crypto's affine structs (the zkey stores the same Montgomery limbs), the four G1
sections share one buffer, and the coefficient section is streamed.

Load: $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15-min load average when the section was written);
the machine is shared, so CPU seconds (user + sys) are given beside wall times.

One-off setup cost (cached under build/zk-bench):

| step | wall time |
|---|---|
$(printf '%s\n' "${rows_setup[@]}")
$(cat "$out"/ptau*.timing 2>/dev/null || true)
EOF2
)

doc=docs/PERFORMANCE.md
[[ -f $doc ]] || printf '# Performance\n\nBenchmarks and how to rerun them.\n' > "$doc"
python3 - "$doc" "$section" <<'PY'
import re, sys
path, section = sys.argv[1], sys.argv[2].rstrip() + "\n"
text = open(path).read()
head = "## crypto/zk (Groth16 prover)"
start = text.find(head)
if start < 0:
    text = text.rstrip() + "\n\n" + section
else:
    nxt = text.find("\n## ", start + len(head))
    text = text[:start] + section + ("\n" + text[nxt + 1:] if nxt >= 0 else "")
open(path, "w").write(text)
PY
log "wrote $doc"
