#!/usr/bin/env bash
# Runs the documentation's examples as written: every fenced ```bash / ```sh block of README.md, the services'
# README.md, booking-service/EVENTS.md and booking-service/COHORTS.md, in that order, in one shell (a variable set
# in one block is there in the next), from the repository root, against a suite started by scripts/run-suite.sh on
# fresh databases and ports of its own (so it never clashes with the tests or a suite you run).
#
# `curl` is a shell function there: it sends the request to this run's ports (localhost:8081/8082/8083, the OIDC
# provider's 127.0.0.1:8090 and the mail API's localhost:8025 in the text are rewritten to the ports below), records every status and fails the block on any answer outside 2xx that the
# text does not announce. The format, for whoever adds an example:
#   # expect 409              a line of its own just before a command: its curl answers 409 (several: 404,409)
#   # readme-examples: skip   the block's first line: the block is not run (say why after it); the run lists it
# Anything else fails the run: a command that exits non-zero (set -e, pipefail), a wait that never ends (the run is
# bounded by EXAMPLES_TIMEOUT seconds). Waits are written out: until …; do sleep 1; done.
#
#   scripts/readme-examples.sh            EXAMPLES_PORT_BASE (default 38000: services on +81, +82, +83, the console on
#                                         +80, the OIDC provider on +90, SMTP on +25, the mail API on +26), EXAMPLES_DB_SUFFIX
#                                         (default _readme: databases catalogue_readme, …), EXAMPLES_TIMEOUT (600)
#   scripts/readme-examples.sh --list     only writes the script the examples make (target/readme-examples/examples.sh),
#                                         checks its syntax and lists the blocks
set -euo pipefail
cd "$(dirname "$0")/.."

FILES=(README.md catalogue-service/README.md booking-service/README.md booking-service/EVENTS.md
       booking-service/COHORTS.md followup-service/README.md)
BASE=${EXAMPLES_PORT_BASE:-38000}
SUFFIX=${EXAMPLES_DB_SUFFIX:-_readme}
TIMEOUT=${EXAMPLES_TIMEOUT:-600}
OUT=target/readme-examples
DB_ADDRESS="${DB_HOST:-127.0.0.1}:${DB_PORT:-5432}"
export PGPASSWORD=${PGPASSWORD:-${DB_PASSWORD:-postgres}}

export CATALOGUE_PORT=$((BASE + 81)) BOOKING_PORT=$((BASE + 82)) FOLLOWUP_PORT=$((BASE + 83)) CONSOLE_PORT=$((BASE + 80))
export OIDC_PORT=$((BASE + 90)) SMTP_PORT=$((BASE + 25)) MAIL_UI_PORT=$((BASE + 26))
export CATALOGUE_DB_URL=jdbc:postgresql://$DB_ADDRESS/catalogue$SUFFIX
export BOOKING_DB_URL=jdbc:postgresql://$DB_ADDRESS/booking$SUFFIX
export FOLLOWUP_DB_URL=jdbc:postgresql://$DB_ADDRESS/followup$SUFFIX
export IW_LOG_DIR=$OUT/logs IW_READY_FILE=$OUT/ready
unset OIDC_AUTH_SERVER_URL SMTP_HOST

rm -rf "$OUT"
mkdir -p "$OUT/logs"
SUITE_PID= EXAMPLES_PID=

finish() {
  local rc=$?
  trap - EXIT INT TERM
  [ -n "$EXAMPLES_PID" ] && kill -TERM "$EXAMPLES_PID" 2>/dev/null || true
  if [ -n "$SUITE_PID" ] && kill -0 "$SUITE_PID" 2>/dev/null; then
    kill -TERM "$SUITE_PID" 2>/dev/null || true
    wait "$SUITE_PID" 2>/dev/null || true
  fi
  IW_PG_CALLER=$$ scripts/postgres.sh stop || true
  exit "$rc"
}
trap finish EXIT
trap 'exit 130' INT TERM

# --- the examples, as one script: each block announced, markers turned into calls of the helpers below
generate() {
  local file
  for file in "${FILES[@]}"; do
    [ -f "$file" ] || continue
    awk -v file="$file" '
      function q(s) { gsub(/\047/, "\047\\\047\047", s); return "\047" s "\047" }
      inblock && /^```/ { inblock = 0; if (!skipping) print "__end_block"; next }
      inblock {
        if (first) {
          first = 0
          if ($0 ~ /^[ \t]*# readme-examples: skip/) {
            reason = $0; sub(/^[ \t]*# readme-examples: skip[: ]*/, "", reason)
            print "__skipped " q(file ":" start) " " q(reason); skipping = 1; next
          }
          print "__block " q(file ":" start) " " q(section)
        }
        if (skipping) next
        if ($0 ~ /^[ \t]*# expect [0-9][0-9][0-9](,[0-9][0-9][0-9])*([ \t]|$)/) {
          line = $0; sub(/^[ \t]*# expect /, "", line); sub(/[ \t].*/, "", line)
          print "__expect " line; next
        }
        print; next
      }
      /^```(bash|sh)[ \t]*$/ { inblock = 1; first = 1; skipping = 0; start = NR; next }
      /^```/ { other = !other; next }
      !other && /^#+ / { section = $0; sub(/^#+ /, "", section) }
    ' "$file"
  done
}

cat >"$OUT/helpers.sh" <<'HELPERS'
__dir=$EXAMPLES_OUT
__blocks=0
__block() { __block_id=$1; __section=$2; __blocks=$((__blocks + 1)); echo "### $1 ($2)"; }
__end_block() { echo "### $__block_id: done"; }
__skipped() { echo "### $1: skipped ($2)"; echo "$1 $2" >>"$__dir/skipped"; }
__expect() { echo "$1" >"$__dir/expect"; }
__on_error() {
  # once, where it happened: not again in every command substitution the failure leaves
  [ "$BASH_SUBSHELL" -eq 0 ] || return 0
  echo "readme-examples: FAILED in the block at $__block_id: a command exited $1 (line $2 of $__dir/examples.sh):" >&2
  sed -n "$2p" "$__dir/examples.sh" >&2
}
curl() {
  local args=() a hdr body rc status expected method=GET url=
  for a in "$@"; do
    a=${a//localhost:8081/localhost:$CATALOGUE_PORT}
    a=${a//localhost:8082/localhost:$BOOKING_PORT}
    a=${a//localhost:8083/localhost:$FOLLOWUP_PORT}
    a=${a//127.0.0.1:8090/127.0.0.1:$OIDC_PORT}
    a=${a//localhost:8090/localhost:$OIDC_PORT}
    a=${a//localhost:8025/localhost:$MAIL_UI_PORT}
    case $a in
      POST|PUT|DELETE|PATCH) method=$a ;;
      *localhost:*|http*://*) url=$a ;;
    esac
    args+=("$a")
  done
  [[ " ${args[*]} " =~ \ (-d|--data|--data-binary)\  ]] && [ "$method" = GET ] && method=POST
  hdr=$(mktemp "$__dir/h.XXXXXX"); body=$(mktemp "$__dir/b.XXXXXX")
  # curl's own exit status kept aside, so a failed request is reported below rather than ending the block unexplained
  { command curl -sS -D "$hdr" "${args[@]}"; echo $? >"$hdr.rc"; } | tee "$body"
  rc=$(cat "$hdr.rc"); rm -f "$hdr.rc"
  status=$(grep -a '^HTTP/' "$hdr" | tail -1 | awk '{print $2}')
  expected=
  if [ -f "$__dir/expect" ]; then expected=$(cat "$__dir/expect"); rm -f "$__dir/expect"; fi
  echo "$__block_id ${status:-none} ${expected:-2xx} $method $url" >>"$__dir/statuses"
  printf '%s\t%s\t%s\n' "${__block_id%%:*}" "$__section" "${status:-none}" >>"$__dir/sections"
  rm -f "$hdr"
  if [ -z "$status" ]; then
    echo "readme-examples: $__block_id: $method $url got no answer (curl exit $rc)" >&2; rm -f "$body"; return 1
  fi
  if { [ -n "$expected" ] && [[ ",$expected," != *",$status,"* ]]; } || { [ -z "$expected" ] && [[ "$status" != 2?? ]]; }; then
    echo "readme-examples: $__block_id: $method $url answered $status, the text announces ${expected:-a 2xx}:" >&2
    head -c 800 "$body" >&2; echo >&2
    rm -f "$body"
    return 22
  fi
  rm -f "$body"
  return "$rc"
}
set -eE -o pipefail
trap '__on_error $? $LINENO' ERR
HELPERS

{
  echo "# generated by scripts/readme-examples.sh from: ${FILES[*]}"
  echo "source $OUT/helpers.sh"
  generate
  echo 'echo "readme-examples: $__blocks blocks ran"'
} >"$OUT/examples.sh"
echo "readme-examples: $(grep -c '^__block ' "$OUT/examples.sh") blocks to run, $(grep -c '^__skipped ' "$OUT/examples.sh") to skip (script: $OUT/examples.sh)"

bash -n "$OUT/examples.sh" || { echo "readme-examples: the examples do not parse as bash (see above)" >&2; exit 1; }
if [ "${1:-}" = --list ]; then
  grep -E '^__(block|skipped) ' "$OUT/examples.sh"
  exit 0
fi

# --- fresh databases, then the suite
IW_PG_CALLER=$$ scripts/postgres.sh ensure postgres
for db in catalogue booking followup; do
  psql -w -q -h "${DB_ADDRESS%:*}" -p "${DB_ADDRESS##*:}" -U "${DB_USER:-postgres}" -d postgres \
    -c "DROP DATABASE IF EXISTS \"$db$SUFFIX\" WITH (FORCE)"
done
echo "readme-examples: starting the suite (scripts/run-suite.sh, log: $OUT/run-suite.log)"
scripts/run-suite.sh >"$OUT/run-suite.log" 2>&1 &
SUITE_PID=$!
until [ -f "$IW_READY_FILE" ]; do
  if ! kill -0 "$SUITE_PID" 2>/dev/null; then
    echo "readme-examples: the suite did not start:" >&2
    tail -n 40 "$OUT/run-suite.log" >&2
    exit 1
  fi
  sleep 1
done
started=$SECONDS
echo "readme-examples: the suite is up after $SECONDS s; running the examples"
set +e
# in the background, waited for: a Ctrl-C (or a CI's TERM) then stops the run at once, not when the examples end
# through a pipe, not straight into the file: an example's `tee /dev/stderr` would reopen (and empty) a file
(set -o pipefail; EXAMPLES_OUT=$OUT timeout "$TIMEOUT" bash "$OUT/examples.sh" 2>&1 | cat >"$OUT/examples.log") &
EXAMPLES_PID=$!
wait "$EXAMPLES_PID"
rc=$?
EXAMPLES_PID=
set -e
grep -E '^(### |readme-examples: )' "$OUT/examples.log" | grep -v ': done$' || true
echo "readme-examples: statuses seen: $(awk '{print $2}' "$OUT/statuses" 2>/dev/null | sort | uniq -c | tr -s ' \n' ' ')"
# per file and section, in the order they ran: how many requests, and which statuses
if [ -f "$OUT/sections" ]; then
  echo "readme-examples: requests per section:"
  awk -F'\t' '{ key = $1 " — " $2; if (!(key in n)) order[++k] = key; n[key]++; s[key, $3]++ }
       END { for (i = 1; i <= k; i++) { key = order[i]; line = ""
               for (c in s) { split(c, p, SUBSEP); if (p[1] == key) line = line " " s[c] "×" p[2] }
               printf "  %-90s %3d:%s\n", key, n[key], line } }' "$OUT/sections"
fi
if [ -f "$OUT/skipped" ]; then
  echo "readme-examples: skipped blocks (marked '# readme-examples: skip'):"
  sed 's/^/  /' "$OUT/skipped"
fi
if [ $rc -eq 124 ]; then
  echo "readme-examples: FAILED: the examples did not finish within $TIMEOUT s (a wait that never ends?); the end of $OUT/examples.log:" >&2
  tail -n 20 "$OUT/examples.log" >&2
  exit 1
elif [ $rc -ne 0 ]; then
  echo "readme-examples: FAILED (exit $rc); the end of $OUT/examples.log:" >&2
  tail -n 30 "$OUT/examples.log" >&2
  exit 1
fi
echo "readme-examples: OK, $(wc -l <"$OUT/statuses") requests as the text announces them, in $((SECONDS - started)) s ($SECONDS s with the suite's start)"
