#!/usr/bin/env bash
# Whole-process benchmark of typed CSV reading (issue 7): generates 1M rows of incidents (27 columns) and of legs
# (8 columns) with the sample-data generator, then, each in a JVM of its own and in the same run, times a FastCSV
# parse of the file to strings (ValidateProcess fastcsv) and our typed read of it to records (CsvTypedReadLargeFile),
# and prints wall time, CPU time (user+sys), peak RSS and the ratios to FastCSV: on one core (taskset -c 0, one
# reading thread), and on all cores with one reading thread and with one per core. The pairs are interleaved,
# ROUNDS times, so that a drift in the machine's load hits both sides. Then the large-file case: LARGE rows of
# incidents read under -Xmx256m (the typed read streams; FastCSV on the same file for scale).
# Targets (issue 7): typed / FastCSV <= 1.1 with one thread, <= 0.6 on two cores.
# Usage: migration-bench/csv-typed-benchmark.sh [ROWS] [ROUNDS] [XMX] [LARGE]
#        (defaults 1000000, 3, 256m, 10000000; LARGE=0 skips the large file, which takes 2 GB in $TMPDIR).
# Build first: mvn -B -q package -pl migration-bench -am -DskipTests
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rows="${1:-1000000}"
rounds="${2:-3}"
xmx="${3:-256m}"
large="${4:-10000000}"
bench="$root/migration-bench/target/benchmarks.jar"
cores="$(nproc)"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT

echo "rows=$rows rounds=$rounds xmx=$xmx cores=$cores java=$(java -version 2>&1 | head -1)"
echo "load=$(cut -d' ' -f1-3 /proc/loadavg)"

# Runs one process, prefixed by the rest of the arguments, and sets ms, cpu (seconds, user+sys) and rss (KiB).
timed() {
  local name="$1"
  shift
  local start
  start=$(date +%s%N)
  /usr/bin/time -f "%U %S %M" -o "$dir/time-$name.txt" "$@" > "$dir/out-$name.txt"
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  read -r user sys rss < "$dir/time-$name.txt"
  cpu=$(awk "BEGIN {printf \"%.2f\", $user + $sys}")
}

# One FastCSV process and one typed process on the same file; $1 entity, $2 file, $3 reading threads, $4 label,
# then the prefix (e.g. taskset -c 0).
pair() {
  local entity="$1" file="$2" threads="$3" label="$4"
  shift 4
  timed fastcsv "$@" java -Xmx"$xmx" -cp "$bench" org.migrationkit.bench.ValidateProcess fastcsv "$file"
  local f_ms=$ms f_cpu=$cpu f_rss=$rss
  timed typed "$@" java -Xmx"$xmx" -cp "$bench" org.migrationkit.bench.CsvTypedReadLargeFile "$file" 0 \
      "$threads" "$entity"
  local records
  records=$(sed -n 's/^read \([0-9]*\) records (\([0-9]*\) values.*/\1 records, \2 values/p' "$dir/out-typed.txt")
  printf '%-8s %-22s fastcsv %6d ms cpu %5.2f s rss %4d MB | typed %6d ms cpu %5.2f s rss %4d MB | wall %.2fx cpu %.2fx (%s)\n' \
      "$entity" "$label" "$f_ms" "$f_cpu" $((f_rss / 1024)) "$ms" "$cpu" $((rss / 1024)) \
      "$(awk "BEGIN {print $ms / $f_ms}")" "$(awk "BEGIN {print $cpu / $f_cpu}")" "$records"
}

for entity in incident leg; do
  java -cp "$bench" org.migrationkit.bench.CsvTypedReadLargeFile "$dir/$entity.csv" "$rows" 0 "$entity" \
      > /dev/null
  echo "$entity: $(stat -c %s "$dir/$entity.csv") bytes"
done

for round in $(seq 1 "$rounds"); do
  echo "-- round $round, load=$(cut -d' ' -f1-3 /proc/loadavg)"
  for entity in incident leg; do
    if command -v taskset > /dev/null; then
      pair "$entity" "$dir/$entity.csv" 1 "one core, 1 thread" taskset -c 0
    fi
    pair "$entity" "$dir/$entity.csv" 1 "all cores, 1 thread"
    pair "$entity" "$dir/$entity.csv" "$cores" "all cores, $cores threads"
  done
done

if [ "$large" -gt 0 ]; then
  echo "-- $large incidents, -Xmx256m, load=$(cut -d' ' -f1-3 /proc/loadavg)"
  java -cp "$bench" org.migrationkit.bench.CsvTypedReadLargeFile "$dir/large.csv" "$large" 0 incident > /dev/null
  rm -f "$dir/incident.csv" "$dir/leg.csv"
  echo "incident: $(stat -c %s "$dir/large.csv") bytes"
  xmx=256m
  pair incident "$dir/large.csv" "$cores" "all cores, $cores threads"
  cat "$dir/out-typed.txt"
fi
echo "load=$(cut -d' ' -f1-3 /proc/loadavg)"
