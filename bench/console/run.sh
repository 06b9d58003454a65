#!/usr/bin/env bash
# Server render time of each console page (p50/p99), with the three services and the console warm, 500 sessions and
# 5,000 people loaded. Aim: every page under 300 ms p99 (issue 15). The requests go one after another from this
# machine (no concurrency): the figure is one page's time to render, calls to the services included; the services,
# PostgreSQL, the provider and the client share this machine's cores.
#
# The console needs a signed-in session: pages.py signs in through the local provider's own login form (as a person
# does, with a subject and roles), keeps the console's session cookie and sends it with every request.
#
#   bench/console/run.sh            (from the repository root; REQUESTS=200 per page, WARMUP=30)
#   Env: BENCH_PORT_BASE (28180: console, +1 catalogue, +2 booking, +3 followup, +9 the provider: BENCH_OIDC_PORT),
#        BENCH_DB_SUFFIX (_bench_console:
#        the three databases are dropped and re-created), BENCH_FIGURES=FILE (a line per page appended:
#        name<TAB>value<TAB>unit<TAB>aim)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE=$ROOT/bench/console
BASE=${BENCH_PORT_BASE:-28180}
CONSOLE_PORT=$BASE
SUFFIX=${BENCH_DB_SUFFIX:-_bench_console}
WORK=$(mktemp -d)
PSQL=(psql -h "${DB_HOST:-127.0.0.1}" -p "${DB_PORT:-5432}" -U "${DB_USER:-postgres}" -v ON_ERROR_STOP=1 -q)
PIDS=()
# a provider of its own, started from this checkout's scripts/dev-oidc/oidc.json (its request mapping for the client
# id `console` gives the code flow's access token the services' audience): one already running for another checkout
# may not have it
export OIDC_PORT=${BENCH_OIDC_PORT:-$((BASE + 9))}
source "$ROOT/bench/oidc.sh"

cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  oidc_stop
  rm -rf "$WORK"
}
trap cleanup EXIT

for port in $BASE $((BASE + 1)) $((BASE + 2)) $((BASE + 3)); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "port $port is taken by another process: set BENCH_PORT_BASE" >&2
    exit 1
  fi
done
for svc in catalogue-service booking-service followup-service console; do
  [ -f "$ROOT/$svc/target/quarkus-app/quarkus-run.jar" ] && continue
  (cd "$ROOT" && ./mvnw -B -ntp -pl suite-conventions,catalogue-service,booking-service,followup-service,console package -DskipTests)
  break
done
for db in catalogue booking followup; do
  "${PSQL[@]}" -d postgres -c "drop database if exists $db$SUFFIX" -c "create database $db$SUFFIX"
done

oidc_start
DB=jdbc:postgresql://${DB_HOST:-127.0.0.1}:${DB_PORT:-5432}
start() { # name port env…
  local name=$1 port=$2
  shift 2
  env "$@" OIDC_AUTH_SERVER_URL="$OIDC_ISSUER" OIDC_CLIENT_SECRET=bench QUARKUS_OIDC_CONNECTION_TIMEOUT=60S \
    java -Xmx512m -Dvertx.disableURIValidation=true -jar "$ROOT/$name/target/quarkus-app/quarkus-run.jar" \
    >"$WORK/$name.log" 2>&1 &
  PIDS+=($!)
}
start catalogue-service $((BASE + 1)) CATALOGUE_PORT=$((BASE + 1)) CATALOGUE_DB_URL=$DB/catalogue$SUFFIX
start booking-service $((BASE + 2)) BOOKING_PORT=$((BASE + 2)) BOOKING_DB_URL=$DB/booking$SUFFIX \
  CATALOGUE_URL=http://127.0.0.1:$((BASE + 1)) FOLLOWUP_URL=http://127.0.0.1:$((BASE + 3))
start followup-service $((BASE + 3)) FOLLOWUP_PORT=$((BASE + 3)) FOLLOWUP_DB_URL=$DB/followup$SUFFIX \
  MAILER_MOCK=true
start console $CONSOLE_PORT CONSOLE_PORT=$CONSOLE_PORT CATALOGUE_URL=http://127.0.0.1:$((BASE + 1)) \
  BOOKING_URL=http://127.0.0.1:$((BASE + 2)) FOLLOWUP_URL=http://127.0.0.1:$((BASE + 3)) \
  CONSOLE_SESSION_SECRET=bench-console-session-cookie-secret-0123456789
for port in $((BASE + 1)) $((BASE + 2)) $((BASE + 3)) $CONSOLE_PORT; do
  for _ in $(seq 180); do
    curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null && break
    sleep 1
  done
  curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null \
    || { echo "the process on port $port did not start; its log:" >&2; tail -20 "$WORK"/*.log >&2; exit 1; }
done

export BENCH_HR_TOKEN BENCH_COORDINATOR_TOKEN
BENCH_HR_TOKEN=$(oidc_token hr-system bench-hr)
BENCH_COORDINATOR_TOKEN=$(oidc_token coordinator bench-console)
python3 "$HERE/pages.py" "http://127.0.0.1:$CONSOLE_PORT" "http://127.0.0.1:$((BASE + 2))" \
  "http://127.0.0.1:$((BASE + 3))" "${REQUESTS:-200}" "${WARMUP:-30}" "${BENCH_FIGURES:-}"
