#!/usr/bin/env bash
# Runs every test of the suite: makes sure PostgreSQL answers and the test databases exist, then
# `./mvnw verify` over all modules. A private PostgreSQL started here is stopped again at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/postgres.sh ensure
trap 'scripts/postgres.sh stop' EXIT
./mvnw -B -ntp verify "$@"
