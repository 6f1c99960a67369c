#!/usr/bin/env bash
# Whole-process benchmark of `migration validate` (DESIGN §9): generates an N-row table with the sample-data
# generator, times a FastCSV parse of it to strings and `./migration validate` on it in the same run, and prints the
# ratio, the peak RSS and each process's CPU time; then the same on one core (taskset), when taskset
# is there. With ROUNDS above 1, each pair runs ROUNDS times (FastCSV and the validator alternating, so that a drift
# in the machine's load hits both) and the median ratio is printed too: one pair varies by 10-20 % on a shared machine.
# TABLE is assistance_events (16 columns, about 80 bytes a row) or incidents (29 columns, about 215 bytes a row, the
# shape of DESIGN §9's ~200 MB 1M-row file).
# Usage: migration-bench/validate-benchmark.sh [ROWS] [XMX] [ROUNDS] [TABLE] (defaults 1000000, 256m, 1 and
# assistance_events).
# Build first: mvn -B -q package -pl migration-bench,migration-cli -am -DskipTests
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rows="${1:-1000000}"
xmx="${2:-256m}"
rounds="${3:-1}"
table="${4:-assistance_events}"
bench="$root/migration-bench/target/benchmarks.jar"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
file="$dir/$table.csv"
java -cp "$bench" org.migrationkit.bench.ValidateProcess write "$rows" "$file" "$table"
echo "table=$table rows=$rows bytes=$(stat -c %s "$file") xmx=$xmx cores=$(nproc) load=$(cut -d' ' -f1-3 /proc/loadavg)"
# The launcher makes its class-data archive once per jar (see ./migration): not part of the timed run.
"$root/migration" --version > /dev/null

# Runs FastCSV and the validator on the file, prefixed by $@ (e.g. taskset -c 0), and prints both.
run() {
  local start fastcsv_ms validate_ms code
  # Both are whole JVM processes, so both pay start-up and JIT warm-up.
  start=$(date +%s%N)
  "$@" /usr/bin/time -f "fastcsv_cpu_s=%U+%S peak_rss_kb=%M" java -Xmx"$xmx" -cp "$bench" \
      org.migrationkit.bench.ValidateProcess fastcsv "$file" 2> "$dir/time-fastcsv.txt"
  fastcsv_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  start=$(date +%s%N)
  set +e
  MIGRATION_JAVA_OPTS="-Xmx$xmx" "$@" /usr/bin/time -f "validate_cpu_s=%U+%S peak_rss_kb=%M" "$root/migration" \
      validate "$file" --output "$dir/report.json" 2> "$dir/time.txt"
  code=$?
  set -e
  validate_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  cat "$dir/time-fastcsv.txt" "$dir/time.txt"
  ratio=$(awk "BEGIN {printf \"%.2f\", $validate_ms / $fastcsv_ms}")
  echo "exit=$code fastcsv_process_ms=$fastcsv_ms validate_process_ms=$validate_ms ratio=$ratio"
}

# Runs the pair ROUNDS times, prefixed by $@, and prints the median ratio when there are several.
rounds_of() {
  local ratios=() i
  for ((i = 1; i <= rounds; i++)); do
    run "$@"
    ratios+=("$ratio")
  done
  if [ "$rounds" -gt 1 ]; then
    echo "median_ratio=$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{r[NR] = $1} END {print (NR % 2) ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2}') over $rounds rounds"
  fi
}

echo "-- all cores"
rounds_of
if command -v taskset > /dev/null; then
  echo "-- one core (taskset -c 0)"
  rounds_of taskset -c 0
fi
echo "load=$(cut -d' ' -f1-3 /proc/loadavg)"
