# Sourced by the bench scripts (after setting ROOT to the repository root): sign-in for the services they start
# and the requests they send.
#   oidc_start     starts the local OIDC provider (scripts/dev-oidc.sh) when none answers and sets OIDC_ISSUER
#                  (http://127.0.0.1:8090/iw), to be passed to the services as OIDC_AUTH_SERVER_URL
#   oidc_stop      stops the provider, only if oidc_start started it (call it from the script's EXIT trap)
#   oidc_token ROLE[,ROLE…][:AGENCY] [SUBJECT]
#                  prints a token from it (scripts/token.sh; valid for an hour, enough for a run)
OIDC_STARTED=
OIDC_ISSUER=

oidc_start() {
  if ! "$ROOT/scripts/dev-oidc.sh" running; then
    OIDC_STARTED=1
  fi
  OIDC_ISSUER=$("$ROOT/scripts/dev-oidc.sh" start)
}

oidc_stop() {
  if [ -n "$OIDC_STARTED" ]; then
    "$ROOT/scripts/dev-oidc.sh" stop || true
    OIDC_STARTED=
  fi
}

oidc_token() {
  "$ROOT/scripts/token.sh" "$@"
}
