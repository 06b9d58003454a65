#!/usr/bin/env bash
# booking-service against the database's own limit (issue 14): catalogue-service and booking-service on fresh
# databases, 60,000 people of 10 agencies and 100 sessions of 10,000 seats (maxAgencyShare 1.0), POST
# /sessions/{id}/bookings driven by wrk (32 connections, 15 s, every request a person not yet booked in that run);
# then pgbench (-n -c 32 -j 2 -T 15) on the same server with the issue's baseline transaction (baseline.sql: lock
# the session, count the agency, insert the place, bump the count, store the idempotency record), and the ratio.
# Once spread over the 100 sessions, once with every client on one session (pgbench: \set s 1). The invariants are
# checked in SQL (bench/booking/invariants.sql) after each booking run. wrk, the services, PostgreSQL and pgbench
# share this machine's cores.
#
#   bench/booking-vs-pgbench/run.sh [ratio]     the ratio, spread and on one session (the default)
#   bench/booking-vs-pgbench/run.sh growth      booking p50/p99 with 1,000 and then 100,000 existing bookings on the
#                                               sessions (inserted in SQL), spread as above
#   bench/booking-vs-pgbench/run.sh statements  SQL statements per booking: the same load for STATEMENTS_DURATION on a
#                                               private PostgreSQL with pg_stat_statements (port BENCH_PG_PORT), every
#                                               statement of the service counted, the most frequent listed
#   bench/booking-vs-pgbench/run.sh floor       the framework's own floor beside the baseline, after a warm-up of reads:
#                                               GET /q/health/live (no token, no SQL) and GET /sessions/{id} (a token,
#                                               one read-only transaction) answered per second (read.lua), and the
#                                               spread baseline's tx/s: what no booking, doing more, can exceed
#
# Env: DURATION (15s), CONNECTIONS (32), WARMUP (60s: the first warm-up; WARMUP_AGAIN, 10s: after the data changed),
# BENCH_DB_SUFFIX (_vs_pgbench: databases booking…, catalogue…, baseline… dropped and re-created), IDEMPOTENCY_KEYS
# (1: every booking request sends a key of its own; 0: none), BENCH_PORT (38082), BENCH_CATALOGUE_PORT (38081),
# OIDC_PORT (38090: a provider of its own, see bench/oidc.sh), BENCH_FIGURES=FILE (one line per figure appended: name TAB value TAB unit TAB aim),
# PROFILE=DIR (ratio mode: async-profiler, tools.profiler:async-profiler 4.1 from Maven Central, samples
# booking-service's CPU during the spread run; DIR gets the collapsed stacks and the top frames are printed; the
# profiled run's figures are slower than an unprofiled one's), SERVICE_LOG_DIR (keep the services' logs there),
# BOOKING_APP (another build's quarkus-run.jar, e.g. a copy of the one before a change, to compare).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE=$ROOT/bench/booking-vs-pgbench
BOOKING_BENCH=$ROOT/bench/booking
MODE=${1:-ratio}
case "$MODE" in ratio | growth | statements | floor) ;; *) echo "usage: $0 [ratio|growth|statements|floor]" >&2; exit 2 ;; esac
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-32}
# every booking request carries an Idempotency-Key, as the baseline stores an idempotency record (0: none)
KEYS=${IDEMPOTENCY_KEYS:-1}
SUFFIX=${BENCH_DB_SUFFIX:-_vs_pgbench}
PORT=${BENCH_PORT:-38082}
CATALOGUE_PORT=${BENCH_CATALOGUE_PORT:-38081}
export OIDC_PORT=${OIDC_PORT:-38090}
PGBENCH=${PGBENCH:-/usr/lib/postgresql/15/bin/pgbench}
PG_BIN=$(dirname "$PGBENCH")
DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-5432}
DB_USER=${DB_USER:-postgres}
BOOKING_DB=booking$SUFFIX CATALOGUE_DB=catalogue$SUFFIX BASELINE_DB=baseline$SUFFIX
WORK=$(mktemp -d)
LOGS=${SERVICE_LOG_DIR:-$WORK}
mkdir -p "$LOGS"
source "$ROOT/bench/oidc.sh"

cleanup() {
  [ -n "${BOOKING_PID:-}" ] && kill "$BOOKING_PID" 2>/dev/null && wait "$BOOKING_PID" 2>/dev/null || true
  [ -n "${CATALOGUE_PID:-}" ] && kill "$CATALOGUE_PID" 2>/dev/null && wait "$CATALOGUE_PID" 2>/dev/null || true
  oidc_stop
  if [ -n "${PRIVATE_PG:-}" ]; then
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PRIVATE_PG" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$PRIVATE_PG"
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

for tool in wrk python3 curl; do
  command -v "$tool" >/dev/null || { echo "$tool is needed (apt-get install $tool)" >&2; exit 1; }
done
[ -x "$PGBENCH" ] || { echo "pgbench not found at $PGBENCH (set PGBENCH)" >&2; exit 1; }
for port in "$PORT" "$CATALOGUE_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "port $port is taken by another process: set BENCH_PORT / BENCH_CATALOGUE_PORT" >&2
    exit 1
  fi
done

# statements: a private cluster of our own (never the machine's shared server), with pg_stat_statements loaded
if [ "$MODE" = statements ]; then
  DB_PORT=${BENCH_PG_PORT:-55433}
  # outside $WORK, which only this user may enter: the cluster belongs to postgres (initdb refuses root)
  PRIVATE_PG=$(mktemp -d /tmp/booking-vs-pgbench-pg.XXXXXX)
  chown postgres "$PRIVATE_PG" && chmod 700 "$PRIVATE_PG"
  runuser -u postgres -- "$PG_BIN/initdb" -D "$PRIVATE_PG" -U "$DB_USER" --auth=trust -E UTF8 >/dev/null
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PRIVATE_PG" -l "$PRIVATE_PG/server.log" -w -t 60 \
    -o "-p $DB_PORT -c listen_addresses=$DB_HOST -k $PRIVATE_PG -c max_connections=200 \
        -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.max=5000 -c pg_stat_statements.track=all" \
    start >/dev/null
fi
PSQL=(psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -v ON_ERROR_STOP=1 -q)
for db in "$BOOKING_DB" "$CATALOGUE_DB" "$BASELINE_DB"; do
  "${PSQL[@]}" -d postgres -c "drop database if exists $db" -c "create database $db"
done

APP=${BOOKING_APP:-$ROOT/booking-service/target/quarkus-app/quarkus-run.jar}
CATALOGUE_APP=$ROOT/catalogue-service/target/quarkus-app/quarkus-run.jar
if [ ! -f "$APP" ] || [ ! -f "$CATALOGUE_APP" ]; then
  (cd "$ROOT" && ./mvnw -B -ntp -pl suite-conventions,catalogue-service,booking-service package -DskipTests)
fi

oidc_start
# read by setup.py and book.lua
export BENCH_COORDINATOR_TOKEN BENCH_HR_TOKEN
BENCH_COORDINATOR_TOKEN=$(oidc_token coordinator bench-coordinator)
BENCH_HR_TOKEN=$(oidc_token hr-system bench-hr)

wait_ready() { # name port pid log
  for _ in $(seq 120); do
    curl -sf "http://127.0.0.1:$2/q/health/ready" >/dev/null && return 0
    kill -0 "$3" 2>/dev/null || break
    sleep 1
  done
  echo "$1 did not start; the end of its log:" >&2
  tail -30 "$4" >&2
  exit 1
}

CATALOGUE_PORT=$CATALOGUE_PORT CATALOGUE_DB_URL=jdbc:postgresql://$DB_HOST:$DB_PORT/$CATALOGUE_DB \
  OIDC_AUTH_SERVER_URL="$OIDC_ISSUER" java -Xmx512m -jar "$CATALOGUE_APP" >"$LOGS/catalogue.log" 2>&1 &
CATALOGUE_PID=$!
wait_ready catalogue-service "$CATALOGUE_PORT" "$CATALOGUE_PID" "$LOGS/catalogue.log"
# the outbox delivers each notice to Quarkus's mock mailer (no mail server here: failing sends would be retried, a
# load of their own), and followup-service is absent (nothing in this load is for it)
BOOKING_PORT=$PORT BOOKING_DB_URL=jdbc:postgresql://$DB_HOST:$DB_PORT/$BOOKING_DB \
  CATALOGUE_URL=http://127.0.0.1:$CATALOGUE_PORT FOLLOWUP_URL=http://127.0.0.1:9 \
  MAILER_MOCK=true QUARKUS_LOG_CATEGORY__IO_QUARKUS_MAILER_RUNTIME_MUTINYMAILERIMPL__LEVEL=WARN \
  OIDC_AUTH_SERVER_URL="$OIDC_ISSUER" OIDC_CLIENT_SECRET=bench \
  java -Xmx1g -jar "$APP" >"$LOGS/booking.log" 2>&1 &
BOOKING_PID=$!
wait_ready booking-service "$PORT" "$BOOKING_PID" "$LOGS/booking.log"

echo "== setup: 10 agencies, 60,000 people, 100 sessions of 10,000 seats (maxAgencyShare 1.0)"
BENCH_PEOPLE=60000 python3 "$BOOKING_BENCH/setup.py" "http://127.0.0.1:$PORT" "$WORK/sessions.lua" "$WORK/contention"
"${PSQL[@]}" -d "$BOOKING_DB" -Atc "select 'people: ' || count(*) from person" \
  -c "select 'sessions of 10,000 seats: ' || count(*) from training_session where capacity = 10000"
# the planner's statistics, as autovacuum would gather them on a server that runs it (some, this machine's among
# them, run with autovacuum off: fresh tables would be planned blind)
"${PSQL[@]}" -d "$BOOKING_DB" -c "analyze"

# one line per figure for bench/run-all.sh: name, value, unit, aim
figure() {
  echo "  figure: $1 = $2 $3${4:+ (aim $4)}"
  [ -z "${BENCH_FIGURES:-}" ] || printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >>"$BENCH_FIGURES"
}

# wrk against book.lua: FIRST SLICE SESSIONS DURATION [connections]; prints its summary, leaves it in $WORK/wrk.out.
# People are bench-p-FIRST… (2 threads, SLICE each): every request books someone not yet booked in this run.
book() {
  local cpu_before pg_before
  cpu_before=$(cpu_ticks)
  pg_before=$(pg_ticks)
  SESSION_FILE=$WORK/sessions.lua FIRST_PERSON=$1 SLICE=$2 SESSIONS=$3 IDEMPOTENCY_KEYS=$KEYS \
    wrk -t2 -c"${5:-$CONNECTIONS}" -d"$4" --latency -s "$BOOKING_BENCH/book.lua" "http://127.0.0.1:$PORT" | tee "$WORK/wrk.out"
  grep -q 'created' "$WORK/wrk.out" || { echo "wrk printed no summary" >&2; exit 1; }
  echo $(($(cpu_ticks) - cpu_before)) >"$WORK/cpu_ticks"
  pg_ticks_since "$pg_before" >"$WORK/pg_ticks"
  echo "  CPU per booking: booking-service $(cpu_per_booking) ms, its PostgreSQL connections $(pg_per_booking) ms"
}
# booking-service's CPU time so far (user and system, in clock ticks: /proc/PID/stat's fields 14 and 15). Per booking
# it is the figure a busy machine disturbs least: the rate falls when other work takes the cores, the CPU a booking
# costs hardly moves.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$BOOKING_PID/stat"; }
per_booking() { # TICKS_FILE
  python3 -c "print(f'{$(cat "$1") * 1000 / $(getconf CLK_TCK) / max($(sed -n 's/.*created in all \([0-9]*\).*/\1/p' "$WORK/wrk.out"), 1):.1f}')"
}
cpu_per_booking() { per_booking "$WORK/cpu_ticks"; }
# the same for the server processes of booking-service's connections (the pool's, alive through a run): PID:TICKS
# pairs before, the ticks since after (a connection opened in between counts from nothing)
pg_ticks() { # [DATABASE: booking's]
  local pids
  pids=$("${PSQL[@]}" -d postgres -Atc "select pid from pg_stat_activity where datname = '${1:-$BOOKING_DB}'")
  # one awk for them all, so that every process is read at nearly the same moment; one gone meanwhile is skipped
  [ -z "$pids" ] || (cd /proc && awk '{ print $1 ":" $14 + $15 }' $(printf '%s/stat ' $pids) 2>/dev/null) || true
}
pg_ticks_since() { # "PID:TICKS …" as pg_ticks printed them, [DATABASE]
  python3 - "$1" "$(pg_ticks "${2:-}")" <<'PY'
import sys
before = dict(pair.split(":") for pair in sys.argv[1].split())
after = dict(pair.split(":") for pair in sys.argv[2].split())
print(sum(int(ticks) - int(before.get(pid, 0)) for pid, ticks in after.items()))
PY
}
pg_per_booking() { per_booking "$WORK/pg_ticks"; }
created_per_s() { sed -n 's/.*created \([0-9.]*\)\/s.*/\1/p' "$WORK/wrk.out"; }
p50() { sed -n 's/.*created .*, p50 \([0-9.]*\) ms.*/\1/p' "$WORK/wrk.out"; }
p99() { sed -n 's/.*created .*, p99 \([0-9.]*\) ms.*/\1/p' "$WORK/wrk.out"; }

# none may be broken (bench/booking/invariants.sql shows the counts; ours adds the notices and fails the run)
invariants() {
  local violations
  "${PSQL[@]}" -d "$BOOKING_DB" -f "$BOOKING_BENCH/invariants.sql"
  violations=$("${PSQL[@]}" -d "$BOOKING_DB" -At -f "$HERE/invariants.sql")
  echo "  invariants: $violations violations (capacity, agency caps, a notice in the outbox for every confirmed place)"
  [ "$violations" = 0 ] || { echo "INVARIANT BROKEN" >&2; exit 1; }
}

# pgbench with the baseline on a fresh schema over SESSIONS sessions (100, or 1: every client on one); prints tx/s,
# leaves it in $WORK/tps
baseline() {
  local pg_before pgbench_pid
  "${PSQL[@]}" -d "$BASELINE_DB" -c "drop table if exists session, booking, idem" -f "$HERE/baseline-schema.sql"
  "$PGBENCH" -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -n -c 32 -j 2 -T 15 -D sessions="$1" -f "$HERE/baseline.sql" \
    "$BASELINE_DB" >"$WORK/pgbench.out" &
  pgbench_pid=$!
  # its server processes' CPU from its 3rd second to its 13th (they end with it), per transaction at its rate
  sleep 3
  pg_before=$(pg_ticks "$BASELINE_DB")
  sleep 10
  pg_ticks_since "$pg_before" "$BASELINE_DB" >"$WORK/pgbench_ticks"
  wait "$pgbench_pid"
  cat "$WORK/pgbench.out"
  sed -n 's/^tps = \([0-9.]*\) .*/\1/p' "$WORK/pgbench.out" >"$WORK/tps"
  python3 -c "print(f'{$(cat "$WORK/pgbench_ticks") * 1000 / $(getconf CLK_TCK) / ($(cat "$WORK/tps") * 10):.2f}')" >"$WORK/pg_per_tx"
  echo "  PostgreSQL CPU per transaction: $(cat "$WORK/pg_per_tx") ms"
}
ratio() { python3 -c "print(f'{$1 / $2:.2f}')"; }

# The measured runs are a service's steady state: on 2 cores the JIT compilers are still busy after 10 s of bookings
# (a fifth of the service's CPU in the measured run of a profile after a 10 s warm-up, 2026-12-02), so the first
# warm-up lasts WARMUP (60 s); later ones, after the data changed, WARMUP_AGAIN (10 s).
warm_up() { # FIRST SLICE DURATION
  echo "== warm-up ($3, people bench-p-$1…)"
  SESSION_FILE=$WORK/sessions.lua FIRST_PERSON=$1 SLICE=$2 SESSIONS=100 IDEMPOTENCY_KEYS=$KEYS \
    wrk -t2 -c"$CONNECTIONS" -d"$3" -s "$BOOKING_BENCH/book.lua" "http://127.0.0.1:$PORT" >/dev/null
}
WARMUP=${WARMUP:-60s}
WARMUP_AGAIN=${WARMUP_AGAIN:-10s}

# async-profiler's agent, loaded into the running service (jcmd JVMTI.agent_load): start, then stop and dump
profiler() { # start|stop
  local lib=$WORK/libasyncProfiler.so jar
  if [ ! -f "$lib" ]; then
    jar=$HOME/.m2/repository/tools/profiler/async-profiler/4.1/async-profiler-4.1-linux-x64.jar
    [ -f "$jar" ] || (cd "$ROOT" && ./mvnw -B -ntp -q dependency:get -Dartifact=tools.profiler:async-profiler:4.1:jar:linux-x64)
    unzip -q -o -j "$jar" linux-x64/libasyncProfiler.so -d "$WORK"
  fi
  if [ "$1" = start ]; then
    # the agent's options quoted once more: jcmd would read their '=' as its own argument syntax
    jcmd "$BOOKING_PID" JVMTI.agent_load "$lib" "\"start,event=cpu,interval=1ms\"" >/dev/null
  else
    mkdir -p "$PROFILE"
    jcmd "$BOOKING_PID" JVMTI.agent_load "$lib" "\"stop,file=$PROFILE/booking-spread.collapsed,collapsed\"" >/dev/null
    sleep 2
    python3 "$HERE/top-frames.py" "$PROFILE/booking-spread.collapsed" | tee "$PROFILE/top-frames.txt"
  fi
}

case "$MODE" in
ratio)
  # people: 0… spread (2 × 7,500), 15,000… one session (2 × 5,000), 25,000… warm-up (2 × 17,500): 500 bookings/s
  # for 15 s, 250 on one session, 580 for the warm-up's 60 s before a run would meet a person booked before
  warm_up 25000 17500 "$WARMUP"
  echo "== booking-service: $CONNECTIONS clients spread over 100 sessions, $DURATION"
  [ -z "${PROFILE:-}" ] || profiler start
  book 0 7500 100 "$DURATION"
  [ -z "${PROFILE:-}" ] || profiler stop
  SPREAD=$(created_per_s) SPREAD_P50=$(p50) SPREAD_P99=$(p99) SPREAD_CPU=$(cpu_per_booking) SPREAD_PG=$(pg_per_booking)
  invariants
  echo "== pgbench, the baseline spread over 100 sessions"
  baseline 100
  SPREAD_TPS=$(cat "$WORK/tps") SPREAD_PG_TX=$(cat "$WORK/pg_per_tx")

  # the one session: the 101st of setup.py's (20 seats, contention) is no use; the first of the 100 is already
  # booked by some of the spread run's people, so this run books people nobody booked before: 15,000…
  echo "== booking-service: $CONNECTIONS clients all on one session, $DURATION"
  book 15000 5000 1 "$DURATION"
  ONE=$(created_per_s) ONE_P50=$(p50) ONE_P99=$(p99) ONE_CPU=$(cpu_per_booking) ONE_PG=$(pg_per_booking)
  invariants
  echo "== pgbench, the baseline on one session"
  baseline 1
  ONE_TPS=$(cat "$WORK/tps") ONE_PG_TX=$(cat "$WORK/pg_per_tx")

  echo "== results"
  printf '  spread:      booking %s/s (p50 %s ms, p99 %s ms), pgbench %s tx/s, ratio %s\n' \
    "$SPREAD" "$SPREAD_P50" "$SPREAD_P99" "$SPREAD_TPS" "$(ratio "$SPREAD" "$SPREAD_TPS")"
  printf '  one session: booking %s/s (p50 %s ms, p99 %s ms), pgbench %s tx/s, ratio %s\n' \
    "$ONE" "$ONE_P50" "$ONE_P99" "$ONE_TPS" "$(ratio "$ONE" "$ONE_TPS")"
  figure "booking spread" "$SPREAD" "bookings/s" ""
  figure "booking spread p50" "$SPREAD_P50" "ms" ""
  figure "booking spread p99" "$SPREAD_P99" "ms" ""
  figure "booking-service CPU per booking, spread" "$SPREAD_CPU" "ms" ""
  figure "PostgreSQL CPU per booking, spread" "$SPREAD_PG" "ms" ""
  figure "pgbench baseline spread" "$SPREAD_TPS" "tx/s" ""
  figure "PostgreSQL CPU per baseline transaction, spread" "$SPREAD_PG_TX" "ms" ""
  figure "booking ratio spread" "$(ratio "$SPREAD" "$SPREAD_TPS")" "" "≥ 0.5"
  figure "booking one session" "$ONE" "bookings/s" ""
  figure "booking one session p50" "$ONE_P50" "ms" ""
  figure "booking one session p99" "$ONE_P99" "ms" ""
  figure "booking-service CPU per booking, one session" "$ONE_CPU" "ms" ""
  figure "PostgreSQL CPU per booking, one session" "$ONE_PG" "ms" ""
  figure "pgbench baseline one session" "$ONE_TPS" "tx/s" ""
  figure "PostgreSQL CPU per baseline transaction, one session" "$ONE_PG_TX" "ms" ""
  figure "booking ratio one session" "$(ratio "$ONE" "$ONE_TPS")" "" "≥ 0.5"
  ;;
growth)
  # people: 0… measured at 1,000 (2 × 4,000), 8,000… at 100,000 (2 × 4,000), 16,000… the first warm-up
  # (2 × 12,000), 40,000… the second (2 × 5,000), 50,000… the existing bookings (existing-bookings.sql: up to 10
  # sessions each)
  existing() { "${PSQL[@]}" -d "$BOOKING_DB" -v from="$1" -v to="$2" -f "$HERE/existing-bookings.sql"; }
  existing 0 1000
  "${PSQL[@]}" -d "$BOOKING_DB" -Atc "select 'existing bookings: ' || count(*) from booking"
  warm_up 16000 12000 "$WARMUP"
  echo "== 1,000 existing bookings: $CONNECTIONS clients spread over 100 sessions, $DURATION"
  book 0 4000 100 "$DURATION"
  SMALL_P50=$(p50) SMALL_P99=$(p99)
  invariants
  existing 1000 100000
  "${PSQL[@]}" -d "$BOOKING_DB" -c "vacuum analyze" -Atc "select 'bookings: ' || count(*) from booking"
  warm_up 40000 5000 "$WARMUP_AGAIN"
  echo "== 100,000 existing bookings: $CONNECTIONS clients spread over 100 sessions, $DURATION"
  book 8000 4000 100 "$DURATION"
  LARGE_P50=$(p50) LARGE_P99=$(p99)
  invariants
  change() { python3 -c "print(f'{($2 / $1 - 1) * 100:+.0f}')"; }
  echo "== results"
  printf '  1,000 existing:   p50 %s ms, p99 %s ms\n  100,000 existing: p50 %s ms, p99 %s ms (p50 %s %%, p99 %s %%)\n' \
    "$SMALL_P50" "$SMALL_P99" "$LARGE_P50" "$LARGE_P99" "$(change "$SMALL_P50" "$LARGE_P50")" "$(change "$SMALL_P99" "$LARGE_P99")"
  figure "booking p50 at 1,000 bookings" "$SMALL_P50" "ms" ""
  figure "booking p99 at 1,000 bookings" "$SMALL_P99" "ms" ""
  figure "booking p50 at 100,000 bookings" "$LARGE_P50" "ms" ""
  figure "booking p99 at 100,000 bookings" "$LARGE_P99" "ms" ""
  figure "booking p50 growth 1,000 → 100,000" "$(change "$SMALL_P50" "$LARGE_P50")" "%" "within ±20 %"
  figure "booking p99 growth 1,000 → 100,000" "$(change "$SMALL_P99" "$LARGE_P99")" "%" "within ±20 %"
  ;;
floor)
  read_run() { # NAME DURATION, then env for read.lua; prints wrk's summary on stderr and the answers per second
    echo "== $1: $CONNECTIONS clients, $2" >&2
    env "${@:3}" wrk -t2 -c"$CONNECTIONS" -d"$2" --latency -s "$HERE/read.lua" "http://127.0.0.1:$PORT" >"$WORK/wrk.out"
    cat "$WORK/wrk.out" >&2
    sed -n 's/.*answered \([0-9.]*\)\/s.*/\1/p' "$WORK/wrk.out"
  }
  read_sessions=(BENCH_READ_TOKEN="$BENCH_HR_TOKEN" SESSION_FILE="$WORK/sessions.lua")
  HEALTH=$(read_run "GET /q/health/live" "$DURATION" READ_PATH=/q/health/live)
  read_run "warm-up: GET /sessions/{id}" "$WARMUP" "${read_sessions[@]}" >/dev/null
  READ=$(read_run "GET /sessions/{id}" "$DURATION" "${read_sessions[@]}")
  echo "== pgbench, the baseline spread over 100 sessions"
  baseline 100
  SPREAD_TPS=$(cat "$WORK/tps")
  echo "== results"
  printf '  health %s/s, a session read %s/s, pgbench %s tx/s: ratios %s and %s\n' "$HEALTH" "$READ" "$SPREAD_TPS" \
    "$(ratio "$HEALTH" "$SPREAD_TPS")" "$(ratio "$READ" "$SPREAD_TPS")"
  figure "floor: GET /q/health/live" "$HEALTH" "answers/s" ""
  figure "floor: GET /sessions/{id}" "$READ" "answers/s" ""
  figure "floor: pgbench baseline spread" "$SPREAD_TPS" "tx/s" ""
  figure "floor: session read ratio" "$(ratio "$READ" "$SPREAD_TPS")" "" ""
  ;;
statements)
  warm_up 25000 17500 "$WARMUP"
  "${PSQL[@]}" -d "$BOOKING_DB" -c "create extension if not exists pg_stat_statements"
  # the server's transaction counters lag by up to 10 s behind an idle backend (PostgreSQL 15's statistics)
  sleep 11
  XACTS=$("${PSQL[@]}" -d "$BOOKING_DB" -Atc "select xact_commit + xact_rollback from pg_stat_database where datname = current_database()")
  BEFORE=$("${PSQL[@]}" -d "$BOOKING_DB" -Atc "select count(*) from booking")
  "${PSQL[@]}" -d "$BOOKING_DB" -Atc "select pg_stat_statements_reset()" >/dev/null
  echo "== statements: $CONNECTIONS clients spread over 100 sessions, ${STATEMENTS_DURATION:-10s}"
  book 0 7500 100 "${STATEMENTS_DURATION:-10s}"
  sleep 11
  "${PSQL[@]}" -d "$BOOKING_DB" -v before="$BEFORE" -v xacts="$XACTS" -v db="$BOOKING_DB" -f "$HERE/statements.sql" | tee "$WORK/statements.out"
  invariants
  figure "SQL statements per booking" "$(sed -n 's/^statements per booking: *//p' "$WORK/statements.out")" "" ""
  figure "transactions per booking" "$(sed -n 's/^transactions per booking: *//p' "$WORK/statements.out")" "" ""
  ;;
esac
