#!/usr/bin/env bash
# Makes sure a PostgreSQL answers on DB_HOST:DB_PORT (default 127.0.0.1:5432) and that databases exist.
# Reuses a server that answers. When none answers at the default address (or IW_PG_START=1 is set) it starts a
# private one in $IW_PGDATA (default /tmp/iw-training-pg); a DB_HOST/DB_PORT set by hand that does not answer is an
# error, not a reason to start one. Passwords: DB_PASSWORD (or PGPASSWORD); psql never prompts.
#
# Every caller of `ensure` that uses the private server is recorded in $IW_PGDATA/iw-callers/ (by the caller's
# process id: IW_PG_CALLER, default the calling script's). `stop` removes the caller's record and stops the private
# server only when this script started it and no other recorded caller is still running, so a test run in a second
# terminal never stops the database under a running suite.
#
#   scripts/postgres.sh ensure [db…]   start if needed, create the databases (default: all of the suite's)
#   scripts/postgres.sh answers        exit status 0 when DB_HOST:DB_PORT answers
#   scripts/postgres.sh stop           this caller is done; stops the private server if nobody else uses it
set -euo pipefail

EXPLICIT_ADDRESS=false
[ -n "${DB_HOST:-}${DB_PORT:-}" ] && EXPLICIT_ADDRESS=true
DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-5432}
DB_USER=${DB_USER:-postgres}
export PGPASSWORD=${PGPASSWORD:-${DB_PASSWORD:-postgres}}
PGDATA_DIR=${IW_PGDATA:-/tmp/iw-training-pg}
CALLERS=$PGDATA_DIR/iw-callers
CALLER=${IW_PG_CALLER:-$PPID}
SUITE_DBS="catalogue booking followup catalogue_test booking_test followup_test"

log() { echo "[postgres] $*" >&2; }

answers() {
  if command -v pg_isready >/dev/null 2>&1; then
    pg_isready -q -h "$DB_HOST" -p "$DB_PORT"
  else
    (exec 3<>"/dev/tcp/$DB_HOST/$DB_PORT") 2>/dev/null
  fi
}

pg_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return; }
  done
  command -v initdb >/dev/null 2>&1 && dirname "$(command -v initdb)" && return
  log "no PostgreSQL server binaries found: install PostgreSQL 15 (apt-get install postgresql) or point DB_HOST/DB_PORT at a server"
  exit 1
}

# initdb refuses to run as root; run the server as the postgres user then.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# the private server in $PGDATA_DIR is running and listens on DB_PORT
private_running() {
  [ -f "$PGDATA_DIR/postmaster.pid" ] || return 1
  kill -0 "$(head -1 "$PGDATA_DIR/postmaster.pid")" 2>/dev/null || return 1
  [ "$(sed -n 4p "$PGDATA_DIR/postmaster.pid")" = "$DB_PORT" ]
}

start_private() {
  local bin; bin=$(pg_bin)
  if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
    useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  fi
  mkdir -p "$PGDATA_DIR"
  [ "$(id -u)" = 0 ] && chown postgres "$PGDATA_DIR"
  chmod 700 "$PGDATA_DIR"
  if [ ! -f "$PGDATA_DIR/PG_VERSION" ]; then
    log "initialising a private cluster in $PGDATA_DIR"
    as_owner "$bin/initdb" -D "$PGDATA_DIR" -U "$DB_USER" --auth=trust -E UTF8 >/dev/null
  fi
  # a server killed with -9 leaves these behind, and then refuses to start
  rm -f "$PGDATA_DIR/postmaster.pid" /tmp/.s.PGSQL."$DB_PORT".lock "$PGDATA_DIR"/.s.PGSQL."$DB_PORT".lock
  log "starting a private server on $DB_HOST:$DB_PORT"
  as_owner "$bin/pg_ctl" -D "$PGDATA_DIR" -l "$PGDATA_DIR/server.log" -w -t 60 \
    -o "-p $DB_PORT -c listen_addresses=$DB_HOST -k $PGDATA_DIR -c max_connections=300" start >/dev/null
  touch "$PGDATA_DIR/started-by-iw"
}

register_caller() {
  mkdir -p "$CALLERS"
  touch "$CALLERS/$CALLER"
}

# callers recorded whose process still runs, this one left out
other_live_callers() {
  local file pid count=0
  for file in "$CALLERS"/*; do
    [ -e "$file" ] || continue
    pid=${file##*/}
    if [ "$pid" != "$CALLER" ] && kill -0 "$pid" 2>/dev/null; then
      count=$((count + 1))
    else
      [ "$pid" = "$CALLER" ] || rm -f "$file"
    fi
  done
  echo "$count"
}

psql_cmd() {
  psql -w -v ON_ERROR_STOP=1 -q -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d postgres "$@"
}

create_dbs() {
  local db
  for db in "$@"; do
    if [ "$(psql_cmd -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'")" != 1 ]; then
      psql_cmd -c "CREATE DATABASE \"$db\"" && log "created database $db on $DB_HOST:$DB_PORT"
    fi
  done
}

case "${1:-ensure}" in
  ensure)
    shift || true
    if answers; then
      if [ -f "$PGDATA_DIR/started-by-iw" ] && private_running; then
        log "reusing the private server on $DB_HOST:$DB_PORT"
        register_caller
      else
        log "reusing the server on $DB_HOST:$DB_PORT"
      fi
    elif [ "$EXPLICIT_ADDRESS" = true ] && [ "${IW_PG_START:-0}" != 1 ]; then
      log "no PostgreSQL answers on $DB_HOST:$DB_PORT (DB_HOST/DB_PORT were set, so no private server is started;"
      log "IW_PG_START=1 starts one there)"
      exit 1
    else
      start_private
      register_caller
    fi
    # shellcheck disable=SC2086
    create_dbs ${*:-$SUITE_DBS}
    ;;
  answers)
    answers
    ;;
  stop)
    [ -f "$CALLERS/$CALLER" ] || exit 0
    others=$(other_live_callers)
    rm -f "$CALLERS/$CALLER"
    if [ -f "$PGDATA_DIR/started-by-iw" ] && private_running; then
      if [ "$others" -gt 0 ]; then
        log "leaving the private server running: $others other caller(s) still use it"
      else
        as_owner "$(pg_bin)/pg_ctl" -D "$PGDATA_DIR" -m fast stop >/dev/null && log "stopped the private server"
        rm -f "$PGDATA_DIR/started-by-iw"
      fi
    fi
    ;;
  *)
    echo "usage: $0 ensure [db…] | answers | stop" >&2; exit 2 ;;
esac
