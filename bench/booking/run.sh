#!/usr/bin/env bash
# Booking throughput and latency, then contention, against a real PostgreSQL, with the invariants checked in
# the database after each run. The load generator (wrk), the service, PostgreSQL and the catalogue stub all
# share this machine's cores: the figures are for everything on one box.
#
# Every request carries a token from the local OIDC provider (scripts/dev-oidc.sh: started here when none answers on
# 127.0.0.1:8090, and then stopped at the end): hr-system for agencies and people, coordinator for sessions and
# bookings. booking-service is pointed at it (OIDC_AUTH_SERVER_URL, OIDC_CLIENT_SECRET for its own client).
#
#   bench/booking/run.sh            (from the repository root; DURATION=15s, CONNECTIONS=32 by default)
#   Env: BENCH_DB (booking_bench: dropped and re-created), BENCH_PORT (28082), BENCH_STUB_PORT (28091)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE=$ROOT/bench/booking
PORT=${BENCH_PORT:-28082}
STUB_PORT=${BENCH_STUB_PORT:-28091}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-32}
DB=${BENCH_DB:-booking_bench}
WORK=$(mktemp -d)
PSQL=(psql -h "${DB_HOST:-127.0.0.1}" -p "${DB_PORT:-5432}" -U "${DB_USER:-postgres}" -v ON_ERROR_STOP=1 -q)
source "$ROOT/bench/oidc.sh"

cleanup() {
  [ -n "${SERVICE_PID:-}" ] && kill "$SERVICE_PID" 2>/dev/null || true
  [ -n "${STUB_PID:-}" ] && kill "$STUB_PID" 2>/dev/null || true
  oidc_stop
  rm -rf "$WORK"
}
trap cleanup EXIT

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
for port in "$PORT" "$STUB_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "port $port is taken by another process: set BENCH_PORT / BENCH_STUB_PORT" >&2
    exit 1
  fi
done
"${PSQL[@]}" -d postgres -c "drop database if exists $DB" -c "create database $DB"

APP=$ROOT/booking-service/target/quarkus-app/quarkus-run.jar
[ -f "$APP" ] || (cd "$ROOT" && ./mvnw -B -ntp -pl booking-service -am package -DskipTests)
WIREMOCK_JAR=$(ls "$HOME"/.m2/repository/org/wiremock/wiremock-standalone/*/wiremock-standalone-*.jar | head -1)

oidc_start
# read by setup.py and book.lua
export BENCH_COORDINATOR_TOKEN BENCH_HR_TOKEN
BENCH_COORDINATOR_TOKEN=$(oidc_token coordinator bench-coordinator)
BENCH_HR_TOKEN=$(oidc_token hr-system bench-hr)

java -Xmx256m -jar "$WIREMOCK_JAR" --port "$STUB_PORT" --root-dir "$HERE/catalogue-stub" --disable-banner \
  --no-request-journal >"$WORK/stub.log" 2>&1 &
STUB_PID=$!
BOOKING_PORT=$PORT BOOKING_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB CATALOGUE_URL=http://127.0.0.1:$STUB_PORT \
  OIDC_AUTH_SERVER_URL="$OIDC_ISSUER" OIDC_CLIENT_SECRET=bench \
  java -Xmx1g -jar "$APP" >"${SERVICE_LOG:-$WORK/service.log}" 2>&1 &
SERVICE_PID=$!
for _ in $(seq 120); do
  curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break
  sleep 1
done
kill -0 "$SERVICE_PID" 2>/dev/null && curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null \
  || { echo "booking-service did not start" >&2; exit 1; }

echo "== setup"
python3 "$HERE/setup.py" "http://127.0.0.1:$PORT" "$WORK/sessions.lua" "$WORK/contention"
"${PSQL[@]}" -d "$DB" -Atc "select 'people: ' || count(*) from person" -c "select 'sessions: ' || count(*) from training_session"

invariants() { "${PSQL[@]}" -d "$DB" -f "$HERE/invariants.sql"; }

echo "== warm-up (5 s, people bench-p-90000…)"
SESSION_FILE=$WORK/sessions.lua FIRST_PERSON=90000 SLICE=2000 SESSIONS=100 \
  wrk -t2 -c8 -d5s -s "$HERE/book.lua" "http://127.0.0.1:$PORT" >/dev/null

echo "== $CONNECTIONS clients spread over 100 sessions, $DURATION"
SESSION_FILE=$WORK/sessions.lua FIRST_PERSON=0 SLICE=25000 SESSIONS=100 \
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$HERE/book.lua" "http://127.0.0.1:$PORT"
invariants

echo "== $CONNECTIONS clients all on one session, $DURATION"
SESSION_FILE=$WORK/sessions.lua FIRST_PERSON=50000 SLICE=20000 SESSIONS=1 \
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$HERE/book.lua" "http://127.0.0.1:$PORT"
invariants

echo "== contention: 250 simultaneous bookings from 10 agencies at a 20-seat session (agency cap 8)"
SESSION=$(cat "$WORK/contention")
seq 95000 95249 | xargs -P 250 -I{} curl -s -o /dev/null -w "%{http_code}\n" -H 'Content-Type: application/json' \
  -H "Authorization: Bearer $BENCH_COORDINATOR_TOKEN" \
  -d '{"personId":"bench-p-{}"}' "http://127.0.0.1:$PORT/sessions/$SESSION/bookings" | sort | uniq -c
"${PSQL[@]}" -d "$DB" -c "select status, count(*) from booking where session_id = '$SESSION' group by status" \
  -c "select agency_code, count(*) from booking where session_id = '$SESSION' and status = 'CONFIRMED' group by agency_code order by 1"
invariants
