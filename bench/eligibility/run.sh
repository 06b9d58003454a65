#!/usr/bin/env bash
# Eligibility benchmark: POST /eligibility/batch with 1,000 varied checks, N times; prints p50/p95/max latency.
# Target: p95 under 300 ms per 1,000-check batch.
#
# Uses catalogue-service at $BASE_URL (default http://127.0.0.1:8081) when it answers; otherwise starts the
# packaged jar (building it if missing) on $PORT against its own database $BENCH_DB (default catalogue_bench,
# created with psql if missing; Flyway seeds it) and stops it afterwards. Every batch carries a viewer's token from
# the local OIDC provider (scripts/dev-oidc.sh: started here when none answers on 127.0.0.1:8090, and then stopped
# at the end); a catalogue-service started here is pointed at it (OIDC_AUTH_SERVER_URL).
#   bench/eligibility/run.sh                 # 50 timed batches after 30 warm-up ones (JIT)
#   RUNS=200 WARMUP=20 bench/eligibility/run.sh
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PORT="${PORT:-8081}"
BASE_URL="${BASE_URL:-http://127.0.0.1:${PORT}}"
RUNS="${RUNS:-50}"
WARMUP="${WARMUP:-30}"
CHECKS="${CHECKS:-1000}"
BENCH_DB="${BENCH_DB:-catalogue_bench}"
DB_HOST="${DB_HOST:-127.0.0.1}"
DB_PORT="${DB_PORT:-5432}"
DB_USER="${DB_USER:-postgres}"
WORK="$(mktemp -d)"
STARTED_PID=""
source "$ROOT/bench/oidc.sh"

cleanup() {
    if [[ -n "$STARTED_PID" ]]; then
        kill "$STARTED_PID" 2>/dev/null || true
        wait "$STARTED_PID" 2>/dev/null || true
    fi
    oidc_stop
    rm -rf "$WORK"
}
trap cleanup EXIT

oidc_start
AUTH="Authorization: Bearer $(oidc_token viewer)"

answers() { curl -fsS -o /dev/null "$BASE_URL/q/health/ready" 2>/dev/null; }

if ! answers; then
    JAR="$ROOT/catalogue-service/target/quarkus-app/quarkus-run.jar"
    if [[ ! -f "$JAR" ]]; then
        echo "building catalogue-service…" >&2
        (cd "$ROOT" && ./mvnw -B -ntp -pl catalogue-service -am package -DskipTests >"$WORK/build.log" 2>&1) \
            || { cat "$WORK/build.log" >&2; exit 1; }
    fi
    if ! psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -Atqc "select 1 from pg_database where datname = '$BENCH_DB'" postgres \
        | grep -q 1; then
        psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -qc "create database $BENCH_DB" postgres
    fi
    echo "starting catalogue-service on port $PORT (database $BENCH_DB)…" >&2
    CATALOGUE_PORT="$PORT" CATALOGUE_DB_URL="jdbc:postgresql://$DB_HOST:$DB_PORT/$BENCH_DB" \
        OIDC_AUTH_SERVER_URL="$OIDC_ISSUER" java -jar "$JAR" >"$WORK/service.log" 2>&1 &
    STARTED_PID=$!
    for _ in $(seq 1 120); do
        answers && break
        kill -0 "$STARTED_PID" 2>/dev/null || { cat "$WORK/service.log" >&2; exit 1; }
        sleep 0.5
    done
    answers || { echo "catalogue-service did not become ready" >&2; cat "$WORK/service.log" >&2; exit 1; }
fi

# 1,000 checks cycling through audiences, single modules and session lists, completions and waivers.
AUDIENCES=(PRACTITIONER TRAINER OPERATIONAL_MANAGER STRATEGIC_MANAGER MIDDLE_MANAGER ADVISOR ADMIN_STAFF)
MODULES=('["IW03"]' '["IW01","CAF01"]' '["IS05"]' '["IS02","CAF02","LP02"]' '["IW05","IS03"]' '["IW04"]'
         '["CAF02"]' '["IS03","IS05"]' '["LP02","IW03"]' '["ISI06"]' '["IW01","IW02","IW03","IW04","IW05"]')
COMPLETED=('[]' '["IW01"]' '["IW01","IW02"]' '["IW01","IS01","CAF01"]' '["IW01","IS01","IS02"]'
           '["IW01","IS01","CAF01","LP01","IS02"]')
WAIVED=('[]' '["IS05"]')
{
    printf '{"checks":['
    for ((i = 0; i < CHECKS; i++)); do
        ((i > 0)) && printf ','
        printf '{"modules":%s,"completed":%s,"waived":%s,"audience":"%s"}' \
            "${MODULES[i % ${#MODULES[@]}]}" "${COMPLETED[(i / 3) % ${#COMPLETED[@]}]}" \
            "${WAIVED[(i / 7) % ${#WAIVED[@]}]}" "${AUDIENCES[(i / 11) % ${#AUDIENCES[@]}]}"
    done
    printf ']}'
} >"$WORK/batch.json"

status=$(curl -sS -o "$WORK/answer.json" -w '%{http_code}' -H 'Content-Type: application/json' -H "$AUTH" \
    --data-binary @"$WORK/batch.json" "$BASE_URL/eligibility/batch")
if [[ "$status" != 200 ]]; then
    echo "batch answered $status:" >&2
    cat "$WORK/answer.json" >&2
    exit 1
fi
eligible=$(grep -o '"eligible":true' "$WORK/answer.json" | wc -l)
echo "checks per batch: $CHECKS (eligible: $eligible), warm-up: $WARMUP, timed runs: $RUNS, target: $BASE_URL"

for ((i = 0; i < WARMUP; i++)); do
    curl -fsS -o /dev/null -H 'Content-Type: application/json' -H "$AUTH" --data-binary @"$WORK/batch.json" "$BASE_URL/eligibility/batch"
done
for ((i = 0; i < RUNS; i++)); do
    curl -fsS -o /dev/null -w '%{time_total}\n' -H 'Content-Type: application/json' -H "$AUTH" \
        --data-binary @"$WORK/batch.json" "$BASE_URL/eligibility/batch"
done | sort -n >"$WORK/times"

pick() { # percentile of the sorted seconds in $WORK/times, printed in ms
    awk -v p="$1" '{ t[NR] = $1 } END { i = int((p / 100) * NR + 0.999999); if (i < 1) i = 1; if (i > NR) i = NR; printf "%.1f", t[i] * 1000 }' "$WORK/times"
}
p50=$(pick 50)
p95=$(pick 95)
max=$(pick 100)
echo "latency per batch of $CHECKS checks: p50 ${p50} ms, p95 ${p95} ms, max ${max} ms"
awk -v p95="$p95" 'BEGIN { if (p95 < 300) print "PASS: p95 under 300 ms"; else { print "FAIL: p95 not under 300 ms"; exit 1 } }'
