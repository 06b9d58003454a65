#!/usr/bin/env bash
# Cohort API figures end to end: builds and starts catalogue-service and booking-service on their own
# bench databases (dropped and re-created), sets up the issue's data (bench/cohorts/HttpBench.java), times
# POST /cohorts: the first 5,000 × 250 proposal after start, warm 5,000 × 250 (median of 5), 500 and 20,000 × 250,
# 20,000 × 1,000; reads booking-service's RSS. booking-service runs at -Xmx512m (BOOKING_HEAP), the issue's bound.
# Prints one `  figure:` line per figure and appends them to the file named by BENCH_FIGURES when set (name TAB
# value TAB unit TAB aim, as bench/booking-vs-pgbench/run.sh does). Needs PostgreSQL on 127.0.0.1:5432 (user postgres)
# and psql.
# Usage: bench/cohorts/http.sh   (SKIP_BUILD=1 to reuse the jars already built; CATALOGUE_PORT, BOOKING_PORT,
# CATALOGUE_DB, BOOKING_DB and LOG_PREFIX to run beside another copy, OIDC_PORT for its own OIDC provider;
# BOOKING_APP: another build's quarkus-run.jar, e.g. a copy of the one before a change, to compare;
# booking's log has the rules/allocation split)
# Both services are pointed at the local OIDC provider (scripts/dev-oidc.sh: started here when none answers on
# 127.0.0.1:${OIDC_PORT:-8090}, and then stopped at the end); HttpBench sends agencies and people with an hr-system
# token and sessions and cohorts with a coordinator's.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
source bench/oidc.sh

CATALOGUE_PORT=${CATALOGUE_PORT:-38081}
BOOKING_PORT=${BOOKING_PORT:-38082}
CATALOGUE_DB=${CATALOGUE_DB:-catalogue_cohorts_bench}
BOOKING_DB=${BOOKING_DB:-booking_cohorts_bench}
LOG_PREFIX=${LOG_PREFIX:-/tmp/cohorts-bench}
BOOKING_APP=${BOOKING_APP:-booking-service/target/quarkus-app/quarkus-run.jar}
export BOOKING_HEAP=${BOOKING_HEAP:-512m}
PSQL=(psql -h 127.0.0.1 -U postgres -q -v ON_ERROR_STOP=1)

if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -B -ntp -pl catalogue-service,booking-service -am package -DskipTests >/dev/null
fi
for db in "$CATALOGUE_DB" "$BOOKING_DB"; do
  "${PSQL[@]}" -c "drop database if exists $db" -c "create database $db"
done

pids=()
# waits for the services to end, so that the next script finds their ports free (bench/run-all.sh runs one after another)
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  oidc_stop
}
trap cleanup EXIT

oidc_start
# read by HttpBench
export BENCH_COORDINATOR_TOKEN BENCH_HR_TOKEN
BENCH_COORDINATOR_TOKEN=$(oidc_token coordinator bench-coordinator)
BENCH_HR_TOKEN=$(oidc_token hr-system bench-hr)

CATALOGUE_PORT=$CATALOGUE_PORT CATALOGUE_DB_URL=jdbc:postgresql://127.0.0.1:5432/$CATALOGUE_DB \
  OIDC_AUTH_SERVER_URL="$OIDC_ISSUER" \
  java -Xmx256m -jar catalogue-service/target/quarkus-app/quarkus-run.jar >"$LOG_PREFIX-catalogue.log" 2>&1 &
pids+=($!)
BOOKING_PORT=$BOOKING_PORT BOOKING_DB_URL=jdbc:postgresql://127.0.0.1:5432/$BOOKING_DB \
  CATALOGUE_URL=http://127.0.0.1:$CATALOGUE_PORT OIDC_AUTH_SERVER_URL="$OIDC_ISSUER" OIDC_CLIENT_SECRET=bench \
  java -Xmx$BOOKING_HEAP -jar "$BOOKING_APP" >"$LOG_PREFIX-booking.log" 2>&1 &
booking_pid=$!
pids+=($booking_pid)

for port in "$CATALOGUE_PORT" "$BOOKING_PORT"; do
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null && break
    sleep 1
  done
done

echo "machine: $(nproc) cores shared by the bench client, both services and PostgreSQL; load $(cut -d' ' -f1-3 /proc/loadavg)"
java bench/cohorts/HttpBench.java "http://127.0.0.1:$BOOKING_PORT" "$booking_pid" "$BOOKING_DB"
