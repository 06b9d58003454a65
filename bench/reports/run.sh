#!/usr/bin/env bash
# booking-service reports over 100,000 bookings (issue 13; aim: each under 1 s).
#  1. starts the packaged service once so Flyway creates the schema, then loads bench/reports/data.sql:
#     200 agencies, 20,000 people, 2,000 sessions of this year, 100,000 bookings, attendance and completions;
#  2. times each report with curl (JSON and CSV, three runs each) as a coordinator, and as an agency lead;
#  3. EXPLAIN ANALYZE is left to the reader: the queries are ReportService's.
# Run it only on a quiet machine (figures on a loaded one say nothing). The service is pointed at the local OIDC
# provider (scripts/dev-oidc.sh, started here when none answers on 127.0.0.1:8090, stopped at the end).
# Needs: PostgreSQL on 127.0.0.1:5432 (user postgres), psql, curl.
# Usage: bench/reports/run.sh      Env: BENCH_PORT (18082), BENCH_DB (booking_reports_bench: created when missing),
#   BOOKING_DB_URL to use another database.
set -euo pipefail
cd "$(dirname "$0")/../.."
HERE=bench/reports
PORT=${BENCH_PORT:-18082}
ROOT=$PWD
source bench/oidc.sh
DB_NAME=${BENCH_DB:-booking_reports_bench}
export BOOKING_DB_URL=${BOOKING_DB_URL:-jdbc:postgresql://127.0.0.1:5432/$DB_NAME}
PSQL=(psql -h 127.0.0.1 -U postgres -d "$DB_NAME" -v ON_ERROR_STOP=1 -X)
JAR=booking-service/target/quarkus-app/quarkus-run.jar
LOG=$(mktemp /tmp/reports-bench.XXXXXX.log)
YEAR=$(date +%Y)
TODAY=$(date +%F)

psql -h 127.0.0.1 -U postgres -d postgres -tAc "select 1 from pg_database where datname = '$DB_NAME'" | grep -q 1 \
  || psql -h 127.0.0.1 -U postgres -d postgres -c "create database $DB_NAME"
[ -f "$JAR" ] || ./mvnw -B -ntp -pl suite-conventions,booking-service package -DskipTests

APP_PID=
stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=
}
trap 'stop_app; oidc_stop' EXIT
oidc_start
export OIDC_AUTH_SERVER_URL=$OIDC_ISSUER
BOOKING_PORT=$PORT MAILER_MOCK=true QUARKUS_SCHEDULER_ENABLED=false java -jar "$JAR" >"$LOG" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null || { echo "service did not start; see $LOG" >&2; exit 1; }

echo "== data"
start=$(date +%s.%N)
"${PSQL[@]}" -q -v year="$YEAR" -v today="$TODAY" -f "$HERE/data.sql"
echo "loaded in $(echo "$(date +%s.%N) - $start" | bc) s"

COORDINATOR=$(oidc_token coordinator bench-coordinator)
LEAD=$(oidc_token agency-lead:bench-a7 bench-lead)
B="http://127.0.0.1:$PORT"
time_it() { # LABEL TOKEN URL [ACCEPT]
  for i in 1 2 3; do
    curl -s -o /dev/null -w "$1 run $i: %{http_code}, %{size_download} bytes in %{time_total} s\n" \
      -H "Authorization: Bearer $2" -H "Accept: ${4:-application/json}" "$3"
  done
}
P="from=$YEAR-01-01&to=$YEAR-12-31"
echo "== reports over the year $YEAR"
for by in agency sector audience module; do
  time_it "completions by=$by" "$COORDINATOR" "$B/reports/completions?by=$by&$P"
done
time_it "completions by=agency (CSV)" "$COORDINATOR" "$B/reports/completions?by=agency&$P" text/csv
time_it "sessions" "$COORDINATOR" "$B/reports/sessions?$P"
time_it "sessions (CSV)" "$COORDINATOR" "$B/reports/sessions?$P" text/csv
time_it "agencies" "$COORDINATOR" "$B/reports/agencies?$P"
time_it "agencies (CSV)" "$COORDINATOR" "$B/reports/agencies?$P" text/csv
time_it "sessions as an agency lead" "$LEAD" "$B/reports/sessions?$P"
time_it "completions by=module as an agency lead" "$LEAD" "$B/reports/completions?by=module&$P"
