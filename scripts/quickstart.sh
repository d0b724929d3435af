#!/usr/bin/env bash
# On a fresh machine: installs the host packages, builds Gantry, starts the engine and runs a container.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$(id -u)" = 0 ] || { echo "run as root: the engine makes namespaces, cgroups and mounts" >&2; exit 1; }
scripts/setup-host.sh
mvn -B -q install -DskipTests
home=target/gantry
rm -rf "$home" && mkdir -p "$home"
tar -xzf karaf-assembly/target/gantry-karaf-*.tar.gz -C "$home" --strip-components=1
"$home/bin/start"
console() { echo "$1" | timeout 120 "$home/bin/client" -r 60 -d 2 -b 2>&1; }
until console "gantry:info" | grep -q runc; do sleep 2; done
console "container:run --rm busybox echo hello"
echo
echo "Gantry is running. Console: $home/bin/client    Stop: $home/bin/stop"
