#!/usr/bin/env bash
# Alternates two builds of kj on one K benchmark script, each run a fresh process, and prints
# the median per workload (lines "name<TAB>ms"). For a loaded machine: runs interleave, so
# load changes hit both builds alike.
#   bench/alternate.sh BASE_DIR NEW_DIR SCRIPT [RUNS]     (RUNS defaults to 5)
# KJ_TIMER=cpu makes \t report the evaluating thread's CPU time (-Dkj.timer=cpu) instead of
# wall time: steadier under load, but it leaves out the JIT's compiler threads.
set -euo pipefail
base=$(cd "$1" && pwd); new=$(cd "$2" && pwd); script=$(cd "$(dirname "$3")" && pwd)/$(basename "$3"); runs=${4:-5}
opts=${KJ_TIMER:+-Dkj.timer=$KJ_TIMER}
out=$(mktemp -d)
for ((i = 1; i <= runs; i++)); do
  for b in base new; do
    dir=$base; [[ $b == new ]] && dir=$new
    (cd "$dir" && KJ_JAVA_OPTS="$opts ${KJ_JAVA_OPTS:-}" ./k "$script" 2>/dev/null) > "$out/$b.$i" || true
  done
done
python3 - "$out" "$runs" <<'PY'
import sys, statistics
out, runs = sys.argv[1], int(sys.argv[2])
def read(b):
    d = {}
    for i in range(1, runs + 1):
        for line in open(f"{out}/{b}.{i}"):
            p = line.rstrip("\n").split("\t")
            if len(p) == 2 and p[1].strip().lstrip("-").isdigit():
                d.setdefault(p[0], []).append(int(p[1]))
    return d
base, new = read("base"), read("new")
print(f"{'workload':<20} {'base':>7} {'new':>7}   runs (base | new)")
for k, v in base.items():
    w = new.get(k, [])
    print(f"{k:<20} {statistics.median(v):>7g} {statistics.median(w) if w else float('nan'):>7g}   {v} | {w}")
PY
rm -rf "$out"
