#!/usr/bin/env bash
# Runs every test: unit tests of each bundle, then the pax-exam itests on the real distribution. As root.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-host.sh
if ! mvn -B install "$@"; then
    scripts/show-it-logs.sh
    exit 1
fi
