#!/usr/bin/env bash
# Every figure issue 14 names, RUNS times each (3 unless told), and bench/RESULTS.md written from them: the machine
# (cores, memory, JVM, PostgreSQL), the date and commit, the median of each figure beside its aim, and the top frames
# of one profiled booking run. Run it on a quiet machine: the services, PostgreSQL, wrk and pgbench share its cores.
#
#   bench/run-all.sh
#
# What runs, each RUNS times: bench/booking-vs-pgbench/run.sh ratio (booking against pgbench, spread and on one
# session) and growth (1,000 vs 100,000 existing bookings), bench/cohorts/http.sh (proposals of 5,000 × 250 first
# and warm, 20,000 × 1,000, booking-service's RSS); once: statements (SQL per booking), floor (what the framework
# answers when a request does next to nothing, beside the baseline) and a profiled ratio run (PROFILE_RUN=0 skips
# it; its figures are not counted, the profiler slows it). About 35 minutes.
# Env: RUNS (3), RESULTS (bench/RESULTS.md), LOG_DIR (each script's whole output; a temporary directory unless set).
# The scripts' own variables (ports, databases) pass through; their defaults suit a machine running nothing else.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
RUNS=${RUNS:-3}
RESULTS=${RESULTS:-$ROOT/bench/RESULTS.md}
LOG_DIR=${LOG_DIR:-$(mktemp -d)}
FIGURES_DIR=$(mktemp -d)
trap 'rm -rf "$FIGURES_DIR"' EXIT
mkdir -p "$LOG_DIR"

echo "== building catalogue-service and booking-service once (the scripts reuse the jars)"
./mvnw -B -ntp -q -pl suite-conventions,catalogue-service,booking-service package -DskipTests
export SKIP_BUILD=1

# one script's run: NAME FIGURES_FILE COMMAND...; its output kept in LOG_DIR, its figures appended to the file
step() {
  local name=$1 figures=$2 started=$SECONDS
  shift 2
  echo "== $name"
  BENCH_FIGURES=$figures "$@" >"$LOG_DIR/$name.log" 2>&1 || {
    echo "$name failed; the end of its output ($LOG_DIR/$name.log):" >&2
    tail -40 "$LOG_DIR/$name.log" >&2
    exit 1
  }
  grep '  figure: ' "$LOG_DIR/$name.log" || true
  echo "   ($((SECONDS - started)) s)"
}

STARTED_AT=$(date -u '+%Y-%m-%d %H:%M UTC')
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
for run in $(seq "$RUNS"); do
  figures=$FIGURES_DIR/run-$run.tsv
  : >"$figures"
  step "ratio-$run" "$figures" bench/booking-vs-pgbench/run.sh ratio
  step "growth-$run" "$figures" bench/booking-vs-pgbench/run.sh growth
  step "cohorts-$run" "$figures" bench/cohorts/http.sh
done
# statements are counted, not timed: once is enough; they go beside the first run's figures
step statements "$FIGURES_DIR/run-1.tsv" bench/booking-vs-pgbench/run.sh statements
step floor "$FIGURES_DIR/run-1.tsv" bench/booking-vs-pgbench/run.sh floor
PROFILE_DIR=$LOG_DIR/profile
if [ "${PROFILE_RUN:-1}" = 1 ]; then
  PROFILE=$PROFILE_DIR step profile "$FIGURES_DIR/profiled.tsv" bench/booking-vs-pgbench/run.sh ratio
fi

memory_gib=$(awk '/MemTotal/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo)
java_version=$(java -version 2>&1 | head -1)
pg_version=$(psql -h "${DB_HOST:-127.0.0.1}" -p "${DB_PORT:-5432}" -U "${DB_USER:-postgres}" -d postgres -Atc 'show server_version')
cat >"$FIGURES_DIR/header.md" <<EOF
# Benchmark results

Written by \`bench/run-all.sh\` (each figure the median of $RUNS runs; the runs in order beside it).

- date: $STARTED_AT, commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . ':!bench/RESULTS.md' ':!deploy' || echo ' with uncommitted changes')
- machine: $(nproc) cores, $memory_gib GiB, load before the runs $LOAD_BEFORE, after $(cut -d' ' -f1-3 /proc/loadavg)
- JVM: $java_version; PostgreSQL $pg_version
- the services, PostgreSQL, wrk and pgbench on the same machine; booking-service at -Xmx1g in the booking runs,
  at the heap bench/cohorts/http.sh names in the cohort runs
- commands: \`bench/booking-vs-pgbench/run.sh ratio\`, \`… growth\`, \`… statements\` and \`… floor\` (once each),
  \`bench/cohorts/http.sh\`; the booking runs measured after a 60 s warm-up (\`WARMUP\`)
EOF
python3 bench/results.py "$FIGURES_DIR/header.md" "$PROFILE_DIR/top-frames.txt" "$FIGURES_DIR"/run-*.tsv >"$RESULTS"
echo "== $RESULTS"
cat "$RESULTS"
echo "(every script's output: $LOG_DIR)"
