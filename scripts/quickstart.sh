#!/usr/bin/env bash
# On a fresh machine: installs the host packages, builds Gantry, starts the engine and runs a container.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$(id -u)" = 0 ] || { echo "run as root: the engine makes namespaces, cgroups and mounts" >&2; exit 1; }
scripts/setup-host.sh
export JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
mvn -B -q install -DskipTests
home=target/gantry
[ -x "$home/bin/stop" ] && "$home/bin/stop" 2>/dev/null || true
rm -rf "$home" && mkdir -p "$home"
tar -xzf karaf-assembly/target/gantry-karaf-*.tar.gz -C "$home" --strip-components=1
"$home/bin/start"
console() { echo "$1" | timeout 120 "$home/bin/client" -r 60 -d 2 -b 2>&1; }
for _ in $(seq 60); do console "gantry:info" | grep -q runc && break; sleep 2; done
console "gantry:info" | grep -q runc || { echo "the engine did not come up; see $home/data/log/karaf.log" >&2; exit 1; }
console "container:run --rm busybox echo hello"
echo
echo "Gantry is running. Console: $home/bin/client    Stop: $home/bin/stop"
