#!/usr/bin/env bash
# Runs the whole suite locally: PostgreSQL (reused, or a private one: scripts/postgres.sh), every database the
# services are pointed at (created if missing; Flyway seeds the catalogue), the local OIDC provider
# (scripts/dev-oidc.sh) and mail catcher (scripts/dev-mail.sh), each reused when one runs, the three services built
# if needed, and the console (the web front end) on top, then their URLs once each answers its own /q/health/ready. A service that does not start is named with
# the end of its log, and the script exits non-zero. Ctrl-C stops everything it started, and only that.
#
# Honours the variables of README.md's Configuration table: CATALOGUE_PORT, BOOKING_PORT, FOLLOWUP_PORT, CONSOLE_PORT,
# CATALOGUE_DB_URL, BOOKING_DB_URL, FOLLOWUP_DB_URL, DB_HOST, DB_PORT, DB_USER, DB_PASSWORD, SMTP_HOST, SMTP_PORT,
# OIDC_AUTH_SERVER_URL; also OIDC_PORT (8090), MAIL_UI_PORT (8025), IW_LOG_DIR (run-logs) and IW_READY_FILE
# (touched once the suite is up, for scripts that start it in the background).
set -euo pipefail
cd "$(dirname "$0")/.."

CATALOGUE_PORT=${CATALOGUE_PORT:-8081}
BOOKING_PORT=${BOOKING_PORT:-8082}
FOLLOWUP_PORT=${FOLLOWUP_PORT:-8083}
CONSOLE_PORT=${CONSOLE_PORT:-8080}
export OIDC_PORT=${OIDC_PORT:-8090}
export SMTP_PORT=${SMTP_PORT:-1025}
export MAIL_UI_PORT=${MAIL_UI_PORT:-8025}
DEFAULT_DB_ADDRESS="${DB_HOST:-127.0.0.1}:${DB_PORT:-5432}"
CATALOGUE_DB_URL=${CATALOGUE_DB_URL:-jdbc:postgresql://$DEFAULT_DB_ADDRESS/catalogue}
BOOKING_DB_URL=${BOOKING_DB_URL:-jdbc:postgresql://$DEFAULT_DB_ADDRESS/booking}
FOLLOWUP_DB_URL=${FOLLOWUP_DB_URL:-jdbc:postgresql://$DEFAULT_DB_ADDRESS/followup}
export CATALOGUE_PORT BOOKING_PORT FOLLOWUP_PORT CONSOLE_PORT CATALOGUE_DB_URL BOOKING_DB_URL FOLLOWUP_DB_URL
SERVICES=(catalogue-service booking-service followup-service)
# what is started: the services, then the console, which holds no data (no database) and calls them
APPS=("${SERVICES[@]}" console)
LOG_DIR=${IW_LOG_DIR:-run-logs}
PIDS=()
OIDC_STARTED_HERE=false
MAIL_STARTED_HERE=false
PG_USED=()

fail() { echo "run-suite: $*" >&2; exit 1; }

port_of() {
  case $1 in
    catalogue-service) echo "$CATALOGUE_PORT" ;;
    booking-service) echo "$BOOKING_PORT" ;;
    followup-service) echo "$FOLLOWUP_PORT" ;;
    console) echo "$CONSOLE_PORT" ;;
  esac
}

db_url_of() {
  case $1 in
    catalogue-service) echo "$CATALOGUE_DB_URL" ;;
    booking-service) echo "$BOOKING_DB_URL" ;;
    followup-service) echo "$FOLLOWUP_DB_URL" ;;
    console) echo "none (it holds no data)" ;;
  esac
}

stop_all() {
  trap - INT TERM EXIT
  echo
  echo "Stopping the suite…"
  local pid address
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  [ "$MAIL_STARTED_HERE" = true ] && scripts/dev-mail.sh stop
  [ "$OIDC_STARTED_HERE" = true ] && scripts/dev-oidc.sh stop
  for address in "${PG_USED[@]}"; do
    DB_HOST=${address%:*} DB_PORT=${address##*:} IW_PG_CALLER=$$ scripts/postgres.sh stop || true
  done
}

port_taken() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

who_listens() {
  command -v ss >/dev/null 2>&1 || return 0
  ss -ltnpH "sport = :$1" 2>/dev/null | sed -n 's/.*users:((\("[^"]*",pid=[0-9]*\).*/ (\1)/p' | head -1
}

# jdbc:postgresql://host:port/name?params → "host port name"
parse_db_url() {
  local rest=${1#jdbc:postgresql://} address name
  [ "$rest" != "$1" ] || return 1
  address=${rest%%/*}
  name=${rest#*/}
  name=${name%%\?*}
  case $address in
    *:*) echo "${address%:*} ${address##*:} $name" ;;
    *) echo "$address 5432 $name" ;;
  esac
}

# every database the services are pointed at, on whichever server each names
ensure_databases() {
  local svc parsed host port name address
  for svc in "${SERVICES[@]}"; do
    parsed=$(parse_db_url "$(db_url_of "$svc")") || fail "$svc: $(db_url_of "$svc") is no jdbc:postgresql:// URL"
    read -r host port name <<<"$parsed"
    address=$host:$port
    if [ "$address" = "$DEFAULT_DB_ADDRESS" ]; then
      # the documented server: a private one may be started when nothing was set and none answers
      IW_PG_CALLER=$$ scripts/postgres.sh ensure "$name" \
        || fail "$svc: no database server for $(db_url_of "$svc") (see the [postgres] lines above)"
    else
      DB_HOST=$host DB_PORT=$port IW_PG_CALLER=$$ scripts/postgres.sh ensure "$name" \
        || fail "$svc: no database server for $(db_url_of "$svc") (see the [postgres] lines above)"
    fi
    [[ " ${PG_USED[*]} " == *" $address "* ]] || PG_USED+=("$address")
  done
}

check_ports_free() {
  local svc port
  for svc in "${APPS[@]}"; do
    port=$(port_of "$svc")
    if port_taken "$port"; then
      fail "$svc cannot start: port $port is already in use$(who_listens "$port"); set $(service_var "$svc")_PORT to another"
    fi
  done
}

service_var() {
  local name=${1%-service}
  echo "${name^^}"
}

needs_build() {
  local svc=$1 jar=$1/target/quarkus-app/quarkus-run.jar
  [ ! -f "$jar" ] && return 0
  [ -n "$(find "$svc/src/main" "$svc/pom.xml" suite-conventions/src/main pom.xml -newer "$jar" -print -quit)" ]
}

build_if_needed() {
  local svc
  for svc in "${APPS[@]}"; do
    if needs_build "$svc"; then
      echo "Building the suite (tests skipped; run scripts/test.sh for them)…"
      ./mvnw -B -ntp -q -DskipTests -pl suite-conventions,catalogue-service,booking-service,followup-service,console package
      return
    fi
  done
}

log_tail() {
  local first
  first=$(grep -m1 -E ' ERROR ' "$1" | cut -c1-400)
  [ -n "$first" ] && echo "--- its first error: $first" >&2
  echo "--- the end of $1:" >&2
  tail -n 25 "$1" >&2
  echo "---" >&2
}

wait_ready() {
  local svc=$1 port=$2 pid=$3 log=$LOG_DIR/$1.log
  for _ in $(seq 1 360); do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "run-suite: $svc stopped while starting (port $port, database $(db_url_of "$svc"))" >&2
      log_tail "$log"
      return 1
    fi
    if curl -fs --max-time 2 -o /dev/null "http://127.0.0.1:$port/q/health/ready"; then return 0; fi
    sleep 0.5
  done
  echo "run-suite: $svc did not become ready on port $port within 180 s" >&2
  curl -s --max-time 2 "http://127.0.0.1:$port/q/health/ready" >&2 || true
  log_tail "$log"
  return 1
}

trap 'stop_all; exit 130' INT
trap 'stop_all; exit 143' TERM
trap stop_all EXIT

check_ports_free
ensure_databases

# Every request needs a token from the OIDC provider (scripts/token.sh), and so do booking-service's calls to the
# other two: the local one unless OIDC_AUTH_SERVER_URL names another.
if [ -z "${OIDC_AUTH_SERVER_URL:-}" ]; then
  scripts/dev-oidc.sh running || OIDC_STARTED_HERE=true
  OIDC_AUTH_SERVER_URL=$(scripts/dev-oidc.sh start) || fail "the local OIDC provider did not start (see above)"
fi
# Mail goes to the local catcher unless SMTP_HOST names another server.
MAIL_WHERE="SMTP server ${SMTP_HOST:-}:$SMTP_PORT (SMTP_HOST)"
if [ -z "${SMTP_HOST:-}" ]; then
  scripts/dev-mail.sh running || MAIL_STARTED_HERE=true
  MAIL_WHERE=$(scripts/dev-mail.sh start) || fail "the local mail catcher did not start (see above)"
  export SMTP_HOST=127.0.0.1
fi
export MAILER_MOCK=false
build_if_needed
mkdir -p "$LOG_DIR"

export CATALOGUE_URL=${CATALOGUE_URL:-http://localhost:$CATALOGUE_PORT}
export BOOKING_URL=${BOOKING_URL:-http://localhost:$BOOKING_PORT}
export FOLLOWUP_URL=${FOLLOWUP_URL:-http://localhost:$FOLLOWUP_PORT}
export OIDC_AUTH_SERVER_URL
# the local provider takes any client secret; booking-service's client id is booking-service
export OIDC_CLIENT_SECRET=${OIDC_CLIENT_SECRET:-local}
# webhooks to a receiver on this machine (plain http) are allowed locally; production allows none by default
export BOOKING_WEBHOOKS_ALLOW_HOSTS=${BOOKING_WEBHOOKS_ALLOW_HOSTS-localhost,127.0.0.1}
# the default caller's queue is worked by `scripts/token.sh caller followup-team` (README)
export DEFAULT_CALLER_SUBJECT=${DEFAULT_CALLER_SUBJECT:-followup-team}
# a busy machine may take more than the pool's default 5 s to open a first connection
export QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT=${QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT:-30S}
# … and the provider more than 10 s to answer the first discovery request
export QUARKUS_OIDC_CONNECTION_TIMEOUT=${QUARKUS_OIDC_CONNECTION_TIMEOUT:-60S}
# the console's session cookie is encrypted with this (32 characters at least); a fresh one each run signs everyone out
export CONSOLE_SESSION_SECRET=${CONSOLE_SESSION_SECRET:-$(head -c 32 /dev/urandom | base64 | tr -d '\n')}

for svc in "${APPS[@]}"; do
  extra=()
  # booking-service's own OIDC client too (a system property: its environment name would read as an OIDC tenant)
  [ "$svc" = booking-service ] && extra=(-Dquarkus.oidc-client.connection-timeout=60S)
  # a request target that is not a URI gets the suite's problem details (FrameworkFailures), not an empty 400
  java -Dvertx.disableURIValidation=true "${extra[@]}" -jar "$svc/target/quarkus-app/quarkus-run.jar" >"$LOG_DIR/$svc.log" 2>&1 &
  PIDS+=($!)
done
i=0
for svc in "${APPS[@]}"; do
  wait_ready "$svc" "$(port_of "$svc")" "${PIDS[$i]}" || fail "$svc failed to start: the suite is not running"
  i=$((i + 1))
done

cat <<MSG

The IW Training Suite is running (logs in $LOG_DIR/):
  catalogue-service  http://localhost:$CATALOGUE_PORT   API docs http://localhost:$CATALOGUE_PORT/q/swagger-ui
  booking-service    http://localhost:$BOOKING_PORT   API docs http://localhost:$BOOKING_PORT/q/swagger-ui
  followup-service   http://localhost:$FOLLOWUP_PORT   API docs http://localhost:$FOLLOWUP_PORT/q/swagger-ui
  console            http://localhost:$CONSOLE_PORT   sign in at the provider's form: any username, and claims
                     such as {"roles":"coordinator"} or {"roles":"agency-lead","agency":"NHS-NORTH"} (README, Console)
  OIDC provider      $OIDC_AUTH_SERVER_URL   (a token: scripts/token.sh ROLE)
  mail               $MAIL_WHERE
Try: curl -s -H "Authorization: Bearer \$(scripts/token.sh viewer)" http://localhost:$CATALOGUE_PORT/modules/IW03
Press Ctrl-C to stop.
MSG
[ -n "${IW_READY_FILE:-}" ] && touch "$IW_READY_FILE"
set +e
wait -n "${PIDS[@]}"
i=0
for svc in "${APPS[@]}"; do
  if ! kill -0 "${PIDS[$i]}" 2>/dev/null; then
    echo "run-suite: $svc stopped by itself; stopping the others" >&2
    log_tail "$LOG_DIR/$svc.log"
  fi
  i=$((i + 1))
done
exit 1
