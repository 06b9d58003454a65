#!/usr/bin/env bash
# Runs the whole suite locally: PostgreSQL (reused, or a private one), the three databases (created if
# missing; Flyway seeds the catalogue), the local OIDC provider (scripts/dev-oidc.sh, reused when running), the
# three services built if needed, then their URLs. Ctrl-C stops everything it started.
set -euo pipefail
cd "$(dirname "$0")/.."

SERVICES=(catalogue-service:8081 booking-service:8082 followup-service:8083)
LOG_DIR=${IW_LOG_DIR:-run-logs}
PIDS=()
OIDC_STARTED_HERE=false

stop_all() {
  trap - INT TERM EXIT
  echo
  echo "Stopping the suite…"
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  [ "$OIDC_STARTED_HERE" = true ] && scripts/dev-oidc.sh stop
  scripts/postgres.sh stop
}

needs_build() {
  local svc=$1 jar=$1/target/quarkus-app/quarkus-run.jar
  [ ! -f "$jar" ] && return 0
  [ -n "$(find "$svc/src/main" "$svc/pom.xml" suite-conventions/src/main pom.xml -newer "$jar" -print -quit)" ]
}

build_if_needed() {
  local svc
  for entry in "${SERVICES[@]}"; do
    svc=${entry%%:*}
    if needs_build "$svc"; then
      echo "Building the suite (tests skipped; run scripts/test.sh for them)…"
      ./mvnw -B -ntp -q -DskipTests package
      return
    fi
  done
}

wait_healthy() {
  local name=$1 port=$2 pid=$3
  for _ in $(seq 1 120); do
    if curl -fs "http://localhost:$port/q/health/ready" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$name stopped while starting; see $LOG_DIR/$name.log" >&2; return 1
    fi
    sleep 0.5
  done
  echo "$name did not become ready in 60 s; see $LOG_DIR/$name.log" >&2
  return 1
}

scripts/postgres.sh ensure catalogue booking followup
trap 'stop_all; exit 0' INT TERM
trap stop_all EXIT
# Every request needs a token from the OIDC provider (scripts/token.sh), and so do booking-service's calls to the
# other two: the local one unless OIDC_AUTH_SERVER_URL names another.
if [ -z "${OIDC_AUTH_SERVER_URL:-}" ]; then
  scripts/dev-oidc.sh running || OIDC_STARTED_HERE=true
  OIDC_AUTH_SERVER_URL=$(scripts/dev-oidc.sh start)
fi
build_if_needed
mkdir -p "$LOG_DIR"

export CATALOGUE_URL=${CATALOGUE_URL:-http://localhost:8081}
export BOOKING_URL=${BOOKING_URL:-http://localhost:8082}
export FOLLOWUP_URL=${FOLLOWUP_URL:-http://localhost:8083}
export OIDC_AUTH_SERVER_URL
# the local provider takes any client secret; booking-service's client id is booking-service
export OIDC_CLIENT_SECRET=${OIDC_CLIENT_SECRET:-local}

for entry in "${SERVICES[@]}"; do
  svc=${entry%%:*}
  # a request target that is not a URI gets the suite's problem details (FrameworkFailures), not an empty 400
  java -Dvertx.disableURIValidation=true -jar "$svc/target/quarkus-app/quarkus-run.jar" >"$LOG_DIR/$svc.log" 2>&1 &
  PIDS+=($!)
done
i=0
for entry in "${SERVICES[@]}"; do
  wait_healthy "${entry%%:*}" "${entry##*:}" "${PIDS[$i]}"
  i=$((i + 1))
done

cat <<MSG

The IW Training Suite is running (logs in $LOG_DIR/):
  catalogue-service  http://localhost:8081   API docs http://localhost:8081/q/swagger-ui
  booking-service    http://localhost:8082   API docs http://localhost:8082/q/swagger-ui
  followup-service   http://localhost:8083   API docs http://localhost:8083/q/swagger-ui
  OIDC provider      $OIDC_AUTH_SERVER_URL   (a token: scripts/token.sh ROLE)
Try: curl -s -H "Authorization: Bearer \$(scripts/token.sh viewer)" http://localhost:8081/modules/IW03
Press Ctrl-C to stop.
MSG
wait -n "${PIDS[@]}" || true
echo "A service stopped by itself; see $LOG_DIR/. Stopping the others." >&2
exit 1
