#!/usr/bin/env bash
# followup-service figures: 100,000 open cases over 50 callers in the `followup` database.
#  1. starts the service once so Flyway creates the schema, then loads the data with SQL;
#  2. EXPLAIN ANALYZE of the caller-queue and due-reminder queries;
#  3. starts the packaged service (mock mailer) under libfaketime at 07:58:30 Europe/London on the next
#     Wednesday, so the 08:00 digest run fires on a working day, and reads the run's time from its log;
#  4. starts it again on the real clock (reminders off): a token from the provider has expired by the faked
#     clock; times GET /callers/{id}/queue for that Wednesday with curl and wrk, with a coordinator's token:
#     after WARMUP of unreported load (a fresh JVM compiles the request's code in its first thousands of
#     requests; the figures are of the warm service a caller meets), one client, then eight.
# Every start is pointed at the local OIDC provider (scripts/dev-oidc.sh: started here when none answers on
# 127.0.0.1:${OIDC_PORT:-8090}, and then stopped at the end) by OIDC_AUTH_SERVER_URL.
# Needs: PostgreSQL on 127.0.0.1:5432 (user postgres), psql, wrk, faketime (apt-get install wrk faketime).
# Usage: bench/followup/run.sh        Env: BENCH_PORT (18083), BENCH_DB (followup: it must exist),
#   FOLLOWUP_DB_URL to use another database; DURATION (15s) for each wrk run; WARMUP (10s; 0 for none);
#   SKIP_DIGEST=1 leaves out step 3; BENCH_JAVA_OPTS for the service of step 4 (e.g. a JFR recording:
#   -XX:StartFlightRecording=filename=/tmp/queue.jfr,settings=profile).
set -euo pipefail
cd "$(dirname "$0")/../.."
HERE=bench/followup
PORT=${BENCH_PORT:-18083}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-10s}
ROOT=$PWD
source bench/oidc.sh
DB_NAME=${BENCH_DB:-followup}
export FOLLOWUP_DB_URL=${FOLLOWUP_DB_URL:-jdbc:postgresql://127.0.0.1:5432/$DB_NAME}
PSQL=(psql -h 127.0.0.1 -U postgres -d "$DB_NAME" -v ON_ERROR_STOP=1 -X)
JAR=followup-service/target/quarkus-app/quarkus-run.jar
LOG=$(mktemp /tmp/followup-bench.XXXXXX.log)

[ -f "$JAR" ] || ./mvnw -B -ntp -pl followup-service -am package -DskipTests

# A Wednesday outside the Christmas holidays: a working day in England and Wales.
DAY=$(date -d "next wednesday" +%F)
case "$DAY" in *-12-2[4-9]|*-12-3?|*-01-0?) DAY=$(date -d "$DAY + 14 days" +%F) ;; esac
echo "bench day: $DAY"

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
wait_healthy() {
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "service did not start; see $LOG" >&2
  exit 1
}

echo "== schema (service start with reminders off)"
FOLLOWUP_PORT=$PORT MAILER_MOCK=true FOLLOWUP_REMINDERS_CRON=off java -jar "$JAR" >"$LOG" 2>&1 &
APP_PID=$!
wait_healthy
stop_app

echo "== data"
start=$(date +%s.%N)
"${PSQL[@]}" -q -v day="$DAY" -f "$HERE/data.sql"
echo "loaded in $(echo "$(date +%s.%N) - $start" | bc) s"

echo "== EXPLAIN ANALYZE"
"${PSQL[@]}" -v day="$DAY" -f "$HERE/explain.sql" | grep -vE '^\s*Buffers:|^\s*Planning:|^$' || true

if [ "${SKIP_DIGEST:-}" != 1 ]; then
echo "== digest run at 08:00 Europe/London on $DAY (mock mailer)"
TZ=Europe/London FAKETIME="@$DAY 07:58:30" LD_PRELOAD=/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1 \
  FOLLOWUP_PORT=$PORT MAILER_MOCK=true java -jar "$JAR" >"$LOG" 2>&1 &
APP_PID=$!
wait_healthy
for _ in $(seq 1 180); do
  grep -q "Reminder run:" "$LOG" && break
  sleep 1
done
grep "Reminder run:" "$LOG" || { echo "no digest run seen; see $LOG" >&2; exit 1; }
stop_app
"${PSQL[@]}" -c "SELECT count(*) AS digests, sum(array_length(regexp_split_to_array(body, E'\n- '), 1) - 1) AS calls_listed,
  round(extract(epoch FROM max(sent_at) - min(claimed_at))::numeric, 2) AS first_claim_to_last_send_s
  FROM reminder WHERE caller_id LIKE 'bench-%' AND kind = 'DIGEST' AND status = 'SENT'"
fi

echo "== GET /callers/bench-caller-07/queue?date=$DAY (service restarted on the real clock, reminders off)"
# shellcheck disable=SC2086 # BENCH_JAVA_OPTS holds several options
FOLLOWUP_PORT=$PORT MAILER_MOCK=true FOLLOWUP_REMINDERS_CRON=off java ${BENCH_JAVA_OPTS:-} -jar "$JAR" >>"$LOG" 2>&1 &
APP_PID=$!
wait_healthy
export BENCH_TOKEN
BENCH_TOKEN=$(oidc_token coordinator bench-coordinator) # read by auth.lua
URL="http://127.0.0.1:$PORT/callers/bench-caller-07/queue?date=$DAY"
for i in 1 2 3; do
  curl -s -o /dev/null -w "curl $i: %{http_code} in %{time_total} s\n" -H "Authorization: Bearer $BENCH_TOKEN" "$URL"
done
if [ "$WARMUP" != 0 ]; then
  echo "-- warm-up, $WARMUP with four clients (not reported)"
  wrk -t2 -c4 -d"$WARMUP" -s "$HERE/auth.lua" "$URL" >/dev/null
fi
echo "-- one client"
wrk -t1 -c1 -d"$DURATION" --latency -s "$HERE/auth.lua" "$URL"
echo "-- eight clients"
wrk -t2 -c8 -d"$DURATION" --latency -s "$HERE/auth.lua" "$URL"
