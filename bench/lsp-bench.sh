#!/usr/bin/env bash
# Drives `papageno lsp` as an editor does, with the real launcher as a separate process over
# pipes, and prints a table: the diagnostics of an edit of an 18 KB draft after warm-up (debounce 0,
# and the default debounce less itself), the first diagnostics of a cold process (from its start
# and from `initialize`), and the server's resident memory with 20 such drafts open. Needs Java 17
# and nothing else.
# Usage: bench/lsp-bench.sh [SEED_FILE]   (env: RUNS=50 WARMUP=30 COLD=5 DRAFTS=20)
# Without the seed post (../shared/seed), the drafts are the examples/ drafts put together to 18 KB.
set -euo pipefail
cd "$(dirname "$0")/.."

seed=${1:-../shared/seed/000_423164dc3b39a08a.txt}

echo "lsp-bench: building the command line and the benchmark ..." >&2
./mvnw -q -B -DskipTests -pl cli,benchmarks -am package
# One run of the launcher first, so that its class-data-sharing archive exists before any timing.
./papageno --version >/dev/null

exec java -cp benchmarks/target/benchmarks.jar dev.papageno.bench.lsp.LspBenchmark \
  --command="./papageno lsp" --seed="$seed" --examples=examples \
  --runs="${RUNS:-50}" --warmup="${WARMUP:-30}" --cold="${COLD:-5}" --drafts="${DRAFTS:-20}"
