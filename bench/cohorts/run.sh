#!/usr/bin/env bash
# Cohort allocation figures: the allocator alone on the issue's instance (500, 5,000 and 20,000
# nominees over 250 sessions of 20 seats), against first-come-first-served booking of the same people.
# Usage: bench/cohorts/run.sh [nominees...]   (default: 500 5000 20000)
set -euo pipefail
cd "$(dirname "$0")/../.."

./mvnw -B -ntp -pl booking-service -am compile >/dev/null
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg) (shared with other builds)"
java -Xmx1g -cp booking-service/target/classes bench/cohorts/AllocatorBench.java "$@"
