#!/usr/bin/env bash
# Network set-up time, Gantry and Docker 20.10's dockerd side by side, as root on this host. Records, never asserts.
# Gantry: itests' NetworkSetupBenchmark on the built distribution (build it first: mvn install -DskipTests).
# Docker: a private dockerd (own data root, exec root, pid file and socket under /tmp, bridge docker0 on a free
# subnet) that is stopped at the end, with its bridge, iptables chains and FORWARD policy put back as they were.
# Output: a table on stdout and in target/benchmarks/network-setup.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=20
OUT=target/benchmarks
WORK=/tmp/gtbench-docker
DOCKER="docker -H unix://$WORK/docker.sock"
mkdir -p "$OUT"

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
millis() { echo "scale=1; ($2 - $1) / 1000000" | bc; }

# Median wall-clock milliseconds of RUNS runs of a command, after one warm-up run.
time_runs() {
    "$@" >/dev/null
    for _ in $(seq "$RUNS"); do
        local t0 t1
        t0=$(date +%s%N)
        "$@" >/dev/null
        t1=$(date +%s%N)
        millis "$t0" "$t1"
    done | median
}

gantry() {
    mvn -B -o -q -pl itests install -Dtest=NetworkSetupBenchmark -Dsurefire.failIfNoSpecifiedTests=false
    cp itests/target/benchmarks/gantry-network.properties "$OUT/"
}

# The first 10.2xx.0.0/24 no route uses.
free_bip() {
    for b in $(seq 200 250); do
        if ! ip -4 route | grep -q "^10\.$b\."; then
            echo "10.$b.0.1/24"
            return
        fi
    done
    echo "no free 10.2xx.0.0/24 for docker0" >&2
    exit 1
}

FORWARD_POLICY=""
start_dockerd() {
    if ip link show docker0 >/dev/null 2>&1; then
        echo "docker0 exists already: another dockerd owns it; not starting a second one" >&2
        exit 1
    fi
    FORWARD_POLICY=$(iptables -S FORWARD | awk '$1 == "-P" { print $3 }')
    IP_FORWARD=$(cat /proc/sys/net/ipv4/ip_forward)
    mkdir -p "$WORK"
    dockerd --data-root "$WORK/data" --exec-root "$WORK/exec" --pidfile "$WORK/dockerd.pid" \
        -H "unix://$WORK/docker.sock" --bip "$(free_bip)" >"$WORK/dockerd.log" 2>&1 &
    for _ in $(seq 300); do
        $DOCKER version >/dev/null 2>&1 && return
        sleep 0.1
    done
    echo "dockerd did not come up; see $WORK/dockerd.log" >&2
    exit 1
}

stop_dockerd() {
    if [ -f "$WORK/dockerd.pid" ]; then
        local pid
        pid=$(cat "$WORK/dockerd.pid")
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 300); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
    fi
    ip link delete docker0 2>/dev/null || true
    for table in nat filter; do
        iptables -t "$table" -S | grep -E '^-A ' | grep -E -- '-j DOCKER|docker0' | grep -v '^-A DOCKER' |
            while read -r rule; do
                eval "iptables -t $table -D ${rule#-A }" || true
            done
        for chain in $(iptables -t "$table" -S | awk '$1 == "-N" && $2 ~ /^DOCKER/ { print $2 }'); do
            iptables -t "$table" -F "$chain"
        done
        for chain in $(iptables -t "$table" -S | awk '$1 == "-N" && $2 ~ /^DOCKER/ { print $2 }'); do
            iptables -t "$table" -X "$chain"
        done
    done
    [ -n "$FORWARD_POLICY" ] && iptables -P FORWARD "$FORWARD_POLICY"
    [ -n "${IP_FORWARD:-}" ] && echo "$IP_FORWARD" >/proc/sys/net/ipv4/ip_forward
    grep -o " $WORK[^ ]*" /proc/self/mountinfo | sort -r | xargs -r -n1 umount -l 2>/dev/null || true
    rm -rf "$WORK"
}

docker_bench() {
    trap stop_dockerd EXIT
    start_dockerd
    local rootfs="$WORK/rootfs"
    mkdir -p "$rootfs/bin"
    cp /bin/busybox "$rootfs/bin/busybox"
    for tool in sh true; do ln -s busybox "$rootfs/bin/$tool"; done
    tar -C "$rootfs" -c . | $DOCKER import - gtbench/busybox:latest >/dev/null
    DOCKER_NONE=$(time_runs $DOCKER run --rm --network none gtbench/busybox true)
    DOCKER_BRIDGE=$(time_runs $DOCKER run --rm --network bridge gtbench/busybox true)
    DOCKER_NET=$(time_runs sh -c "$DOCKER network create gtbench-net >/dev/null && $DOCKER network rm gtbench-net")
    stop_dockerd
    trap - EXIT
}

gantry
docker_bench
value() { grep "^$1=" "$OUT/gantry-network.properties" | cut -d= -f2; }
G_START_NONE=$(value gantry.start.none)
G_START_BRIDGE=$(value gantry.start.bridge)
G_RUN_NONE=$(value gantry.run.none)
G_RUN_BRIDGE=$(value gantry.run.bridge)
G_NET=$(value gantry.network.create-rm)
{
    echo "Network set-up, median ms of $RUNS runs ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores)"
    printf '%-48s %9s %9s %14s\n' "measure" "none" "bridge" "bridge - none"
    printf '%-48s %9.1f %9.1f %14.1f\n' "gantry: start (API call)" "$G_START_NONE" "$G_START_BRIDGE" \
        "$(echo "$G_START_BRIDGE - $G_START_NONE" | bc)"
    printf '%-48s %9.1f %9.1f %14.1f\n' "gantry: create+start+wait+rm (in-process)" "$G_RUN_NONE" "$G_RUN_BRIDGE" \
        "$(echo "$G_RUN_BRIDGE - $G_RUN_NONE" | bc)"
    printf '%-48s %9.1f %9.1f %14.1f\n' "dockerd 20.10: docker run --rm (CLI)" "$DOCKER_NONE" "$DOCKER_BRIDGE" \
        "$(echo "$DOCKER_BRIDGE - $DOCKER_NONE" | bc)"
    printf '%-48s %9.1f\n' "gantry: network create + rm" "$G_NET"
    printf '%-48s %9.1f\n' "dockerd 20.10: docker network create + rm (CLI)" "$DOCKER_NET"
} | tee "$OUT/network-setup.txt"
