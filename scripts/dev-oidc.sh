#!/usr/bin/env bash
# The suite's local OIDC provider: mock-oauth2-server (discovery, JWKS, token and authorization endpoints, a login
# form), configured by scripts/dev-oidc/oidc.json, in the background on 127.0.0.1:8090 with the issuer
# http://127.0.0.1:8090/iw. Reuses a provider that already answers there; otherwise fetches its jars through Maven
# (once, into scripts/dev-oidc/target/lib), starts it and returns once its discovery document answers.
#
#   scripts/dev-oidc.sh [start]   start if needed; prints the issuer URL
#   scripts/dev-oidc.sh running   exit status 0 when a provider answers
#   scripts/dev-oidc.sh stop      stop the provider, if this script started it
set -euo pipefail
cd "$(dirname "$0")/.."

HOST=${OIDC_HOST:-127.0.0.1}
PORT=${OIDC_PORT:-8090}
ISSUER="http://$HOST:$PORT/iw"
DIR=scripts/dev-oidc
LIB=$DIR/target/lib
STATE=${IW_OIDC_DIR:-/tmp/iw-training-oidc-$PORT}

log() { echo "[dev-oidc] $*" >&2; }

answers() {
  curl -fs -o /dev/null --max-time 2 "$ISSUER/.well-known/openid-configuration"
}

fetch_jars() {
  if ! ls "$LIB"/mock-oauth2-server-*.jar >/dev/null 2>&1; then
    log "fetching mock-oauth2-server's jars through Maven"
    ./mvnw -B -ntp -q -f "$DIR/pom.xml" dependency:copy-dependencies
  fi
}

start() {
  if answers; then
    log "reusing the provider at $ISSUER"
    echo "$ISSUER"
    return
  fi
  fetch_jars
  mkdir -p "$STATE"
  log "starting the provider at $ISSUER (log: $STATE/oidc.log)"
  SERVER_HOSTNAME=$HOST SERVER_PORT=$PORT JSON_CONFIG_PATH="$PWD/$DIR/oidc.json" \
    nohup java -Xmx128m -cp "$LIB/*" no.nav.security.mock.oauth2.StandaloneMockOAuth2ServerKt \
    >"$STATE/oidc.log" 2>&1 </dev/null &
  echo $! >"$STATE/pid"
  for _ in $(seq 1 120); do
    if answers; then
      echo "$ISSUER"
      return
    fi
    if ! kill -0 "$(cat "$STATE/pid")" 2>/dev/null; then
      log "the provider stopped while starting; see $STATE/oidc.log"
      rm -f "$STATE/pid"
      exit 1
    fi
    sleep 0.5
  done
  log "the provider did not answer within 60 s; see $STATE/oidc.log"
  exit 1
}

stop() {
  if [ -f "$STATE/pid" ]; then
    kill "$(cat "$STATE/pid")" 2>/dev/null && log "stopped the provider" || true
    rm -f "$STATE/pid"
  fi
}

case "${1:-start}" in
  start) start ;;
  running) answers ;;
  stop) stop ;;
  *) echo "usage: $0 [start] | running | stop" >&2; exit 2 ;;
esac
