#!/usr/bin/env bash
# Checks that the Dockerfile builds from exactly what it copies, with no Docker engine: its build stage's COPY lines
# are reproduced in an empty folder (for every service docker-compose.yml builds: each SERVICE build argument, so
# ${SERVICE} expands to each), .dockerignore honoured, and its RUN line runs there once for all services (SERVICE
# set to all of them: one Maven run), offline from the local Maven repository (-o) with the tests skipped.
# A file the build needs that no COPY line names fails here as it would in `docker build`.
#
#   scripts/check-dockerfile.sh [Dockerfile]     (default: the one at the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."

DOCKERFILE=${1:-Dockerfile}
CONTEXT=$PWD
WORK=$(mktemp -d "${TMPDIR:-/tmp}/iw-docker-context.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

mapfile -t SERVICES < <(sed -n 's/^ *SERVICE: *\([A-Za-z0-9_-]*\).*/\1/p' docker-compose.yml | awk '!seen[$0]++')
[ ${#SERVICES[@]} -gt 0 ] || { echo "check-dockerfile: docker-compose.yml builds no service (no SERVICE: build argument)" >&2; exit 1; }

# the build stage: from the first FROM up to the next FROM; continuation lines joined
stage=$(awk '/^FROM /{n++} n==1' "$DOCKERFILE" | sed -e ':a' -e '/\\$/N; s/\\\n/ /; ta' | grep -v '^ *#')
workdir=$(sed -n 's/^WORKDIR  *//p' <<<"$stage" | tail -1)
[ -n "$workdir" ] || { echo "check-dockerfile: no WORKDIR in the build stage of $DOCKERFILE" >&2; exit 1; }
run=$(sed -n 's/^RUN  *//p' <<<"$stage")
[ "$(grep -c . <<<"$run")" = 1 ] || { echo "check-dockerfile: expected exactly one RUN line in the build stage of $DOCKERFILE" >&2; exit 1; }

# .dockerignore's patterns (the simple forms this repository uses: **/name and name)
ignores=()
if [ -f .dockerignore ]; then
  while read -r pattern; do
    [ -z "$pattern" ] || [[ "$pattern" == \#* ]] && continue
    ignores+=("--exclude=${pattern#\*\*/}")
  done <.dockerignore
fi

copy_one() {
  local src=$1 dest=$2 target
  if [ ! -e "$CONTEXT/$src" ]; then
    echo "check-dockerfile: COPY $src: no such file in the build context" >&2
    return 1
  fi
  target=$WORK/${workdir#/}/$dest
  [[ "$dest" = /* ]] && target=$WORK$dest
  if [ -d "$CONTEXT/$src" ]; then
    mkdir -p "$target"
    tar -C "$CONTEXT/$src" "${ignores[@]}" -cf - . | tar -C "$target" -xf -
  elif [[ "$dest" == */ ]]; then
    mkdir -p "$target"
    cp "$CONTEXT/$src" "$target"
  else
    mkdir -p "$(dirname "$target")"
    cp "$CONTEXT/$src" "$target"
  fi
}

copies=0
while read -r line; do
  [[ "$line" == COPY\ * ]] || continue
  [[ "$line" == *--from=* ]] && continue
  for service in "${SERVICES[@]}"; do
    read -ra words <<<"${line#COPY }"
    words=("${words[@]//\$\{SERVICE\}/$service}")
    dest=${words[-1]}
    for src in "${words[@]:0:${#words[@]}-1}"; do
      copy_one "$src" "$dest"
    done
    copies=$((copies + 1))
    # a line without ${SERVICE} is the same for every service
    [[ "$line" == *'${SERVICE}'* ]] || break
  done
done <<<"$stage"

all=$(IFS=,; echo "${SERVICES[*]}")
command=${run//\$\{SERVICE\}/$all}
echo "check-dockerfile: $copies COPY lines of $DOCKERFILE reproduced in $WORK for ${SERVICES[*]}"
echo "check-dockerfile: running there: $command -o"
cd "$WORK/${workdir#/}"
if ! bash -c "$command -o -q" ; then
  echo "check-dockerfile: FAILED: the Dockerfile's build does not build from what it copies (see above)" >&2
  exit 1
fi
for service in "${SERVICES[@]}"; do
  [ -f "$service/target/quarkus-app/quarkus-run.jar" ] || { echo "check-dockerfile: $service/target/quarkus-app/quarkus-run.jar was not built" >&2; exit 1; }
done
echo "check-dockerfile: OK, ${SERVICES[*]} build from the Dockerfile's context alone"
