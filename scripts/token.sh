#!/usr/bin/env bash
# Prints an access token from the local OIDC provider (scripts/dev-oidc.sh, started here when it is not running),
# issued as the authority's provider issues them: audience iw-training, the roles asked for, the subject.
#
#   scripts/token.sh ROLE[,ROLE…][:AGENCY] [SUBJECT]
#
#   scripts/token.sh coordinator
#   scripts/token.sh hr-system,auditor
#   scripts/token.sh agency-lead:NHS-NORTH lead-nhs-north     (the agency lead's token carries agency: NHS-NORTH)
#   curl -H "Authorization: Bearer $(scripts/token.sh viewer)" http://localhost:8081/modules/IW03
#
# Roles: catalogue-editor, coordinator, agency-lead, caller, hr-system, auditor, viewer, service.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -lt 1 ] || [ $# -gt 2 ] || [ -z "$1" ]; then
  sed -n '2,12s/^# \{0,1\}//p' "$0" >&2
  exit 2
fi
SPEC=$1
SUBJECT=${2:-dev-user}
ROLES=${SPEC%%:*}
AGENCY=
[[ "$SPEC" == *:* ]] && AGENCY=${SPEC#*:}

ISSUER=$(scripts/dev-oidc.sh start 2>/dev/null) || { echo "the local OIDC provider did not start: run scripts/dev-oidc.sh" >&2; exit 1; }

args=(--data-urlencode grant_type=client_credentials --data-urlencode "client_id=$SUBJECT"
      --data-urlencode client_secret=local --data-urlencode "roles=$ROLES")
[ -n "$AGENCY" ] && args+=(--data-urlencode "agency=$AGENCY")
response=$(curl -fsS --max-time 10 "${args[@]}" "$ISSUER/token")
token=$(printf '%s' "$response" | tr -d '\n' | sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "no access_token in the provider's answer: $response" >&2; exit 1; }
printf '%s\n' "$token"
