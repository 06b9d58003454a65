#!/usr/bin/env bash
# The suite's local mail catcher: every mail the services send is kept, nothing leaves the machine. Mailpit where it
# is installed (web UI and API on MAIL_UI_PORT), otherwise GreenMail standalone (com.icegreen:greenmail-standalone,
# the version the e2e story uses, fetched through Maven once into scripts/dev-mail/target/lib) with its web API.
# SMTP on 127.0.0.1:$SMTP_PORT (default 1025), the web side on 127.0.0.1:$MAIL_UI_PORT (default 8025).
#
#   scripts/dev-mail.sh [start]   start if needed; prints where to read the mail
#   scripts/dev-mail.sh running   exit status 0 when a catcher answers on MAIL_UI_PORT
#   scripts/dev-mail.sh stop      stop the catcher, if this script started it
#
# Reading GreenMail's mail (no login: every recipient gets a mailbox):
#   curl -s localhost:8025/api/user                                   # the mailboxes
#   curl -s localhost:8025/api/user/asha@example.org/messages/INBOX   # one recipient's mail, subject and body
set -euo pipefail
cd "$(dirname "$0")/.."

HOST=127.0.0.1
SMTP_PORT=${SMTP_PORT:-1025}
UI_PORT=${MAIL_UI_PORT:-8025}
LIB=scripts/dev-mail/target/lib
STATE=${IW_MAIL_DIR:-/tmp/iw-training-mail-$UI_PORT}

log() { echo "[dev-mail] $*" >&2; }

greenmail_version() {
  sed -n 's:.*<greenmail.version>\(.*\)</greenmail.version>.*:\1:p' pom.xml
}

# prints where to read the mail when a catcher answers on UI_PORT
where() {
  if curl -fs -o /dev/null --max-time 10 "http://$HOST:$UI_PORT/api/service/readiness"; then
    echo "GreenMail API http://localhost:$UI_PORT/api/user/<recipient>/messages/INBOX (SMTP $HOST:$SMTP_PORT)"
  elif curl -fs -o /dev/null --max-time 2 "http://$HOST:$UI_PORT/api/v1/info"; then
    echo "Mailpit http://localhost:$UI_PORT (SMTP $HOST:$SMTP_PORT)"
  else
    return 1
  fi
}

port_taken() {
  (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null
}

start() {
  if where; then
    log "reusing the mail catcher on port $UI_PORT"
    return
  fi
  local port
  for port in "$SMTP_PORT" "$UI_PORT"; do
    if port_taken "$port"; then
      log "port $port is taken by something that is not a mail catcher: set SMTP_PORT / MAIL_UI_PORT"
      exit 1
    fi
  done
  mkdir -p "$STATE"
  if command -v mailpit >/dev/null 2>&1; then
    log "starting Mailpit (log: $STATE/mail.log)"
    nohup mailpit --smtp "$HOST:$SMTP_PORT" --listen "$HOST:$UI_PORT" >"$STATE/mail.log" 2>&1 </dev/null &
  else
    local version; version=$(greenmail_version)
    if [ ! -f "$LIB/greenmail-standalone-$version.jar" ]; then
      log "fetching greenmail-standalone $version through Maven"
      ./mvnw -B -ntp -q -N org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
        "-Dartifact=com.icegreen:greenmail-standalone:$version" "-DoutputDirectory=$LIB"
    fi
    log "starting GreenMail $version (log: $STATE/mail.log)"
    nohup java -Xmx128m -Dgreenmail.smtp.hostname=$HOST "-Dgreenmail.smtp.port=$SMTP_PORT" \
      -Dgreenmail.api.hostname=$HOST "-Dgreenmail.api.port=$UI_PORT" -Dgreenmail.auth.disabled \
      -jar "$LIB/greenmail-standalone-$version.jar" >"$STATE/mail.log" 2>&1 </dev/null &
  fi
  echo $! >"$STATE/pid"
  for _ in $(seq 1 240); do
    if where; then return; fi
    if ! kill -0 "$(cat "$STATE/pid")" 2>/dev/null; then
      log "the mail catcher stopped while starting; its log ($STATE/mail.log) ends:"
      tail -n 20 "$STATE/mail.log" >&2
      rm -f "$STATE/pid"
      exit 1
    fi
    sleep 0.5
  done
  log "the mail catcher did not answer within 120 s; see $STATE/mail.log"
  exit 1
}

stop() {
  if [ -f "$STATE/pid" ]; then
    kill "$(cat "$STATE/pid")" 2>/dev/null && log "stopped the mail catcher" || true
    rm -f "$STATE/pid"
  fi
}

case "${1:-start}" in
  start) start ;;
  running) where >/dev/null ;;
  stop) stop ;;
  *) echo "usage: $0 [start] | running | stop" >&2; exit 2 ;;
esac
