#!/usr/bin/env bash
# Times the papageno command line against alex on the same inputs, alternating the two, and
# prints medians, ratios and peak memory (RSS):
#   - one blog post, cold: the whole process, start to exit;
#   - a batch of drafts of about 18 KB each (1,000 by default), in one invocation each.
# Usage: bench/compare-alex.sh [SEED_FILE]   (env: BATCH=1000 SINGLE_RUNS=7 BATCH_RUNS=3)
set -euo pipefail
cd "$(dirname "$0")/.."

seed=${1:-../shared/seed/000_423164dc3b39a08a.txt}
batch_size=${BATCH:-1000}
single_runs=${SINGLE_RUNS:-7}
batch_runs=${BATCH_RUNS:-3}
work=bench/work
mkdir -p "$work"

if [ ! -f "$seed" ]; then
  echo "bench: no seed post at $seed; pass a draft of about 18 KB as the first argument" >&2
  exit 2
fi
if [ ! -x "$work/node_modules/.bin/alex" ]; then
  echo "bench: installing alex@11 into $work ..." >&2
  (cd "$work" && npm install --silent --no-audit --no-fund alex@11 >/dev/null)
fi
alex="$work/node_modules/.bin/alex"

echo "bench: building the command line ..." >&2
./mvnw -q -B -DskipTests -pl cli -am package
papageno=(./papageno)

batch="$work/batch-$batch_size"
if [ ! -d "$batch" ]; then
  mkdir -p "$batch"
  for i in $(seq -w 1 "$batch_size"); do
    { echo "Copy $i of the seed post."; echo; cat "$seed"; } > "$batch/draft-$i.txt"
  done
fi

# Runs a command, discarding its output; prints "seconds maxrss_kb".
measure() {
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>&1 || true
  tail -n 1 "$work/time.txt"
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

run_pair() { # name runs cmd-a... -- cmd-b...
  local name=$1 runs=$2; shift 2
  local a=() b=() seen=0
  for x in "$@"; do
    if [ "$x" = "--" ]; then seen=1; continue; fi
    if [ $seen = 0 ]; then a+=("$x"); else b+=("$x"); fi
  done
  measure "${a[@]}" >/dev/null; measure "${b[@]}" >/dev/null   # warm the file cache
  : > "$work/$name.a"; : > "$work/$name.b"
  for _ in $(seq 1 "$runs"); do
    measure "${a[@]}" >> "$work/$name.a"
    measure "${b[@]}" >> "$work/$name.b"
  done
  local ta tb ma mb
  ta=$(cut -d' ' -f1 "$work/$name.a" | median); tb=$(cut -d' ' -f1 "$work/$name.b" | median)
  ma=$(cut -d' ' -f2 "$work/$name.a" | median); mb=$(cut -d' ' -f2 "$work/$name.b" | median)
  printf '%-28s papageno %7.2f s %6.0f MiB | alex %7.2f s %6.0f MiB | alex/papageno %5.2fx\n' \
    "$name ($runs runs)" "$ta" "$(echo "$ma / 1024" | bc -l)" "$tb" "$(echo "$mb / 1024" | bc -l)" \
    "$(echo "$tb / $ta" | bc -l)"
}

echo "machine: $(nproc) cores; $(java -version 2>&1 | head -n 1); node $(node --version); alex $("$alex" --version)"
run_pair "one post, cold" "$single_runs" "${papageno[@]}" check --format json "$seed" -- "$alex" "$seed"
files=("$batch"/*.txt)
run_pair "batch of $batch_size" "$batch_runs" "${papageno[@]}" check --format json "${files[@]}" -- "$alex" "${files[@]}"
