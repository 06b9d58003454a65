#!/usr/bin/env bash
# Makes sure a PostgreSQL answers on DB_HOST:DB_PORT (default 127.0.0.1:5432) and that the suite's
# databases exist. Reuses a server that answers; otherwise starts a private one in $IW_PGDATA
# (default /tmp/iw-training-pg) and records that it did, so `postgres.sh stop` stops only what it started.
#
#   scripts/postgres.sh ensure [db…]   start if needed, create the databases (default: all of the suite's)
#   scripts/postgres.sh stop           stop the private server, if this script started one
set -euo pipefail

DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-5432}
DB_USER=${DB_USER:-postgres}
PGDATA_DIR=${IW_PGDATA:-/tmp/iw-training-pg}
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

psql_cmd() {
  psql -v ON_ERROR_STOP=1 -q -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d postgres "$@"
}

create_dbs() {
  local db
  for db in "$@"; do
    if [ "$(psql_cmd -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'")" != 1 ]; then
      psql_cmd -c "CREATE DATABASE \"$db\"" && log "created database $db"
    fi
  done
}

case "${1:-ensure}" in
  ensure)
    shift || true
    if answers; then
      log "reusing the server on $DB_HOST:$DB_PORT"
    else
      start_private
    fi
    # shellcheck disable=SC2086
    create_dbs ${*:-$SUITE_DBS}
    ;;
  stop)
    if [ -f "$PGDATA_DIR/started-by-iw" ]; then
      as_owner "$(pg_bin)/pg_ctl" -D "$PGDATA_DIR" -m fast stop >/dev/null && log "stopped the private server"
      rm -f "$PGDATA_DIR/started-by-iw"
    fi
    ;;
  *)
    echo "usage: $0 ensure [db…] | stop" >&2; exit 2 ;;
esac
